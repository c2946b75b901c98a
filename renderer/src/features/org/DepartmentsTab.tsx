import type { Department } from '@shared/domain/org.schema'
import { Alert, Card, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { zhCompare } from '../../lib/form-rules'
import { useDebounced } from '../../lib/use-debounced'
import { DepartmentModal } from './DepartmentModal'
import { ORG } from './org.strings'
import { ORG_TABLE_PROPS, RowActions } from './RowActions'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { useList } from '../../lib/use-list'
import { useRemove } from './useRemove'

const S = ORG.departments
const C = ORG.common

/** 内设机构: list, search, sort, create/edit in a modal, delete unless still in use. */
export function DepartmentsTab() {
  const [search, setSearch] = useState('')
  const query = useDebounced(search)
  const list = useList('department:list', { search: query })
  const [editing, setEditing] = useState<Department | 'new' | null>(null)
  const remove = useRemove(() => list.refresh())

  const columns: TableColumnsType<Department> = [
    { title: S.name, dataIndex: 'name', width: 200, sorter: (a, b) => zhCompare(a.name, b.name) },
    {
      title: S.duties,
      dataIndex: 'duties',
      render: (v: string) => (v ? <span className="cell-clamp" title={v}>{v}</span> : <span className="cell-muted">{C.none}</span>),
    },
    { title: S.postCount, dataIndex: 'postCount', width: 100, align: 'right', sorter: (a, b) => a.postCount - b.postCount },
    { title: S.personCount, dataIndex: 'personCount', width: 100, align: 'right', sorter: (a, b) => a.personCount - b.personCount },
    { title: C.sort, dataIndex: 'sort', width: 90, align: 'right', sorter: (a, b) => a.sort - b.sort },
    {
      title: C.actions,
      key: 'actions',
      width: 130,
      render: (_, row) => (
        <RowActions onEdit={() => setEditing(row)} deleteTitle={S.deleteTitle(row.name)} onDelete={() => remove('department:delete', row.id)} />
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
