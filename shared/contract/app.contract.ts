import { z } from 'zod'
import { type ChannelSpec, none } from './common'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  mode: z.enum(['electron', 'browser', 'cli']),
})

export const dashboardStatsSchema = z.object({
  unitConfigured: z.boolean(),
  unitName: z.string().nullable(),
  departments: z.number().int(),
  posts: z.number().int(),
  keyPosts: z.number().int(),
  keyPostsWithoutA: z.number().int(),
  keyPostsWithoutB: z.number().int(),
  persons: z.number().int(),
  activePersons: z.number().int(),
  leadingGroupMembers: z.number().int(),
  powers: z.object({
    total: z.number().int(),
    pending: z.number().int(),
    confirmed: z.number().int(),
    cancelled: z.number().int(),
  }),
})
export type DashboardStats = z.infer<typeof dashboardStatsSchema>

/** The app itself and the 工作台. */
export const appContract = {
  'app:info': { input: none, output: appInfoSchema },
  'dashboard:stats': { input: none, output: dashboardStatsSchema },
} as const satisfies Record<string, ChannelSpec>
