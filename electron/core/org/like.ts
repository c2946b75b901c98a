import { type SQL, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'

/** A case-insensitive substring match over several columns, with % and _ in the term taken literally. */
export function containsAny(term: string | undefined, columns: SQLiteColumn[]): SQL | undefined {
  const t = term?.trim()
  if (!t) return undefined
  const pattern = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const parts = columns.map((c) => sql`${c} like ${pattern} escape '\\'`)
  return sql`(${sql.join(parts, sql` or `)})`
}

export const nowIso = () => new Date().toISOString()
