import { Typography } from 'antd'
import type { ReactNode } from 'react'

/** The title row every page starts with; `extra` sits on the right. */
export function PageHeader({ title, subtitle, extra }: { title: string; subtitle?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-head">
      <div>
        <Typography.Title level={3} className="page-title">
          {title}
        </Typography.Title>
        {subtitle && <div className="page-subtitle">{subtitle}</div>}
      </div>
      {extra && <div>{extra}</div>}
    </div>
  )
}
