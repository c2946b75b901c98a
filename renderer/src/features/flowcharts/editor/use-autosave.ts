/**
 * Saves the chart shortly after each settled change, one save at a time, always the latest graph.
 * Leaving the page saves what is pending; a refused save (another window changed the chart) stops
 * autosave and says so instead of overwriting.
 */
import type { FlowGraph, Flowchart } from '@shared/domain/flowchart.schema'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { api } from '../../../lib/api'

export type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string; conflict: boolean }

const DELAY_MS = 500

export function useAutosave(powerId: number, graph: FlowGraph, key: string, settled: boolean) {
  const version = useRef(0)
  const savedKey = useRef<string | null>(null)
  const latest = useRef({ graph, key })
  const inFlight = useRef(false)
  const stopped = useRef(false)
  const [state, setState] = useState<SaveState>({ kind: 'saved' })
  useLayoutEffect(() => {
    latest.current = { graph, key }
  })

  /** Saves until the stored chart is the latest graph (edits made during a save are saved next). */
  const saveNow = useCallback(async () => {
    if (inFlight.current || stopped.current) return
    inFlight.current = true
    try {
      for (;;) {
        const { graph: g, key: k } = latest.current
        if (k === savedKey.current) return setState({ kind: 'saved' })
        setState({ kind: 'saving' })
        const r = await api.invoke('flowchart:save', { powerId, baseVersion: version.current, graph: g })
        if (!r.ok) {
          stopped.current = r.code === 'CONFLICT'
          return setState({ kind: 'error', message: r.message, conflict: r.code === 'CONFLICT' })
        }
        version.current = r.value.version
        savedKey.current = k
      }
    } finally {
      inFlight.current = false
    }
  }, [powerId])

  useEffect(() => {
    if (!settled || savedKey.current === null || key === savedKey.current) return
    setState((s) => (s.kind === 'error' ? s : { kind: 'dirty' }))
    const t = setTimeout(() => void saveNow(), DELAY_MS)
    return () => clearTimeout(t)
  }, [key, settled, saveNow])

  // leaving the editor (route change or closing) saves what is pending
  useEffect(() => {
    const flush = () => {
      if (savedKey.current !== null && latest.current.key !== savedKey.current) void saveNow()
    }
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [saveNow])

  /** The chart as the core holds it now (after load, template, copy): nothing to save. */
  const adopt = useCallback((chart: Flowchart, k: string) => {
    version.current = chart.version
    savedKey.current = k
    stopped.current = false
    setState({ kind: 'saved' })
  }, [])

  const retry = useCallback(() => {
    stopped.current = false
    void saveNow()
  }, [saveNow])

  const getVersion = useCallback(() => version.current, [])
  return { state, adopt, retry, getVersion, saveNow }
}
