import { validateCreditCode } from '@shared/credit-code'
import { UNIT_TYPES, type UnitType } from '@shared/domain/labels'
import { unitInputSchema, type Department, type Person, type Unit, type UnitInput } from '@shared/domain/org.schema'
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Skeleton } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { useWorkspace } from '../../app/workspace-context'
import { api } from '../../lib/api'
import { applyServerError, zodRule } from '../../lib/form-rules'
import { useSaveShortcut } from '../../lib/save-shortcut'
import { LeadingGroupEditor, type MemberValue } from './LeadingGroupEditor'
import { ORG } from './org.strings'

type Values = {
  name?: string
  creditCode?: string
  unitType?: UnitType
  supervisor?: string
  contactName?: string
  contactPhone?: string
  officeName?: string
  officeDepartmentId?: number | null
  leadingGroup?: MemberValue[]
}
const S = ORG.unit
const shape = unitInputSchema.shape
const FIELDS = ['name', 'creditCode', 'unitType', 'supervisor', 'contactName', 'contactPhone', 'officeName', 'officeDepartmentId', 'leadingGroup']

const creditCodeRule = {
  validator: async (_: unknown, value: string | undefined) => {
    const r = validateCreditCode(value ?? '')
    if (!r.ok) throw new Error(r.message)
  },
}

function toValues(u: Unit): Values {
  return {
    ...u,
    leadingGroup: u.leadingGroup.map((m) => ({ personId: m.personId, groupRole: m.groupRole })),
  }
}

function toInput(v: Values): UnitInput {
  return {
    name: v.name ?? '',
    creditCode: v.creditCode ?? '',
    unitType: v.unitType as UnitType,
    supervisor: v.supervisor ?? '',
    contactName: v.contactName ?? '',
    contactPhone: v.contactPhone ?? '',
    officeName: v.officeName ?? '',
    officeDepartmentId: v.officeDepartmentId ?? null,
    leadingGroup: (v.leadingGroup ?? []).map((m) => ({ personId: m.personId ?? 0, groupRole: m.groupRole ?? 'member' })),
  }
}

/** 单位概况: the unit profile, its 领导小组 and 办事机构. One 保存 button; Ctrl+S saves too. */
export function UnitProfileForm() {
  const [form] = Form.useForm<Values>()
  const { message } = App.useApp()
  const { refreshUnit } = useWorkspace()
  const [loaded, setLoaded] = useState(false)
  const [unit, setUnit] = useState<Unit | null>(null)
  const [departments, setDepartments] = useState<Department[]>([])
  const [persons, setPersons] = useState<Person[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    void Promise.all([api.invoke('unit:get'), api.invoke('department:list', {}), api.invoke('person:list', {})]).then(([u, d, p]) => {
      if (!live) return
      const bad = [u, d, p].find((r) => !r.ok)
      setLoadError(bad && !bad.ok ? bad.message : null)
      if (d.ok) setDepartments(d.value)
      if (p.ok) setPersons(p.value)
      if (u.ok) {
        setUnit(u.value)
        setLoaded(true)
      }
    })
    return () => {
      live = false
    }
  }, [version])

  // The Form mounts once `loaded` is set; fill it afterwards.
  useEffect(() => {
    if (loaded && unit) form.setFieldsValue(toValues(unit))
  }, [loaded, unit, form])

  const save = async () => {
    if (saving) return
    let values: Values
    try {
      values = await form.validateFields()
    } catch (e) {
      const first = (e as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0]
      if (first) form.scrollToField(first.name)
      return
    }
    setSaving(true)
    try {
      const r = await api.invoke('unit:save', toInput(values))
      if (!r.ok) {
        if (!applyServerError(form, r, FIELDS)) void message.error(r.message)
        return
      }
      setUnit(r.value)
      void message.success(ORG.common.saved)
      refreshUnit()
    } finally {
      setSaving(false)
    }
  }

  useSaveShortcut(() => void save(), loaded)

  if (!loaded) {
    return loadError ? (
      <Alert type="error" showIcon title={ORG.common.loadFailed} description={loadError} action={<Button onClick={() => setVersion((v) => v + 1)}>{ORG.common.retry}</Button>} />
    ) : (
      <Skeleton active paragraph={{ rows: 8 }} />
    )
  }

  return (
    <Form<Values>
      form={form}
      name="unit"
      layout="vertical"
      onValuesChange={(changed: Values) => {
        // Validated on blur; once it shows an error, re-check while the user corrects it.
        for (const f of ['creditCode', 'contactPhone'] as const) {
          if (f in changed && form.getFieldError(f).length > 0) void form.validateFields([f])
        }
      }}
      data-testid="unit-form"
    >
      {!unit && <Alert type="info" showIcon title={S.notConfigured} style={{ marginBottom: 16 }} data-testid="unit-not-configured" />}
      {loadError && <Alert type="warning" showIcon title={loadError} style={{ marginBottom: 16 }} />}
      <Card title={S.cardBasic}>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item label={S.name} name="name" required rules={[zodRule(shape.name, '')]}>
              <Input placeholder={S.namePh} maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={S.creditCode} name="creditCode" required rules={[creditCodeRule]} validateTrigger="onBlur">
              <Input placeholder={S.creditCodePh} maxLength={24} className="mono-input" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={S.unitType} name="unitType" required rules={[zodRule(shape.unitType)]}>
              <Select placeholder={S.unitTypePh} options={UNIT_TYPES.map((t) => ({ value: t, label: t }))} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={S.supervisor} name="supervisor" rules={[zodRule(shape.supervisor, '')]}>
              <Input placeholder={S.supervisorPh} maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={S.contactName} name="contactName" rules={[zodRule(shape.contactName, '')]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item label={S.contactPhone} name="contactPhone" rules={[zodRule(shape.contactPhone, '')]} validateTrigger="onBlur">
              <Input placeholder={S.contactPhonePh} maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={S.cardGroup} style={{ marginTop: 16 }}>
        <Row gutter={24}>
          <Col xs={24} lg={14}>
            <Form.Item label={S.officeName} name="officeName" rules={[zodRule(shape.officeName, '')]}>
              {/* a sentence, not a name: “领导小组办公室设在纪检组，由纪检组组长兼任办公室主任……” */}
              <Input.TextArea placeholder={S.officeNamePh} maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={10}>
            <Form.Item label={S.officeDepartment} name="officeDepartmentId">
              <Select
                allowClear={CLEARABLE}
                placeholder={S.officeDepartmentPh}
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={S.leadingGroup} tooltip={S.leadingGroupHelp} style={{ marginBottom: 0 }}>
          <LeadingGroupEditor form={form} persons={persons} />
        </Form.Item>
      </Card>
      <div className="form-savebar">
        {unit && <span className="form-savebar-hint" data-testid="unit-updated-at">{S.lastSaved(dayjs(unit.updatedAt).format('YYYY-MM-DD HH:mm'))}</span>}
        <span className="form-savebar-hint">{ORG.common.saveShortcut}</span>
        <Button type="primary" onClick={() => void save()} loading={saving}>
          {ORG.common.save}
        </Button>
      </div>
    </Form>
  )
}
