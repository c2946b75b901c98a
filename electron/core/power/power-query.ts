import { and, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm'
import type { PowerListQuery } from '../../../shared/domain/power.schema'
import { cleanInputText } from '../../../shared/domain/text.schema'
import { powers } from '../db/schema'
import { containsAny } from '../org/like'

/** FTS5 trigram needs at least 3 characters; shorter Chinese terms (许可, 处罚) fall back to LIKE. */
export function searchCondition(term: string | undefined): SQL | undefined {
  // a NUL would end the FTS5 query string early: the contract already strips it, this keeps the query safe on its own
  const t = term === undefined ? undefined : cleanInputText(term)
  if (!t) return undefined
  if ([...t].length < 3) return containsAny(t, [powers.code, powers.name, powers.basis, powers.duties])
  const phrase = `"${t.replace(/"/g, '""')}"`
  return sql`${powers.id} in (select rowid from powers_fts where powers_fts match ${phrase})`
}

/** Every filter of the list; `withType: false` gives the base for the per-type counts. */
export function powerFilters(q: PowerListQuery, withType = true): SQL | undefined {
  return and(
    searchCondition(q.search),
    withType && q.typeIds && q.typeIds.length > 0 ? inArray(powers.typeId, q.typeIds) : undefined,
    q.departmentId ? eq(powers.departmentId, q.departmentId) : undefined,
    q.status ? eq(powers.status, q.status) : undefined,
    q.projectApproval ? eq(powers.isProjectApproval, true) : undefined,
    q.highConcern ? eq(powers.isHighConcern, true) : undefined,
    q.level === 'main' ? isNull(powers.parentId) : q.level === 'child' ? isNotNull(powers.parentId) : undefined,
  )
}
