import type { DashboardStats } from '@shared/contract'
import { Alert, Button, Card, Col, Row, Statistic } from 'antd'
import { useNavigate } from 'react-router'
import { DASH } from './dashboard.strings'

/** Key posts and how many still lack an A岗 or B岗 holder (SPEC §2 step 0 and 六·控权). */
export function AbCoverageCard({ stats }: { stats: DashboardStats }) {
  const navigate = useNavigate()
  const A = DASH.ab
  const missing = stats.keyPostsWithoutA + stats.keyPostsWithoutB
  const warn = (n: number) => (n > 0 ? { content: { color: '#d46b08' } } : undefined)
  return (
    <Card
      title={A.title}
      className="fill-card"
      extra={
        stats.keyPosts > 0 && (
          <Button type="link" onClick={() => navigate('/org?tab=posts&missing=ab')}>
            {A.action}
          </Button>
        )
      }
    >
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={A.keyPosts} value={stats.keyPosts} formatter={(v) => <span data-testid="stat-key-posts-total">{v}</span>} />
        </Col>
        <Col span={8}>
          <Statistic
            title={A.withoutA}
            value={stats.keyPostsWithoutA}
            styles={warn(stats.keyPostsWithoutA)}
            formatter={(v) => <span data-testid="stat-key-posts-without-a">{v}</span>}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={A.withoutB}
            value={stats.keyPostsWithoutB}
            styles={warn(stats.keyPostsWithoutB)}
            formatter={(v) => <span data-testid="stat-key-posts-without-b">{v}</span>}
          />
        </Col>
      </Row>
      <Alert
        style={{ marginTop: 16 }}
        showIcon
        type={stats.keyPosts === 0 ? 'info' : missing > 0 ? 'warning' : 'success'}
        title={stats.keyPosts === 0 ? A.noKey : missing > 0 ? A.missing : A.allSet}
      />
    </Card>
  )
}
