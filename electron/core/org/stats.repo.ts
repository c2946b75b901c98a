import { sql } from 'drizzle-orm'
import type { DashboardStats } from '../../../shared/contract'
import type { Db } from '../db/client'

/** Counts for 工作台 and `cli stats`; one round trip. */
export function orgStats(db: Db): DashboardStats {
  const r = db.get<{
    unitName: string | null
    departments: number
    posts: number
    keyPosts: number
    keyPostsWithoutA: number
    keyPostsWithoutB: number
    persons: number
    activePersons: number
    leadingGroupMembers: number
    powersTotal: number
    powersPending: number
    powersConfirmed: number
    powersCancelled: number
  }>(sql`
    select
      (select name from unit where id = 1) as unitName,
      (select count(*) from departments) as departments,
      (select count(*) from posts) as posts,
      (select count(*) from posts where is_key = 1) as keyPosts,
      (select count(*) from posts p where p.is_key = 1 and not exists
        (select 1 from post_assignments a where a.post_id = p.id and a.role = 'A')) as keyPostsWithoutA,
      (select count(*) from posts p where p.is_key = 1 and not exists
        (select 1 from post_assignments a where a.post_id = p.id and a.role = 'B')) as keyPostsWithoutB,
      (select count(*) from persons) as persons,
      (select count(*) from persons where active = 1) as activePersons,
      (select count(*) from leading_group_members) as leadingGroupMembers,
      (select count(*) from powers) as powersTotal,
      (select count(*) from powers where status = 'pending') as powersPending,
      (select count(*) from powers where status = 'confirmed') as powersConfirmed,
      (select count(*) from powers where status = 'cancelled') as powersCancelled
  `)
  const { powersTotal, powersPending, powersConfirmed, powersCancelled, ...org } = r
  return {
    ...org,
    unitConfigured: r.unitName !== null,
    powers: { total: powersTotal, pending: powersPending, confirmed: powersConfirmed, cancelled: powersCancelled },
  }
}
