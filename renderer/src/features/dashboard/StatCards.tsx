import type { DashboardStats } from '@shared/contract'
import { Card, Col, Row, Statistic } from 'antd'
import type { ReactNode } from 'react'
import { DASH } from './dashboard.strings'

function Stat({ title, value, testId, suffix, footer }: { title: string; value: number; testId: string; suffix: string; footer: ReactNode }) {
  return (
    <Card className="stat-card">
      <Statistic
        title={title}
        value={value}
        suffix={suffix}
        formatter={(v) => <span data-testid={testId}>{v}</span>}
      />
      <div className="stat-footer">{footer}</div>
    </Card>
  )
}

/** The four headline counts of the 单位与人员 step. */
export function StatCards({ stats }: { stats: DashboardStats }) {
  const S = DASH.stats
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} xl={6}>
        <Stat title={S.departments} value={stats.departments} testId="stat-departments" suffix={S.unitDept} footer={S.departmentsHint} />
      </Col>
      <Col xs={12} xl={6}>
        <Stat
          title={S.posts}
          value={stats.posts}
          testId="stat-posts"
          suffix={S.unitDept}
          footer={
            <>
              {S.keyPostsPrefix} <span data-testid="stat-key-posts">{stats.keyPosts}</span> {S.unitDept}
            </>
          }
        />
      </Col>
      <Col xs={12} xl={6}>
        <Stat
          title={S.persons}
          value={stats.persons}
          testId="stat-persons"
          suffix={S.unitPerson}
          footer={
            <>
              {S.activePrefix} <span data-testid="stat-active-persons">{stats.activePersons}</span> {S.unitPerson}
            </>
          }
        />
      </Col>
      <Col xs={12} xl={6}>
        <Stat
          title={S.leadingGroup}
          value={stats.leadingGroupMembers}
          testId="stat-leading-group"
          suffix={S.unitPerson}
          footer={S.leadingGroupHint}
        />
      </Col>
    </Row>
  )
}
