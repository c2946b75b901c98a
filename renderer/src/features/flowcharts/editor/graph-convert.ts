/** The stored graph ↔ the editor's xyflow nodes and edges. Only FlowNode fields travel into the graph. */
import type { FlowEdge, FlowGraph, FlowNode, NodeKind } from '@shared/domain/flowchart.schema'
import { type Edge, MarkerType, type Node } from '@xyflow/react'

export type StepData = Omit<FlowNode, 'id' | 'x' | 'y'>
export type StepNode = Node<StepData, 'step'>
export type StepEdge = Edge<{ label: string }>

export function toEditorNode(n: FlowNode): StepNode {
  const { id, x, y, ...data } = n
  return { id, type: 'step', position: { x, y }, data }
}

export function toEditorEdge(e: FlowEdge): StepEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    type: 'smoothstep',
    label: e.label || undefined,
    data: { label: e.label },
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
  }
}

export function toGraph(nodes: readonly StepNode[], edges: readonly StepEdge[]): FlowGraph {
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: n.data.kind,
      label: n.data.label,
      postId: n.data.postId,
      days: n.data.days,
      requirement: n.data.requirement,
      supervision: n.data.supervision,
      x: Math.round(n.position.x),
      y: Math.round(n.position.y),
    })),
    edges: edges.map((e) => ({ id: e.id, source: e.source, target: e.target, label: e.data?.label ?? '' })),
  }
}

export const fromGraph = (g: FlowGraph) => ({ nodes: g.nodes.map(toEditorNode), edges: g.edges.map(toEditorEdge) })

export function newStep(id: string, kind: NodeKind, label: string, x: number, y: number): StepNode {
  return {
    id,
    type: 'step',
    position: { x, y },
    selected: true,
    data: { kind, label, postId: null, days: null, requirement: '', supervision: '' },
  }
}
