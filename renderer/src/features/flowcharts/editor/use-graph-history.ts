/**
 * Undo/redo over whole-graph snapshots. A change is recorded once it has settled (not on every
 * frame of a drag), so one Ctrl+Z undoes one drag, one connection, one deletion or one layout.
 */
import type { FlowGraph } from '@shared/domain/flowchart.schema'
import { useCallback, useEffect, useRef, useState } from 'react'

const LIMIT = 100

export function useGraphHistory(graph: FlowGraph, key: string, settled: boolean, restore: (g: FlowGraph) => void) {
  const committed = useRef<{ graph: FlowGraph; key: string } | null>(null)
  const past = useRef<FlowGraph[]>([])
  const future = useRef<FlowGraph[]>([])
  const restoring = useRef(false)
  const [counts, setCounts] = useState({ past: 0, future: 0 })
  const recount = () => setCounts({ past: past.current.length, future: future.current.length })

  useEffect(() => {
    if (!settled) return
    const prev = committed.current
    if (prev && prev.key === key) return
    if (prev && !restoring.current) {
      past.current = [...past.current.slice(-LIMIT + 1), prev.graph]
      future.current = []
    }
    restoring.current = false
    committed.current = { graph, key }
    recount()
  }, [graph, key, settled])

  const step = useCallback(
    (from: React.RefObject<FlowGraph[]>, to: React.RefObject<FlowGraph[]>) => {
      const target = from.current.at(-1)
      const current = committed.current
      if (!target || !current) return
      from.current = from.current.slice(0, -1)
      to.current = [...to.current, current.graph]
      restoring.current = true
      recount()
      restore(target)
    },
    [restore],
  )

  /** Forget everything, e.g. after loading a chart from the core. */
  const reset = useCallback(() => {
    past.current = []
    future.current = []
    committed.current = null
    recount()
  }, [])

  return {
    undo: useCallback(() => step(past, future), [step]),
    redo: useCallback(() => step(future, past), [step]),
    canUndo: counts.past > 0,
    canRedo: counts.future > 0,
    reset,
  }
}
