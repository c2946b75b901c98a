import type { Department } from '@shared/domain/org.schema'
import { Alert, Card, Table, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { zhCompare } from '../../lib/form-rules'
import { CellText, fitWidth, scrollWidth } from '../../lib/table-columns'
import { useDebounced } from '../../lib/use-debounced'
import { useList } from '../../lib/use-list'
import { DepartmentModal } from './DepartmentModal'
import { ORG } from './org.strings'
import { ORG_TABLE_PROPS, RowActions } from './RowActions'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { ORDER_WIDTH, useOrderColumn } from './useOrderColumn'
import { useUrlState } from './useUrlState'

const S = ORG.departments
const C = ORG.common

/** 内设机构: list, search, hand-set order, create/edit in a modal, delete once nothing refers to it. */
export function DepartmentsTab() {
  const url = useUrlState()
  const [search, setSearch] = useState(url.search)
  const query = useDebounced(search)
  const list = useList('department:list', { search: query })
  const [editing, setEditing] = useState<Department | 'new' | null>(null)
  const order = useOrderColumn({ channel: 'department:move', rows: list.items, filtered: query.trim() !== '', onMoved: list.refresh })

  const widths = useMemo(
    () => ({
      name: fitWidth(S.name, list.items.map((d) => d.name), { sortable: true, max: 240 }),
      postCount: fitWidth(S.postCount, [], { sortable: true }),
      personCount: fitWidth(S.personCount, [], { sortable: true }),
      actions: 112,
    }),
    [list.items],
  )

  const columns: TableColumnsType<Department> = [
    order.column,
    {
      title: S.name,
      dataIndex: 'name',
      width: widths.name,
      sorter: (a, b) => zhCompare(a.name, b.name),
      render: (v: string) => <CellText text={v} width={widths.name} />,
    },
    {
      title: S.duties,
      dataIndex: 'duties',
      render: (v: string) => (v ? <span className="cell-clamp" title={v}>{v}</span> : <span className="cell-muted">{C.none}</span>),
    },
    { title: S.postCount, dataIndex: 'postCount', width: widths.postCount, align: 'right', sorter: (a, b) => a.postCount - b.postCount },
    { title: S.personCount, dataIndex: 'personCount', width: widths.personCount, align: 'right', sorter: (a, b) => a.personCount - b.personCount },
    {
      title: C.actions,
      key: 'actions',
      width: widths.actions,
      render: (_, row) => (
        <RowActions
          onEdit={() => setEditing(row)}
          target={{ entity: 'department', id: row.id, name: row.name, confirmTitle: S.deleteTitle(row.name) }}
          onChanged={list.refresh}
        />
      ),
    },
  ]

  return (
    <Card data-testid="departments-tab" className="list-card">
      <TableToolbar search={search} onSearch={setSearch} searchPlaceholder={S.search} addText={S.add} onAdd={() => setEditing('new')} />
      {list.error && <Alert type="error" showIcon title={list.error} className="list-error" />}
      <Table<Department>
        {...ORG_TABLE_PROPS}
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        onChange={order.onChange}
        scroll={{ x: scrollWidth([ORDER_WIDTH, widths.name, widths.postCount, widths.personCount, widths.actions], 240) }}
        locale={{ emptyText: <TableEmpty search={query} text={S.empty} /> }}
      />
      <DepartmentModal
        editing={editing}
        onClose={(saved) => {
          setEditing(null)
          if (saved) list.refresh()
        }}
      />
    </Card>
  )
}
