/** The power list for the current filters: reloads when they change, ignores stale answers. */
import type { PowerLevel, PowerList, PowerListQuery, PowerStatus } from '@shared/domain/power.schema'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { api } from '../../lib/api'

export interface PowerFilters {
  search: string
  typeIds: number[]
  departmentId?: number
  status?: PowerStatus
  projectApproval: boolean
  highConcern: boolean
  level?: PowerLevel
}

export const NO_FILTERS: PowerFilters = {
  search: '',
  typeIds: [],
  projectApproval: false,
  highConcern: false,
}

/** True when anything but the empty query is set (the empty state differs from “nothing found”). */
export function hasFilters(f: PowerFilters): boolean {
  return (
    f.search.trim() !== '' ||
    f.typeIds.length > 0 ||
    f.departmentId !== undefined ||
    f.status !== undefined ||
    f.projectApproval ||
    f.highConcern ||
    f.level !== undefined
  )
}

/** Only the filters that are set, so the core sees real conditions. */
export function toQuery(f: PowerFilters): PowerListQuery {
  const q: PowerListQuery = {}
  if (f.search.trim()) q.search = f.search.trim()
  if (f.typeIds.length > 0) q.typeIds = f.typeIds
  if (f.departmentId !== undefined) q.departmentId = f.departmentId
  if (f.status) q.status = f.status
  if (f.projectApproval) q.projectApproval = true
  if (f.highConcern) q.highConcern = true
  if (f.level) q.level = f.level
  return q
}

const EMPTY: PowerList = { rows: [], total: 0, byType: [] }

export interface PowerListState {
  data: PowerList
  /** True until the answer for the current query (and refresh count) has arrived. */
  loading: boolean
  /** True once any answer has arrived (the first paint waits for it). */
  loaded: boolean
  error: string | null
  refresh(): void
}

export function usePowerList(filters: PowerFilters): PowerListState {
  const key = JSON.stringify(toQuery(filters))
  const [version, setVersion] = useState(0)
  const wanted = `${key}|${version}`
  const [state, setState] = useState<{ for: string; data: PowerList; error: string | null }>({ for: '', data: EMPTY, error: null })

  useEffect(() => {
    let live = true
    void api.invoke('power:list', JSON.parse(key) as PowerListQuery).then((r) => {
      if (!live) return
      setState((s) => (r.ok ? { for: wanted, data: r.value, error: null } : { ...s, for: wanted, error: r.message }))
    })
    return () => {
      live = false
    }
  }, [key, wanted])

  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  return { data: state.data, loading: state.for !== wanted, loaded: state.for !== '', error: state.error, refresh }
}

/** The whole-workspace total (no filters), to tell “empty inventory” from “nothing matches”. */
export function useUnfilteredTotal(list: PowerListState, filtered: boolean): number | null {
  const [total, setTotal] = useState<{ for: PowerList; n: number } | null>(null)
  useEffect(() => {
    if (!filtered || list.loading) return
    let live = true
    void api.invoke('dashboard:stats').then((r) => {
      if (live && r.ok) setTotal({ for: list.data, n: r.value.powers.total })
    })
    return () => {
      live = false
    }
  }, [filtered, list.loading, list.data])
  return useMemo(() => {
    if (!filtered) return list.loaded ? list.data.total : null
    return total?.for === list.data ? total.n : null
  }, [filtered, list.loaded, list.data, total])
}
