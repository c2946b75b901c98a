import { ArrowDownOutlined, ArrowUpOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons'
import type { OrgEntity, OrgReferences } from '@shared/domain/org-refs.schema'
import { App, Button, Modal, Select, Space, Tooltip, type PaginationProps } from 'antd'
import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { api } from '../../lib/api'
import { CLEARABLE } from '../../lib/a11y'
import { ORG } from './org.strings'
import { useRemove } from './useRemove'

const C = ORG.common

export interface DeleteTarget {
  entity: OrgEntity
  id: number
  name: string
  /** “删除机构“办公室”？” */
  confirmTitle: string
}

/** The 编辑 / (extra) / 删除 links of an org table row. */
export function RowActions({ onEdit, extra, target, onChanged }: { onEdit(): void; extra?: ReactNode; target: DeleteTarget; onChanged(): void }) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {C.edit}
      </Button>
      {extra}
      <DeleteAction target={target} onChanged={onChanged} />
    </Space>
  )
}

/**
 * 删除 asks the core first what still refers to the row: when nothing does, it offers the delete
 * (with the usual “不可恢复” confirmation); otherwise it says at once what does, each with a link.
 */
function DeleteAction({ target, onChanged }: { target: DeleteTarget; onChanged(): void }) {
  const { message, modal } = App.useApp()
  const [checking, setChecking] = useState(false)
  const [refused, setRefused] = useState<OrgReferences | null>(null)
  const remove = useRemove(onChanged)

  const start = async () => {
    setChecking(true)
    const r = await api.invoke('org:references', { entity: target.entity, id: target.id })
    setChecking(false)
    if (!r.ok) {
      void message.error(r.message)
      if (r.code === 'NOT_FOUND') onChanged()
      return
    }
    if (r.value.references.length > 0) return setRefused(r.value)
    modal.confirm({
      title: target.confirmTitle,
      content: C.deleteHint,
      okText: C.delete,
      okButtonProps: { danger: true },
      cancelText: C.cancel,
      onOk: () => remove(`${target.entity}:delete`, target.id),
    })
  }

  return (
    <>
      <Button type="link" size="small" danger loading={checking} onClick={() => void start()}>
        {C.delete}
      </Button>
      <Modal
        open={refused !== null}
        title={refused && C.refusedTitle(refused.name)}
        onCancel={() => setRefused(null)}
        footer={<Button onClick={() => setRefused(null)}>{C.refusedOk}</Button>}
      >
        {refused && <ReferenceList refs={refused} onFollow={() => setRefused(null)} />}
      </Modal>
    </>
  )
}

function ReferenceList({ refs, onFollow }: { refs: OrgReferences; onFollow(): void }) {
  return (
    <div data-testid="delete-refused">
      <p>{C.refusedLead}</p>
      <ul className="ref-list">
        {refs.references.map((r) => (
          <li key={r.text}>
            {r.to ? (
              <Link to={r.to} onClick={onFollow}>
                {r.text}
              </Link>
            ) : (
              r.text
            )}
            {r.items.length > 0 && (
              <ul>
                {r.items.map((i) => (
                  <li key={i.to}>
                    <Link to={i.to} onClick={onFollow}>
                      {i.label}
                    </Link>
                  </li>
                ))}
                {r.more > 0 && <li className="cell-muted">{C.refusedMore(r.more)}</li>}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

type MoveChannel = 'department:move' | 'post:move' | 'person:move'

/**
 * ↑ ↓ that move a row one place in the hand-set order (new rows start at the end). Blocked, with the
 * reason, while a search, filter or column sort shows the rows in another order.
 */
export function MoveButtons(props: { channel: MoveChannel; id: number; name: string; first: boolean; last: boolean; blocked: boolean; onMoved(): void }) {
  const { channel, id, name, first, last, blocked, onMoved } = props
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const move = async (direction: 'up' | 'down') => {
    setBusy(true)
    const r = await api.invoke(channel, { id, direction })
    setBusy(false)
    if (!r.ok) void message.error(`${C.moveFailed}：${r.message}`)
    onMoved()
  }
  const button = (direction: 'up' | 'down') => {
    const label = direction === 'up' ? C.moveUp : C.moveDown
    const b = (
      <Button
        type="text"
        size="small"
        aria-label={`${label}：${name}`}
        icon={direction === 'up' ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />}
        disabled={blocked || busy || (direction === 'up' ? first : last)}
        onClick={() => void move(direction)}
      />
    )
    return <Tooltip title={blocked ? C.moveBlocked : label}>{b}</Tooltip>
  }
  return (
    <span className="move-buttons">
      {button('up')}
      {button('down')}
    </span>
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
      allowClear={CLEARABLE}
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

/** 上一页 / 下一页 named in Chinese (antd's buttons take the icons' names, “left” and “right”). */
const pageItem: PaginationProps['itemRender'] = (_page, type, element) => {
  if (type !== 'prev' && type !== 'next') return element
  return (
    <button type="button" className="ant-pagination-item-link" aria-label={type === 'prev' ? C.prevPage : C.nextPage}>
      {type === 'prev' ? <LeftOutlined aria-hidden /> : <RightOutlined aria-hidden />}
    </button>
  )
}

/** What every org list table shares: keyed by id, fixed layout, 20 a page with the total shown. */
export const ORG_TABLE_PROPS = {
  rowKey: 'id',
  size: 'middle',
  tableLayout: 'fixed',
  pagination: { defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true, showTotal: C.total, itemRender: pageItem },
} as const
