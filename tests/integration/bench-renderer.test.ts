import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../electron/cli/bench/chromium'

const ROOT = resolve(__dirname, '..', '..')
const browser = findBrowser()
const built = existsSync(join(ROOT, 'out', 'renderer', 'index.html'))
const reason = !built ? 'out/renderer is not built (npm run build)' : !browser.ok ? browser.message : ''
if (reason) console.warn(`[bench-renderer] skipped: ${reason}`)

/**
 * The bench's renderer rows really drive the built UI in a browser: first screen, sidebar → power
 * list and search → filtered list come back as times (no target is asserted: bench only reports).
 */
describe.skipIf(reason !== '')('bench renderer probe', () => {
  it('times the first screen, the power list and a search at a small scale', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/index.ts', 'bench', '--persons', '20', '--departments', '4', '--posts', '20', '--powers', '80', '--charts', '0', '--export-powers', '0', '--runs', '1', '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 170_000, env: { ...process.env, NO_COLOR: '1' } },
    )
    expect(r.status, r.stderr).toBe(0)
    const rows = (JSON.parse(r.stdout) as { rows: { item: string; ms: number | null; note: string }[] }).rows
    const row = (item: string) => rows.find((x) => x.item === item)
    expect(row('浏览器首屏（Chromium）')?.ms, JSON.stringify(rows)).toBeTypeOf('number')
    // the flowchart rows add one power with a 60-step chart to the 80 generated ones
    expect(rows.find((x) => /^侧栏→权责清单（\d+项）$/.test(x.item))?.ms).toBeGreaterThan(0)
    const search = row('输入检索词→筛选结果')
    expect(search?.ms).toBeGreaterThan(0)
    expect(search?.note).toMatch(/命中[1-9]\d*项/)
    expect(row('首屏 JS 体积')?.note).toMatch(/kB（\d+ 个文件；预算 1200\.0 kB）/)
  }, 180_000)
})
