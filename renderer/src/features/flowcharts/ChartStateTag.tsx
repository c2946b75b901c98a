import { CHART_STATE_LABELS, type ChartState } from '@shared/domain/flowchart.schema'
import { Tag } from 'antd'

const COLORS: Record<ChartState, string> = { empty: 'default', invalid: 'error', complete: 'success' }

export function ChartStateTag({ state }: { state: ChartState }) {
  return (
    <Tag color={COLORS[state]} data-testid="chart-state">
      {CHART_STATE_LABELS[state]}
    </Tag>
  )
}
