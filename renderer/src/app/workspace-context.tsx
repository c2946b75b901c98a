/** The unit name shown in the header, reloaded after the unit profile is saved. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { api } from '../lib/api'

interface WorkspaceState {
  unitName: string | null
  /** Set when the core could not be reached or refused to open the workspace. */
  loadError: string | null
  loading: boolean
  refreshUnit(): void
}

const WorkspaceContext = createContext<WorkspaceState | null>(null)

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<{ for: number; unitName: string | null; loadError: string | null }>({
    for: -1,
    unitName: null,
    loadError: null,
  })

  useEffect(() => {
    let live = true
    void api.invoke('unit:get').then((r) => {
      if (!live) return
      setState((s) =>
        r.ok ? { for: version, unitName: r.value?.name ?? null, loadError: null } : { ...s, for: version, loadError: r.message },
      )
    })
    return () => {
      live = false
    }
  }, [version])

  const refreshUnit = useCallback(() => setVersion((v) => v + 1), [])
  const loading = state.for === -1
  const value = useMemo(
    () => ({ unitName: state.unitName, loadError: state.loadError, loading, refreshUnit }),
    [state.unitName, state.loadError, loading, refreshUnit],
  )
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}

export function useWorkspace(): WorkspaceState {
  const ctx = useContext(WorkspaceContext)
  if (!ctx) throw new Error('useWorkspace must be used inside WorkspaceProvider')
  return ctx
}
