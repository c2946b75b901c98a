import type { HandlerMap } from '../handler-types'
import { createPowerType, deletePowerType, listPowerTypes } from './power-type.repo'
import {
  createPower,
  deletePowers,
  getPower,
  listPowers,
  setPowerDepartment,
  setPowerStatus,
  updatePower,
} from './power.repo'
import { applyTemplate, getTemplate, listTemplates } from './template.service'

/** 一·清权: the power inventory, its types, import/export and starter libraries. */
export const powerHandlers = {
  'powerType:list': (_i, { ws }) => listPowerTypes(ws.db),
  'powerType:create': ({ name }, { ws, actor }) => createPowerType(ws.db, name, actor),
  'powerType:delete': ({ id }, { ws, actor }) => (deletePowerType(ws.db, id, actor), { id }),

  'power:list': (q, { ws }) => listPowers(ws.db, q ?? {}),
  'power:get': ({ id }, { ws }) => getPower(ws.db, id),
  'power:create': (v, { ws, actor }) => createPower(ws.db, v, actor),
  'power:update': ({ id, ...v }, { ws, actor }) => updatePower(ws.db, id, v, actor),
  'power:delete': ({ ids }, { ws, actor }) => ({ count: deletePowers(ws.db, ids, actor) }),
  'power:setStatus': (v, { ws, actor }) => ({ count: setPowerStatus(ws.db, v, actor) }),
  'power:setDepartment': (v, { ws, actor }) => ({ count: setPowerDepartment(ws.db, v, actor) }),
  // the heavy work runs in a job worker (electron/core/jobs); these channels wait for its result
  'power:import': (v, { jobs }) => jobs.run('power:import', v),
  'power:export': (v, { jobs }) => jobs.run('power:export', v),

  'template:list': () => listTemplates(),
  'template:get': ({ key }) => getTemplate(key),
  'template:apply': (v, { ws, actor }) => ({ count: applyTemplate(ws.db, v, actor) }),
} satisfies Partial<HandlerMap>
