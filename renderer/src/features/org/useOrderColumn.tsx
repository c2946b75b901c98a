import type { TableColumnType, TableProps } from 'antd'
import { useMemo, useState } from 'react'
import { ORG } from './org.strings'
import { MoveButtons } from './RowActions'

type MoveChannel = 'department:move' | 'post:move' | 'person:move'

/** Two 24 px arrow buttons and the cell padding. */
export const ORDER_WIDTH = 68

interface Options<T> {
  channel: MoveChannel
  /** the rows in the core's order (the hand-set one) */
  rows: T[]
  /** a search or filter is on: neighbours on screen are not neighbours in the order */
  filtered: boolean
  /** rows are ordered within a scope (posts within their department) */
  scopeOf?(row: T): number
  onMoved(): void
}

/**
 * The leading 顺序 column of an org table (↑ ↓ per row) and the table's onChange that notices a
 * column sort: moving is offered only while the table shows the hand-set order.
 */
export function useOrderColumn<T extends { id: number; name: string }>({ channel, rows, filtered, scopeOf, onMoved }: Options<T>) {
  const [sorted, setSorted] = useState(false)
  const ends = useMemo(() => {
    const first = new Set<number>()
    const last = new Set<number>()
    const seen = new Map<number, number>()
    for (const r of rows) {
      const scope = scopeOf?.(r) ?? 0
      if (!seen.has(scope)) first.add(r.id)
      seen.set(scope, r.id)
    }
    for (const id of seen.values()) last.add(id)
    return { first, last }
  }, [rows, scopeOf])

  const column: TableColumnType<T> = {
    title: ORG.common.order,
    key: 'order',
    width: ORDER_WIDTH,
    render: (_, r) => (
      <MoveButtons
        channel={channel}
        id={r.id}
        name={r.name}
        first={ends.first.has(r.id)}
        last={ends.last.has(r.id)}
        blocked={filtered || sorted}
        onMoved={onMoved}
      />
    ),
  }
  const onChange: TableProps<T>['onChange'] = (_p, _f, sorter) => {
    const list = Array.isArray(sorter) ? sorter : [sorter]
    setSorted(list.some((s) => s.order))
  }
  return { column, onChange }
}
