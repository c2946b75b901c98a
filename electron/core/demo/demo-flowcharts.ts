/**
 * 二·查点 of the demo unit: every power that needs a chart gets one from the template suggested
 * for it, through the same handlers a user's click goes through. All of them pass the checks.
 */
import { suggestFlowTemplate } from '../flowchart/flowchart-template.repo'
import type { Core } from '../index'

export interface DemoFlowchartsSummary {
  charts: number
  invalid: number
}

export async function createDemoFlowcharts(core: Core): Promise<DemoFlowchartsSummary> {
  const templates = await core.call('flowchartTemplate:list')
  const rows = await core.call('flowchart:list')
  let invalid = 0
  for (const row of rows) {
    const template = suggestFlowTemplate(templates, { typeName: row.typeName, name: row.name })
    if (!template) continue
    const chart = await core.call('flowchart:applyTemplate', { powerId: row.powerId, templateId: template.id, baseVersion: 0 })
    if (chart.check.state !== 'complete') invalid++
  }
  return { charts: rows.length, invalid }
}
