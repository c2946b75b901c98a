import { z } from 'zod'
import { calendarDate, cleanInputText, idList, searchText, text } from './text.schema'

const id = z.number().int().positive()

export const POWER_STATUSES = ['pending', 'confirmed', 'cancelled'] as const
export type PowerStatus = (typeof POWER_STATUSES)[number]
export const POWER_STATUS_LABELS: Record<PowerStatus, string> = {
  pending: '待确权',
  confirmed: '已确权',
  cancelled: '已取消',
}

export const DISCRETIONS = ['none', 'narrow', 'wide'] as const
export type Discretion = (typeof DISCRETIONS)[number]
export const DISCRETION_LABELS: Record<Discretion, string> = { none: '无', narrow: '幅度小', wide: '幅度大' }

/** 层级 of a power in the inventory: a 主项 or a 子项 under one. */
export const POWER_LEVELS = ['main', 'child'] as const
export type PowerLevel = (typeof POWER_LEVELS)[number]
export const POWER_LEVEL_LABELS: Record<PowerLevel, string> = { main: '主项', child: '子项' }

/** 五公开 */
export const DISCLOSURE_ITEMS = ['basis', 'target', 'procedure', 'timeLimit', 'result'] as const
export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number]
export const DISCLOSURE_LABELS: Record<DisclosureItem, string> = {
  basis: '依据公开',
  target: '对象公开',
  procedure: '程序公开',
  timeLimit: '时限公开',
  result: '结果公开',
}

const disclosureSchema = z.object({ disclosed: z.boolean().default(false), medium: text('公开载体', 200).default('') })
export const disclosuresSchema = z.object({
  basis: disclosureSchema.default({ disclosed: false, medium: '' }),
  target: disclosureSchema.default({ disclosed: false, medium: '' }),
  procedure: disclosureSchema.default({ disclosed: false, medium: '' }),
  timeLimit: disclosureSchema.default({ disclosed: false, medium: '' }),
  result: disclosureSchema.default({ disclosed: false, medium: '' }),
})
export type Disclosures = z.output<typeof disclosuresSchema>

/** Codes are kept as text: 330275012000 must never become 3.30275E+11. */
export const powerCodeSchema = z
  .string()
  .transform((s) => cleanInputText(s).replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]/g, ''))
  .pipe(
    z
      .string()
      .min(1, '请填写事项编码')
      .max(64, '事项编码不能超过64个字符')
      .regex(/^[0-9A-Za-z\-_.()（）]+$/, '事项编码只能包含数字、字母、“-”“_”“.”和括号'),
  )

/** 法定时限 / 承诺时限: a number of working days ("20", "20个工作日") or free text such as 即办. */
const timeLimit = (label: string) => text(label, 100).default('')

export const powerInputSchema = z.object({
  code: powerCodeSchema,
  name: text('事项名称', 200).min(1, '请填写事项名称'),
  parentId: id.nullable().default(null),
  typeId: z.number({ error: '请选择事项类型' }).int().positive('请选择事项类型'),
  basis: text('设定/实施依据', 20000).default(''),
  subject: text('实施主体', 200).default(''),
  departmentId: id.nullable().default(null),
  postIds: idList(50, '责任岗位不能超过50个').default([]),
  target: text('行使对象', 1000).default(''),
  duties: text('责任事项', 10000).default(''),
  accountability: text('追责情形', 10000).default(''),
  legalLimit: timeLimit('法定时限'),
  promisedLimit: timeLimit('承诺时限'),
  feeBasis: text('收费依据及标准', 2000).default(''),
  supervisionPhone: text('监督电话', 100).default(''),
  /** 行使层级 (省、市、县…) as the published list states it */
  exerciseLevel: text('行使层级', 100).default(''),
  discretion: z.enum(DISCRETIONS, { error: '自由裁量只能是无、幅度小或幅度大' }).default('none'),
  discretionText: text('自由裁量说明', 2000).default(''),
  annualFrequency: z
    .number({ error: '年行使频次应为整数' })
    .int('年行使频次应为整数')
    .min(0, '年行使频次不能为负数')
    .max(10_000_000, '年行使频次过大')
    .nullable()
    .default(null),
  leaderPersonId: id.nullable().default(null),
  decisionPostId: id.nullable().default(null),
  implementationPostId: id.nullable().default(null),
  isProjectApproval: z.boolean().default(false),
  isHighConcern: z.boolean().default(false),
  disclosures: disclosuresSchema.default({
    basis: { disclosed: false, medium: '' },
    target: { disclosed: false, medium: '' },
    procedure: { disclosed: false, medium: '' },
    timeLimit: { disclosed: false, medium: '' },
    result: { disclosed: false, medium: '' },
  }),
  remark: text('备注', 2000).default(''),
})
export type PowerInput = z.input<typeof powerInputSchema>
export type PowerValues = z.output<typeof powerInputSchema>

/** A row of the list: what the table, filters, counts and bulk actions need; the rest is in `power:get`. */
export const powerRowSchema = z.object({
  id,
  code: z.string(),
  name: z.string(),
  parentId: id.nullable(),
  typeId: id,
  typeName: z.string(),
  departmentId: id.nullable(),
  departmentName: z.string().nullable(),
  status: z.enum(POWER_STATUSES),
  isProjectApproval: z.boolean(),
  isHighConcern: z.boolean(),
  childCount: z.number().int(),
})
export type PowerRow = z.infer<typeof powerRowSchema>

export const powerDetailSchema = powerInputSchema.extend({
  id,
  code: z.string(),
  typeName: z.string(),
  departmentName: z.string().nullable(),
  parent: z.object({ id, code: z.string(), name: z.string() }).nullable(),
  children: z.array(z.object({ id, code: z.string(), name: z.string() })),
  status: z.enum(POWER_STATUSES),
  statusDate: z.string().nullable(),
  statusReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PowerDetail = z.infer<typeof powerDetailSchema>

export const powerListQuerySchema = z.object({
  search: searchText().optional(),
  typeIds: idList(100, '事项类型最多选择100个').optional(),
  departmentId: id.optional(),
  status: z.enum(POWER_STATUSES).optional(),
  projectApproval: z.boolean().optional(),
  highConcern: z.boolean().optional(),
  /** 层级: only 主项 (top-level 事项) or only 子项 */
  level: z.enum(POWER_LEVELS).optional(),
})
export type PowerListQuery = z.output<typeof powerListQuerySchema>

export const powerListSchema = z.object({
  rows: z.array(powerRowSchema),
  total: z.number().int(),
  byType: z.array(z.object({ typeId: id, typeName: z.string(), count: z.number().int() })),
})
export type PowerList = z.infer<typeof powerListSchema>

const ids = idList(20000, '一次最多处理20000项').min(1, '请至少选择一项')

export const powerStatusInputSchema = z
  .object({
    ids,
    status: z.enum(POWER_STATUSES),
    date: calendarDate('日期'),
    reason: text('原因', 500).default(''),
  })
  .refine((v) => v.status !== 'cancelled' || v.reason.length > 0, {
    message: '取消职权时请填写原因',
    path: ['reason'],
  })

export const powerBulkDepartmentSchema = z.object({ ids, departmentId: id.nullable() })
export const powerIdsSchema = z.object({ ids })

export const powerTypeSchema = z.object({
  id,
  name: z.string(),
  sort: z.number().int(),
  builtin: z.boolean(),
  powerCount: z.number().int(),
})
export type PowerType = z.infer<typeof powerTypeSchema>
export const powerTypeInputSchema = z.object({ name: text('类型名称', 30).min(2, '类型名称至少2个字') })
