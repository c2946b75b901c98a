import { PlusOutlined } from '@ant-design/icons'
import { powerTypeInputSchema, type PowerType } from '@shared/domain/power.schema'
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Table, Tag, Tooltip, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { api } from '../../lib/api'
import { applyServerError, zodRule } from '../../lib/form-rules'
import { isSubmitEnter } from '../../lib/save-shortcut'
import { POWERS } from './powers.strings'

const S = POWERS.types

interface Props {
  open: boolean
  types: PowerType[]
  loading: boolean
  onClose(): void
  /** a type was added or deleted: reload the types */
  onChanged(): void
}

/** 管理事项类型: the types with their power counts; add a custom type, delete an unused custom one. */
export function PowerTypesModal({ open, types, loading, onClose, onChanged }: Props) {
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<{ name?: string }>()
  const [adding, setAdding] = useState(false)

  const add = async () => {
    if (adding) return
    let name: string
    try {
      name = (await form.validateFields()).name ?? ''
    } catch {
      return
    }
    setAdding(true)
    try {
      const r = await api.invoke('powerType:create', { name })
      if (!r.ok) {
        if (!applyServerError(form, r, ['name'])) void message.error(r.message)
        return
      }
      void message.success(S.added)
      form.resetFields()
      onChanged()
    } finally {
      setAdding(false)
    }
  }

  const remove = async (t: PowerType) => {
    const r = await api.invoke('powerType:delete', { id: t.id })
    if (r.ok) {
      void message.success(POWERS.common.deleted)
      onChanged()
    } else if (r.code === 'IN_USE' || r.code === 'CONFLICT') {
      modal.error({ title: S.cannotDelete, content: <span data-testid="delete-refused">{r.message}</span>, okText: POWERS.common.ok })
    } else {
      void message.error(r.message)
      onChanged()
    }
  }

  const columns: TableColumnsType<PowerType> = [
    { title: S.name, dataIndex: 'name', ellipsis: true },
    {
      title: S.kind,
      dataIndex: 'builtin',
      width: 90,
      render: (v: boolean) => (v ? <Tag>{S.builtin}</Tag> : <Tag color="blue">{S.custom}</Tag>),
    },
    { title: S.count, dataIndex: 'powerCount', width: 80, align: 'right' },
    {
      title: S.actions,
      key: 'actions',
      width: 80,
      render: (_, t) => {
        const reason = t.builtin ? S.builtinTip : t.powerCount > 0 ? S.inUseTip(t.powerCount) : null
        if (reason) {
          return (
            <Tooltip title={reason}>
              <Button type="link" size="small" danger disabled>
                {S.delete}
              </Button>
            </Tooltip>
          )
        }
        return (
          <Popconfirm
            title={S.deleteTitle(t.name)}
            okText={S.delete}
            cancelText={POWERS.common.cancel}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(t)}
          >
            <Button type="link" size="small" danger>
              {S.delete}
            </Button>
          </Popconfirm>
        )
      },
    },
  ]

  return (
    <Modal
      open={open}
      title={S.title}
      width={620}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{POWERS.common.close}</Button>}
      destroyOnHidden
    >
      <div data-testid="power-types-modal">
        <Alert type="info" showIcon title={S.intro} style={{ marginBottom: 12 }} />
        <Form
          form={form}
          name="power-type"
          layout="inline"
          className="power-type-add"
          onKeyDown={(e) => {
            if (isSubmitEnter(e)) {
              e.preventDefault()
              void add()
            }
          }}
        >
          <Form.Item label={S.newName} name="name" rules={[zodRule(powerTypeInputSchema.shape.name, '')]} style={{ flex: 1 }}>
            <Input placeholder={S.newNamePh} maxLength={30} />
          </Form.Item>
          <Form.Item style={{ marginInlineEnd: 0 }}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} loading={adding} onClick={() => void add()}>
              {S.add}
            </Button>
          </Form.Item>
        </Form>
        <Table<PowerType>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={types}
          loading={loading}
          pagination={false}
          scroll={{ y: 360 }}
        />
      </div>
    </Modal>
  )
}
