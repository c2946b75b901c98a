import { describe, expect, test } from 'vitest'
import { checkFlowchart, longestPathDays, parseLimitDays } from '../../shared/domain/flowchart.checks'
import type { FlowNode, NodeKind } from '../../shared/domain/flowchart.schema'

type N = Pick<FlowNode, 'id' | 'kind' | 'label' | 'postId' | 'days'>
const node = (id: string, kind: NodeKind, days: number | null = null, postId: number | null = 1): N => ({ id, kind, label: id, postId, days })
const edge = (source: string, target: string) => ({ source, target })
const noLimits = { legalLimit: '', promisedLimit: '' }

/** 开始 → 受理 → 审批 → 结束 */
const valid = () => ({
  nodes: [node('开始', 'start'), node('受理', 'accept', 2), node('审批', 'approve', 3), node('结束', 'end')],
  edges: [edge('开始', '受理'), edge('受理', '审批'), edge('审批', '结束')],
})
const codes = (input: ReturnType<typeof valid>, limits = noLimits) => checkFlowchart(input, limits).issues.map((i) => i.code)

describe('graph checks', () => {
  test('a valid chart is 完整 with no issues; an empty one is 未绘制', () => {
    const r = checkFlowchart(valid(), noLimits)
    expect(r).toEqual({ state: 'complete', issues: [], totalDays: 5, limitDays: null })
    expect(checkFlowchart({ nodes: [], edges: [] }, noLimits).state).toBe('empty')
  })

  test('no 开始', () => {
    const g = valid()
    g.nodes[0] = node('开始', 'custom')
    expect(codes(g)).toContain('start-missing')
    expect(checkFlowchart(g, noLimits).state).toBe('invalid')
  })

  test('two 开始', () => {
    const g = valid()
    g.nodes.push(node('开始2', 'start'))
    g.edges.push(edge('开始2', '受理'))
    const r = checkFlowchart(g, noLimits)
    expect(r.issues.map((i) => i.code)).toEqual(['start-multiple'])
    expect(r.issues[0]?.nodeIds).toEqual(['开始', '开始2'])
  })

  test('a node not reachable from 开始', () => {
    const g = valid()
    g.nodes.push(node('补充', 'review'))
    g.edges.push(edge('补充', '审批'))
    const r = checkFlowchart(g, noLimits)
    expect(r.issues.map((i) => i.code)).toEqual(['unreachable'])
    expect(r.issues[0]?.nodeIds).toEqual(['补充'])
    expect(r.issues[0]?.message).toContain('“补充”')
  })

  test('no 结束 at all, and a 结束 that cannot be reached', () => {
    const g = valid()
    g.nodes[3] = node('结束', 'archive')
    expect(codes(g)).toContain('end-missing')
    const h = valid()
    h.edges = h.edges.filter((e) => e.target !== '结束')
    h.edges.push(edge('结束', '审批'))
    expect(codes(h)).toEqual(expect.arrayContaining(['unreachable', 'end-unreachable', 'dead-end']))
  })

  test('an isolated node and a step that leads nowhere', () => {
    const g = valid()
    g.nodes.push(node('孤立', 'custom'))
    expect(codes(g)).toEqual(['unreachable', 'isolated'])
    const h = valid()
    h.nodes.push(node('告知', 'notify'))
    h.edges.push(edge('受理', '告知'))
    const r = checkFlowchart(h, noLimits)
    expect(r.issues.map((i) => i.code)).toEqual(['dead-end'])
    expect(r.issues[0]?.nodeIds).toEqual(['告知'])
  })

  test('each decision kind needs a 承办岗位; other steps do not', () => {
    for (const kind of ['check', 'approve', 'sign', 'decide'] as const) {
      const g = valid()
      g.nodes[2] = node('审批', kind, 3, null)
      expect(codes(g), kind).toEqual(['decision-post'])
    }
    const g = valid()
    g.nodes[1] = node('受理', 'accept', 2, null)
    expect(codes(g)).toEqual([])
  })

  test('the time-limit sum over the limit is a warning, not a problem', () => {
    const r = checkFlowchart(valid(), { legalLimit: '20个工作日', promisedLimit: '4个工作日' })
    expect(r.state).toBe('complete')
    expect(r.limitDays).toBe(4)
    expect(r.issues).toEqual([expect.objectContaining({ code: 'over-limit', severity: 'warning' })])
    expect(r.issues[0]?.message).toContain('5个工作日')
    expect(codes(valid(), { legalLimit: '5日', promisedLimit: '' })).toEqual([])
  })
})

describe('time-limit sum', () => {
  test('takes the longest branch', () => {
    const g = valid()
    g.nodes.push(node('现场核查', 'investigate', 10))
    g.edges.push(edge('受理', '现场核查'), edge('现场核查', '审批'))
    expect(longestPathDays(g, '开始')).toBe(15)
  })

  test('counts a 退回 loop once and ignores steps without a limit', () => {
    const g = valid()
    g.edges.push(edge('审批', '受理'))
    expect(longestPathDays(g, '开始')).toBe(5)
    const none = { nodes: valid().nodes.map((n) => ({ ...n, days: null })), edges: valid().edges }
    expect(longestPathDays(none, '开始')).toBeNull()
  })

  test('reads limits written in 清权', () => {
    expect(parseLimitDays('20')).toBe(20)
    expect(parseLimitDays('20个工作日')).toBe(20)
    expect(parseLimitDays(' 15 日')).toBe(15)
    expect(parseLimitDays('二十个工作日')).toBe(20)
    expect(parseLimitDays('十五日')).toBe(15)
    expect(parseLimitDays('七日')).toBe(7)
    expect(parseLimitDays('即办')).toBe(0)
    expect(parseLimitDays('3个月')).toBeNull()
    expect(parseLimitDays('法定期限内')).toBeNull()
    expect(parseLimitDays('')).toBeNull()
  })
})
