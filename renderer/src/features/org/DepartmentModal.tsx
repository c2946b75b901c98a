import { departmentInputSchema, type Department, type DepartmentInput } from '@shared/domain/org.schema'
import { Col, Form, Input, Row } from 'antd'
import { api } from '../../lib/api'
import { zodRule } from '../../lib/form-rules'
import { useLastNonNull } from '../../lib/use-last'
import { FormModal } from '../../components/FormModal'
import { ORG } from './org.strings'
import { SortField } from './SortField'

type Values = { name: string; duties?: string; sort?: number | null }
const S = ORG.departments
const shape = departmentInputSchema.shape

/** Create (editing === 'new') or edit a 内设机构. */
export function DepartmentModal({ editing, onClose }: { editing: Department | 'new' | null; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(editing)
  const current = shown !== 'new' ? shown : null

  const submit = async (v: Values) => {
    const input: DepartmentInput = { name: v.name, duties: v.duties ?? '', sort: v.sort ?? 0 }
    const r = current ? await api.invoke('department:update', { ...input, id: current.id }) : await api.invoke('department:create', input)
    return r.ok ? null : r
  }

  return (
    <FormModal<Values>
      open={editing !== null}
      title={current ? S.editTitle(current.name) : S.createTitle}
      name="department"
      form={form}
      initialValues={current ? { name: current.name, duties: current.duties, sort: current.sort } : { sort: 0 }}
      fields={['name', 'duties', 'sort']}
      onSubmit={submit}
      successText={current ? ORG.common.saved : ORG.common.created}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label={S.name} name="name" required rules={[zodRule(shape.name, '')]}>
            <Input placeholder={S.namePh} maxLength={60} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <SortField schema={shape.sort} />
        </Col>
      </Row>
      <Form.Item label={S.duties} name="duties" rules={[zodRule(shape.duties, '')]}>
        <Input.TextArea placeholder={S.dutiesPh} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  )
}
