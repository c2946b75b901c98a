import { postInputSchema, type Department, type Post, type PostInput } from '@shared/domain/org.schema'
import { Col, Form, Input, Row, Select, Switch } from 'antd'
import { api } from '../../lib/api'
import { zodRule } from '../../lib/form-rules'
import { useLastNonNull } from '../../lib/use-last'
import { FormModal } from '../../components/FormModal'
import { ORG } from './org.strings'

type Values = { departmentId?: number; name: string; duties?: string; isKey?: boolean }
const S = ORG.posts
const shape = postInputSchema.shape

interface Props {
  editing: Post | 'new' | null
  departments: Department[]
  /** Pre-selected 所属机构 for a new post (the table's department filter). */
  defaultDepartmentId?: number
  onClose(saved: boolean): void
}

/** Create or edit a 岗位: department, name, duties, 重点岗位 flag. */
export function PostModal({ editing, departments, defaultDepartmentId, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(editing)
  const current = shown !== 'new' ? shown : null

  const submit = async (v: Values) => {
    const input: PostInput = {
      departmentId: v.departmentId ?? 0,
      name: v.name,
      duties: v.duties ?? '',
      isKey: v.isKey ?? false,
    }
    const r = current ? await api.invoke('post:update', { ...input, id: current.id }) : await api.invoke('post:create', input)
    return r.ok ? null : r
  }

  const initialValues: Partial<Values> = current
    ? { departmentId: current.departmentId, name: current.name, duties: current.duties, isKey: current.isKey }
    : { departmentId: defaultDepartmentId, isKey: false }

  return (
    <FormModal<Values>
      open={editing !== null}
      title={current ? S.editTitle(current.name) : S.createTitle}
      name="post"
      form={form}
      width={600}
      initialValues={initialValues}
      fields={['departmentId', 'name', 'duties', 'isKey']}
      onSubmit={submit}
      successText={current ? ORG.common.saved : ORG.common.created}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={S.department} name="departmentId" required rules={[zodRule(shape.departmentId)]}>
            <Select
              placeholder={S.departmentPh}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={S.name} name="name" required rules={[zodRule(shape.name, '')]}>
            <Input placeholder={S.namePh} maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={S.duties} name="duties" rules={[zodRule(shape.duties, '')]}>
        <Input.TextArea placeholder={S.dutiesPh} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item label={S.isKey} name="isKey" valuePropName="checked" tooltip={S.isKeyHelp}>
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    </FormModal>
  )
}
