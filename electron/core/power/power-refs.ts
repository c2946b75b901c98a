import { count, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { powers } from '../db/schema'

/** How many powers and power links point at a department / post / person (for delete refusals). */
export function powerReferences(db: Db, ref: { departmentId?: number; postId?: number; personId?: number }): number {
  const n = (where: ReturnType<typeof eq>) => db.select({ n: count() }).from(powers).where(where).get()?.n ?? 0
  if (ref.departmentId) return n(eq(powers.departmentId, ref.departmentId))
  if (ref.personId) return n(eq(powers.leaderPersonId, ref.personId))
  if (ref.postId) {
    const id = ref.postId
    return db.get<{ n: number }>(sql`select count(*) as n from powers p where p.decision_post_id = ${id} or p.implementation_post_id = ${id}
      or exists (select 1 from power_posts pp where pp.power_id = p.id and pp.post_id = ${id})`).n
  }
  return 0
}
