import type { Post } from '@shared/domain/org.schema'
import { Alert, Button, Card, Checkbox, Table, Tag, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { zhCompare } from '../../lib/form-rules'
import { CellText, fitWidth, scrollWidth, tagWidth } from '../../lib/table-columns'
import { useDebounced } from '../../lib/use-debounced'
import { useList } from '../../lib/use-list'
import { AssignmentModal } from './AssignmentModal'
import { ORG } from './org.strings'
import { PostModal } from './PostModal'
import { DepartmentFilter, ORG_TABLE_PROPS, RowActions } from './RowActions'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { ORDER_WIDTH, useOrderColumn } from './useOrderColumn'
import { useUrlState } from './useUrlState'

const S = ORG.posts
const C = ORG.common

const holderText = (p: Post['a']) => (p ? (p.title ? `${p.name}（${p.title}）` : p.name) : '')

/** Room the “A” / “B” mark takes before a holder's name. */
const ROLE_MARK = 26

function Holder({ role, person, isKey, width }: { role: 'A' | 'B'; person: Post['a']; isKey: boolean; width: number }) {
  const body = person ? (
    <CellText text={holderText(person)} width={width - ROLE_MARK}>
      {person.name}
      {person.title && <span className="cell-muted">（{person.title}）</span>}
    </CellText>
  ) : isKey ? (
    <Tag color="warning">{S.unset}</Tag>
  ) : (
    <span className="cell-muted">{C.none}</span>
  )
  return (
    <div className="holder-line" data-testid={`holder-${role.toLowerCase()}`}>
      <span className="holder-role" title={role === 'A' ? S.a : S.b}>
        {role}
      </span>
      {body}
    </div>
  )
}

/** 岗位: list with department filter, 重点岗位 flag, A岗/B岗 holders and the A/B岗 action. */
export function PostsTab() {
  const url = useUrlState()
  const [search, setSearch] = useState(url.search)
  const [departmentId, setDepartmentId] = useState<number | undefined>(url.departmentId)
  const [keyOnly, setKeyOnly] = useState(false)
  const [missingAb, setMissingAb] = useState(url.missingAb)
  const query = useDebounced(search)
  const list = useList('post:list', { search: query, departmentId, keyOnly, missingAb })
  const departments = useList('department:list', {})
  const [editing, setEditing] = useState<Post | 'new' | null>(null)
  const [assigning, setAssigning] = useState<Post | null>(null)
  const noDepartments = !departments.loading && !departments.error && departments.items.length === 0
  const filtered = query.trim() !== '' || keyOnly || missingAb
  const order = useOrderColumn({ channel: 'post:move', rows: list.items, filtered, scopeOf: scopeOfPost, onMoved: list.refresh })

  const widths = useMemo(() => {
    // A岗 and B岗 share one two-line column: the longest holder plus the A/B mark, cut (with a tooltip) past 240 px
    const holders = list.items.flatMap((p) => [holderText(p.a), holderText(p.b)])
    const holder = fitWidth(S.ab, holders, { sortable: true, contentWidths: [tagWidth(S.unset)], max: 240 - ROLE_MARK }) + ROLE_MARK
    return {
      department: fitWidth(S.department, departments.items.map((d) => d.name), { sortable: true, max: 200 }),
      name: fitWidth(S.name, list.items.map((p) => p.name), { sortable: true, max: 220 }),
      // no sort arrows here: “只看重点岗位” filters by it, and the column stays narrow
      isKey: fitWidth(S.isKey, []),
      ab: holder,
      actions: 156,
    }
  }, [list.items, departments.items])

  const columns: TableColumnsType<Post> = [
    order.column,
    {
      title: S.department,
      dataIndex: 'departmentName',
      width: widths.department,
      sorter: (a, b) => zhCompare(a.departmentName, b.departmentName),
      render: (v: string) => <CellText text={v} width={widths.department} />,
    },
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
    {
      title: S.isKey,
      dataIndex: 'isKey',
      width: widths.isKey,
      align: 'center',
      render: (v: boolean) => (v ? <Tag color="red">{S.keyTag}</Tag> : <span className="cell-muted">{C.none}</span>),
    },
    {
      title: S.ab,
      key: 'ab',
      width: widths.ab,
      sorter: (a, b) => zhCompare(a.a?.name, b.a?.name),
      render: (_, r) => (
        <>
          <Holder role="A" person={r.a} isKey={r.isKey} width={widths.ab} />
          <Holder role="B" person={r.b} isKey={r.isKey} width={widths.ab} />
        </>
      ),
    },
    {
      title: C.actions,
      key: 'actions',
      width: widths.actions,
      render: (_, row) => (
        <RowActions
          onEdit={() => setEditing(row)}
          target={{ entity: 'post', id: row.id, name: row.name, confirmTitle: S.deleteTitle(row.name) }}
          onChanged={list.refresh}
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
      <Checkbox checked={missingAb} onChange={(e) => setMissingAb(e.target.checked)}>
        {S.missingAb}
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
        onChange={order.onChange}
        scroll={{ x: scrollWidth([ORDER_WIDTH, widths.department, widths.name, widths.isKey, widths.ab, widths.actions], 100) }}
        locale={{
          emptyText: (
            <TableEmpty search={query} filtered={departmentId !== undefined || keyOnly || missingAb} text={noDepartments ? S.emptyNoDept : S.empty} />
          ),
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

const scopeOfPost = (p: Post) => p.departmentId
