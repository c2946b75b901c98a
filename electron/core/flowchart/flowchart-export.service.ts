/** Chart images for the UI, the command line and (later) the documents and the package. */
import { asc, inArray } from 'drizzle-orm'
import type { FlowGraph, FlowPower } from '../../../shared/domain/flowchart.schema'
import { AppError } from '../../../shared/result'
import type { Db } from '../db/client'
import { posts } from '../db/schema'
import { getFlowPower, loadGraph } from './flowchart.repo'
import { svgToPng } from './render/flowchart-png'
import { type RenderChart, renderFlowchartSvg } from './render/flowchart-svg'

export type ImageFormat = 'png' | 'svg'
export interface ChartImage {
  fileName: string
  mimeType: string
  data: Buffer
}

const MIME: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml' }

/** The title and post names a chart needs to be drawn, read in two queries. */
export function renderChartOf(db: Db, power: FlowPower, graph: FlowGraph): RenderChart {
  const ids = [...new Set(graph.nodes.map((n) => n.postId).filter((id): id is number => id !== null))]
  const names = ids.length ? db.select({ id: posts.id, name: posts.name }).from(posts).where(inArray(posts.id, ids)).orderBy(asc(posts.id)).all() : []
  return {
    title: `${power.name}流程图`,
    nodes: graph.nodes,
    edges: graph.edges,
    postNames: new Map(names.map((p) => [p.id, p.name])),
  }
}

/** Pure: chart data in, image bytes out (a worker job can call this for many charts). */
export function renderChartImage(chart: RenderChart, format: ImageFormat): Buffer {
  const svg = renderFlowchartSvg(chart)
  return format === 'svg' ? Buffer.from(svg, 'utf8') : svgToPng(svg).png
}

/** File names keep the code and name but never a path separator or a character Windows refuses. */
export const chartFileName = (power: Pick<FlowPower, 'code' | 'name'>, format: ImageFormat) =>
  `${power.code}_${power.name}`.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120) + `_流程图.${format}`

export function exportFlowchartImage(db: Db, powerId: number, format: ImageFormat): ChartImage {
  const power = getFlowPower(db, powerId)
  const graph = loadGraph(db, powerId)
  if (graph.nodes.length === 0) throw new AppError('VALIDATION', `职权“${power.name}”还没有绘制流程图，无法导出`)
  return { fileName: chartFileName(power, format), mimeType: MIME[format], data: renderChartImage(renderChartOf(db, power, graph), format) }
}
