import { z } from 'zod'

/** The step kinds of a 权力运行流程图 (issue 8). Keys are stable; labels are what people read. */
export const NODE_KINDS = [
  'start',
  'apply',
  'accept',
  'review',
  'investigate',
  'check',
  'approve',
  'sign',
  'decide',
  'notify',
  'hearing',
  'deliver',
  'execute',
  'archive',
  'end',
  'custom',
] as const
export type NodeKind = (typeof NODE_KINDS)[number]

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  start: '开始',
  apply: '申请/立案',
  accept: '受理',
  review: '审查',
  investigate: '调查取证',
  check: '审核',
  approve: '审批',
  sign: '审签',
  decide: '决定',
  notify: '告知',
  hearing: '听证',
  deliver: '送达',
  execute: '执行',
  archive: '归档',
  end: '结束',
  custom: '自定义',
}

/** 审核/审批/审签/决定 are decision nodes: drawn as diamonds and they must name a 承办岗位. */
export const DECISION_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['check', 'approve', 'sign', 'decide'])
export const isDecisionKind = (kind: NodeKind): boolean => DECISION_KINDS.has(kind)

/** Suggested edge labels; any short text is allowed. */
export const EDGE_LABEL_SUGGESTIONS = ['符合', '不符合', '退回', '补正'] as const

export const FLOWCHART_LIMITS = { nodes: 200, edges: 400 } as const

/** Stable ids: risk points and the 流程台帐 pin to them, so they never change once created. */
export const elementIdSchema = z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, '流程图元素编号无效')
const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`)
const coordinate = z.number().finite().min(-100_000).max(100_000)

export const flowNodeSchema = z.object({
  id: elementIdSchema,
  kind: z.enum(NODE_KINDS, { error: '环节类型无效' }),
  label: text('环节名称', 40).min(1, '请填写环节名称'),
  postId: z.number().int().positive().nullable().default(null),
  /** 办理时限 in working days; null when not set. */
  days: z
    .number({ error: '办理时限应为整数个工作日' })
    .int('办理时限应为整数个工作日')
    .min(0, '办理时限不能为负数')
    .max(365, '办理时限不能超过365个工作日')
    .nullable()
    .default(null),
  requirement: text('办理要求', 500).default(''),
  supervision: text('监督制约', 500).default(''),
  x: coordinate,
  y: coordinate,
})
export type FlowNode = z.output<typeof flowNodeSchema>
export type FlowNodeInput = z.input<typeof flowNodeSchema>

export const flowEdgeSchema = z.object({
  id: elementIdSchema,
  source: elementIdSchema,
  target: elementIdSchema,
  label: text('连线说明', 20).default(''),
})
export type FlowEdge = z.output<typeof flowEdgeSchema>

/** The graph alone, as the editor, the checks and the renderer see it. */
export const flowGraphSchema = z
  .object({
    nodes: z.array(flowNodeSchema).max(FLOWCHART_LIMITS.nodes, `一张流程图最多${FLOWCHART_LIMITS.nodes}个环节`),
    edges: z.array(flowEdgeSchema).max(FLOWCHART_LIMITS.edges, `一张流程图最多${FLOWCHART_LIMITS.edges}条连线`),
  })
  .superRefine((g, ctx) => {
    const ids = new Set<string>()
    for (const n of g.nodes) {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', message: `环节编号重复：${n.id}`, path: ['nodes'] })
      ids.add(n.id)
    }
    const edgeIds = new Set<string>()
    for (const e of g.edges) {
      if (edgeIds.has(e.id) || ids.has(e.id)) ctx.addIssue({ code: 'custom', message: `连线编号重复：${e.id}`, path: ['edges'] })
      edgeIds.add(e.id)
      if (!ids.has(e.source) || !ids.has(e.target)) {
        ctx.addIssue({ code: 'custom', message: '有连线指向不存在的环节', path: ['edges'] })
      } else if (e.source === e.target) {
        ctx.addIssue({ code: 'custom', message: '连线不能从一个环节指向它自己', path: ['edges'] })
      }
    }
  })
export type FlowGraph = z.output<typeof flowGraphSchema>

/** The power a chart belongs to, as the editor header and the checks need it. */
export const flowPowerSchema = z.object({
  id: z.number().int().positive(),
  code: z.string(),
  name: z.string(),
  typeName: z.string(),
  departmentName: z.string().nullable(),
  legalLimit: z.string(),
  promisedLimit: z.string(),
})
export type FlowPower = z.infer<typeof flowPowerSchema>

export const CHECK_SEVERITIES = ['error', 'warning'] as const
export const flowIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(CHECK_SEVERITIES),
  message: z.string(),
  nodeIds: z.array(z.string()),
})
export type FlowIssue = z.infer<typeof flowIssueSchema>

export const CHART_STATES = ['empty', 'invalid', 'complete'] as const
export type ChartState = (typeof CHART_STATES)[number]
export const CHART_STATE_LABELS: Record<ChartState, string> = { empty: '未绘制', invalid: '有问题', complete: '完整' }

export const flowCheckSchema = z.object({
  state: z.enum(CHART_STATES),
  issues: z.array(flowIssueSchema),
  /** Working days along the longest path from 开始; null when no step has a time limit. */
  totalDays: z.number().int().nullable(),
  /** The power's limit the sum is held against (承诺时限 first, then 法定时限), in working days. */
  limitDays: z.number().int().nullable(),
})
export type FlowCheck = z.infer<typeof flowCheckSchema>

/** Risk badges per node id (count and highest level); filled by the risk-point feature. */
export const RISK_LEVELS = ['A', 'B', 'C'] as const
export const riskBadgeSchema = z.object({ count: z.number().int().nonnegative(), level: z.enum(RISK_LEVELS) })
export type RiskBadge = z.infer<typeof riskBadgeSchema>

export const flowchartSchema = z.object({
  power: flowPowerSchema,
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
  /** Increments on every save; a save from an older version is refused (two windows editing). */
  version: z.number().int().nonnegative(),
  updatedAt: z.string().nullable(),
  check: flowCheckSchema,
  riskBadges: z.record(z.string(), riskBadgeSchema),
})
export type Flowchart = z.infer<typeof flowchartSchema>

export const flowchartSaveSchema = z.object({
  powerId: z.number().int().positive(),
  baseVersion: z.number().int().nonnegative(),
  graph: flowGraphSchema,
})
export type FlowchartSave = z.input<typeof flowchartSaveSchema>

export const flowchartRowSchema = z.object({
  powerId: z.number().int().positive(),
  code: z.string(),
  name: z.string(),
  typeId: z.number().int().positive(),
  typeName: z.string(),
  departmentId: z.number().int().positive().nullable(),
  departmentName: z.string().nullable(),
  nodeCount: z.number().int(),
  state: z.enum(CHART_STATES),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  updatedAt: z.string().nullable(),
})
export type FlowchartRow = z.infer<typeof flowchartRowSchema>
