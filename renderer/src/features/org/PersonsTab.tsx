import { ROLE_LEVEL_LABELS, ROLE_LEVELS, type RoleLevel } from '@shared/domain/labels'
import type { Person } from '@shared/domain/org.schema'
import { Alert, Card, Badge, Checkbox, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { zhCompare } from '../../lib/form-rules'
import { useDebounced } from '../../lib/use-debounced'
import { ORG } from './org.strings'
import { DepartmentFilter, ORG_TABLE_PROPS, RowActions } from './RowActions'
import { PersonModal, ROLE_OPTIONS } from './PersonModal'
import { TableEmpty, TableToolbar } from './TableToolbar'
import { useList } from '../../lib/use-list'
import { useRemove } from './useRemove'

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
  const [search, setSearch] = useState('')
  const [departmentId, setDepartmentId] = useState<number | undefined>()
  const [roleLevel, setRoleLevel] = useState<RoleLevel | undefined>()
  const [activeOnly, setActiveOnly] = useState(false)
  const query = useDebounced(search)
  const list = useList('person:list', { search: query, departmentId, roleLevel, activeOnly })
  const departments = useList('department:list', {})
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const remove = useRemove(() => list.refresh())

  const columns: TableColumnsType<Person> = [
    { title: S.name, dataIndex: 'name', width: 110, ellipsis: true, sorter: (a, b) => zhCompare(a.name, b.name) },
    { title: S.title, dataIndex: 'title', width: 140, ellipsis: true, sorter: (a, b) => zhCompare(a.title, b.title) },
    {
      title: S.roleLevel,
      dataIndex: 'roleLevel',
      width: 120,
      sorter: (a, b) => ROLE_LEVELS.indexOf(a.roleLevel) - ROLE_LEVELS.indexOf(b.roleLevel),
      render: (v: RoleLevel) => <Tag color={ROLE_COLORS[v]}>{ROLE_LEVEL_LABELS[v]}</Tag>,
    },
    {
      title: S.department,
      dataIndex: 'departmentName',
      width: 140,
      ellipsis: true,
      sorter: (a, b) => zhCompare(a.departmentName, b.departmentName),
      render: (v: string | null) => v ?? <span className="cell-muted">{C.none}</span>,
    },
    {
      title: S.status,
      dataIndex: 'active',
      width: 90,
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
      width: 120,
      render: (_, row) => (
        <RowActions onEdit={() => setEditing(row)} deleteTitle={S.deleteTitle(row.name)} onDelete={() => remove('person:delete', row.id)} />
      ),
    },
  ]

  const filters = (
    <>
      <DepartmentFilter value={departmentId} onChange={setDepartmentId} departments={departments.items} width={170} />
      <Select
        allowClear
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
