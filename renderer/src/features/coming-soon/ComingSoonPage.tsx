import { ClockCircleOutlined } from '@ant-design/icons'
import { Button, Card, Result, Space, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { COMING_SOON, type Section } from '../../app/nav.strings'

/** An honest placeholder for a workflow step whose feature has not been built yet. */
export function ComingSoonPage({ section }: { section: Section }) {
  const navigate = useNavigate()
  return (
    <Card data-testid="coming-soon">
      <Result
        icon={<ClockCircleOutlined style={{ color: '#8c9bb0' }} />}
        title={COMING_SOON.title(section.label)}
        subTitle={
          <div className="coming-soon-text">
            <Typography.Paragraph type="secondary">{COMING_SOON.lead}</Typography.Paragraph>
            <Typography.Paragraph>{section.comingSoon}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{COMING_SOON.nowHint}</Typography.Paragraph>
          </div>
        }
        extra={
          <Space>
            <Button type="primary" onClick={() => navigate('/org')}>
              {COMING_SOON.goOrg}
            </Button>
            <Button onClick={() => navigate('/')}>{COMING_SOON.goHome}</Button>
          </Space>
        }
      />
    </Card>
  )
}
