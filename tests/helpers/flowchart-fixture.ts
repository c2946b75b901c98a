import type { Core } from '../../electron/core'
import type { FlowGraph } from '../../shared/domain/flowchart.schema'
import { seedSmallOrg, type SmallOrg } from './org-fixture'

export interface FlowFixture extends SmallOrg {
  penaltyPost: number
  penaltyReviewPost: number
  penalty: number
  fund: number
}

/** The small unit plus a 行政处罚 power (with its own posts) and a 大额资金 power. */
export async function seedFlowPowers(core: Core): Promise<FlowFixture> {
  const org = await seedSmallOrg(core)
  const types = await core.call('powerType:list')
  const typeId = (name: string) => types.find((t) => t.name === name)?.id ?? 0
  const penaltyPost = (await core.call('post:create', { departmentId: org.enforcement, name: '行政处罚承办岗', isKey: true })).id
  const penaltyReviewPost = (await core.call('post:create', { departmentId: org.enforcement, name: '行政处罚审核岗', isKey: true })).id
  const penalty = (
    await core.call('power:create', {
      code: 'CF001',
      name: '对未取得道路运输经营许可擅自从事经营的处罚',
      typeId: typeId('行政处罚'),
      departmentId: org.enforcement,
      postIds: [penaltyPost, penaltyReviewPost],
      decisionPostId: penaltyReviewPost,
      implementationPostId: penaltyPost,
      legalLimit: '90个工作日',
      promisedLimit: '60个工作日',
    })
  ).id
  const fund = (
    await core.call('power:create', {
      code: 'NB001',
      name: '大额资金使用审批',
      typeId: typeId('内部管理权'),
      departmentId: org.finance,
      postIds: [org.auditPost, org.cashierPost],
      decisionPostId: org.auditPost,
      implementationPostId: org.cashierPost,
      promisedLimit: '5个工作日',
    })
  ).id
  return { ...org, penaltyPost, penaltyReviewPost, penalty, fund }
}

/** A valid hand-drawn chart: 开始 → 受理 → 审批 → 结束, with a 退回 edge. */
export function smallGraph(approvePostId: number): FlowGraph {
  const node = (id: string, kind: FlowGraph['nodes'][number]['kind'], label: string, y: number, postId: number | null = null, days: number | null = null) => ({
    id,
    kind,
    label,
    postId,
    days,
    requirement: '',
    supervision: '',
    x: 100,
    y,
  })
  return {
    nodes: [
      node('nStart01', 'start', '开始', 0),
      node('nAccept01', 'accept', '受理', 100, null, 2),
      node('nApprove01', 'approve', '审批', 220, approvePostId, 3),
      node('nEnd01', 'end', '结束', 340),
    ],
    edges: [
      { id: 'e0001', source: 'nStart01', target: 'nAccept01', label: '' },
      { id: 'e0002', source: 'nAccept01', target: 'nApprove01', label: '' },
      { id: 'e0003', source: 'nApprove01', target: 'nEnd01', label: '符合' },
      { id: 'e0004', source: 'nApprove01', target: 'nAccept01', label: '退回' },
    ],
  }
}
