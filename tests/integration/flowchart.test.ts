import { describe, expect } from 'vitest'
import type { FlowTemplate } from '../../shared/domain/flowchart-template.schema'
import type { Flowchart, FlowchartRow } from '../../shared/domain/flowchart.schema'
import { seedFlowPowers, smallGraph } from '../helpers/flowchart-fixture'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'

describe('flowchart save and load', () => {
  test('round trip keeps node ids, posts, time limits and layout', async ({ core }) => {
    const f = await seedFlowPowers(core)
    const graph = smallGraph(f.auditPost)
    const saved = okValue<Flowchart>(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph }))
    expect(saved.version).toBe(1)
    const loaded = okValue<Flowchart>(await core.invoke('flowchart:get', { powerId: f.fund }))
    expect(loaded.nodes).toEqual(graph.nodes)
    expect(loaded.edges).toEqual(graph.edges)
    expect(loaded.check.state).toBe('complete')
    expect(loaded.check.totalDays).toBe(5)
    expect(loaded.check.limitDays).toBe(5)
    expect(loaded.power.code).toBe('NB001')
  })

  test('a second save upserts: kept nodes keep their ids, removed ones go, edges follow', async ({ core }) => {
    const f = await seedFlowPowers(core)
    const graph = smallGraph(f.auditPost)
    okValue(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph }))
    const withoutAccept = {
      nodes: graph.nodes.filter((n) => n.id !== 'nAccept01').map((n) => (n.id === 'nApprove01' ? { ...n, label: '分管领导审批' } : n)),
      edges: [
        { id: 'e0010', source: 'nStart01', target: 'nApprove01', label: '' },
        { id: 'e0003', source: 'nApprove01', target: 'nEnd01', label: '' },
      ],
    }
    const saved = okValue<Flowchart>(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 1, graph: withoutAccept }))
    expect(saved.nodes.map((n) => n.id)).toEqual(['nStart01', 'nApprove01', 'nEnd01'])
    expect(saved.nodes[1]?.label).toBe('分管领导审批')
    expect(saved.edges.map((e) => e.id)).toEqual(['e0010', 'e0003'])
    expect(rowCounts(core)).toMatchObject({ flowchart_nodes: 3, flowchart_edges: 2, flowcharts: 1 })
  })

  test('a stale editor, a foreign node id, a missing post or a broken edge change nothing', async ({ core }) => {
    const f = await seedFlowPowers(core)
    okValue(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph: smallGraph(f.auditPost) }))
    const before = rowCounts(core)
    expectErr(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph: smallGraph(f.auditPost) }), 'CONFLICT')
    // the same ids on another power: ids are global and belong to one chart for life
    expectErr(await core.invoke('flowchart:save', { powerId: f.penalty, baseVersion: 0, graph: smallGraph(f.auditPost) }), 'CONFLICT')
    const g = smallGraph(9999)
    expectErr(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 1, graph: g }), 'NOT_FOUND')
    const broken = { ...smallGraph(f.auditPost), edges: [{ id: 'e0099', source: 'nStart01', target: 'nGhost', label: '' }] }
    expect(expectErr(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 1, graph: broken }), 'VALIDATION')).toContain('不存在的环节')
    expect(rowCounts(core)).toEqual(before)
  })

  test('deleting the power removes its chart; deleting a post leaves the step without one (flagged)', async ({ core }) => {
    const f = await seedFlowPowers(core)
    const extraPost = (await core.call('post:create', { departmentId: f.finance, name: '分管领导岗' })).id
    okValue(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph: smallGraph(extraPost) }))
    okValue(await core.invoke('post:delete', { id: extraPost }))
    const chart = okValue<Flowchart>(await core.invoke('flowchart:get', { powerId: f.fund }))
    expect(chart.nodes.find((n) => n.id === 'nApprove01')?.postId).toBeNull()
    expect(chart.check.state).toBe('invalid')
    expect(chart.check.issues.map((i) => i.code)).toContain('decision-post')
    okValue(await core.invoke('power:delete', { ids: [f.fund] }))
    expect(rowCounts(core)).toMatchObject({ flowchart_nodes: 0, flowchart_edges: 0, flowcharts: 0 })
  })

  test('the list shows each power with its chart state; cancelled powers need no chart', async ({ core }) => {
    const f = await seedFlowPowers(core)
    okValue(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph: smallGraph(f.auditPost) }))
    const broken = smallGraph(f.auditPost)
    broken.edges = broken.edges.filter((e) => e.id !== 'e0003')
    const brokenIds = { nodes: broken.nodes.map((n) => ({ ...n, id: `${n.id}b` })), edges: broken.edges.map((e) => ({ ...e, id: `${e.id}b`, source: `${e.source}b`, target: `${e.target}b` })) }
    okValue(await core.invoke('flowchart:save', { powerId: f.penalty, baseVersion: 0, graph: brokenIds }))
    let rows = okValue<FlowchartRow[]>(await core.invoke('flowchart:list', undefined))
    expect(rows.map((r) => [r.code, r.state, r.nodeCount])).toEqual([
      ['CF001', 'invalid', 4],
      ['NB001', 'complete', 4],
    ])
    expect(rows[0]?.errorCount).toBeGreaterThan(0)
    okValue(await core.invoke('power:setStatus', { ids: [f.penalty], status: 'cancelled', date: '2026-01-01', reason: '该事项已划转至上级部门办理' }))
    rows = okValue<FlowchartRow[]>(await core.invoke('flowchart:list', undefined))
    expect(rows.map((r) => r.code)).toEqual(['NB001'])
  })
})

describe('templates', () => {
  test('are seeded once from resources and editable; built-ins cannot be deleted', async ({ core }) => {
    const list = okValue<FlowTemplate[]>(await core.invoke('flowchartTemplate:list', undefined))
    expect(list.map((t) => t.name)).toEqual(
      expect.arrayContaining(['行政许可流程', '行政处罚流程', '行政检查流程', '行政征收流程', '行政强制流程', '大额资金使用流程', '物资采购流程', '干部选任流程']),
    )
    const again = okValue<FlowTemplate[]>(await core.invoke('flowchartTemplate:list', undefined))
    expect(again).toHaveLength(list.length)
    const penalty = list.find((t) => t.key === 'penalty')
    if (!penalty) throw new Error('penalty template missing')
    const edited = okValue<FlowTemplate>(
      await core.invoke('flowchartTemplate:update', { ...penalty, name: '行政处罚流程（本单位）', id: penalty.id }),
    )
    expect(edited.name).toBe('行政处罚流程（本单位）')
    expect(okValue<FlowTemplate[]>(await core.invoke('flowchartTemplate:list', undefined))).toHaveLength(list.length)
    expectErr(await core.invoke('flowchartTemplate:delete', { id: penalty.id }), 'IN_USE')
    const own = okValue<FlowTemplate>(await core.invoke('flowchartTemplate:create', { name: '公务接待流程', body: penalty.body }))
    okValue(await core.invoke('flowchartTemplate:delete', { id: own.id }))
  })

  test('applying the 行政处罚 template fills posts from the unit and lays the chart out', async ({ core }) => {
    const f = await seedFlowPowers(core)
    const templates = okValue<FlowTemplate[]>(await core.invoke('flowchartTemplate:list', undefined))
    const penalty = templates.find((t) => t.key === 'penalty')
    const chart = okValue<Flowchart>(
      await core.invoke('flowchart:applyTemplate', { powerId: f.penalty, templateId: penalty?.id, baseVersion: 0 }),
    )
    const byLabel = new Map(chart.nodes.map((n) => [n.label, n]))
    expect([...byLabel.keys()]).toEqual(['开始', '立案', '调查取证', '审查', '告知', '听证（可选）', '决定', '送达', '执行', '结案'])
    expect(byLabel.get('立案')?.postId).toBe(f.penaltyPost)
    expect(byLabel.get('审查')?.postId).toBe(f.penaltyReviewPost)
    expect(byLabel.get('决定')?.postId).toBe(f.penaltyReviewPost)
    expect(byLabel.get('开始')?.postId).toBeNull()
    expect(chart.check.state).toBe('complete')
    // top to bottom: every forward step sits lower than 开始
    const startY = byLabel.get('开始')?.y ?? 0
    expect(chart.nodes.filter((n) => n.kind !== 'start').every((n) => n.y > startY)).toBe(true)
    expect(new Set(chart.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(chart.nodes.length)
    // longest path 2+20+5+3+10+5+7+15 = 67 > 承诺时限 60
    expect(chart.check.totalDays).toBe(67)
    expect(chart.check.issues.map((i) => i.code)).toEqual(['over-limit'])
  })

  test('an unmatched unit falls back to the power’s own decision post', async ({ core }) => {
    const f = await seedFlowPowers(core)
    const templates = okValue<FlowTemplate[]>(await core.invoke('flowchartTemplate:list', undefined))
    const fund = templates.find((t) => t.key === 'large-fund')
    const chart = okValue<Flowchart>(await core.invoke('flowchart:applyTemplate', { powerId: f.fund, templateId: fund?.id, baseVersion: 0 }))
    const post = (label: string) => chart.nodes.find((n) => n.label === label)?.postId
    expect(post('科室审核')).toBe(f.auditPost)
    expect(post('主要领导审批')).toBe(f.auditPost)
    expect(post('支付')).toBe(f.cashierPost)
    expect(chart.check.state).toBe('complete')
  })

  test('从其他职权复制 copies steps, posts and layout with new ids', async ({ core }) => {
    const f = await seedFlowPowers(core)
    okValue(await core.invoke('flowchart:save', { powerId: f.fund, baseVersion: 0, graph: smallGraph(f.auditPost) }))
    const copy = okValue<Flowchart>(await core.invoke('flowchart:copyFrom', { powerId: f.penalty, fromPowerId: f.fund, baseVersion: 0 }))
    const source = okValue<Flowchart>(await core.invoke('flowchart:get', { powerId: f.fund }))
    expect(copy.nodes.map(({ id: _id, ...n }) => n)).toEqual(source.nodes.map(({ id: _id, ...n }) => n))
    expect(copy.nodes.some((n) => source.nodes.some((s) => s.id === n.id))).toBe(false)
    expect(copy.edges.map((e) => e.label)).toEqual(source.edges.map((e) => e.label))
    expectErr(await core.invoke('flowchart:copyFrom', { powerId: f.fund, fromPowerId: f.penalty, baseVersion: 0 }), 'CONFLICT')
  })
})
