import { ROLE_LEVEL_LABELS, ROLE_LEVELS, type RoleLevel } from '@shared/domain/labels'
import type { Person } from '@shared/domain/org.schema'
import { Alert, Card, Badge, Checkbox, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { CLEARABLE } from '../../lib/a11y'
import { zhCompare } from '../../lib/form-rules'
import { CellText, fitWidth, scrollWidth, tagWidth, textWidth } from '../../lib/table-columns'
import { useDebounced } from '../../lib/use-debounced'
import { useList } from '../../lib/use-list'
import { ORG } from './org.strings'
import { PersonModal, ROLE_OPTIONS } from './PersonModal'
import { DepartmentFilter, ORG_TABLE_PROPS, RowActions } from './RowActions'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { ORDER_WIDTH, useOrderColumn } from './useOrderColumn'
import { useUrlState } from './useUrlState'

const S = ORG.persons
const C = ORG.common
const ROLE_COLORS: Record<RoleLevel, string> = {
  principal: 'volcano',
  member: 'orange',
  discipline: 'purple',
  middle: 'blue',
  staff: 'default',
}

/** 人员: list with department / role filters, status and the posts each person holds. */
export function PersonsTab() {
  const url = useUrlState()
  const [search, setSearch] = useState(url.search)
  const [departmentId, setDepartmentId] = useState<number | undefined>(url.departmentId)
  const [roleLevel, setRoleLevel] = useState<RoleLevel | undefined>()
  const [activeOnly, setActiveOnly] = useState(false)
  const query = useDebounced(search)
  const list = useList('person:list', { search: query, departmentId, roleLevel, activeOnly })
  const departments = useList('department:list', {})
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const filtered = query.trim() !== '' || departmentId !== undefined || roleLevel !== undefined || activeOnly
  const order = useOrderColumn({ channel: 'person:move', rows: list.items, filtered, onMoved: list.refresh })

  const widths = useMemo(
    () => ({
      name: fitWidth(S.name, list.items.map((p) => p.name), { sortable: true, max: 140 }),
      title: fitWidth(S.title, list.items.map((p) => p.title), { sortable: true, max: 240 }),
      roleLevel: fitWidth(S.roleLevel, [], { sortable: true, contentWidths: ROLE_LEVELS.map((l) => tagWidth(ROLE_LEVEL_LABELS[l])) }),
      department: fitWidth(S.department, departments.items.map((d) => d.name), { sortable: true, max: 200 }),
      status: fitWidth(S.status, [], { sortable: true, contentWidths: [textWidth(S.statusActive) + 14] }),
      actions: 112,
    }),
    [list.items, departments.items],
  )

  const columns: TableColumnsType<Person> = [
    order.column,
    {
      title: S.name,
      dataIndex: 'name',
      width: widths.name,
      sorter: (a, b) => zhCompare(a.name, b.name),
      render: (v: string) => <CellText text={v} width={widths.name} />,
    },
    {
      title: S.title,
      dataIndex: 'title',
      width: widths.title,
      sorter: (a, b) => zhCompare(a.title, b.title),
      render: (v: string) => (v ? <CellText text={v} width={widths.title} /> : <span className="cell-muted">{C.none}</span>),
    },
    {
      title: S.roleLevel,
      dataIndex: 'roleLevel',
      width: widths.roleLevel,
      sorter: (a, b) => ROLE_LEVELS.indexOf(a.roleLevel) - ROLE_LEVELS.indexOf(b.roleLevel),
      render: (v: RoleLevel) => <Tag color={ROLE_COLORS[v]}>{ROLE_LEVEL_LABELS[v]}</Tag>,
    },
    {
      title: S.department,
      dataIndex: 'departmentName',
      width: widths.department,
      sorter: (a, b) => zhCompare(a.departmentName, b.departmentName),
      render: (v: string | null) => (v ? <CellText text={v} width={widths.department} /> : <span className="cell-muted">{C.none}</span>),
    },
    {
      title: S.status,
      dataIndex: 'active',
      width: widths.status,
      sorter: (a, b) => Number(b.active) - Number(a.active),
      render: (v: boolean) => <Badge status={v ? 'success' : 'default'} text={v ? S.statusActive : S.statusInactive} />,
    },
    {
      title: S.posts,
      key: 'posts',
      render: (_, r) =>
        r.posts.length === 0 ? (
          <span className="cell-muted">{C.none}</span>
        ) : (
          <span className="tag-list">
            {r.posts.map((p) => (
              <Tag key={`${p.postId}-${p.role}`} color={p.role === 'A' ? 'geekblue' : 'cyan'}>
                {p.role}岗·{p.postName}
              </Tag>
            ))}
          </span>
        ),
    },
    {
      title: C.actions,
      key: 'actions',
      width: widths.actions,
      render: (_, row) => (
        <RowActions
          onEdit={() => setEditing(row)}
          target={{ entity: 'person', id: row.id, name: row.name, confirmTitle: S.deleteTitle(row.name) }}
          onChanged={list.refresh}
        />
      ),
    },
  ]

  const filters = (
    <>
      <DepartmentFilter value={departmentId} onChange={setDepartmentId} departments={departments.items} width={170} />
      <Select
        allowClear={CLEARABLE}
        aria-label={S.roleFilter}
        placeholder={S.allRoles}
        value={roleLevel}
        onChange={(v: RoleLevel | undefined) => setRoleLevel(v)}
        options={ROLE_OPTIONS}
        style={{ width: 150 }}
      />
      <Checkbox checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)}>
        {S.activeOnly}
      </Checkbox>
    </>
  )

  return (
    <Card data-testid="persons-tab" className="list-card">
      <TableToolbar search={search} onSearch={setSearch} searchPlaceholder={S.search} filters={filters} addText={S.add} onAdd={() => setEditing('new')} />
      {(list.error ?? departments.error) && <Alert type="error" showIcon title={list.error ?? departments.error} className="list-error" />}
      <Table<Person>
        {...ORG_TABLE_PROPS}
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        onChange={order.onChange}
        scroll={{ x: scrollWidth([ORDER_WIDTH, widths.name, widths.title, widths.roleLevel, widths.department, widths.status, widths.actions], 200) }}
        locale={{
          emptyText: (
            <TableEmpty search={query} filtered={departmentId !== undefined || roleLevel !== undefined || activeOnly} text={S.empty} />
          ),
        }}
      />
      <PersonModal
        editing={editing}
        departments={departments.items}
        defaultDepartmentId={departmentId}
        onClose={(saved) => {
          setEditing(null)
          if (saved) list.refresh()
        }}
      />
    </Card>
  )
}
