/**
 * Renders a chart to SVG from its stored layout. Pure and deterministic: the same chart gives the
 * same bytes (no random ids, no clock, fixed number format), so documents and packages are stable.
 */
import { nodeSizeOf, shapeOf } from '../../../../shared/domain/flowchart.geometry'
import type { FlowEdge, FlowNode, RiskBadge } from '../../../../shared/domain/flowchart.schema'
import { esc, num, wrapText } from './svg-text'

export interface RenderChart {
  title: string
  nodes: readonly FlowNode[]
  edges: readonly FlowEdge[]
  /** 承办岗位 names by post id */
  postNames: ReadonlyMap<number, string>
  riskBadges?: Readonly<Record<string, RiskBadge>>
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A vertical slice of the chart (one A4 page of a long chart); the whole chart when absent. */
export interface Slice {
  y0: number
  y1: number
  page: number
  pages: number
}

export const FONT_FAMILY = `'Noto Sans CJK SC','Microsoft YaHei','SimHei','SimSun','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif`
const MARGIN = 24
const TITLE_HEIGHT = 40
const LEVEL_COLORS: Record<RiskBadge['level'], string> = { A: '#cf1322', B: '#faad14', C: '#1677ff' }

const boxOf = (n: FlowNode): Box => ({ x: n.x, y: n.y, ...nodeSizeOf(n.kind) })

/** The area the nodes cover (edges that loop back run up to 30 px to the right of it). */
export function chartBounds(nodes: readonly FlowNode[]): Box {
  if (nodes.length === 0) return { x: 0, y: 0, width: 200, height: 60 }
  const boxes = nodes.map(boxOf)
  const x0 = Math.min(...boxes.map((b) => b.x))
  const y0 = Math.min(...boxes.map((b) => b.y))
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + 30
  const y1 = Math.max(...boxes.map((b) => b.y + b.height))
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

function nodeShape(n: FlowNode, b: Box): string {
  const shape = shapeOf(n.kind)
  if (shape === 'terminal') {
    return `<rect x="${num(b.x)}" y="${num(b.y)}" width="${b.width}" height="${b.height}" rx="${b.height / 2}" fill="#e6f4ff" stroke="#1677ff" stroke-width="1.5"/>`
  }
  if (shape === 'decision') {
    const i = 18
    const pts = [
      [b.x + i, b.y],
      [b.x + b.width - i, b.y],
      [b.x + b.width, b.y + b.height / 2],
      [b.x + b.width - i, b.y + b.height],
      [b.x + i, b.y + b.height],
      [b.x, b.y + b.height / 2],
    ]
    return `<polygon points="${pts.map(([x, y]) => `${num(x ?? 0)},${num(y ?? 0)}`).join(' ')}" fill="#fffbe6" stroke="#d48806" stroke-width="1.5"/>`
  }
  return `<rect x="${num(b.x)}" y="${num(b.y)}" width="${b.width}" height="${b.height}" rx="4" fill="#ffffff" stroke="#1677ff" stroke-width="1.5"/>`
}

function detailLine(n: FlowNode, postNames: ReadonlyMap<number, string>): string {
  const post = n.postId === null ? '' : (postNames.get(n.postId) ?? '')
  const days = n.days === null ? '' : `${n.days}个工作日`
  return [post, days].filter(Boolean).join(' · ')
}

function nodeText(n: FlowNode, b: Box, postNames: ReadonlyMap<number, string>): string {
  const cx = num(b.x + b.width / 2)
  if (shapeOf(n.kind) === 'terminal') {
    return `<text x="${cx}" y="${num(b.y + b.height / 2 + 5)}" font-size="14" text-anchor="middle" fill="#141414">${esc(wrapText(n.label, 8, 1)[0] ?? '')}</text>`
  }
  const detail = detailLine(n, postNames)
  const labelLines = wrapText(n.label, shapeOf(n.kind) === 'decision' ? 11 : 12, detail ? 1 : 2)
  const lines = [...labelLines.map((t) => ({ t, size: 14, fill: '#141414' }))]
  if (detail) lines.push(...wrapText(detail, 15, 1).map((t) => ({ t, size: 11, fill: '#595959' })))
  const lineHeight = 18
  const top = b.y + b.height / 2 - (lines.length * lineHeight) / 2 + 13
  return lines
    .map((l, i) => `<text x="${cx}" y="${num(top + i * lineHeight)}" font-size="${l.size}" text-anchor="middle" fill="${l.fill}">${esc(l.t)}</text>`)
    .join('')
}

function badge(b: Box, risk: RiskBadge | undefined): string {
  if (!risk || risk.count === 0) return ''
  const x = num(b.x + b.width - 4)
  const y = num(b.y + 4)
  return `<circle cx="${x}" cy="${y}" r="10" fill="${LEVEL_COLORS[risk.level]}"/><text x="${x}" y="${num(b.y + 8)}" font-size="11" text-anchor="middle" fill="#ffffff">${risk.count}</text>`
}

/** Orthogonal route: down from the source, across, down into the target; loops back run on the right. */
export function edgePath(s: Box, t: Box): { d: string; labelAt: [number, number]; arrow: string } {
  const sx = s.x + s.width / 2
  const tx = t.x + t.width / 2
  const sBottom = s.y + s.height
  if (t.y >= sBottom - 1) {
    const midY = sBottom + Math.max(12, (t.y - sBottom) / 2)
    const d = sx === tx ? `M${num(sx)},${num(sBottom)} L${num(tx)},${num(t.y)}` : `M${num(sx)},${num(sBottom)} L${num(sx)},${num(midY)} L${num(tx)},${num(midY)} L${num(tx)},${num(t.y)}`
    return { d, labelAt: [sx + 6, sBottom + 14], arrow: arrowHead(tx, t.y, 'down') }
  }
  const right = Math.max(s.x + s.width, t.x + t.width) + 24
  const sy = s.y + s.height / 2
  const ty = t.y + t.height / 2
  const d = `M${num(s.x + s.width)},${num(sy)} L${num(right)},${num(sy)} L${num(right)},${num(ty)} L${num(t.x + t.width)},${num(ty)}`
  return { d, labelAt: [right + 4, (sy + ty) / 2], arrow: arrowHead(t.x + t.width, ty, 'left') }
}

/** A filled arrow head whose tip touches (x, y); drawn as a polygon, not a marker, so every renderer agrees. */
function arrowHead(x: number, y: number, dir: 'down' | 'left'): string {
  const pts = dir === 'down' ? [[x, y], [x - 5, y - 9], [x + 5, y - 9]] : [[x, y], [x + 9, y - 5], [x + 9, y + 5]]
  return `<polygon points="${pts.map(([a, b]) => `${num(a ?? 0)},${num(b ?? 0)}`).join(' ')}" fill="#595959"/>`
}

function edgeSvg(e: FlowEdge, boxes: ReadonlyMap<string, Box>): string {
  const s = boxes.get(e.source)
  const t = boxes.get(e.target)
  if (!s || !t) return ''
  const { d, labelAt, arrow } = edgePath(s, t)
  const label = e.label
    ? `<text x="${num(labelAt[0])}" y="${num(labelAt[1])}" font-size="11" fill="#595959">${esc(e.label)}</text>`
    : ''
  return `<path d="${d}" fill="none" stroke="#595959" stroke-width="1.2"/>${arrow}${label}`
}

/** The SVG of a chart, or of one vertical slice of it (see a4-fit.ts). */
export function renderFlowchartSvg(chart: RenderChart, slice?: Slice): string {
  const bounds = chartBounds(chart.nodes)
  const y0 = slice ? slice.y0 : bounds.y
  const y1 = slice ? slice.y1 : bounds.y + bounds.height
  const width = Math.max(bounds.width, 360) + 2 * MARGIN
  const height = y1 - y0 + 2 * MARGIN + TITLE_HEIGHT
  const vx = bounds.x - MARGIN
  const vy = y0 - MARGIN - TITLE_HEIGHT
  const boxes = new Map(chart.nodes.map((n) => [n.id, boxOf(n)]))
  const title = slice && slice.pages > 1 ? `${chart.title}（${slice.page}/${slice.pages}）` : chart.title
  const clip = slice ? ` clip-path="url(#slice)"` : ''
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(vx)} ${num(vy)} ${num(width)} ${num(height)}" font-family="${esc(FONT_FAMILY)}">`,
    slice ? `<defs><clipPath id="slice"><rect x="${num(vx)}" y="${num(y0 - 8)}" width="${num(width)}" height="${num(y1 - y0 + 16)}"/></clipPath></defs>` : '',
    `<rect x="${num(vx)}" y="${num(vy)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<text x="${num(vx + width / 2)}" y="${num(vy + MARGIN + 8)}" font-size="18" font-weight="bold" text-anchor="middle" fill="#141414">${esc(title)}</text>`,
    `<g${clip}>`,
    ...chart.edges.map((e) => edgeSvg(e, boxes)),
    ...chart.nodes.map((n) => {
      const b = boxes.get(n.id) ?? boxOf(n)
      return `<g>${nodeShape(n, b)}${nodeText(n, b, chart.postNames)}${badge(b, chart.riskBadges?.[n.id])}</g>`
    }),
    `</g></svg>`,
  ].join('\n')
}
