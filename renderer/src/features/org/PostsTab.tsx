import type { Post } from '@shared/domain/org.schema'
import { Alert, Card, Button, Checkbox, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { zhCompare } from '../../lib/form-rules'
import { useDebounced } from '../../lib/use-debounced'
import { AssignmentModal } from './AssignmentModal'
import { ORG } from './org.strings'
import { DepartmentFilter, ORG_TABLE_PROPS, RowActions } from './RowActions'
import { PostModal } from './PostModal'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { useList } from '../../lib/use-list'
import { useRemove } from './useRemove'

const S = ORG.posts
const C = ORG.common

function Holder({ person, isKey }: { person: Post['a']; isKey: boolean }) {
  if (person) {
    return (
      <span title={person.title}>
        {person.name}
        {person.title && <span className="cell-muted">（{person.title}）</span>}
      </span>
    )
  }
  return isKey ? <Tag color="warning">{S.unset}</Tag> : <span className="cell-muted">{C.none}</span>
}

/** 岗位: list with department filter, 重点岗位 flag, A岗/B岗 holders and the A/B岗 action. */
export function PostsTab() {
  const [search, setSearch] = useState('')
  const [departmentId, setDepartmentId] = useState<number | undefined>()
  const [keyOnly, setKeyOnly] = useState(false)
  const query = useDebounced(search)
  const list = useList('post:list', { search: query, departmentId, keyOnly })
  const departments = useList('department:list', {})
  const [editing, setEditing] = useState<Post | 'new' | null>(null)
  const [assigning, setAssigning] = useState<Post | null>(null)
  const remove = useRemove(() => list.refresh())
  const noDepartments = !departments.loading && !departments.error && departments.items.length === 0

  const columns: TableColumnsType<Post> = [
    { title: S.department, dataIndex: 'departmentName', width: 120, ellipsis: true, sorter: (a, b) => zhCompare(a.departmentName, b.departmentName) },
    { title: S.name, dataIndex: 'name', width: 160, ellipsis: true, sorter: (a, b) => zhCompare(a.name, b.name) },
    {
      title: S.duties,
      dataIndex: 'duties',
      render: (v: string) => (v ? <span className="cell-clamp" title={v}>{v}</span> : <span className="cell-muted">{C.none}</span>),
    },
    {
      title: S.isKey,
      dataIndex: 'isKey',
      width: 92,
      align: 'center',
      sorter: (a, b) => Number(a.isKey) - Number(b.isKey),
      render: (v: boolean) => (v ? <Tag color="red">{S.keyTag}</Tag> : <span className="cell-muted">{C.none}</span>),
    },
    { title: S.a, key: 'a', width: 132, ellipsis: true, sorter: (a, b) => zhCompare(a.a?.name, b.a?.name), render: (_, r) => <Holder person={r.a} isKey={r.isKey} /> },
    { title: S.b, key: 'b', width: 132, ellipsis: true, sorter: (a, b) => zhCompare(a.b?.name, b.b?.name), render: (_, r) => <Holder person={r.b} isKey={r.isKey} /> },
    {
      title: C.actions,
      key: 'actions',
      width: 156,
      render: (_, row) => (
        <RowActions
          onEdit={() => setEditing(row)}
          deleteTitle={S.deleteTitle(row.name)}
          onDelete={() => remove('post:delete', row.id)}
          extra={
            <Button type="link" size="small" onClick={() => setAssigning(row)}>
              {S.assign}
            </Button>
          }
        />
      ),
    },
  ]

  const filters = (
    <>
      <DepartmentFilter value={departmentId} onChange={setDepartmentId} departments={departments.items} width={180} />
      <Checkbox checked={keyOnly} onChange={(e) => setKeyOnly(e.target.checked)}>
        {S.keyOnly}
      </Checkbox>
    </>
  )

  return (
    <Card data-testid="posts-tab" className="list-card">
      <TableToolbar
        search={search}
        onSearch={setSearch}
        searchPlaceholder={S.search}
        filters={filters}
        addText={S.add}
        onAdd={() => setEditing('new')}
        addDisabledReason={noDepartments ? S.addDisabled : undefined}
      />
      {(list.error ?? departments.error) && <Alert type="error" showIcon title={list.error ?? departments.error} className="list-error" />}
      <Table<Post>
        {...ORG_TABLE_PROPS}
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        locale={{
          emptyText: <TableEmpty search={query} filtered={departmentId !== undefined || keyOnly} text={noDepartments ? S.emptyNoDept : S.empty} />,
        }}
      />
      <PostModal
        editing={editing}
        departments={departments.items}
        defaultDepartmentId={departmentId}
        onClose={(saved) => {
          setEditing(null)
          if (saved) list.refresh()
        }}
      />
      <AssignmentModal
        post={assigning}
        onClose={(saved) => {
          setAssigning(null)
          if (saved) list.refresh()
        }}
      />
    </Card>
  )
}
