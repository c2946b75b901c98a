import type { DashboardStats } from '@shared/contract'
import { Alert, Button, Card, Steps } from 'antd'
import { useNavigate } from 'react-router'
import { SECTIONS } from '../../app/nav.strings'
import { DASH } from './dashboard.strings'

/** The workflow at a glance: 单位与人员 has a real status, later steps say they are not open yet. */
export function WorkflowOverview({ stats }: { stats: DashboardStats }) {
  const navigate = useNavigate()
  const S = DASH.steps
  const missing = [
    !stats.unitConfigured && S.partUnit,
    stats.departments === 0 && S.partDept,
    stats.posts === 0 && S.partPost,
    stats.persons === 0 && S.partPerson,
  ].filter((x): x is string => typeof x === 'string')
  const orgDone = missing.length === 0

  const { total: powers, pending } = stats.powers
  const powersStep = {
    status: powers === 0 ? ('wait' as const) : pending > 0 ? ('process' as const) : ('finish' as const),
    content: (
      <span data-testid="step-powers-status">
        {powers === 0 ? S.powersNone : pending > 0 ? S.powersPending(pending) : S.powersDone}
      </span>
    ),
  }

  const steps = SECTIONS.filter((s) => s.path !== '/' && s.path !== '/settings')
  const items = steps.map((s) =>
    s.path === '/org'
      ? {
          key: s.path,
          title: s.label,
          status: orgDone ? ('finish' as const) : ('process' as const),
          content: <span data-testid="step-org-status">{orgDone ? S.done : S.todo}</span>,
          onClick: () => navigate('/org'),
        }
      : s.path === '/powers'
        ? { key: s.path, title: s.label, ...powersStep, onClick: () => navigate('/powers') }
        : { key: s.path, title: s.label, status: 'wait' as const, content: S.soon, onClick: () => navigate(s.path) },
  )

  return (
    <Card title={S.title} data-testid="workflow-overview">
      <Steps size="small" titlePlacement="vertical" current={0} items={items} className="workflow-steps" />
      {!orgDone && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 20 }}
          title={<span data-testid="org-missing">{S.orgMissing(missing)}</span>}
          action={
            <Button size="small" type="primary" onClick={() => navigate('/org')}>
              {S.goOrg}
            </Button>
          }
        />
      )}
    </Card>
  )
}
