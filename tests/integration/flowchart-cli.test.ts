/** `flowchart export`, `export-all`, and the charts `demo` draws, as users run them (child processes). */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createDemoWorkspace } from '../../electron/core/demo/demo.service'
import { openTestCore } from '../helpers/test-core'
import { describe, expect, test } from '../helpers/temp-dir'

const ROOT = resolve(__dirname, '..', '..')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('flowcharts on the command line', () => {
  test('demo draws a valid chart for every power; stats, export and export-all see them', { timeout: 240_000 }, async ({ dataDir }) => {
    const core = openTestCore(dataDir)
    const summary = await createDemoWorkspace(core)
    const rows = await core.call('flowchart:list')
    core.close()
    expect(summary.flowcharts).toEqual({ charts: rows.length, invalid: 0 })
    expect(rows.every((r) => r.state === 'complete')).toBe(true)

    const stats = JSON.parse(cli('stats', '--data-dir', dataDir, '--json').stdout) as { flowcharts: unknown }
    expect(stats.flowcharts).toEqual({ total: rows.length, invalid: 0 })

    const code = rows[0]?.code ?? ''
    const png = join(dataDir, '一张.png')
    const one = cli('flowchart', 'export', '--data-dir', dataDir, '--power', code, '--out', png)
    expect(one.stderr).toBe('')
    expect(one.code).toBe(0)
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG')
    const svgFile = join(dataDir, '一张.svg')
    expect(cli('flowchart', 'export', '--data-dir', dataDir, '--power', code, '--out', svgFile).code).toBe(0)
    expect(readFileSync(svgFile, 'utf8')).toContain(`${rows[0]?.name}流程图`)

    const outDir = join(dataDir, '全部')
    const all = cli('flowchart', 'export-all', '--data-dir', dataDir, '--out', outDir, '--format', 'svg')
    expect(all.code).toBe(0)
    expect(all.stdout).toContain(`已导出${rows.length}张流程图`)
    expect(readdirSync(outDir).filter((f) => f.endsWith('_流程图.svg'))).toHaveLength(rows.length)
  })

  test('refuses an unknown code, a wrong extension and a missing sub-command in Chinese', ({ dataDir }) => {
    openTestCore(dataDir).close()
    const unknown = cli('flowchart', 'export', '--data-dir', dataDir, '--power', 'NOPE', '--out', join(dataDir, 'x.png'))
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toContain('没有事项编码为“NOPE”的职权')
    const ext = cli('flowchart', 'export', '--data-dir', dataDir, '--power', 'X', '--out', join(dataDir, 'x.jpg'))
    expect(ext.code).not.toBe(0)
    expect(ext.stderr).toContain('.png 或 .svg')
    expect(cli('flowchart').stderr).toContain('缺少子命令')
  })
})
