import type { FlowCheck } from '@shared/domain/flowchart.schema'
import { Alert, Space, Typography } from 'antd'
import { FC } from '../flowcharts.strings'

const E = FC.editor

/** The shared checks, live: what is wrong, and the time-limit sum against the power's limit. */
export function ChecksPanel({ check }: { check: FlowCheck }) {
  return (
    <div data-testid="fc-checks">
      <Typography.Title level={5}>{E.checks}</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
        {check.state === 'empty' && <Alert type="info" showIcon title={E.checksEmpty} />}
        {check.state === 'complete' && !check.issues.length && <Alert type="success" showIcon title={E.checksOk} />}
        {check.issues.map((i) => (
          <Alert key={i.code} type={i.severity === 'error' ? 'error' : 'warning'} showIcon title={i.message} />
        ))}
        {check.state !== 'empty' && <Typography.Text type="secondary">{E.totalDays(check.totalDays, check.limitDays)}</Typography.Text>}
      </Space>
    </div>
  )
}
