import { z } from 'zod'
import { NODE_KINDS } from './flowchart.schema'

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`)

/** One step of a chart template; `key` names it inside the template only. */
export const templateNodeSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,30}$/, '模板环节标识只能包含小写字母、数字和“-”'),
  kind: z.enum(NODE_KINDS, { error: '环节类型无效' }),
  label: text('环节名称', 40).min(1, '请填写环节名称'),
  /** Post names to look for in the unit (first match wins), e.g. ["法制审核岗", "法制"]. */
  postHints: z.array(text('岗位关键词', 30).min(1)).max(10).default([]),
  days: z.number().int().min(0).max(365).nullable().default(null),
  requirement: text('办理要求', 500).default(''),
  supervision: text('监督制约', 500).default(''),
})
export type TemplateNode = z.output<typeof templateNodeSchema>

export const templateEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  label: text('连线说明', 20).default(''),
})

export const flowTemplateBodySchema = z
  .object({
    nodes: z.array(templateNodeSchema).min(2, '模板至少需要两个环节').max(60, '模板最多60个环节'),
    edges: z.array(templateEdgeSchema).max(120, '模板最多120条连线'),
  })
  .superRefine((b, ctx) => {
    const keys = new Set<string>()
    for (const n of b.nodes) {
      if (keys.has(n.key)) ctx.addIssue({ code: 'custom', message: `模板环节标识重复：${n.key}`, path: ['nodes'] })
      keys.add(n.key)
    }
    for (const e of b.edges) {
      if (!keys.has(e.from) || !keys.has(e.to)) {
        ctx.addIssue({ code: 'custom', message: `模板连线指向不存在的环节：${e.from} → ${e.to}`, path: ['edges'] })
      }
    }
  })
export type FlowTemplateBody = z.output<typeof flowTemplateBodySchema>

/** A chart template as shipped in resources/flowchart-templates/*.json. */
export const flowTemplateFileSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(2).max(40),
  /** Power type names (事项类型) this template is offered for first. */
  powerTypes: z.array(z.string().min(1)).default([]),
  /** Words of a power's name that make this template the suggestion (e.g. 资金, 采购). */
  keywords: z.array(z.string().min(1)).default([]),
  description: z.string().trim().max(200).default(''),
  body: flowTemplateBodySchema,
})
export type FlowTemplateFile = z.output<typeof flowTemplateFileSchema>

/** A stored template (seeded from resources, editable in 设置). */
export const flowTemplateSchema = flowTemplateFileSchema.extend({
  id: z.number().int().positive(),
  builtin: z.boolean(),
  updatedAt: z.string(),
})
export type FlowTemplate = z.infer<typeof flowTemplateSchema>

export const flowTemplateInputSchema = z.object({
  name: text('模板名称', 40).min(2, '模板名称至少两个字'),
  powerTypes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  keywords: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  description: text('模板说明', 200).default(''),
  body: flowTemplateBodySchema,
})
export type FlowTemplateInput = z.input<typeof flowTemplateInputSchema>
