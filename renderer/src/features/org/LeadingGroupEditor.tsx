import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { GROUP_ROLE_LABELS, GROUP_ROLES, type GroupRole } from '@shared/domain/labels'
import { unitInputSchema, type Person } from '@shared/domain/org.schema'
import { Alert, Button, Form, Select, type FormInstance } from 'antd'
import { ORG } from './org.strings'

export type MemberValue = { personId?: number; groupRole?: GroupRole }
const S = ORG.unit
const ROLE_OPTIONS = GROUP_ROLES.map((r) => ({ value: r, label: GROUP_ROLE_LABELS[r] }))

/** The whole-list rules (no duplicates, one 组长) come from the shared schema. */
const listRule = {
  validator: async (_: unknown, members: MemberValue[] | undefined) => {
    const complete = (members ?? []).filter((m): m is Required<MemberValue> => !!m?.personId && !!m.groupRole)
    const r = unitInputSchema.shape.leadingGroup.safeParse(complete)
    if (!r.success) throw new Error(r.error.issues[0]?.message ?? S.leadingGroup)
  },
}

/** 领导小组 members: one row per member, a person and their role in the group. */
export function LeadingGroupEditor({ form, persons }: { form: FormInstance; persons: Person[] }) {
  const members = (Form.useWatch('leadingGroup', form) as MemberValue[] | undefined) ?? []
  const chosen = new Set(members.map((m) => m?.personId).filter(Boolean))
  const options = (selfId: number | undefined) =>
    persons.map((p) => ({
      value: p.id,
      label: `${p.name}${p.title ? `（${p.title}）` : ''}${p.active ? '' : S.inactive}`,
      disabled: !p.active || (chosen.has(p.id) && p.id !== selfId),
    }))

  return (
    <Form.List name="leadingGroup" rules={[listRule]}>
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="leading-group">
          {persons.length === 0 && fields.length === 0 && <Alert type="info" showIcon title={S.noPersons} style={{ marginBottom: 12 }} />}
          <div className="lg-grid">
            {fields.map((field, i) => (
              <div className="lg-row" key={field.key}>
                <span className="lg-index">{i + 1}</span>
                <Form.Item name={[field.name, 'personId']} rules={[{ required: true, message: S.pickPerson }]} className="lg-person">
                  <Select
                    aria-label={S.memberPerson(i + 1)}
                    placeholder={S.pickPerson}
                    options={options(members[i]?.personId)}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'groupRole']} rules={[{ required: true, message: '请选择小组职务' }]} className="lg-role">
                  <Select aria-label={S.memberRole(i + 1)} options={ROLE_OPTIONS} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={`${S.removeMember}${S.memberPerson(i + 1)}`}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
          </div>
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={persons.length === 0}
            onClick={() => add({ groupRole: members.some((m) => m?.groupRole === 'head') ? 'member' : 'head' })}
            style={{ marginTop: 8 }}
          >
            {S.addMember}
          </Button>
        </div>
      )}
    </Form.List>
  )
}
