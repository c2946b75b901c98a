/** Sizes and shapes of chart nodes: one source for the editor, the auto-layout and the SVG renderer. */
import { isDecisionKind, type NodeKind } from './flowchart.schema'

export type NodeShape = 'terminal' | 'decision' | 'step'
export interface NodeSize {
  width: number
  height: number
}

export function shapeOf(kind: NodeKind): NodeShape {
  if (kind === 'start' || kind === 'end') return 'terminal'
  return isDecisionKind(kind) ? 'decision' : 'step'
}

const SIZES: Record<NodeShape, NodeSize> = {
  terminal: { width: 140, height: 44 },
  step: { width: 200, height: 72 },
  decision: { width: 230, height: 80 },
}

export const nodeSizeOf = (kind: NodeKind): NodeSize => SIZES[shapeOf(kind)]

/** Spacing of the top-to-bottom auto-layout. */
export const LAYOUT_SPACING = { betweenLayers: 48, betweenNodes: 40, margin: 24 } as const
