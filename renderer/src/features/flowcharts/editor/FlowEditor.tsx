/**
 * The chart editor: @xyflow/react canvas, palette, inspector, live checks, undo/redo, auto-layout
 * in a worker and autosave. The graph derived from the canvas is the one thing saved and checked.
 */
import { checkFlowchart } from '@shared/domain/flowchart.checks'
import { newElementId } from '@shared/domain/flowchart.ids'
import type { FlowGraph, Flowchart, NodeKind } from '@shared/domain/flowchart.schema'
import { NODE_KIND_LABELS } from '@shared/domain/flowchart.schema'
import {
  addEdge,
  Background,
  type Connection,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  useReactFlow,
} from '@xyflow/react'
import { App, Space } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { api } from '../../../lib/api'
import { saveBase64File } from '../../../lib/file-transfer'
import { ChartStateTag } from '../ChartStateTag'
import { FC } from '../flowcharts.strings'
import { ChartSourceModals } from './ChartSourceModals'
import { ChecksPanel } from './ChecksPanel'
import { EditorDisplayContext } from './editor-context'
import { EditorToolbar, Palette, SaveIndicator } from './EditorToolbar'
import { fromGraph, newStep, type StepData, type StepEdge, type StepNode, toEditorEdge, toGraph } from './graph-convert'
import { Inspector, type PostOption } from './Inspector'
import { LayoutClient } from './layout-client'
import { StepNodeView } from './StepNodeView'
import { useAutosave } from './use-autosave'
import { useGraphHistory } from './use-graph-history'

const E = FC.editor
const NODE_TYPES = { step: StepNodeView }
const keyOf = (g: FlowGraph) => JSON.stringify(g)

interface Props {
  chart: Flowchart
  posts: readonly PostOption[]
  onReload(): void
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

export function FlowEditor({ chart, posts, onReload }: Props) {
  const { message } = App.useApp()
  const flow = useReactFlow<StepNode, StepEdge>()
  const initial = useMemo(() => fromGraph(chart), [chart])
  const [nodes, setNodes, onNodesChange] = useNodesState<StepNode>(initial.nodes)
  const [edges, setEdges, onEdgesChange] = useEdgesState<StepEdge>(initial.edges)
  const [modal, setModal] = useState<'template' | 'copy' | null>(null)
  const [layingOut, setLayingOut] = useState(false)
  const layoutClient = useRef<LayoutClient | null>(null)

  const graph = useMemo(() => toGraph(nodes, edges), [nodes, edges])
  const key = useMemo(() => keyOf(graph), [graph])
  const settled = !nodes.some((n) => n.dragging)
  const check = useMemo(() => checkFlowchart(graph, chart.power), [graph, chart.power])

  const load = useCallback(
    (g: FlowGraph) => {
      const next = fromGraph(g)
      setNodes(next.nodes)
      setEdges(next.edges)
    },
    [setNodes, setEdges],
  )
  const history = useGraphHistory(graph, key, settled, load)
  const save = useAutosave(chart.power.id, graph, key, settled)
  const { adopt } = save

  useEffect(() => adopt(chart, keyOf(toGraph(initial.nodes, initial.edges))), [adopt, chart, initial])
  useEffect(() => () => layoutClient.current?.dispose(), [])

  const adoptFromCore = (c: Flowchart) => {
    const next = fromGraph(c)
    adopt(c, keyOf(toGraph(next.nodes, next.edges)))
    setNodes(next.nodes)
    setEdges(next.edges)
    requestAnimationFrame(() => void flow.fitView({ duration: 200 }))
  }

  const addNode = (kind: NodeKind) => {
    const lowest = nodes.reduce<StepNode | null>((low, n) => (!low || n.position.y > low.position.y ? n : low), null)
    const x = lowest?.position.x ?? 80
    const y = lowest ? lowest.position.y + 120 : 40
    setNodes((ns) => [...ns.map((n) => ({ ...n, selected: false })), newStep(newElementId('n'), kind, NODE_KIND_LABELS[kind], x, y)])
    setEdges((es) => es.map((e) => ({ ...e, selected: false })))
    requestAnimationFrame(() => void flow.fitView({ duration: 200, maxZoom: 1 }))
  }

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return
      setEdges((es) =>
        es.some((e) => e.source === c.source && e.target === c.target)
          ? es
          : addEdge(toEditorEdge({ id: newElementId('e'), source: c.source, target: c.target, label: '' }), es),
      )
    },
    [setEdges],
  )

  const patchNode = (id: string, patch: Partial<StepData>) =>
    setNodes((ns) => ns.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...patch } } : n)))
  const patchEdge = (id: string, label: string) =>
    setEdges((es) => es.map((e) => (e.id === id ? { ...e, label: label || undefined, data: { label } } : e)))

  const autoLayout = async () => {
    layoutClient.current ??= new LayoutClient()
    setLayingOut(true)
    try {
      const positions = await layoutClient.current.layout({ nodes: graph.nodes, edges: graph.edges })
      setNodes((ns) => ns.map((n) => ({ ...n, position: positions[n.id] ?? n.position })))
      requestAnimationFrame(() => void flow.fitView({ duration: 200 }))
    } catch {
      void message.error(E.layoutFailed)
    } finally {
      setLayingOut(false)
    }
  }

  const exportImage = async (format: 'png' | 'svg') => {
    await save.saveNow()
    const hide = message.loading(E.exporting, 0)
    const r = await api.invoke('flowchart:export', { powerId: chart.power.id, format })
    hide()
    if (!r.ok) return void message.error(r.message)
    saveBase64File(r.value)
    void message.success(E.exported(r.value.fileName))
  }

  const { undo, redo } = history
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return
      const k = e.key.toLowerCase()
      if (k === 'z' && !e.shiftKey) undo()
      else if (k === 'y' || (k === 'z' && e.shiftKey)) redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  const display = useMemo(
    () => ({
      postNames: new Map(posts.map((p) => [p.value, p.label.split(' / ').pop() ?? p.label])),
      problemNodeIds: new Set(check.issues.filter((i) => i.severity === 'error').flatMap((i) => i.nodeIds)),
      riskBadges: chart.riskBadges,
    }),
    [posts, check, chart.riskBadges],
  )
  const selectedNodes = nodes.filter((n) => n.selected)
  const selectedEdges = edges.filter((e) => e.selected)
  const single = selectedNodes.length === 1 && selectedEdges.length === 0 ? (selectedNodes[0] ?? null) : null
  const singleEdge = selectedEdges.length === 1 && selectedNodes.length === 0 ? (selectedEdges[0] ?? null) : null

  return (
    <div className="fc-editor" data-testid="fc-editor">
      <div className="fc-editor-bar">
        <EditorToolbar
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          hasNodes={nodes.length > 0}
          layingOut={layingOut}
          onUndo={undo}
          onRedo={redo}
          onLayout={() => void autoLayout()}
          onFit={() => void flow.fitView({ duration: 200 })}
          onTemplate={() => setModal('template')}
          onCopy={() => setModal('copy')}
          onExport={(f) => void exportImage(f)}
        />
        <Space>
          <ChartStateTag state={check.state} />
          <SaveIndicator state={save.state} onRetry={save.retry} onReload={onReload} />
        </Space>
      </div>
      <div className="fc-editor-body">
        <Palette onAdd={addNode} />
        <div className="fc-canvas" data-testid="fc-canvas">
          <EditorDisplayContext.Provider value={display}>
            <ReactFlow<StepNode, StepEdge>
              nodes={nodes}
              edges={edges}
              nodeTypes={NODE_TYPES}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              deleteKeyCode={['Delete', 'Backspace']}
              multiSelectionKeyCode={['Control', 'Meta', 'Shift']}
              fitView
              fitViewOptions={{ maxZoom: 1 }}
              minZoom={0.2}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={16} />
              <Controls showInteractive={false} />
              <MiniMap pannable zoomable />
            </ReactFlow>
          </EditorDisplayContext.Provider>
        </div>
        <div className="fc-side">
          <Inspector node={single} edge={singleEdge} posts={posts} onNode={patchNode} onEdge={patchEdge} />
          <ChecksPanel check={check} />
        </div>
      </div>
      <ChartSourceModals
        open={modal}
        power={chart.power}
        hasNodes={nodes.length > 0}
        getBaseVersion={save.getVersion}
        onClose={() => setModal(null)}
        onLoaded={adoptFromCore}
      />
    </div>
  )
}
