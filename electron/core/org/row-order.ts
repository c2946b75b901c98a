import { asc, type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { AppError } from '../../../shared/result'
import type { Db } from '../db/client'
import { nowIso } from './like'

/** A table whose rows the user orders by hand (排序号): departments, posts, persons. */
export interface OrderedTable {
  table: SQLiteTable
  id: SQLiteColumn
  sort: SQLiteColumn
  updatedAt: SQLiteColumn
}

export type MoveDirection = 'up' | 'down'

const STEP = 10

/** The 排序号 that puts a new row after every row in its scope (the whole table or one department). */
export function sortAtEnd(db: Db, t: OrderedTable, scope?: SQL): number {
  const row = db
    .select({ max: sql<number | null>`max(${t.sort})` })
    .from(t.table)
    .where(scope)
    .get()
  return (row?.max ?? 0) + STEP
}

/**
 * Moves one row a place up or down within its scope, then renumbers the scope 10, 20, 30… so
 * equal or crowded 排序号 from older data never make a move a no-op. Returns false at either end.
 */
export function moveRow(db: Db, t: OrderedTable, id: number, direction: MoveDirection, scope?: SQL): boolean {
  const ids = db
    .select({ id: t.id })
    .from(t.table)
    .where(scope)
    .orderBy(asc(t.sort), asc(t.id))
    .all()
    .map((r) => r.id as number)
  const from = ids.indexOf(id)
  if (from < 0) throw new AppError('NOT_FOUND', '该记录不存在或已被删除，请刷新后重试')
  const to = direction === 'up' ? from - 1 : from + 1
  if (to < 0 || to >= ids.length) return false
  ;[ids[from], ids[to]] = [ids[to] as number, ids[from] as number]
  ids.forEach((rowId, i) => {
    // SQLite wants bare column names after SET, so the identifiers are spelled out
    db.run(sql`update ${t.table} set ${sql.identifier(t.sort.name)} = ${(i + 1) * STEP} where ${t.id} = ${rowId}`)
  })
  db.run(sql`update ${t.table} set ${sql.identifier(t.updatedAt.name)} = ${nowIso()} where ${t.id} = ${id}`)
  return true
}
