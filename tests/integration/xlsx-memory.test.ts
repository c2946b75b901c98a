/**
 * Issue 7: the import of the hostile workbooks, run as users run it (the CLI in a child process)
 * with the V8 heap capped at 1 GB. Before the bounded reader the merge-range file ran out of
 * memory (or ran on past a minute) and the lying-size file aborted the process; now each gets a
 * bounded answer or a Chinese refusal, with an ordinary exit code.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { lyingSizeWorkbook, mergeRangeWorkbook } from '../helpers/hostile-xlsx'
import { describe, expect, test } from '../helpers/temp-dir'

const ROOT = resolve(__dirname, '..', '..')

function importWithCappedHeap(file: string, dataDir: string) {
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=1024', '--import', 'tsx', 'electron/cli/index.ts', 'import', 'powers', file, '--data-dir', dataDir, '--dry-run', '--json'],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
  )
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

describe('hostile workbooks imported by the CLI under --max-old-space-size=1024', () => {
  test('merge range A5:GR199999: a bounded result (the merged rows read as one repeated value, nothing to add)', ({ dataDir }) => {
    const file = join(dataDir, '合并区域.xlsx')
    writeFileSync(file, mergeRangeWorkbook('A5:GR199999'))
    const r = importWithCappedHeap(file, join(dataDir, 'ws'))
    expect(r.signal).toBeNull()
    // stderr carries only the job's Chinese progress lines: no heap report, no stack trace
    expect(r.stderr).not.toMatch(/heap|FATAL|Error|at /)
    expect(r.stderr.trim().split('\n').every((l) => l.startsWith('导入权责清单：'))).toBe(true)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ added: 0, updated: 0, unchanged: 0, errors: [] })
  })

  test('merge range A1:XFD1048576: the whole sheet is one merged title, so no header row is found', ({ dataDir }) => {
    const file = join(dataDir, '整表合并.xlsx')
    writeFileSync(file, mergeRangeWorkbook('A1:XFD1048576'))
    const r = importWithCappedHeap(file, join(dataDir, 'ws'))
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout) as { errors: { message: string }[] }
    expect(json.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^在文件“整表合并.xlsx”中找不到表头行/)])
  })

  test('a sheet declaring 2,000 bytes that inflates to 1.5 GB: refused in Chinese, not an out-of-memory abort', ({ dataDir }) => {
    const file = join(dataDir, '声明不符.xlsx')
    writeFileSync(file, lyingSizeWorkbook())
    const r = importWithCappedHeap(file, join(dataDir, 'ws'))
    expect(r.signal).toBeNull()
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('文件“声明不符.xlsx”中的部件“xl/worksheets/sheet1.xml”解压后超过其声明的大小')
  })
})
