import type { HandlerMap } from '../handler-types'
import { exportPowersDocx } from './export/power-docx.service'
import { exportPowersXlsx } from './export/power-xlsx.service'
import { importPowers } from './import/power-import.service'
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

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

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
  'power:import': (v, { ws, actor }) => importPowers(ws, v, actor),
  'power:export': async ({ format }, { ws }) => {
    const date = new Date().toISOString().slice(0, 10).replace(/-/g, '')
    const data = format === 'xlsx' ? await exportPowersXlsx(ws.db) : await exportPowersDocx(ws.db)
    return {
      fileName: format === 'xlsx' ? `权力清单_${date}.xlsx` : `职权目录_${date}.docx`,
      mimeType: format === 'xlsx' ? XLSX_MIME : DOCX_MIME,
      dataBase64: data.toString('base64'),
    }
  },

  'template:list': () => listTemplates(),
  'template:get': ({ key }) => getTemplate(key),
  'template:apply': (v, { ws, actor }) => ({ count: applyTemplate(ws.db, v, actor) }),
} satisfies Partial<HandlerMap>
