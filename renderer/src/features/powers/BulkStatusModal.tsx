import type { PowerStatus } from '@shared/domain/power.schema'
import { Alert, DatePicker, Form, Input } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { FormModal } from '../../components/FormModal'
import { api } from '../../lib/api'
import { useLastNonNull } from '../../lib/use-last'
import { POWERS } from './powers.strings'

type Values = { date?: Dayjs | null; reason?: string }
const S = POWERS.statusModal

export interface StatusRequest {
  ids: number[]
  status: PowerStatus
}

interface Props {
  request: StatusRequest | null
  onClose(changed: boolean): void
}

/** 确权 / 取消 / 恢复待确权 for one or many powers: a date (default today) and a reason (required to cancel). */
export function BulkStatusModal({ request, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(request)
  const status = shown?.status ?? 'confirmed'
  const n = shown?.ids.length ?? 0

  const submit = async (v: Values) => {
    if (!shown) return null
    const r = await api.invoke('power:setStatus', {
      ids: shown.ids,
      status,
      date: (v.date ?? dayjs()).format('YYYY-MM-DD'),
      reason: v.reason?.trim() ?? '',
    })
    return r.ok ? null : r
  }

  return (
    <FormModal<Values>
      open={request !== null}
      title={S.title[status]}
      name="power-status"
      form={form}
      width={520}
      initialValues={{ date: dayjs(), reason: '' }}
      fields={['date', 'reason']}
      onSubmit={submit}
      successText={POWERS.bulk.statusDone(n, POWERS.status[status])}
      onClose={onClose}
    >
      <Alert type={status === 'cancelled' ? 'warning' : 'info'} showIcon title={S.intro[status](n)} style={{ marginBottom: 16 }} />
      {status !== 'pending' && (
        <Form.Item label={S.date[status]} name="date" required rules={[{ required: true, message: S.dateRequired }]}>
          <DatePicker placeholder={S.datePh} style={{ width: 200 }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
      <Form.Item
        label={S.reason}
        name="reason"
        required={status === 'cancelled'}
        rules={[
          { required: status === 'cancelled', whitespace: true, message: S.reasonRequired },
          { max: 500, message: S.reasonMax },
        ]}
      >
        <Input.TextArea placeholder={S.reasonPh[status]} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  )
}
