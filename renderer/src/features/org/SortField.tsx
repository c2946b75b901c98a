import { Form, InputNumber } from 'antd'
import type { z } from 'zod'
import { zodRule } from '../../lib/form-rules'
import { ORG } from './org.strings'

/** 排序号 of departments, posts and persons: 0–9999, checked by the entity's own schema. */
export function SortField({ schema }: { schema: z.ZodType }) {
  return (
    <Form.Item label={ORG.common.sort} name="sort" tooltip={ORG.common.sortHelp} rules={[zodRule(schema, 0)]}>
      <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  )
}
