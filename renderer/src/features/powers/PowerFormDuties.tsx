import { DISCRETION_LABELS, DISCRETIONS, powerInputSchema } from '@shared/domain/power.schema'
import { Col, Form, Input, InputNumber, Radio, Row } from 'antd'
import { zodRule } from '../../lib/form-rules'
import { Section } from './PowerFormBasic'
import { POWERS } from './powers.strings'

const F = POWERS.form
const shape = powerInputSchema.shape

/** 责任与时限: duties, accountability, time limits, fees, phone, discretion, frequency. */
export function PowerFormDuties() {
  return (
    <Section title={POWERS.drawer.sections.duties}>
      <Form.Item label={F.duties} name="duties" rules={[zodRule(shape.duties, '')]}>
        <Input.TextArea placeholder={F.dutiesPh} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
      <Form.Item label={F.accountability} name="accountability" rules={[zodRule(shape.accountability, '')]}>
        <Input.TextArea placeholder={F.accountabilityPh} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={F.legalLimit} name="legalLimit" rules={[zodRule(shape.legalLimit, '')]} extra={F.limitPh}>
            <Input placeholder={F.limitPh} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.promisedLimit} name="promisedLimit" rules={[zodRule(shape.promisedLimit, '')]} extra={F.limitPh}>
            <Input placeholder={F.limitPh} maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.annualFrequency} name="annualFrequency" rules={[zodRule(shape.annualFrequency, null)]}>
            <InputNumber
              min={0}
              max={10_000_000}
              precision={0}
              placeholder={F.annualFrequencyPh}
              suffix={F.annualFrequencyUnit}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label={F.feeBasis} name="feeBasis" rules={[zodRule(shape.feeBasis, '')]}>
            <Input placeholder={F.feeBasisPh} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.supervisionPhone} name="supervisionPhone" rules={[zodRule(shape.supervisionPhone, '')]}>
            <Input placeholder={F.supervisionPhonePh} maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={F.discretion} name="discretion">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={DISCRETIONS.map((d) => ({ value: d, label: DISCRETION_LABELS[d] }))}
        />
      </Form.Item>
      <Form.Item label={F.discretionText} name="discretionText" rules={[zodRule(shape.discretionText, '')]}>
        <Input.TextArea placeholder={F.discretionTextPh} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </Section>
  )
}
