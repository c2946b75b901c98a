/**
 * Exports at the supported maximum (issue 7): a workspace of N powers (default 20,000, the export
 * limit), each format exported through the job runner in a fresh process; time and that process's
 * peak RSS (main thread + worker) are reported. Nothing asserts on them.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../../core'
import { MAX_EXPORT_POWERS } from '../../core/power/export/power-export-data'
import type { BenchRow } from './powers.bench'
import { seedPowers } from './power-seed'
import { timeSync } from './timing'

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export async function benchExportJobs(baseDir: string, n: number): Promise<BenchRow[]> {
  const dataDir = join(baseDir, `export-${n}`)
  mkdirSync(dataDir, { recursive: true })
  const core = openCore({ dataDir, mode: 'cli', backups: false })
  const seeded = timeSync(() => seedPowers(core.ws, n))
  core.close()
  const rows: BenchRow[] = [{ item: `写入${n}项职权（导出用）`, ms: seeded.ms, note: `导出上限 ${MAX_EXPORT_POWERS} 项` }]
  for (const format of ['xlsx', 'docx'] as const) {
    const probe = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'export-probe.ts'), dataDir, format], {
      encoding: 'utf8',
      timeout: 600_000,
    })
    if (probe.status !== 0) {
      rows.push({ item: `导出${n}项（${format}，后台任务）`, ms: null, note: `失败：${(probe.stderr || probe.error?.message || '').trim().slice(0, 120)}` })
      continue
    }
    const r = JSON.parse(probe.stdout) as { ms: number; cpuMs: number; bytes: number; maxRssBytes: number }
    rows.push({
      item: `导出${n}项（${format}，后台任务）`,
      ms: r.ms,
      note: `${(r.bytes / 1024).toFixed(0)} KB；CPU ${(r.cpuMs / 1000).toFixed(1)} s；独立进程峰值内存（RSS，含工作线程）${mb(r.maxRssBytes)}；目标 < 1 GB`,
    })
  }
  return rows
}
