import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Core } from '../../core'
import { findAppRoot } from '../../core/paths'
import { defaultRendererDir } from '../../host/server'
import { intOption, parseCommandArgs } from '../args.parser'
import { probeFirstPage } from '../bench/first-page.probe'
import { benchFlowcharts } from '../bench/flowchart.bench'
import { rendererRows } from '../bench/renderer.rows'
import { benchExportJobs } from '../bench/export-jobs.bench'
import { benchPowers } from '../bench/powers.bench'
import { generateScaleData } from '../bench/scale-data.generator'
import { formatMs, medianOf, timeSync } from '../bench/timing'
import type { CliCommand } from '../cli-command'
import { formatTable } from '../table.format'
import { openCliCore } from '../workspace.opener'

const usage = 'bench [--persons 200] [--departments 60] [--posts 400] [--powers 5000] [--charts 1000] [--export-powers 20000] [--runs 15] [--keep] [--json]'

type BenchRow = import('../bench/powers.bench').BenchRow

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The handler calls the benchmark times, as the renderer makes them. */
const CASES: { item: string; channel: string; input?: unknown }[] = [
  { item: 'department:list', channel: 'department:list' },
  { item: 'post:list', channel: 'post:list' },
  { item: 'post:list（仅重点岗位）', channel: 'post:list', input: { keyOnly: true } },
  { item: 'person:list', channel: 'person:list' },
  { item: 'person:list（搜索“张”）', channel: 'person:list', input: { search: '张' } },
  { item: 'dashboard:stats', channel: 'dashboard:stats' },
]

async function timeCases(core: Core, runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const c of CASES) {
    const r = await medianOf(runs, () => core.invoke(c.channel, c.input))
    if (!r.value.ok) {
      rows.push({ item: c.item, ms: null, note: `失败：${r.value.message}` })
      continue
    }
    const v = r.value.value
    rows.push({ item: c.item, ms: r.ms, note: `${runs}次中位数${Array.isArray(v) ? `，返回${v.length}条` : ''}` })
  }
  return rows
}

export const benchCommand: CliCommand = {
  name: 'bench',
  summary: '生成规模数据并计时，输出性能表（只报告，不判定）',
  usage,
  details: [
    '在临时目录生成规模工作区，计时：新建并迁移、重新打开、各列表接口（中位数）、工作台统计，',
    '以及浏览器模式下 Chromium 首屏显示“工作台”的时间（需已安装 chromium 并已 npm run build）。',
    '',
    '  --persons N       人员数（默认 200）',
    '  --departments N   内设机构数（默认 60）',
    '  --posts N         岗位数（默认 400）',
    '  --powers N        权责清单行数（默认 5000；导入、检索、导出计时）',
    '  --charts N        渲染为 PNG 的流程图张数（默认 1000；0 为跳过）',
    '  --export-powers N 导出规模测试的职权数（默认 20000，即导出上限；0 为跳过），在独立进程中计时并报告峰值内存',
    '  --runs N          每个接口计时次数，取中位数（默认 15）',
    '  --renderer-dir 目录  构建好的界面目录（默认 out/renderer）',
    '  --keep            保留生成的临时工作区并打印其路径',
    '  --json            以一个 JSON 对象输出',
  ].join('\n'),

  async run(args) {
    const v = parseCommandArgs(usage, args, {
      persons: { type: 'string' },
      departments: { type: 'string' },
      posts: { type: 'string' },
      powers: { type: 'string' },
      charts: { type: 'string' },
      'export-powers': { type: 'string' },
      runs: { type: 'string' },
      'renderer-dir': { type: 'string' },
      keep: { type: 'boolean' },
      json: { type: 'boolean' },
    })
    const scale = {
      persons: intOption(v.persons, 'persons', 200, 1, 100_000),
      departments: intOption(v.departments, 'departments', 60, 1, 10_000),
      posts: intOption(v.posts, 'posts', 400, 0, 200_000),
    }
    const runs = intOption(v.runs, 'runs', 15, 1, 1000)
    const powerRows = intOption(v.powers, 'powers', 5000, 0, 100_000)
    const exportPowers = intOption(v['export-powers'], 'export-powers', 20_000, 0, 100_000)
    const rendererDir = resolve(v['renderer-dir'] ?? defaultRendererDir(findAppRoot(__dirname)))
    const dataDir = mkdtempSync(join(tmpdir(), 'sunlight-bench-'))
    const rows: BenchRow[] = []
    let core: Core | undefined
    try {
      const created = timeSync(() => openCliCore(dataDir))
      rows.push({ item: '新建工作区并迁移', ms: created.ms, note: `数据版本 ${created.value.ws.schemaVersion}` })
      const gen = timeSync(() => generateScaleData(created.value.ws.db, scale))
      created.value.close()
      const g = gen.value
      rows.push({
        item: '生成规模数据（单事务）',
        ms: gen.ms,
        note: `${g.departments}个机构、${g.posts}个岗位（重点${g.keyPosts}）、${g.persons}人、${g.assignments}条A/B岗`,
      })

      const reopened = timeSync(() => openCliCore(dataDir))
      core = reopened.value
      rows.push({ item: '重新打开工作区', ms: reopened.ms, note: '含版本检查与迁移核对' })
      rows.push(...(await timeCases(core, runs)))
      if (powerRows > 0) rows.push(...(await benchPowers(core, powerRows, runs)))
      rows.push(...(await benchFlowcharts(core, rendererDir, { charts: intOption(v.charts, 'charts', 1000, 0, 100_000), runs })))
      if (exportPowers > 0) rows.push(...(await benchExportJobs(dataDir, exportPowers)))

      const probe = await probeFirstPage(core, rendererDir)
      if (probe.ok) {
        rows.push({ item: 'Chromium 启动', ms: probe.launchMs, note: '不计入首屏' })
        rows.push({ item: '浏览器首屏（Chromium）', ms: probe.firstPageMs, note: '打开地址至“工作台”可见；目标 ≤ 1000 ms' })
        rows.push({ item: '浏览器刷新', ms: probe.reloadMs, note: '刷新至“工作台”可见' })
        rows.push(...rendererRows(probe, rendererDir))
      } else {
        rows.push({ item: '浏览器首屏（Chromium）', ms: null, note: probe.reason })
      }
    } finally {
      core?.close()
      if (!v.keep) rmSync(dataDir, { recursive: true, force: true })
    }
    const mem = process.memoryUsage()
    rows.push({ item: '进程内存（RSS）', ms: null, note: `${mb(mem.rss)}（堆已用 ${mb(mem.heapUsed)}）` })

    if (v.json) {
      console.log(JSON.stringify({ scale, runs, rows, rssBytes: mem.rss, dataDir: v.keep ? dataDir : null }))
      return
    }
    console.log(`性能测试：${scale.departments}个机构 / ${scale.posts}个岗位 / ${scale.persons}名人员 / ${powerRows}行权责清单\n`)
    console.log(
      formatTable(
        ['项目', '耗时(ms)', '说明'],
        rows.map((r) => [r.item, r.ms === null ? '—' : formatMs(r.ms), r.note]),
        ['left', 'right', 'left'],
      ),
    )
    console.log(v.keep ? `\n已保留工作区：${dataDir}` : '\n临时工作区已删除（加 --keep 可保留）。')
  },
}
