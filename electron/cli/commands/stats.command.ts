import { resolve } from 'node:path'
import type { DashboardStats } from '../../../shared/contract'
import type { FlowchartRow } from '../../../shared/domain/flowchart.schema'
import type { PowerType } from '../../../shared/domain/power.schema'
import { defaultDataDir } from '../../core/paths'
import { parseCommandArgs } from '../args.parser'
import type { CliCommand } from '../cli-command'
import { formatTable } from '../table.format'
import { openExistingCliCore, workspacePath } from '../workspace.opener'

const usage = 'stats [--data-dir 目录] [--json]'

/**
 * The machine-readable counts: everything the 工作台 counts, so the keys grow with each issue
 * (departments, posts, persons here; powers, riskPoints… later).
 */
export function statsJson(s: DashboardStats, types: PowerType[], flowcharts: FlowchartCounts) {
  const { unitConfigured: _unitConfigured, powers, ...counts } = s
  return {
    ...counts,
    powers: {
      total: powers.total,
      byType: Object.fromEntries(types.filter((t) => t.powerCount > 0).map((t) => [t.name, t.powerCount])),
      confirmed: powers.confirmed,
      pending: powers.pending,
      cancelled: powers.cancelled,
    },
    flowcharts,
  }
}

/** Charts drawn (not 未绘制) and how many of them 有问题, from the same checks the editor shows. */
export type FlowchartCounts = { total: number; invalid: number }
export const countFlowcharts = (rows: readonly FlowchartRow[]): FlowchartCounts => ({
  total: rows.filter((r) => r.state !== 'empty').length,
  invalid: rows.filter((r) => r.state === 'invalid').length,
})

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: '统计工作区中的机构、岗位、人员、职权等数量',
  usage,
  details: [
    '只读打开已有的工作区：不会新建、升级、备份或修改它。',
    '',
    '  --data-dir 目录   工作区所在目录（默认为本机默认工作区目录）',
    '  --json            以一个 JSON 对象输出，便于脚本处理',
  ].join('\n'),

  async run(args) {
    const v = parseCommandArgs(usage, args, { 'data-dir': { type: 'string' }, json: { type: 'boolean' } })
    const dataDir = resolve(v['data-dir'] ?? defaultDataDir())
    const core = openExistingCliCore(dataDir)
    let s: DashboardStats
    let types: PowerType[]
    let flowcharts: FlowchartCounts
    try {
      s = await core.call('dashboard:stats')
      types = await core.call('powerType:list')
      flowcharts = countFlowcharts(await core.call('flowchart:list'))
    } finally {
      core.close()
    }
    if (v.json) {
      console.log(JSON.stringify(statsJson(s, types, flowcharts)))
      return
    }
    console.log(`工作区：${workspacePath(dataDir)}`)
    console.log(`单位：${s.unitName ?? '（尚未填写单位概况）'}\n`)
    console.log(
      formatTable(
        ['项目', '数量'],
        [
          ['内设机构', s.departments],
          ['岗位', s.posts],
          ['  其中重点岗位', s.keyPosts],
          ['  重点岗位未配A岗', s.keyPostsWithoutA],
          ['  重点岗位未配B岗', s.keyPostsWithoutB],
          ['人员', s.persons],
          ['  其中在岗', s.activePersons],
          ['领导小组成员', s.leadingGroupMembers],
          ['职权', s.powers.total],
          ...types.filter((t) => t.powerCount > 0).map((t): [string, number] => [`  ${t.name}`, t.powerCount]),
          ['  待确权', s.powers.pending],
          ['  已确权', s.powers.confirmed],
          ['  已取消', s.powers.cancelled],
          ['权力运行流程图（已绘制）', flowcharts.total],
          ['  有问题', flowcharts.invalid],
        ],
        ['left', 'right'],
      ),
    )
  },
}
