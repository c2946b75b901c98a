/** Loads one of the list channels (org lists, 事项类型), reloads when the query changes, ignores stale answers. */
import type { ChannelInput, ChannelOutput } from '@shared/contract'
import { useCallback, useEffect, useState } from 'react'
import { api } from './api'

export type ListChannel = 'department:list' | 'post:list' | 'person:list' | 'powerType:list'
type Query<C extends ListChannel> = NonNullable<ChannelInput<C>>

export interface ListState<C extends ListChannel> {
  items: ChannelOutput<C>
  /** True until the answer for the current query (and refresh count) has arrived. */
  loading: boolean
  error: string | null
  refresh(): void
}

/** Drops empty strings, false and undefined so the core sees only real filters. */
function clean<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  ) as T
}

export function useList<C extends ListChannel>(channel: C, query: Query<C>): ListState<C> {
  const key = JSON.stringify(clean(query))
  const [version, setVersion] = useState(0)
  const wanted = `${channel}|${key}|${version}`
  const [state, setState] = useState<{ for: string; items: ChannelOutput<C>; error: string | null }>({
    for: '',
    items: [] as ChannelOutput<C>,
    error: null,
  })

  useEffect(() => {
    let live = true
    void api.invoke(channel, JSON.parse(key) as Query<C>).then((r) => {
      if (!live) return
      setState((s) => (r.ok ? { for: wanted, items: r.value, error: null } : { ...s, for: wanted, error: r.message }))
    })
    return () => {
      live = false
    }
  }, [channel, key, wanted])

  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  return { items: state.items, loading: state.for !== wanted, error: state.error, refresh }
}
