/**
 * One-click auto-layout (top-to-bottom) with elkjs. Pure and async: the editor runs it in a web
 * worker, the core runs it when a template is applied, the bench times it.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk-api'
import { LAYOUT_SPACING, nodeSizeOf } from './flowchart.geometry'
import type { NodeKind } from './flowchart.schema'

export interface LayoutInput {
  nodes: readonly { id: string; kind: NodeKind }[]
  edges: readonly { id: string; source: string; target: string }[]
}
export type LayoutPositions = Record<string, { x: number; y: number }>

let elk: InstanceType<typeof ELK> | null = null

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYOUT_SPACING.betweenLayers),
  'elk.spacing.nodeNode': String(LAYOUT_SPACING.betweenNodes),
  'elk.padding': `[top=${LAYOUT_SPACING.margin},left=${LAYOUT_SPACING.margin},bottom=${LAYOUT_SPACING.margin},right=${LAYOUT_SPACING.margin}]`,
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
}

/**
 * Return edges (退回、补正): edges that close a loop when walking from 开始. They are handed to elk
 * reversed, so every step is laid out below the step it follows and the return runs upwards.
 */
export function backEdgeIds(input: LayoutInput): Set<string> {
  const next = new Map<string, { id: string; target: string }[]>(input.nodes.map((n) => [n.id, []]))
  for (const e of input.edges) next.get(e.source)?.push({ id: e.id, target: e.target })
  const state = new Map<string, 'open' | 'done'>()
  const back = new Set<string>()
  const visit = (id: string) => {
    state.set(id, 'open')
    for (const e of next.get(id) ?? []) {
      const s = state.get(e.target)
      if (s === 'open') back.add(e.id)
      else if (s === undefined) visit(e.target)
    }
    state.set(id, 'done')
  }
  const roots = [...input.nodes.filter((n) => n.kind === 'start'), ...input.nodes]
  for (const n of roots) if (!state.has(n.id)) visit(n.id)
  return back
}

/** Top-left positions per node id, rounded to whole pixels so saved layouts stay stable. */
export async function layoutFlowchart(input: LayoutInput): Promise<LayoutPositions> {
  elk ??= new ELK()
  const ids = new Set(input.nodes.map((n) => n.id))
  const back = backEdgeIds(input)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: input.nodes.map((n) => ({ id: n.id, ...nodeSizeOf(n.kind) })),
    edges: input.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => (back.has(e.id) ? { id: e.id, sources: [e.target], targets: [e.source] } : { id: e.id, sources: [e.source], targets: [e.target] })),
  }
  const result = await elk.layout(graph)
  const positions: LayoutPositions = {}
  for (const c of result.children ?? []) positions[c.id] = { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }
  return positions
}
