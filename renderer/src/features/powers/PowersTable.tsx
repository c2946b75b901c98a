import type { PowerRow, PowerStatus } from '@shared/domain/power.schema'
import { Empty, Table, Tag, type TableColumnsType } from 'antd'
import { memo, useEffect, useRef, useState, type Key } from 'react'
import { POWERS } from './powers.strings'

const S = POWERS.table

export const STATUS_COLORS: Record<PowerStatus, string> = { pending: 'gold', confirmed: 'green', cancelled: 'default' }

export function StatusTag({ status }: { status: PowerStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="power-status-tag">
      {POWERS.status[status]}
    </Tag>
  )
}

const HEADER_HEIGHT = 40

/** Height of the element, kept current as the window (or anything above it) changes size. */
function useHeight<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null)
  const [height, setHeight] = useState(400)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.floor(entry.contentRect.height))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return [ref, height]
}

const columns: TableColumnsType<PowerRow> = [
  {
    title: S.code,
    dataIndex: 'code',
    width: 150,
    ellipsis: true,
    render: (v: string, r) => <span className={r.parentId ? 'power-code power-code-child' : 'power-code'}>{v}</span>,
  },
  {
    title: S.name,
    dataIndex: 'name',
    ellipsis: true,
    render: (v: string, r) =>
      r.parentId ? (
        <span className="power-name-child" title={v}>
          <span className="power-child-mark" aria-label={S.childMark}>
            └
          </span>
          {v}
        </span>
      ) : (
        <span title={v}>
          {v}
          {r.childCount > 0 && <span className="power-child-count">{S.childCount(r.childCount)}</span>}
        </span>
      ),
  },
  { title: S.type, dataIndex: 'typeName', width: 120, ellipsis: true },
  {
    title: S.department,
    dataIndex: 'departmentName',
    width: 130,
    ellipsis: true,
    render: (v: string | null) => v ?? <span className="cell-muted">{POWERS.common.none}</span>,
  },
  { title: S.status, dataIndex: 'status', width: 84, render: (v: PowerStatus) => <StatusTag status={v} /> },
  {
    title: S.flags,
    key: 'flags',
    width: 164,
    render: (_, r) =>
      r.isProjectApproval || r.isHighConcern ? (
        <span className="power-flags">
          {r.isProjectApproval && <Tag color="purple">{POWERS.flags.projectApproval}</Tag>}
          {r.isHighConcern && <Tag color="volcano">{POWERS.flags.highConcern}</Tag>}
        </span>
      ) : (
        <span className="cell-muted">{POWERS.common.none}</span>
      ),
  },
]

interface Props {
  rows: PowerRow[]
  loading: boolean
  selected: number[]
  onSelect(ids: number[]): void
  onOpen(id: number): void
  /** the search term, for the “nothing found” text */
  search: string
}

/**
 * The power list: antd virtual scrolling (thousands of rows stay smooth), fixed row height,
 * 子项 indented under their 主项 in the order the core returns. Memoised: antd walks every row
 * on each render, so typing in the search box or a reference list arriving must not re-render
 * 5,000 rows — only new rows, selection or loading state do.
 */
export const PowersTable = memo(function PowersTable({ rows, loading, selected, onSelect, onOpen, search }: Props) {
  const [boxRef, height] = useHeight<HTMLDivElement>()
  const q = search.trim()
  return (
    <div ref={boxRef} className="powers-table-box" data-testid="powers-table">
      <Table<PowerRow>
        rowKey="id"
        size="small"
        virtual
        tableLayout="fixed"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ y: Math.max(160, height - HEADER_HEIGHT), x: 900 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys: Key[]) => onSelect(keys.map(Number)),
          columnWidth: 44,
        }}
        rowClassName={(r) => (r.parentId ? 'power-row power-row-child' : 'power-row')}
        onRow={(r) => ({
          onClick: (e) => {
            // a click on the checkbox cell selects; anywhere else opens the record
            if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return
            onOpen(r.id)
          },
        })}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q ? S.searchEmpty(q) : S.filterEmpty} />
          ),
        }}
      />
    </div>
  )
})
