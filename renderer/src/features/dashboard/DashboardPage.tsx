import type { DashboardStats } from '@shared/contract'
import { Alert, Button, Card, Col, Empty, Row, Skeleton } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { PageHeader } from '../../app/PageHeader'
import { api } from '../../lib/api'
import { AbCoverageCard } from './AbCoverageCard'
import { DASH } from './dashboard.strings'
import { PowersCard } from './PowersCard'
import { StatCards } from './StatCards'
import { WorkflowOverview } from './WorkflowOverview'

/** 工作台: real counts from `dashboard:stats` and what to do next. */
export function DashboardPage() {
  const navigate = useNavigate()
  const [version, setVersion] = useState(0)
  const [stats, setStats] = useState<DashboardStats | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    void api.invoke('dashboard:stats').then((r) => {
      if (!live) return
      setStats(r.ok ? r.value : null)
      setError(r.ok ? null : r.message)
    })
    return () => {
      live = false
    }
  }, [version])
  const load = () => setVersion((v) => v + 1)

  return (
    <div data-testid="dashboard">
      <PageHeader
        title={DASH.title}
        subtitle={stats?.unitName ? DASH.subtitleUnit(stats.unitName) : DASH.subtitleNone}
      />
      {error && (
        <Alert
          type="error"
          showIcon
          title={DASH.loadFailed}
          description={error}
          action={<Button onClick={load}>{DASH.retry}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {!stats && !error && <Skeleton active paragraph={{ rows: 6 }} />}
      {stats && (
        <Row gutter={[16, 16]}>
          {!stats.unitConfigured && (
            <Col span={24}>
              <Card data-testid="dashboard-empty">
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <div className="dashboard-empty-text">
                      <div className="dashboard-empty-title">{DASH.emptyTitle}</div>
                      <div>{DASH.emptyText}</div>
                    </div>
                  }
                >
                  <Button type="primary" onClick={() => navigate('/org')}>
                    {DASH.emptyAction}
                  </Button>
                </Empty>
              </Card>
            </Col>
          )}
          <Col span={24}>
            <StatCards stats={stats} />
          </Col>
          <Col xs={24} lg={12}>
            <PowersCard stats={stats} />
          </Col>
          <Col xs={24} lg={12}>
            <AbCoverageCard stats={stats} />
          </Col>
          <Col span={24}>
            <WorkflowOverview stats={stats} />
          </Col>
        </Row>
      )}
    </div>
  )
}
