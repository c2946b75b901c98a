import { DISCLOSURE_ITEMS, DISCLOSURE_LABELS, powerInputSchema } from '@shared/domain/power.schema'
import { Col, Form, Input, Row, Select, Switch } from 'antd'
import { CLEARABLE } from '../../lib/a11y'
import { zodRule } from '../../lib/form-rules'
import { renderPostOption, Section, type PowerFormRefs } from './PowerFormBasic'
import { POWERS } from './powers.strings'

const F = POWERS.form
const shape = powerInputSchema.shape

/** 权力运行与监督: leader, decision / implementation posts, flags, and the 五公开 rows and 备注. */
export function PowerFormControl({ refs }: { refs: PowerFormRefs }) {
  const postSelect = (
    <Select
      allowClear={CLEARABLE}
      placeholder={F.postPh}
      options={refs.postOptions}
      optionRender={renderPostOption}
      showSearch={{ optionFilterProp: 'label' }}
    />
  )
  return (
    <>
      <Section title={POWERS.drawer.sections.control}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={F.leader} name="leaderPersonId">
              <Select allowClear={CLEARABLE} placeholder={F.leaderPh} options={refs.personOptions} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={F.decisionPost} name="decisionPostId">
              {postSelect}
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={F.implementationPost} name="implementationPostId">
              {postSelect}
            </Form.Item>
          </Col>
        </Row>
        <div className="power-form-help">{F.separationHelp}</div>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={F.projectApproval} name="isProjectApproval" valuePropName="checked">
              <Switch checkedChildren={F.yes} unCheckedChildren={F.no} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={F.highConcern} name="isHighConcern" valuePropName="checked">
              <Switch checkedChildren={F.yes} unCheckedChildren={F.no} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={F.remark} name="remark" rules={[zodRule(shape.remark, '')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Section>

      <Section title={POWERS.drawer.sections.disclosure}>
        <div className="power-disclosures">
          {DISCLOSURE_ITEMS.map((k) => (
            <div className="power-disclosure-row" key={k}>
              <Form.Item
                label={DISCLOSURE_LABELS[k]}
                name={['disclosures', k, 'disclosed']}
                valuePropName="checked"
                layout="horizontal"
                className="power-disclosure-switch"
              >
                <Switch checkedChildren={F.disclosed} unCheckedChildren={F.notDisclosed} />
              </Form.Item>
              <Form.Item
                name={['disclosures', k, 'medium']}
                className="power-disclosure-medium"
                rules={[zodRule(shape.disclosures.unwrap().shape[k].unwrap().shape.medium, '')]}
              >
                <Input placeholder={F.mediumPh} aria-label={F.mediumOf(DISCLOSURE_LABELS[k])} maxLength={200} />
              </Form.Item>
            </div>
          ))}
        </div>
      </Section>
    </>
  )
}
