import { asc, count, eq, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { powerPosts, powers } from '../db/schema'

type PowerRef = { departmentId?: number; postId?: number; personId?: number }

// Qualified by hand: a single-table select prints bare column names, and a bare "id" inside the
// subquery would mean power_posts.id.
const powerId = sql`${powers}.${sql.identifier('id')}`

/** Which powers point at a department (承办机构), a post (责任/决定/实施岗位) or a person (分管领导). */
function referring(ref: PowerRef): SQL | undefined {
  if (ref.departmentId) return eq(powers.departmentId, ref.departmentId)
  if (ref.personId) return eq(powers.leaderPersonId, ref.personId)
  if (ref.postId) {
    const id = ref.postId
    return or(
      eq(powers.decisionPostId, id),
      eq(powers.implementationPostId, id),
      sql`exists (select 1 from ${powerPosts} where ${powerPosts.powerId} = ${powerId} and ${powerPosts.postId} = ${id})`,
    )
  }
  return undefined
}

/** How many powers and power links point at a department / post / person (for delete refusals). */
export function powerReferences(db: Db, ref: PowerRef): number {
  const where = referring(ref)
  if (!where) return 0
  return db.select({ n: count() }).from(powers).where(where).get()?.n ?? 0
}

/** The first `limit` of those powers, in list order, so a refusal can name them and link to each. */
export function referringPowers(db: Db, ref: PowerRef, limit: number): { id: number; code: string; name: string }[] {
  const where = referring(ref)
  if (!where) return []
  return db
    .select({ id: powers.id, code: powers.code, name: powers.name })
    .from(powers)
    .where(where)
    .orderBy(asc(powers.code))
    .limit(limit)
    .all()
}
