import { ROLE_LEVEL_LABELS, ROLE_LEVELS, type RoleLevel } from '@shared/domain/labels'
import { personInputSchema, type Department, type Person, type PersonInput } from '@shared/domain/org.schema'
import { Col, Form, Input, Row, Select, Switch } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import { api } from '../../lib/api'
import { zodRule } from '../../lib/form-rules'
import { useLastNonNull } from '../../lib/use-last'
import { FormModal } from '../../components/FormModal'
import { ORG } from './org.strings'

type Values = { name: string; title?: string; roleLevel?: RoleLevel; departmentId?: number | null; active?: boolean }
const S = ORG.persons
const shape = personInputSchema.shape
export const ROLE_OPTIONS = ROLE_LEVELS.map((r) => ({ value: r, label: ROLE_LEVEL_LABELS[r] }))

interface Props {
  editing: Person | 'new' | null
  departments: Department[]
  defaultDepartmentId?: number
  onClose(saved: boolean): void
}

/** Create or edit a person: 姓名, 职务, 角色层级, 所属机构, 在岗. */
export function PersonModal({ editing, departments, defaultDepartmentId, onClose }: Props) {
  const [form] = Form.useForm<Values>()
  const shown = useLastNonNull(editing)
  const current = shown !== 'new' ? shown : null

  const submit = async (v: Values) => {
    const input: PersonInput = {
      name: v.name,
      title: v.title ?? '',
      // The field rule guarantees a level; the core re-validates anyway.
      roleLevel: v.roleLevel as RoleLevel,
      departmentId: v.departmentId ?? null,
      active: v.active ?? true,
    }
    const r = current ? await api.invoke('person:update', { ...input, id: current.id }) : await api.invoke('person:create', input)
    return r.ok ? null : r
  }

  const initialValues: Partial<Values> = current
    ? {
        name: current.name,
        title: current.title,
        roleLevel: current.roleLevel,
        departmentId: current.departmentId,
        active: current.active,
      }
    : { departmentId: defaultDepartmentId ?? null, active: true }

  return (
    <FormModal<Values>
      open={editing !== null}
      title={current ? S.editTitle(current.name) : S.createTitle}
      name="person"
      form={form}
      width={600}
      initialValues={initialValues}
      fields={['name', 'title', 'roleLevel', 'departmentId', 'active']}
      onSubmit={submit}
      successText={current ? ORG.common.saved : ORG.common.created}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={S.name} name="name" required rules={[zodRule(shape.name, '')]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={S.title} name="title" rules={[zodRule(shape.title, '')]}>
            <Input placeholder={S.titlePh} maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={S.roleLevel} name="roleLevel" required rules={[zodRule(shape.roleLevel)]}>
            <Select placeholder={S.roleLevelPh} options={ROLE_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={S.department} name="departmentId">
            <Select
              allowClear={CLEARABLE}
              placeholder={S.departmentPh}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={S.active} name="active" valuePropName="checked" tooltip={S.activeHelp}>
            <Switch checkedChildren={S.statusActive} unCheckedChildren={S.statusInactive} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  )
}
