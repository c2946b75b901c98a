import { AppstoreAddOutlined, EditOutlined, FileExcelOutlined } from '@ant-design/icons'
import { Button, Card, Col, Row, Typography } from 'antd'
import type { ReactNode } from 'react'
import { POWERS } from './powers.strings'

const S = POWERS.empty

function Way({ icon, title, text, action }: { icon: ReactNode; title: string; text: string; action: ReactNode }) {
  return (
    <Card className="powers-way" variant="outlined">
      <div className="powers-way-icon">{icon}</div>
      <div className="powers-way-title">{title}</div>
      <div className="powers-way-text">{text}</div>
      {action}
    </Card>
  )
}

interface Props {
  onImport(): void
  onTemplate(): void
  onAdd(): void
}

/** No powers yet: the three ways to start the inventory. */
export function PowersEmpty({ onImport, onTemplate, onAdd }: Props) {
  return (
    <Card data-testid="powers-empty" className="powers-empty">
      <Typography.Title level={4} className="powers-empty-title">
        {S.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="powers-empty-text">
        {S.text}
      </Typography.Paragraph>
      <Row gutter={[20, 20]} className="powers-ways">
        <Col xs={24} lg={8}>
          <Way
            icon={<FileExcelOutlined aria-hidden style={{ color: '#389e0d' }} />}
            title={S.importTitle}
            text={S.importText}
            action={
              <Button type="primary" onClick={onImport}>
                {POWERS.actions.import}
              </Button>
            }
          />
        </Col>
        <Col xs={24} lg={8}>
          <Way
            icon={<AppstoreAddOutlined aria-hidden style={{ color: '#1d4f91' }} />}
            title={S.templateTitle}
            text={S.templateText}
            action={<Button onClick={onTemplate}>{POWERS.actions.fromTemplate}</Button>}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Way
            icon={<EditOutlined aria-hidden style={{ color: '#d46b08' }} />}
            title={S.manualTitle}
            text={S.manualText}
            action={<Button onClick={onAdd}>{S.manualAction}</Button>}
          />
        </Col>
      </Row>
    </Card>
  )
}
