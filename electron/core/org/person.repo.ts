import { and, asc, eq, inArray } from 'drizzle-orm'
import type { z } from 'zod'
import type { Person, personInputSchema, personListQuerySchema } from '../../../shared/domain/org.schema'
import { ROLE_LEVELS, type RoleLevel } from '../../../shared/domain/labels'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { departments, persons, postAssignments, posts } from '../db/schema'
import { getDepartment } from './department.repo'
import { containsAny, nowIso } from './like'
import { assertUnreferenced, personReferences } from './org-refs.repo'
import { type MoveDirection, moveRow, type OrderedTable, sortAtEnd } from './row-order'

type PersonValues = z.output<typeof personInputSchema>
type PersonQuery = z.output<typeof personListQuerySchema>

const ordered: OrderedTable = { table: persons, id: persons.id, sort: persons.sort, updatedAt: persons.updatedAt }

const asRoleLevel = (v: string): RoleLevel => (ROLE_LEVELS as readonly string[]).includes(v) ? (v as RoleLevel) : 'staff'

export function listPersons(db: Db, q: PersonQuery = {}, onlyId?: number): Person[] {
  const rows = db
    .select({
      id: persons.id,
      name: persons.name,
      title: persons.title,
      roleLevel: persons.roleLevel,
      departmentId: persons.departmentId,
      departmentName: departments.name,
      active: persons.active,
      sort: persons.sort,
      updatedAt: persons.updatedAt,
    })
    .from(persons)
    .leftJoin(departments, eq(departments.id, persons.departmentId))
    .where(
      and(
        onlyId ? eq(persons.id, onlyId) : undefined,
        containsAny(q.search, [persons.name, persons.title, departments.name]),
        q.departmentId ? eq(persons.departmentId, q.departmentId) : undefined,
        q.roleLevel ? eq(persons.roleLevel, q.roleLevel) : undefined,
        q.activeOnly ? eq(persons.active, true) : undefined,
      ),
    )
    .orderBy(asc(persons.sort), asc(persons.id))
    .all()
  if (rows.length === 0) return []
  const held = db
    .select({ personId: postAssignments.personId, postId: posts.id, postName: posts.name, role: postAssignments.role })
    .from(postAssignments)
    .innerJoin(posts, eq(posts.id, postAssignments.postId))
    .where(onlyId ? eq(postAssignments.personId, onlyId) : undefined)
    .orderBy(asc(postAssignments.role), asc(posts.id))
    .all()
  const byPerson = new Map<number, Person['posts']>()
  for (const h of held) {
    const list = byPerson.get(h.personId) ?? []
    list.push({ postId: h.postId, postName: h.postName, role: h.role })
    byPerson.set(h.personId, list)
  }
  return rows.map((r) => ({ ...r, roleLevel: asRoleLevel(r.roleLevel), posts: byPerson.get(r.id) ?? [] }))
}

export function getPerson(db: Db, id: number): Person {
  const p = listPersons(db, {}, id)[0]
  if (!p) throw new AppError('NOT_FOUND', '该人员不存在或已被删除，请刷新后重试')
  return p
}

export function createPerson(db: Db, v: PersonValues, actor: string): Person {
  return db.transaction((tx) => {
    if (v.departmentId !== null) getDepartment(tx, v.departmentId)
    const values = { ...v, sort: v.sort ?? sortAtEnd(tx, ordered) }
    const { id } = tx.insert(persons).values(values).returning({ id: persons.id }).get()
    recordAudit(tx, { actor, action: 'create', entity: 'person', entityId: id, detail: v })
    return getPerson(tx, id)
  })
}

export function updatePerson(db: Db, id: number, v: PersonValues, actor: string): Person {
  return db.transaction((tx) => {
    const before = getPerson(tx, id)
    if (v.departmentId !== null) getDepartment(tx, v.departmentId)
    if (!v.active && before.posts.length > 0) {
      throw new AppError(
        'IN_USE',
        `${before.name}仍担任${before.posts.map((p) => `${p.postName}（${p.role}岗）`).join('、')}，请先解除岗位后再停用`,
        'active',
      )
    }
    const { sort, ...rest } = v
    tx.update(persons)
      .set({ ...rest, ...(sort === undefined ? {} : { sort }), updatedAt: nowIso() })
      .where(eq(persons.id, id))
      .run()
    recordAudit(tx, { actor, action: 'update', entity: 'person', entityId: id, detail: v })
    return getPerson(tx, id)
  })
}

export function deletePerson(db: Db, id: number, actor: string): void {
  db.transaction((tx) => {
    const p = getPerson(tx, id)
    assertUnreferenced('person', personReferences(tx, p))
    tx.delete(persons).where(eq(persons.id, id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'person', entityId: id, detail: { name: p.name } })
  })
}

/** Moves a person one place up or down in the list (leaders first is the usual order). */
export function movePerson(db: Db, id: number, direction: MoveDirection, actor: string): boolean {
  return db.transaction((tx) => {
    const p = getPerson(tx, id)
    const moved = moveRow(tx, ordered, id, direction)
    if (moved) recordAudit(tx, { actor, action: 'move', entity: 'person', entityId: id, detail: { name: p.name, direction } })
    return moved
  })
}

export function personNames(db: Db, ids: number[]): Map<number, { name: string; title: string; active: boolean }> {
  if (ids.length === 0) return new Map()
  const rows = db
    .select({ id: persons.id, name: persons.name, title: persons.title, active: persons.active })
    .from(persons)
    .where(inArray(persons.id, ids))
    .all()
  return new Map(rows.map((r) => [r.id, r]))
}
