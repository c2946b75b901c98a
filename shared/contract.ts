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
import { powerImportInputSchema, powerImportResultSchema } from './domain/power-import.schema'
import {
  powerBulkDepartmentSchema,
  powerDetailSchema,
  powerIdsSchema,
  powerInputSchema,
  powerListQuerySchema,
  powerListSchema,
  powerStatusInputSchema,
  powerTypeInputSchema,
  powerTypeSchema,
} from './domain/power.schema'
import { templateApplyInputSchema, templateLibrarySchema, templateSummarySchema } from './domain/template.schema'

const none = z.undefined().or(z.null()).or(z.object({}).strict()).optional()
const idField = { id: z.number().int().positive() }
const countSchema = z.object({ count: z.number().int() })
/** A generated document handed to the renderer, which saves it where the user chooses. */
const fileSchema = z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() })

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

  'powerType:list': { input: none, output: z.array(powerTypeSchema) },
  'powerType:create': { input: powerTypeInputSchema, output: powerTypeSchema },
  'powerType:delete': { input: idInputSchema, output: idInputSchema },

  'power:list': { input: powerListQuerySchema.optional(), output: powerListSchema },
  'power:get': { input: idInputSchema, output: powerDetailSchema },
  'power:create': { input: powerInputSchema, output: powerDetailSchema },
  'power:update': { input: powerInputSchema.extend(idField), output: powerDetailSchema },
  'power:delete': { input: powerIdsSchema, output: countSchema },
  'power:setStatus': { input: powerStatusInputSchema, output: countSchema },
  'power:setDepartment': { input: powerBulkDepartmentSchema, output: countSchema },
  'power:import': { input: powerImportInputSchema, output: powerImportResultSchema },
  'power:export': { input: z.object({ format: z.enum(['xlsx', 'docx']) }), output: fileSchema },

  'template:list': { input: none, output: z.array(templateSummarySchema) },
  'template:get': { input: z.object({ key: z.string().regex(/^[a-z-]{1,40}$/) }), output: templateLibrarySchema },
  'template:apply': { input: templateApplyInputSchema, output: countSchema },
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
