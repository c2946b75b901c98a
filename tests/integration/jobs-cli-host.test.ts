/**
 * The job worker starts in every runtime that runs the core: the CLI from TypeScript (tsx), and
 * the production build (out/main/host.js, whose worker is out/main/job-worker.js).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import type { JobStatus } from '../../shared/contract/job.contract'
import { benchExportJobs } from '../../electron/cli/bench/export-jobs.bench'
import { seedPowers } from '../../electron/cli/bench/power-seed'
import { openTestCore } from '../helpers/test-core'
import { describe, expect, test } from '../helpers/temp-dir'

const ROOT = resolve(__dirname, '..', '..')
const HOST = join(ROOT, 'out', 'main', 'host.js')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function seeded(dataDir: string, n: number): void {
  const core = openTestCore(dataDir)
  try {
    seedPowers(core.ws, n)
  } finally {
    core.close()
  }
}

describe('jobs from the CLI', () => {
  test('the export bench rows: each format through the runner in a fresh process, with its peak RSS', { timeout: 180_000 }, async ({ dataDir }) => {
    const rows = await benchExportJobs(dataDir, 50)
    expect(rows.map((r) => r.item)).toEqual(['写入50项职权（导出用）', '导出50项（xlsx，后台任务）', '导出50项（docx，后台任务）'])
    for (const row of rows.slice(1)) {
      expect(row.ms, row.note).toBeTypeOf('number')
      expect(row.note).toMatch(/独立进程峰值内存（RSS，含工作线程）\d+ MB/)
    }
  })

  test('export and import run in the worker; progress goes to stderr in Chinese, --json stays one clean object', { timeout: 180_000 }, ({ dataDir }) => {
    seeded(dataDir, 400)
    const out = join(dataDir, '清单.xlsx')
    const exported = cli('export', 'powers', '--format', 'xlsx', '--data-dir', dataDir, '--out', out)
    expect(exported.code).toBe(0)
    expect(exported.stdout).toBe(`已导出：${out}\n`)
    expect(exported.stderr).toContain('导出权力清单：写入工作表')
    expect(exported.stderr).toContain('导出权力清单：已完成（100%）')

    const imported = cli('import', 'powers', out, '--data-dir', dataDir, '--json')
    expect(imported.code).toBe(0)
    expect(JSON.parse(imported.stdout)).toEqual({ added: 0, updated: 0, unchanged: 400, errors: [] })
    expect(imported.stderr).toContain('导入权责清单：检查数据')
  })
})

async function startBuiltHost(dataDir: string): Promise<{ proc: ChildProcess; origin: string; token: string }> {
  const proc = spawn(process.execPath, [HOST, '--data-dir', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((ok, fail) => {
    let out = ''
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)
      if (m) ok(m[0])
    })
    proc.once('exit', (code) => fail(new Error(`host exited with ${code}: ${out}`)))
  })
  const u = new URL(url)
  return { proc, origin: u.origin, token: u.searchParams.get('token') ?? '' }
}

describe('jobs through the built host', () => {
  test('job:start/job:status over HTTP run the built worker while app:info keeps answering', { timeout: 180_000 }, async ({ dataDir }) => {
    if (!existsSync(HOST) || !existsSync(join(ROOT, 'out', 'main', 'job-worker.js'))) {
      throw new Error('out/main/host.js or job-worker.js is missing: run `npm run build` first, then the tests again.')
    }
    expect(readFileSync(HOST, 'utf8')).not.toContain('job.worker.ts')
    seeded(dataDir, 3000)
    const host = await startBuiltHost(dataDir)
    try {
      const port = new URL(host.origin).port
      const invoke = async (channel: string, input?: unknown) => {
        const res = await fetch(`${host.origin}/api/invoke`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: host.origin, cookie: `sunlight_token_${port}=${host.token}` },
          body: JSON.stringify({ channel, input }),
        })
        return (await res.json()) as { ok: boolean; value: unknown; message?: string }
      }
      const started = await invoke('job:start', { kind: 'power:export', input: { format: 'docx' } })
      expect(started.ok).toBe(true)
      const { jobId } = started.value as { jobId: string }
      let status: JobStatus
      let answeredWhileRunning = 0
      for (;;) {
        status = (await invoke('job:status', { jobId })).value as JobStatus
        if (status.state !== 'queued' && status.state !== 'running') break
        const info = await invoke('app:info')
        const after = (await invoke('job:status', { jobId })).value as JobStatus
        if (info.ok && after.state === 'running') answeredWhileRunning++
        await new Promise((r) => setTimeout(r, 25))
      }
      expect(status.state).toBe('succeeded')
      expect(answeredWhileRunning).toBeGreaterThanOrEqual(2)
      const file = status.result as { dataBase64: string; fileName: string }
      expect(file.fileName).toMatch(/^职权目录_\d{8}\.docx$/)
      const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))
      expect(((await zip.file('word/document.xml')?.async('string')) ?? '').match(/<w:tr>/g)?.length).toBe(3001)

      // the old channel answers through the same worker
      const direct = await invoke('power:export', { format: 'xlsx' })
      expect(direct.ok).toBe(true)
    } finally {
      const exited = new Promise((r) => host.proc.once('exit', r))
      host.proc.kill('SIGINT')
      await exited
    }
  })
})
