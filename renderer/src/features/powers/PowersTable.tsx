import type { PowerRow, PowerStatus } from '@shared/domain/power.schema'
import { Empty, Table, Tag, type TableColumnsType } from 'antd'
import { memo, useEffect, useMemo, useRef, useState, type Key } from 'react'
import { selectionLabels } from '../../lib/a11y'
import { CellText, fitWidth, scrollWidth, SELECTION_WIDTH, tagWidth } from '../../lib/table-columns'
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

interface Widths {
  code: number
  type: number
  department: number
  status: number
  flags: number
}

/** Short columns sized to what they hold (all type and department names, the codes shown); 事项名称 takes the rest. */
function useWidths(rows: PowerRow[], typeNames: string[], departmentNames: string[]): Widths {
  return useMemo(
    () => ({
      // codes are 13 px monospace (≈ the 8 px a character textWidth assumes); 子项 codes are indented 12 px
      code: fitWidth(S.code, rows.map((r) => r.code), { min: 96, max: 220 }) + 12,
      type: fitWidth(S.type, typeNames, { max: 160 }),
      department: fitWidth(S.department, departmentNames, { max: 200 }),
      status: fitWidth(S.status, [], { contentWidths: Object.values(POWERS.status).map(tagWidth) }),
      flags: fitWidth(S.flags, [], { contentWidths: [tagWidth(POWERS.flags.projectApproval) + tagWidth(POWERS.flags.highConcern) - 8] }),
    }),
    [rows, typeNames, departmentNames],
  )
}

const NAME_MIN = 240

function columnsFor(w: Widths): TableColumnsType<PowerRow> {
  return [
    {
      title: S.code,
      dataIndex: 'code',
      width: w.code,
      render: (v: string, r) => (
        <CellText text={v} width={w.code - (r.parentId ? 12 : 0)}>
          <span className={r.parentId ? 'power-code power-code-child' : 'power-code'}>{v}</span>
        </CellText>
      ),
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
    { title: S.type, dataIndex: 'typeName', width: w.type, render: (v: string) => <CellText text={v} width={w.type} /> },
    {
      title: S.department,
      dataIndex: 'departmentName',
      width: w.department,
      render: (v: string | null) => (v ? <CellText text={v} width={w.department} /> : <span className="cell-muted">{POWERS.common.none}</span>),
    },
    { title: S.status, dataIndex: 'status', width: w.status, render: (v: PowerStatus) => <StatusTag status={v} /> },
    {
      title: S.flags,
      key: 'flags',
      width: w.flags,
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
}

interface Props {
  rows: PowerRow[]
  loading: boolean
  selected: number[]
  onSelect(ids: number[]): void
  onOpen(id: number): void
  /** the search term, for the “nothing found” text */
  search: string
  /** every type and department name, so those columns fit the longest one whatever the filter */
  typeNames: string[]
  departmentNames: string[]
}

/**
 * The power list: antd virtual scrolling (thousands of rows stay smooth), fixed row height,
 * 子项 indented under their 主项 in the order the core returns. Memoised: antd walks every row
 * on each render, so typing in the search box or a reference list arriving must not re-render
 * 5,000 rows — only new rows, selection or loading state do.
 */
export const PowersTable = memo(function PowersTable({ rows, loading, selected, onSelect, onOpen, search, typeNames, departmentNames }: Props) {
  const [boxRef, height] = useHeight<HTMLDivElement>()
  const widths = useWidths(rows, typeNames, departmentNames)
  const columns = useMemo(() => columnsFor(widths), [widths])
  const scrollX = SELECTION_WIDTH + scrollWidth(Object.values(widths), NAME_MIN)
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
        scroll={{ y: Math.max(160, height - HEADER_HEIGHT), x: scrollX }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys: Key[]) => onSelect(keys.map(Number)),
          columnWidth: SELECTION_WIDTH,
          ...selectionLabels<PowerRow>((r) => `${r.code} ${r.name}`),
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
