import { z } from 'zod'
import { cleanInputText, uniqueInOrder } from './text.schema'

/** Built-in power type names (the list is user-extensible in the app; templates use these names). */
export const BUILTIN_POWER_TYPES = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '行政征收',
  '行政给付',
  '行政检查',
  '行政确认',
  '行政奖励',
  '行政裁决',
  '其他行政权力',
  '内部管理权',
] as const

/** Library text passes the same rule as user input: it ends up in the same exports. */
const cleanString = () => z.string().overwrite(cleanInputText)

export const RISK_CATEGORIES = ['思想道德风险', '制度机制风险', '业务操作风险'] as const

/** One typical power of a unit-type starter library (resources/templates/*.json). */
export const templatePowerSchema = z.object({
  name: cleanString().min(2).max(100),
  type: z.enum(BUILTIN_POWER_TYPES),
  basis: cleanString().min(4).max(2000),
  subject: cleanString().max(100).default(''),
  target: cleanString().max(200).default(''),
  duties: cleanString().min(4).max(2000),
  accountability: cleanString().max(2000).default(''),
  legalLimit: cleanString().max(50).default(''),
  promisedLimit: cleanString().max(50).default(''),
  feeBasis: cleanString().max(500).default(''),
  discretion: z.enum(['none', 'narrow', 'wide']).default('none'),
  isProjectApproval: z.boolean().default(false),
  isHighConcern: z.boolean().default(false),
  /** Typical risk points a unit then edits (used by the 查点 step). */
  risks: z
    .array(
      z.object({
        description: cleanString().min(6).max(300),
        category: z.enum(RISK_CATEGORIES),
        node: cleanString().max(30).optional(),
      }),
    )
    .default([]),
})

export const templateLibrarySchema = z.object({
  key: z.string().regex(/^[a-z-]+$/),
  /** What the user picks: 交通运输局, 教育局, 市场监管所, 税务所, 派出所, 医院, 学校, 电力所, 乡镇, 村/社区 */
  title: cleanString().min(2),
  /** The unit types (shared/domain/labels.ts UNIT_TYPES) this library is offered for first. */
  unitTypes: z.array(z.string()).min(1),
  description: cleanString().min(4),
  powers: z.array(templatePowerSchema).min(15),
})
export type TemplateLibrary = z.infer<typeof templateLibrarySchema>

export const templateSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  unitTypes: z.array(z.string()),
  description: z.string(),
  count: z.number().int(),
})
export type TemplateSummary = z.infer<typeof templateSummarySchema>

export const templateApplyInputSchema = z.object({
  key: z.string().regex(/^[a-z-]{1,40}$/),
  /** indexes into the library's powers */
  indexes: z.array(z.number().int().min(0).max(999)).overwrite(uniqueInOrder).min(1, '请至少勾选一项').max(1000),
  /** the first new 事项编码; the rest count up from it (same prefix and digit count), skipping codes in use */
  firstCode: z
    .string()
    .overwrite(cleanInputText)
    .min(1, '请填写起始编码')
    .max(40, '起始编码不能超过40个字符')
    .regex(/^[0-9A-Za-z\-_]*[0-9]$/, '起始编码只能包含数字、字母、“-”和“_”，并以数字结尾，如 QL001 或 330275021'),
})
