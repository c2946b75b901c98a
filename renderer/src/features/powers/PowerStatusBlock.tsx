import { ArrowUpOutlined, PlusOutlined } from '@ant-design/icons'
import type { PowerDetail, PowerStatus } from '@shared/domain/power.schema'
import { Button, Descriptions, Space, Tooltip } from 'antd'
import { StatusTag } from './PowersTable'
import { POWERS } from './powers.strings'

const D = POWERS.drawer
const N = POWERS.common.none

interface Props {
  detail: PowerDetail
  /** unsaved edits: status changes wait until they are saved */
  dirty: boolean
  onStatus(status: PowerStatus): void
  onOpen(id: number): void
  onAddChild(): void
}

/** Read-only 确权 status with its actions, and the 主项 / 子项 links. */
export function PowerStatusBlock({ detail, dirty, onStatus, onOpen, onAddChild }: Props) {
  const S = D.status
  const actions: { status: PowerStatus; text: string; primary?: boolean }[] = [
    ...(detail.status !== 'confirmed' ? [{ status: 'confirmed' as const, text: S.confirm, primary: true }] : []),
    ...(detail.status !== 'cancelled' ? [{ status: 'cancelled' as const, text: S.cancel }] : []),
    ...(detail.status !== 'pending' ? [{ status: 'pending' as const, text: S.restore }] : []),
  ]
  return (
    <div className="power-status-block" data-testid="power-status-block">
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'status', label: S.current, children: <span data-testid="power-status"><StatusTag status={detail.status} /></span> },
          { key: 'date', label: S.date, children: detail.statusDate ?? N },
          { key: 'reason', label: S.reason, children: detail.statusReason || N },
        ]}
      />
      <Space size={8} className="power-status-actions">
        {actions.map((a) => (
          <Tooltip key={a.status} title={dirty ? D.saveFirst : undefined}>
            <Button size="small" type={a.primary ? 'primary' : 'default'} disabled={dirty} onClick={() => onStatus(a.status)}>
              {a.text}
            </Button>
          </Tooltip>
        ))}
      </Space>
      <div className="power-family" data-testid="power-family">
        {detail.parent ? (
          <div>
            <span className="power-family-label">{D.family.parent}：</span>
            <Button type="link" size="small" icon={<ArrowUpOutlined aria-hidden />} onClick={() => onOpen(detail.parent!.id)}>
              {detail.parent.code} {detail.parent.name}
            </Button>
          </div>
        ) : detail.children.length > 0 ? (
          <div>
            <div className="power-family-label">{D.family.children(detail.children.length)}：</div>
            <ul className="power-children">
              {detail.children.map((c) => (
                <li key={c.id}>
                  <Button type="link" size="small" onClick={() => onOpen(c.id)}>
                    <span className="power-code">{c.code}</span> {c.name}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <div className="cell-muted">{D.family.noChildren}</div>
        )}
        {!detail.parent && (
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={onAddChild} className="power-add-child">
            {D.family.addChild}
          </Button>
        )}
      </div>
    </div>
  )
}
