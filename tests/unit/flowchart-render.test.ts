import { describe, expect, test } from 'vitest'
import { planA4, A4_AREA_PX } from '../../electron/core/flowchart/render/a4-fit'
import { findCjkFont } from '../../electron/core/flowchart/render/cjk-font'
import { svgToPng } from '../../electron/core/flowchart/render/flowchart-png'
import { type RenderChart, renderFlowchartSvg } from '../../electron/core/flowchart/render/flowchart-svg'
import type { FlowNode, NodeKind } from '../../shared/domain/flowchart.schema'
import { makeTempDir, removeTempDir } from '../helpers/temp-dir'

const node = (id: string, kind: NodeKind, label: string, y: number, postId: number | null = null): FlowNode => ({
  id,
  kind,
  label,
  postId,
  days: kind === 'start' || kind === 'end' ? null : 3,
  requirement: '',
  supervision: '',
  x: 24,
  y,
})

function chart(labels = true): RenderChart {
  const l = (s: string) => (labels ? s : '')
  return {
    title: labels ? '道路旅客运输经营许可流程图' : '',
    nodes: [
      node('n1', 'start', l('开始'), 24),
      node('n2', 'accept', l('受理申请材料'), 120, 7),
      node('n3', 'approve', l('分管领导审批'), 240, 8),
      node('n4', 'end', l('结束'), 370),
    ],
    edges: [
      { id: 'e1', source: 'n1', target: 'n2', label: '' },
      { id: 'e2', source: 'n2', target: 'n3', label: l('符合') },
      { id: 'e3', source: 'n3', target: 'n4', label: '' },
      { id: 'e4', source: 'n3', target: 'n2', label: l('退回') },
    ],
    postNames: new Map([
      [7, labels ? '行政许可受理岗' : ''],
      [8, labels ? '运输许可审核岗' : ''],
    ]),
  }
}

/** Pixels clearly darker than the light fills and grey lines the chart uses. */
function darkPixels(pixels: Buffer): number {
  let n = 0
  for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 3 * 60) n++
  return n
}

describe('chart SVG', () => {
  test('is deterministic: the same chart gives the same bytes', () => {
    const a = renderFlowchartSvg(chart())
    const b = renderFlowchartSvg({ ...chart(), postNames: new Map([...chart().postNames].reverse()) })
    expect(a).toBe(b)
    expect(a).toContain('受理申请材料')
    expect(a).toContain('行政许可受理岗 · 3个工作日')
    expect(a).toContain('<polygon') // the decision step is drawn differently
  })

  test('escapes text and changes when the chart changes', () => {
    const c = chart()
    const svg = renderFlowchartSvg({ ...c, title: '<script>&"' })
    expect(svg).toContain('&lt;script&gt;&amp;&quot;')
    expect(svg).not.toContain('<script>')
    const moved = { ...c, nodes: c.nodes.map((n) => (n.id === 'n2' ? { ...n, x: 30 } : n)) }
    expect(renderFlowchartSvg(moved)).not.toBe(renderFlowchartSvg(c))
  })

  test('shows risk badges in the level colour when given', () => {
    const svg = renderFlowchartSvg({ ...chart(), riskBadges: { n3: { count: 2, level: 'A' } } })
    expect(svg).toContain('#cf1322')
    expect(renderFlowchartSvg(chart())).not.toContain('#cf1322')
  })
})

describe('chart PNG', () => {
  test('label text really produces dark pixels', () => {
    const withText = svgToPng(renderFlowchartSvg(chart()), { zoom: 1 })
    const blank = svgToPng(renderFlowchartSvg(chart(false)), { zoom: 1 })
    expect(withText.png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(withText.width).toBe(blank.width)
    // arrows and outlines are the same in both; only the Chinese labels differ
    expect(darkPixels(withText.pixels) - darkPixels(blank.pixels)).toBeGreaterThan(500)
  })

  test('without any CJK font it refuses with a clear Chinese message', () => {
    const empty = makeTempDir()
    try {
      expect(() => findCjkFont([empty])).toThrow(/没有找到中文字体/)
    } finally {
      removeTempDir(empty)
    }
  })
})

describe('A4 fit', () => {
  const column = (count: number) => Array.from({ length: count }, (_, i) => node(`n${i}`, 'review', `第${i + 1}步`, i * 120))

  test('a short chart fits one page', () => {
    const plan = planA4(chart().nodes)
    expect(plan.slices).toHaveLength(1)
    expect(plan.scale).toBeLessThanOrEqual(1)
  })

  test('a long chart splits between rows, never through a step', () => {
    const nodes = column(40)
    const plan = planA4(nodes)
    expect(plan.slices.length).toBeGreaterThan(1)
    expect(plan.slices.map((s) => s.page)).toEqual(plan.slices.map((_, i) => i + 1))
    for (const s of plan.slices) {
      expect((s.y1 - s.y0 + 88) * plan.scale).toBeLessThanOrEqual(A4_AREA_PX.height + 0.5)
      for (const n of nodes) expect(n.y < s.y1 && n.y + 72 > s.y1 && s.page < s.pages).toBe(false)
    }
    const svg = renderFlowchartSvg({ ...chart(), nodes, edges: [] }, plan.slices[1])
    expect(svg).toContain(`（2/${plan.slices.length}）`)
  })
})
