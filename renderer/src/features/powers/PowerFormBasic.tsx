import { powerCodeSchema, powerInputSchema, type PowerType } from '@shared/domain/power.schema'
import { AutoComplete, Col, Form, Input, Row, Select } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import { zodRule } from '../../lib/form-rules'
import type { PostOption } from './power-form'
import { POWERS } from './powers.strings'

const F = POWERS.form
const shape = powerInputSchema.shape

export interface PowerFormRefs {
  types: PowerType[]
  departmentOptions: { value: number; label: string }[]
  postOptions: { label: string; title: string; options: PostOption[] }[]
  personOptions: { value: number; label: string }[]
  parentOptions: { value: number; label: string }[]
}

/** Renders a grouped post option by its short name (the tag keeps “机构·岗位”). */
export const renderPostOption = (o: { data: { short?: string; label?: React.ReactNode } }) => o.data.short ?? o.data.label

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="power-section">
      <h4 className="power-section-title">{title}</h4>
      {children}
    </section>
  )
}

/** 基本信息: code, name, parent, type, basis, subject, department, posts, target, 行使层级. */
export function PowerFormBasic({ refs, hasChildren }: { refs: PowerFormRefs; hasChildren: boolean }) {
  return (
    <Section title={POWERS.drawer.sections.basic}>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={F.code} name="code" required rules={[zodRule(powerCodeSchema, '')]}>
            <Input placeholder={F.codePh} maxLength={64} className="mono-input" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item label={F.name} name="name" required rules={[zodRule(shape.name, '')]}>
            <Input placeholder={F.namePh} maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label={F.parent} name="parentId" extra={hasChildren ? F.parentDisabled : F.parentHelp}>
            <Select
              allowClear={CLEARABLE}
              disabled={hasChildren}
              placeholder={F.parentPh}
              options={refs.parentOptions}
              showSearch={{ optionFilterProp: 'label' }}
              virtual
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.type} name="typeId" required rules={[zodRule(shape.typeId)]}>
            <Select
              placeholder={F.typePh}
              options={refs.types.map((t) => ({ value: t.id, label: t.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={F.basis} name="basis" rules={[zodRule(shape.basis, '')]}>
        <Input.TextArea placeholder={F.basisPh} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={F.subject} name="subject" rules={[zodRule(shape.subject, '')]}>
            <Input placeholder={F.subjectPh} maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={F.department} name="departmentId">
            <Select
              allowClear={CLEARABLE}
              placeholder={F.departmentPh}
              options={refs.departmentOptions}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={F.posts} name="postIds" rules={[zodRule(shape.postIds, [])]}>
        <Select
          mode="multiple"
          allowClear={CLEARABLE}
          placeholder={F.postsPh}
          options={refs.postOptions}
          optionRender={renderPostOption}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label={F.target} name="target" rules={[zodRule(shape.target, '')]}>
            <Input placeholder={F.targetPh} maxLength={1000} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.exerciseLevel} name="exerciseLevel" rules={[zodRule(shape.exerciseLevel, '')]}>
            <AutoComplete
              placeholder={F.exerciseLevelPh}
              maxLength={100}
              options={F.exerciseLevelOptions.map((value) => ({ value }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Section>
  )
}
