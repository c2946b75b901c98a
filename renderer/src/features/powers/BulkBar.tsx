import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  ApartmentOutlined,
  UndoOutlined,
} from '@ant-design/icons'
import type { Department } from '@shared/domain/org.schema'
import type { PowerStatus } from '@shared/domain/power.schema'
import { Alert, App, Button, Form, Select, Space, Tooltip } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import { useState } from 'react'
import { FormModal } from '../../components/FormModal'
import { api } from '../../lib/api'
import { useLastNonNull } from '../../lib/use-last'
import { POWERS } from './powers.strings'

const S = POWERS.bulk

interface Props {
  selected: number[]
  departments: Department[]
  onStatus(status: PowerStatus): void
  onClear(): void
  /** after a change: reload the list and drop the selection (a bulk action ends with nothing selected) */
  onChanged(removed: boolean): void
}

/** What can be done to the selected rows: 确权 / 取消 / 恢复待确权 / 设置承办机构 / 删除. */
export function BulkBar({ selected, departments, onStatus, onClear, onChanged }: Props) {
  const { message, modal } = App.useApp()
  const [settingDept, setSettingDept] = useState(false)
  const n = selected.length

  const remove = () => {
    const ids = selected
    modal.confirm({
      title: S.deleteTitle(ids.length),
      content: S.deleteText,
      okText: S.delete,
      okButtonProps: { danger: true },
      cancelText: POWERS.common.cancel,
      onOk: async () => {
        const r = await api.invoke('power:delete', { ids })
        if (r.ok) {
          void message.success(POWERS.common.deleted)
          onChanged(true)
          return
        }
        if (r.code === 'IN_USE' || r.code === 'CONFLICT') {
          modal.error({
            title: S.cannotDelete,
            content: <span data-testid="delete-refused">{r.message}</span>,
            okText: POWERS.common.ok,
          })
        } else {
          void message.error(r.message)
          if (r.code === 'NOT_FOUND') onChanged(false)
        }
      },
    })
  }

  return (
    <div className="powers-bulk-bar" data-testid="powers-bulk-bar">
      <span className="powers-bulk-count">{S.selected(n)}</span>
      <Space wrap size={8}>
        <Tooltip title={S.confirmTip}>
          <Button size="small" type="primary" icon={<CheckCircleOutlined aria-hidden />} onClick={() => onStatus('confirmed')}>
            {S.confirm}
          </Button>
        </Tooltip>
        <Tooltip title={S.cancelTip}>
          <Button size="small" icon={<CloseCircleOutlined aria-hidden />} onClick={() => onStatus('cancelled')}>
            {S.cancel}
          </Button>
        </Tooltip>
        <Button size="small" icon={<UndoOutlined aria-hidden />} onClick={() => onStatus('pending')}>
          {S.restore}
        </Button>
        <Button size="small" icon={<ApartmentOutlined aria-hidden />} onClick={() => setSettingDept(true)}>
          {S.setDepartment}
        </Button>
        <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={remove}>
          {S.delete}
        </Button>
        <Button size="small" type="link" onClick={onClear}>
          {S.clear}
        </Button>
      </Space>
      <DepartmentModal
        ids={settingDept ? selected : null}
        departments={departments}
        onClose={(saved) => {
          setSettingDept(false)
          if (saved) onChanged(false)
        }}
      />
    </div>
  )
}

type DeptValues = { departmentId?: number | null }

/** 设置承办机构 for the selected powers; an empty choice clears it. */
function DepartmentModal(props: { ids: number[] | null; departments: Department[]; onClose(saved: boolean): void }) {
  const { ids, departments, onClose } = props
  const [form] = Form.useForm<DeptValues>()
  const shown = useLastNonNull(ids)
  const D = POWERS.departmentModal
  const n = shown?.length ?? 0
  return (
    <FormModal<DeptValues>
      open={ids !== null}
      title={D.title(n)}
      name="power-department"
      form={form}
      width={480}
      fields={['departmentId']}
      onSubmit={async (v) => {
        const r = await api.invoke('power:setDepartment', { ids: shown ?? [], departmentId: v.departmentId ?? null })
        return r.ok ? null : r
      }}
      successText={S.departmentDone(n)}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={D.hint} style={{ marginBottom: 16 }} />
      <Form.Item label={D.department} name="departmentId">
        <Select
          allowClear={CLEARABLE}
          placeholder={D.departmentPh}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
    </FormModal>
  )
}
