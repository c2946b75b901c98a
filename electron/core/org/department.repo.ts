import { and, asc, eq, ne, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Department, departmentInputSchema } from '../../../shared/domain/org.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { departments, persons, posts } from '../db/schema'
import { containsAny, nowIso } from './like'
import { assertUnreferenced, departmentReferences } from './org-refs.repo'
import { type MoveDirection, moveRow, type OrderedTable, sortAtEnd } from './row-order'

type DepartmentValues = z.output<typeof departmentInputSchema>

const ordered: OrderedTable = { table: departments, id: departments.id, sort: departments.sort, updatedAt: departments.updatedAt }

// Qualified by hand: in a single-table select drizzle prints bare column names, and a bare "id"
// inside the subquery would mean posts.id / persons.id.
const deptId = sql`${departments}.${sql.identifier('id')}`
const postCount = sql<number>`(select count(*) from ${posts} where ${posts.departmentId} = ${deptId})`
const personCount = sql<number>`(select count(*) from ${persons} where ${persons.departmentId} = ${deptId})`

const columns = {
  id: departments.id,
  name: departments.name,
  duties: departments.duties,
  sort: departments.sort,
  postCount,
  personCount,
  updatedAt: departments.updatedAt,
}

export function listDepartments(db: Db, search?: string): Department[] {
  return db
    .select(columns)
    .from(departments)
    .where(containsAny(search, [departments.name, departments.duties]))
    .orderBy(asc(departments.sort), asc(departments.id))
    .all()
}

export function getDepartment(db: Db, id: number): Department {
  const row = db.select(columns).from(departments).where(eq(departments.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '该机构不存在或已被删除，请刷新后重试')
  return row
}

function assertNameFree(db: Db, name: string, exceptId?: number): void {
  const clash = db
    .select({ id: departments.id })
    .from(departments)
    .where(exceptId ? and(eq(departments.name, name), ne(departments.id, exceptId)) : eq(departments.name, name))
    .get()
  if (clash) throw new AppError('CONFLICT', `已有名为“${name}”的内设机构，名称不能重复`, 'name')
}

export function createDepartment(db: Db, v: DepartmentValues, actor: string): Department {
  return db.transaction((tx) => {
    assertNameFree(tx, v.name)
    const values = { ...v, sort: v.sort ?? sortAtEnd(tx, ordered) }
    const { id } = tx.insert(departments).values(values).returning({ id: departments.id }).get()
    recordAudit(tx, { actor, action: 'create', entity: 'department', entityId: id, detail: v })
    return getDepartment(tx, id)
  })
}

export function updateDepartment(db: Db, id: number, v: DepartmentValues, actor: string): Department {
  return db.transaction((tx) => {
    getDepartment(tx, id)
    assertNameFree(tx, v.name, id)
    const { sort, ...rest } = v
    tx.update(departments)
      .set({ ...rest, ...(sort === undefined ? {} : { sort }), updatedAt: nowIso() })
      .where(eq(departments.id, id))
      .run()
    recordAudit(tx, { actor, action: 'update', entity: 'department', entityId: id, detail: v })
    return getDepartment(tx, id)
  })
}

export function deleteDepartment(db: Db, id: number, actor: string): void {
  db.transaction((tx) => {
    const d = getDepartment(tx, id)
    assertUnreferenced('department', departmentReferences(tx, d))
    tx.delete(departments).where(eq(departments.id, id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'department', entityId: id, detail: { name: d.name } })
  })
}

/** Moves a department one place up or down in the list (and in every document that lists them). */
export function moveDepartment(db: Db, id: number, direction: MoveDirection, actor: string): boolean {
  return db.transaction((tx) => {
    const d = getDepartment(tx, id)
    const moved = moveRow(tx, ordered, id, direction)
    if (moved) recordAudit(tx, { actor, action: 'move', entity: 'department', entityId: id, detail: { name: d.name, direction } })
    return moved
  })
}
