import { z } from 'zod'
import { idInputSchema } from '../domain/org.schema'
import { powerImportInputSchema, powerImportResultSchema } from '../domain/power-import.schema'
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
} from '../domain/power.schema'
import { templateApplyInputSchema, templateLibrarySchema, templateSummarySchema } from '../domain/template.schema'
import { type ChannelSpec, countSchema, fileSchema, idField, none } from './common'

/** 一·清权: the power inventory, its types, import/export and the starter libraries. */
export const powerContract = {
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
} as const satisfies Record<string, ChannelSpec>
