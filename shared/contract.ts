/**
 * The one client↔core contract. Every channel is `domain:verb` with a zod input and output schema;
 * Electron IPC and the browser host both dispatch through it (see electron/core/dispatch.ts).
 */
import { z } from 'zod'
import {
  assignmentInputSchema,
  departmentInputSchema,
  departmentSchema,
  idInputSchema,
  listQuerySchema,
  personInputSchema,
  personListQuerySchema,
  personSchema,
  postInputSchema,
  postListQuerySchema,
  postSchema,
  unitInputSchema,
  unitSchema,
} from './domain/org.schema'

const none = z.undefined().or(z.null()).or(z.object({}).strict()).optional()
const idField = { id: z.number().int().positive() }

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
})
export type DashboardStats = z.infer<typeof dashboardStatsSchema>

export const contract = {
  'app:info': { input: none, output: appInfoSchema },
  'dashboard:stats': { input: none, output: dashboardStatsSchema },

  'unit:get': { input: none, output: unitSchema.nullable() },
  'unit:save': { input: unitInputSchema, output: unitSchema },

  'department:list': { input: listQuerySchema.optional(), output: z.array(departmentSchema) },
  'department:create': { input: departmentInputSchema, output: departmentSchema },
  'department:update': { input: departmentInputSchema.extend(idField), output: departmentSchema },
  'department:delete': { input: idInputSchema, output: idInputSchema },

  'post:list': { input: postListQuerySchema.optional(), output: z.array(postSchema) },
  'post:create': { input: postInputSchema, output: postSchema },
  'post:update': { input: postInputSchema.extend(idField), output: postSchema },
  'post:delete': { input: idInputSchema, output: idInputSchema },
  'post:assign': { input: assignmentInputSchema, output: postSchema },

  'person:list': { input: personListQuerySchema.optional(), output: z.array(personSchema) },
  'person:create': { input: personInputSchema, output: personSchema },
  'person:update': { input: personInputSchema.extend(idField), output: personSchema },
  'person:delete': { input: idInputSchema, output: idInputSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value)
}
