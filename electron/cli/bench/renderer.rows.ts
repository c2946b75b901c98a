/** The bench table rows of the renderer probe, with the targets of issue 6 beside the times. */
import { FIRST_SCREEN_BUDGET_BYTES, kB, measureFirstScreen } from './first-screen.budget'
import type { ProbeResult } from './first-page.probe'
import type { BenchRow } from './powers.bench'

export function rendererRows(probe: Extract<ProbeResult, { ok: true }>, rendererDir: string): BenchRow[] {
  const js = measureFirstScreen(rendererDir)
  const rows: BenchRow[] = [
    { item: '首屏 JS 体积', ms: null, note: `${kB(js.bytes)}（${js.scripts.length} 个文件；预算 ${kB(FIRST_SCREEN_BUDGET_BYTES)}）` },
  ]
  const list = probe.list
  if (!list) return [...rows, { item: '侧栏→权责清单', ms: null, note: '跳过（工作区没有职权，加 --powers N）' }]
  return [
    ...rows,
    { item: `侧栏→权责清单（${list.rows}项）`, ms: list.listMs, note: '点击“清权”至首行与“共 N 项”可见；目标 ≤ 300 ms' },
    {
      item: `输入检索词→筛选结果`,
      ms: list.searchMs,
      note: `“${list.searchTerm}”命中${list.searchHits}项，含输入停顿；目标 ≤ 300 ms`,
    },
  ]
}
