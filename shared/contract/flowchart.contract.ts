import { z } from 'zod'
import { flowTemplateInputSchema, flowTemplateSchema } from '../domain/flowchart-template.schema'
import { flowchartRowSchema, flowchartSaveSchema, flowchartSchema } from '../domain/flowchart.schema'
import { type ChannelSpec, fileSchema, idField } from './common'

const powerRef = z.object({ powerId: z.number().int().positive() })
const baseVersion = { baseVersion: z.number().int().nonnegative() }

/** 二·查点 (1): one 权力运行流程图 per power, its templates and its images. */
export const flowchartContract = {
  'flowchart:list': { input: z.undefined().or(z.null()).optional(), output: z.array(flowchartRowSchema) },
  'flowchart:get': { input: powerRef, output: flowchartSchema },
  'flowchart:save': { input: flowchartSaveSchema, output: flowchartSchema },
  'flowchart:applyTemplate': {
    input: powerRef.extend({ templateId: z.number().int().positive(), ...baseVersion }),
    output: flowchartSchema,
  },
  'flowchart:copyFrom': {
    input: powerRef.extend({ fromPowerId: z.number().int().positive(), ...baseVersion }),
    output: flowchartSchema,
  },
  'flowchart:export': { input: powerRef.extend({ format: z.enum(['png', 'svg']) }), output: fileSchema },

  'flowchartTemplate:list': { input: z.undefined().or(z.null()).optional(), output: z.array(flowTemplateSchema) },
  'flowchartTemplate:create': { input: flowTemplateInputSchema, output: flowTemplateSchema },
  'flowchartTemplate:update': { input: flowTemplateInputSchema.extend(idField), output: flowTemplateSchema },
  'flowchartTemplate:delete': { input: z.object(idField), output: z.object(idField) },
} as const satisfies Record<string, ChannelSpec>
