import type { HandlerMap } from '../handler-types'
import { createDepartment, deleteDepartment, getDepartment, listDepartments, moveDepartment, updateDepartment } from './department.repo'
import { departmentReferences, personReferences, postReferences } from './org-refs.repo'
import { createPerson, deletePerson, getPerson, listPersons, movePerson, updatePerson } from './person.repo'
import { assignPost, createPost, deletePost, getPost, listPosts, movePost, updatePost } from './post.repo'
import { orgStats } from './stats.repo'
import { getUnit, saveUnit } from './unit.repo'

/** 单位与人员: unit profile, departments, posts, persons and A/B assignments. */
export const orgHandlers = {
  'dashboard:stats': (_input, { ws }) => orgStats(ws.db),

  'unit:get': (_input, { ws }) => getUnit(ws.db),
  'unit:save': (input, { ws, actor }) => saveUnit(ws.db, input, actor),

  'department:list': (input, { ws }) => listDepartments(ws.db, input?.search),
  'department:create': (input, { ws, actor }) => createDepartment(ws.db, input, actor),
  'department:update': ({ id, ...v }, { ws, actor }) => updateDepartment(ws.db, id, v, actor),
  'department:delete': ({ id }, { ws, actor }) => (deleteDepartment(ws.db, id, actor), { id }),
  'department:move': ({ id, direction }, { ws, actor }) => ({ moved: moveDepartment(ws.db, id, direction, actor) }),

  'post:list': (input, { ws }) => listPosts(ws.db, input ?? {}),
  'post:create': (input, { ws, actor }) => createPost(ws.db, input, actor),
  'post:update': ({ id, ...v }, { ws, actor }) => updatePost(ws.db, id, v, actor),
  'post:delete': ({ id }, { ws, actor }) => (deletePost(ws.db, id, actor), { id }),
  'post:move': ({ id, direction }, { ws, actor }) => ({ moved: movePost(ws.db, id, direction, actor) }),
  'post:assign': (input, { ws, actor }) => assignPost(ws.db, input, actor),

  'person:list': (input, { ws }) => listPersons(ws.db, input ?? {}),
  'person:create': (input, { ws, actor }) => createPerson(ws.db, input, actor),
  'person:update': ({ id, ...v }, { ws, actor }) => updatePerson(ws.db, id, v, actor),
  'person:delete': ({ id }, { ws, actor }) => (deletePerson(ws.db, id, actor), { id }),
  'person:move': ({ id, direction }, { ws, actor }) => ({ moved: movePerson(ws.db, id, direction, actor) }),

  'org:references': ({ entity, id }, { ws }) => {
    const db = ws.db
    if (entity === 'department') return departmentReferences(db, getDepartment(db, id))
    if (entity === 'post') return postReferences(db, getPost(db, id))
    return personReferences(db, getPerson(db, id))
  },
} satisfies Partial<HandlerMap>
