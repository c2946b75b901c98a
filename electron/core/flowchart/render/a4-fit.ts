/**
 * Fitting a chart on A4 portrait (the 权力运行流程图 document embeds them): short charts scale down
 * to one page; long ones split between rows of steps so no step is cut in half.
 */
import { nodeSizeOf } from '../../../../shared/domain/flowchart.geometry'
import type { FlowNode } from '../../../../shared/domain/flowchart.schema'
import { chartBounds, type Slice } from './flowchart-svg'

/** The writing area of an A4 page with GB/T 9704 margins (156 × 225 mm) in CSS pixels (96 dpi). */
export const A4_AREA_PX = { width: Math.round((156 / 25.4) * 96), height: Math.round((225 / 25.4) * 96) }
/** Smaller than this and 14 px labels get too small to read on paper: split instead. */
export const MIN_PRINT_SCALE = 0.6
/** Title band and margins the SVG adds around the nodes (flowchart-svg.ts). */
const FRAME_PX = 24 * 2 + 40

export interface A4Plan {
  /** The scale at which each page is embedded (1 = natural size). */
  scale: number
  slices: Slice[]
}

/** Y positions between rows of steps where a page may end (no node spans them). */
function cutCandidates(nodes: readonly FlowNode[]): number[] {
  const spans = nodes.map((n) => [n.y, n.y + nodeSizeOf(n.kind).height] as const).sort((a, b) => a[0] - b[0])
  const cuts: number[] = []
  let reach = -Infinity
  for (const [top, bottom] of spans) {
    if (reach !== -Infinity && top > reach) cuts.push((reach + top) / 2)
    reach = Math.max(reach, bottom)
  }
  return cuts
}

export function planA4(nodes: readonly FlowNode[]): A4Plan {
  const b = chartBounds(nodes)
  const width = Math.max(b.width, 360) + 48
  const widthScale = Math.min(1, A4_AREA_PX.width / width)
  const wholeScale = Math.min(widthScale, A4_AREA_PX.height / (b.height + FRAME_PX))
  const whole: Slice = { y0: b.y, y1: b.y + b.height, page: 1, pages: 1 }
  if (wholeScale >= MIN_PRINT_SCALE || nodes.length === 0) return { scale: wholeScale, slices: [whole] }

  const scale = Math.max(widthScale, MIN_PRINT_SCALE)
  const pageContent = A4_AREA_PX.height / scale - FRAME_PX
  const end = b.y + b.height
  const cuts = cutCandidates(nodes)
  const slices: Slice[] = []
  let y0 = b.y
  while (end - y0 > pageContent) {
    // the furthest cut that still fits on this page; a single row taller than a page is cut where it must be
    const fit = cuts.filter((c) => c > y0 && c - y0 <= pageContent).pop() ?? y0 + pageContent
    slices.push({ y0, y1: fit, page: 0, pages: 0 })
    y0 = fit
  }
  slices.push({ y0, y1: end, page: 0, pages: 0 })
  return { scale, slices: slices.map((s, i) => ({ ...s, page: i + 1, pages: slices.length })) }
}
