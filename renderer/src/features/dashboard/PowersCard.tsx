import type { DashboardStats } from '@shared/contract'
import { Alert, Button, Card, Col, Progress, Row, Statistic } from 'antd'
import { useNavigate } from 'react-router'
import { DASH } from './dashboard.strings'

/** 一·清权 at a glance: how many powers are still 待确权 (issue 3), with a way into the list. */
export function PowersCard({ stats }: { stats: DashboardStats }) {
  const navigate = useNavigate()
  const P = DASH.powers
  const { total, pending, confirmed, cancelled } = stats.powers
  const done = total === 0 ? 0 : Math.round(((confirmed + cancelled) / total) * 100)
  const stat = (title: string, value: number, testId: string, color?: string) => (
    <Statistic
      title={title}
      value={value}
      styles={color ? { content: { color } } : undefined}
      formatter={(v) => <span data-testid={testId}>{v}</span>}
    />
  )
  return (
    <Card
      title={P.title}
      className="fill-card"
      data-testid="dashboard-powers"
      extra={
        <Button type="link" onClick={() => navigate('/powers')}>
          {P.action}
        </Button>
      }
    >
      <Row gutter={16}>
        <Col span={6}>{stat(P.total, total, 'stat-powers-total')}</Col>
        <Col span={6}>{stat(P.pending, pending, 'stat-powers-pending', pending > 0 ? '#d46b08' : undefined)}</Col>
        <Col span={6}>{stat(P.confirmed, confirmed, 'stat-powers-confirmed', confirmed > 0 ? '#389e0d' : undefined)}</Col>
        <Col span={6}>{stat(P.cancelled, cancelled, 'stat-powers-cancelled')}</Col>
      </Row>
      {total > 0 && (
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 12 }}>
          <span style={{ flex: 'none', color: 'rgba(0, 0, 0, 0.55)' }}>{P.progress}</span>
          <Progress percent={done} size="small" status={pending === 0 ? 'success' : 'active'} />
        </div>
      )}
      <Alert
        style={{ marginTop: 12 }}
        showIcon
        type={total === 0 ? 'info' : pending > 0 ? 'warning' : 'success'}
        title={total === 0 ? P.empty : pending > 0 ? P.pendingLeft(pending) : P.allDone}
      />
    </Card>
  )
}
