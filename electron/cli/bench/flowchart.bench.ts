/**
 * 二·查点 benchmarks: auto-layout of a 60-node chart, PNG rendering of many charts, and opening
 * the editor on a 60-node chart in Chromium (through the browser host, like first-page.probe.ts).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { newElementId } from '../../../shared/domain/flowchart.ids'
import { layoutFlowchart } from '../../../shared/domain/flowchart.layout'
import type { FlowGraph, FlowNode, NodeKind } from '../../../shared/domain/flowchart.schema'
import type { Core } from '../../core'
import { builtinFlowTemplates } from '../../core/flowchart/flowchart-template.repo'
import { svgToPng } from '../../core/flowchart/render/flowchart-png'
import { renderFlowchartSvg } from '../../core/flowchart/render/flowchart-svg'
import { startHost } from '../../host/server'
import { findBrowser, launchOptions } from './chromium'
import type { BenchRow } from './powers.bench'
import { medianOf } from './timing'

const STEP_KINDS: NodeKind[] = ['accept', 'review', 'investigate', 'check', 'notify', 'approve', 'deliver', 'execute', 'sign', 'archive']

/** A chart of `size` steps: a main line with a decision every 5 steps that can send the case back. */
export function syntheticGraph(size: number, postId: number | null): FlowGraph {
  const node = (kind: NodeKind, label: string): FlowNode => ({ id: newElementId('n'), kind, label, postId: kind === 'start' || kind === 'end' ? null : postId, days: kind === 'start' || kind === 'end' ? null : 1, requirement: '', supervision: '', x: 0, y: 0 })
  const nodes = [node('start', '开始')]
  for (let i = 1; i < size - 1; i++) {
    const kind = STEP_KINDS[i % STEP_KINDS.length] ?? 'custom'
    nodes.push(node(kind, `第${i}步${kind === 'check' ? '审核' : '办理'}`))
  }
  nodes.push(node('end', '结束'))
  const edges = nodes.slice(1).map((n, i) => ({ id: newElementId('e'), source: nodes[i]?.id ?? '', target: n.id, label: '' }))
  nodes.forEach((n, i) => {
    const back = nodes[i - 2]
    if (n.kind === 'check' && back) edges.push({ id: newElementId('e'), source: n.id, target: back.id, label: '退回' })
  })
  return { nodes, edges }
}

async function laidOut(graph: FlowGraph): Promise<FlowGraph> {
  const p = await layoutFlowchart(graph)
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, ...p[n.id] })) }
}

async function benchPng(count: number): Promise<BenchRow> {
  const templates = await Promise.all(
    builtinFlowTemplates().map((t) => {
      const ids = new Map(t.body.nodes.map((n) => [n.key, newElementId('n')]))
      return laidOut({
        nodes: t.body.nodes.map((n, i) => ({ id: ids.get(n.key) ?? '', kind: n.kind, label: n.label, postId: n.kind === 'start' || n.kind === 'end' ? null : (i % 6) + 1, days: n.days, requirement: '', supervision: '', x: 0, y: 0 })),
        edges: t.body.edges.map((e) => ({ id: newElementId('e'), source: ids.get(e.from) ?? '', target: ids.get(e.to) ?? '', label: e.label })),
      })
    }),
  )
  const postNames = new Map(['行政许可受理岗', '运输许可审核岗', '行政处罚承办岗', '行政处罚审核岗', '财务审核岗', '出纳岗'].map((name, i) => [i + 1, name]))
  const t0 = performance.now()
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const g = templates[i % templates.length] ?? { nodes: [], edges: [] }
    bytes += svgToPng(renderFlowchartSvg({ title: `第${i + 1}项职权流程图`, nodes: g.nodes, edges: g.edges, postNames })).png.length
  }
  const ms = performance.now() - t0
  return { item: `流程图渲染 PNG（${count}张）`, ms, note: `每张 ${(ms / Math.max(count, 1)).toFixed(1)} ms，平均 ${Math.round(bytes / Math.max(count, 1) / 1024)} KB；目标全部 < 60 s` }
}

async function createBenchChart(core: Core): Promise<number> {
  const types = await core.call('powerType:list')
  const posts = await core.call('post:list')
  const power = await core.call('power:create', { code: 'BENCH-FC-60', name: '流程图性能测试事项', typeId: types[0]?.id ?? 1 })
  const graph = await laidOut(syntheticGraph(60, posts[0]?.id ?? null))
  await core.call('flowchart:save', { powerId: power.id, baseVersion: 0, graph })
  return power.id
}

async function benchEditorOpen(core: Core, rendererDir: string, powerId: number): Promise<BenchRow[]> {
  const item = '打开编辑器（60个环节）'
  const found = findBrowser()
  if (!found.ok) return [{ item, ms: null, note: '跳过（未找到浏览器）' }]
  if (!existsSync(join(rendererDir, 'index.html'))) return [{ item, ms: null, note: '跳过（未找到构建好的界面，请先运行 npm run build）' }]
  const { chromium } = await import('playwright-core')
  const host = await startHost({ core, rendererDir })
  try {
    const browser = await chromium.launch({ ...launchOptions(found), headless: true })
    try {
      const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 820 } })
      await page.goto(host.url)
      await page.getByTestId('dashboard').waitFor({ timeout: 60_000 })
      const open = async () => {
        const t0 = performance.now()
        await page.evaluate(`location.hash = "#/risks/flowcharts/${powerId}"`)
        await page.locator('.react-flow__node').nth(59).waitFor({ timeout: 60_000 })
        await page.getByTestId('fc-save-state').getByText('已保存').waitFor({ timeout: 60_000 })
        const ms = performance.now() - t0
        await page.evaluate(`location.hash = "#/"`)
        await page.getByTestId('dashboard').waitFor({ timeout: 60_000 })
        return ms
      }
      const first = await open()
      const again = await open()
      return [
        { item: `${item}，首次`, ms: first, note: '含加载编辑器代码；至60个环节显示且可编辑；目标 < 500 ms' },
        { item: `${item}，再次`, ms: again, note: '编辑器代码已加载' },
      ]
    } finally {
      await browser.close()
    }
  } catch (e) {
    return [{ item, ms: null, note: `失败（${(e as Error).message.split('\n')[0]}）` }]
  } finally {
    await host.close()
  }
}

export async function benchFlowcharts(core: Core, rendererDir: string, opts: { charts: number; runs: number }): Promise<BenchRow[]> {
  const graph = syntheticGraph(60, null)
  const layout = await medianOf(opts.runs, () => layoutFlowchart(graph))
  const rows: BenchRow[] = [{ item: '流程图自动排版（60个环节，elkjs）', ms: layout.ms, note: `${opts.runs}次中位数；目标 < 200 ms` }]
  if (opts.charts > 0) rows.push(await benchPng(opts.charts))
  rows.push(...(await benchEditorOpen(core, rendererDir, await createBenchChart(core))))
  return rows
}
