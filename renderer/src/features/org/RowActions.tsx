import { Button, Popconfirm, Select, Space } from 'antd'
import type { ReactNode } from 'react'
import { ORG } from './org.strings'

const C = ORG.common

/** The 编辑 / (extra) / 删除 links of an org table row; 删除 asks first. */
export function RowActions({
  onEdit,
  deleteTitle,
  onDelete,
  extra,
}: {
  onEdit(): void
  deleteTitle: string
  onDelete(): void
  extra?: ReactNode
}) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {C.edit}
      </Button>
      {extra}
      <Popconfirm
        title={deleteTitle}
        description={C.deleteHint}
        okText={C.delete}
        cancelText={C.cancel}
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
      >
        <Button type="link" size="small" danger>
          {C.delete}
        </Button>
      </Popconfirm>
    </Space>
  )
}

/** 按机构筛选: a searchable department select that can be cleared. */
export function DepartmentFilter({
  value,
  onChange,
  departments,
  width = 170,
}: {
  value: number | undefined
  onChange(v: number | undefined): void
  departments: { id: number; name: string }[]
  width?: number
}) {
  return (
    <Select
      allowClear
      aria-label={C.departmentFilter}
      placeholder={C.allDepartments}
      value={value}
      onChange={(v: number | undefined) => onChange(v)}
      options={departments.map((d) => ({ value: d.id, label: d.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width }}
    />
  )
}

/** What every org list table shares: keyed by id, fixed layout, 20 a page with the total shown. */
export const ORG_TABLE_PROPS = {
  rowKey: 'id',
  size: 'middle',
  tableLayout: 'fixed',
  pagination: { defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true, showTotal: C.total },
} as const
