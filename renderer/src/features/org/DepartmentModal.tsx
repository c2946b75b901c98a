import { departmentInputSchema, type Department, type DepartmentInput } from '@shared/domain/org.schema'
import { Form, Input } from 'antd'
import { api } from '../../lib/api'
import { zodRule } from '../../lib/form-rules'
import { useLastNonNull } from '../../lib/use-last'
import { FormModal } from '../../components/FormModal'
import { ORG } from './org.strings'

type Values = { name: string; duties?: string }
const S = ORG.departments
const shape = departmentInputSchema.shape

/** Create (editing === 'new') or edit a 内设机构. */
export function DepartmentModal({ editing, onClose }: { editing: Department | 'new' | null; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(editing)
  const current = shown !== 'new' ? shown : null

  const submit = async (v: Values) => {
    // no 排序号: a new department goes to the end, an edited one keeps its place (rows move with ↑ ↓)
    const input: DepartmentInput = { name: v.name, duties: v.duties ?? '' }
    const r = current ? await api.invoke('department:update', { ...input, id: current.id }) : await api.invoke('department:create', input)
    return r.ok ? null : r
  }

  return (
    <FormModal<Values>
      open={editing !== null}
      title={current ? S.editTitle(current.name) : S.createTitle}
      name="department"
      form={form}
      initialValues={current ? { name: current.name, duties: current.duties } : {}}
      fields={['name', 'duties']}
      onSubmit={submit}
      successText={current ? ORG.common.saved : ORG.common.created}
      onClose={onClose}
    >
      <Form.Item label={S.name} name="name" required rules={[zodRule(shape.name, '')]}>
        <Input placeholder={S.namePh} maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item label={S.duties} name="duties" rules={[zodRule(shape.duties, '')]}>
        <Input.TextArea placeholder={S.dutiesPh} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  )
}
