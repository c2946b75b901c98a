/**
 * 一·清权 at scale: a generated 5,000-row 权责清单 (主项 with 子项, long 依据 and 责任事项),
 * imported through the real handler, then the list, search and export cases. Targets from the
 * issue are printed beside the times; nothing asserts on them.
 */
import ExcelJS from 'exceljs'
import type { Core } from '../../core'
import { powerImportInputSchema } from '../../../shared/domain/power-import.schema'
import { importPowers } from '../../core/power/import/power-import.service'
import { importBaselineRows, importRatioNote, measureImportBaseline } from './import-ratio.bench'
import { medianOf, timeAsync } from './timing'

export interface BenchRow {
  item: string
  ms: number | null
  note: string
}

const TYPES = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '其他行政权力', '内部管理权']
const LAWS = ['《中华人民共和国道路运输条例》', '《中华人民共和国公路法》', '《公路安全保护条例》', '《中华人民共和国行政许可法》', '《中华人民共和国行政处罚法》']

/** A 权责清单 of `n` rows: every tenth 主项 carries three 子项; 承办机构 drawn from `departments`. */
export async function scalePowerWorkbook(n: number, departments: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('权责清单')
  ws.addRow(['某单位权责清单（规模测试）'])
  ws.addRow(['序号', '事项编码', '事项名称', '子项编码', '子项名称', '事项类型', '设定和实施依据', '承办机构', '责任事项', '追责情形', '法定时限', '承诺时限'])
  let row = 0
  for (let i = 0; row < n; i++) {
    const code = String(330000000000 + i * 1000)
    const type = TYPES[i % TYPES.length] ?? '其他行政权力'
    const basis = `${LAWS[i % LAWS.length]}第${(i % 80) + 1}条：从事相关经营活动应当依法取得许可，并遵守有关规定。`
    const dept = departments[i % departments.length] ?? ''
    const duties = '1.受理责任：公示依法应当提交的材料，一次性告知补正材料。\n2.审查责任：对申请材料进行审查，提出审查意见。\n3.决定责任：作出决定并说明理由。'
    ws.addRow([i + 1, code, `第${i + 1}项${type}事项`, '', '', type, basis, dept, duties, '不依法履行职责的；滥用职权、玩忽职守的。', '20', '10'])
    row++
    if (i % 10 === 0) {
      for (let c = 1; c <= 3 && row < n; c++, row++) {
        ws.addRow(['', code, `第${i + 1}项${type}事项`, String(Number(code) + c), `第${i + 1}项的第${c}个子项`, type, basis, dept, duties, '', '20', '10'])
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function benchPowers(core: Core, n: number, runs: number): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const departments = (await core.call('department:list')).map((d) => d.name)
  const gen = await timeAsync(() => scalePowerWorkbook(n, departments.length > 0 ? departments : ['办公室']))
  rows.push({ item: `生成${n}行权责清单（xlsx）`, ms: gen.ms, note: `${(gen.value.length / 1024).toFixed(0)} KB` })

  // The ratio of issue 7 is about the import pipeline itself (read → check → plan → write), run
  // in-process here; the same import through the job runner (a worker thread started from the
  // TypeScript sources under tsx, which the built app keeps warm) is timed on its own row.
  const input = { fileName: 'scale.xlsx', dataBase64: gen.value.toString('base64'), dryRun: false, createMissing: true }
  const dry = await timeAsync(() => core.invoke('power:import', { ...input, dryRun: true }))
  rows.push({
    item: `导入${n}行权责清单（后台任务，仅检查）`,
    ms: dry.value.ok ? dry.ms : null,
    note: dry.value.ok ? '经任务线程：含启动线程与加载依赖（源码运行经 tsx 编译；构建后的程序预先启动线程）' : `失败：${dry.value.message}`,
  })
  const imported = await timeAsync(async () => {
    try {
      return { ok: true as const, value: await importPowers(core.ws, powerImportInputSchema.parse(input), 'bench') }
    } catch (e) {
      return { ok: false as const, message: (e as Error).message }
    }
  })
  const r = imported.value
  const ok = r.ok && r.value.committed
  const baseline = await measureImportBaseline(gen.value)
  rows.push({
    item: `导入${n}行权责清单`,
    ms: ok ? imported.ms : null,
    note: ok ? `目标 < 5000 ms；新增 ${r.value.added} 项；${importRatioNote(imported.ms, baseline)}` : `失败：${r.ok ? '有错误行' : r.message}`,
  })
  rows.push(...importBaselineRows(baseline))
  const again = await timeAsync(() =>
    core.invoke('power:import', { fileName: 'scale.xlsx', dataBase64: gen.value.toString('base64'), dryRun: false }),
  )
  rows.push({ item: '重复导入同一文件', ms: again.ms, note: '无变化（全部比对）' })

  const typeIds = (await core.call('powerType:list')).slice(0, 2).map((t) => t.id)
  const cases: [string, unknown, string][] = [
    ['power:list（全部）', {}, '≤ 30 ms'],
    ['power:list（按类型+状态筛选）', { typeIds, status: 'pending' }, '< 50 ms'],
    ['power:list（全文检索“运输条例”）', { search: '运输条例' }, '< 50 ms'],
    ['power:list（全文检索“第1234项”）', { search: '第1234项' }, '< 50 ms'],
    ['power:list（短词“许可”）', { search: '许可' }, '< 50 ms'],
  ]
  for (const [item, input, target] of cases) {
    const m = await medianOf(runs, () => core.invoke('power:list', input))
    const total = m.value.ok ? (m.value.value as { total: number }).total : 0
    rows.push({ item, ms: m.ms, note: `目标 ${target}；${runs}次中位数，命中${total}项` })
  }
  for (const format of ['xlsx', 'docx'] as const) {
    const e = await timeAsync(() => core.invoke('power:export', { format }))
    const size = e.value.ok ? Math.round(((e.value.value as { dataBase64: string }).dataBase64.length * 3) / 4 / 1024) : 0
    rows.push({ item: `导出${n}项（${format}）`, ms: e.ms, note: e.value.ok ? `${size} KB` : `失败：${e.value.message}` })
  }
  return rows
}
