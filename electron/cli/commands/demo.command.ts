import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createDemoWorkspace, isWorkspaceEmpty, removeWorkspace } from '../../core/demo/demo.service'
import { parseCommandArgs, requiredOption } from '../args.parser'
import { CliError } from '../cli-error'
import type { CliCommand } from '../cli-command'
import { formatTable } from '../table.format'
import { openCliCore, workspacePath } from '../workspace.opener'

const usage = 'demo --data-dir 目录 [--force] [--json]'

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '在指定目录创建演示工作区（某市交通运输局）',
  usage,
  details: [
    '通过程序的正式接口逐条录入演示数据（全部校验、全部记入操作日志）：',
    '单位概况、内设机构、岗位（含重点岗位）、人员、A/B岗配置、领导小组和办事机构，',
    '以及交通运输局的典型职权清单（含承办机构、责任岗位、分管领导，多数已确权，一项已取消）。',
    '',
    '  --data-dir 目录   工作区所在目录（必填；不存在时自动创建）',
    '  --force           目录中已有数据时，先删除该目录中的工作区文件再重建（不可恢复）',
    '  --json            以一个 JSON 对象输出结果',
  ].join('\n'),

  async run(args) {
    const v = parseCommandArgs(usage, args, {
      'data-dir': { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    })
    const dataDir = resolve(requiredOption(v['data-dir'], 'data-dir', usage))
    const dbPath = workspacePath(dataDir)
    const say = (line: string) => (v.json ? undefined : console.log(line))

    let fresh = !existsSync(dbPath)
    if (!fresh && v.force) {
      try {
        removeWorkspace(dataDir)
      } catch (e) {
        throw new CliError(`无法删除原有工作区文件 ${dbPath}（${(e as Error).message}）。请关闭正在使用它的程序后重试。`)
      }
      say(`已删除原有工作区文件：${dbPath}`)
      fresh = true
    }

    const core = openCliCore(dataDir)
    let summary
    try {
      if (!(await isWorkspaceEmpty(core))) {
        const unit = await core.call('unit:get')
        const what = unit ? `单位“${unit.name}”的数据` : '数据'
        throw new CliError(
          `目录 ${dataDir} 中的工作区已有${what}，没有写入演示数据。\n` +
            '如确需用演示数据覆盖，请加 --force（将删除该工作区文件后重建，原数据不可恢复）。',
        )
      }
      summary = await createDemoWorkspace(core)
    } catch (e) {
      core.close()
      // A half-built demo in a workspace we just created helps nobody: remove it.
      if (fresh && !(e instanceof CliError)) removeWorkspace(dataDir)
      throw e
    }
    core.close()

    if (v.json) {
      console.log(JSON.stringify({ dataDir, ...summary }))
      return
    }
    console.log(`已创建演示工作区：${summary.unitName}`)
    console.log(`工作区文件：${dbPath}\n`)
    console.log(
      formatTable(
        ['项目', '数量'],
        [
          ['内设机构', summary.departments],
          ['岗位', summary.posts],
          ['其中重点岗位', summary.keyPosts],
          ['人员', summary.persons],
          ['A/B岗配置（人次）', summary.assignments],
          ['领导小组成员', summary.leadingGroupMembers],
          ['职权', summary.powers.powers],
          ['  其中已确权', summary.powers.confirmed],
          ['  其中已取消', summary.powers.cancelled],
          ['权力运行流程图', summary.flowcharts.charts],
        ],
        ['left', 'right'],
      ),
    )
  },
}
