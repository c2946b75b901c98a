import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base } from '@playwright/test'

export interface HostProcess {
  /** The address printed at start, with ?token=. */
  url: string
  origin: string
  port: number
  token: string
  dataDir: string
  proc: ChildProcess
}

const ROOT = resolve(__dirname, '..', '..')

/** Starts the built browser host (`node out/main/host.js`) on a random port with its own data folder. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const proc = spawn(process.execPath, [join(ROOT, 'out', 'main', 'host.js'), '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`host did not print its address in time:\n${out}\n${err}`)), 20_000)
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)
      if (m) {
        clearTimeout(timer)
        ok(m[0])
      }
    })
    proc.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`host exited with ${code}:\n${out}\n${err}`))
    })
  })
  const u = new URL(url)
  return { url, origin: u.origin, port: Number(u.port), token: u.searchParams.get('token') ?? '', dataDir, proc }
}

export async function stopHostProcess(h: HostProcess): Promise<void> {
  if (h.proc.exitCode !== null) return
  await new Promise<void>((ok) => {
    h.proc.once('exit', () => ok())
    h.proc.kill('SIGINT')
  })
}

/** Fills `dataDir` with the demo workspace (`cli demo`): the realistic unit the screenshots use. */
function createDemo(dataDir: string): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'electron', 'cli', 'index.ts'), 'demo', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: 'ignore',
  })
}

async function withHost(demo: boolean, use: (h: HostProcess) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunlight-e2e-'))
  if (demo) createDemo(dataDir)
  const host = await startHostProcess(dataDir)
  await use(host)
  await stopHostProcess(host)
  rmSync(dataDir, { recursive: true, force: true })
}

export const test = base.extend<{ host: HostProcess; demoHost: HostProcess }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => withHost(false, use),
  /** a host on its own copy of the demo workspace */
  // eslint-disable-next-line no-empty-pattern
  demoHost: async ({}, use) => withHost(true, use),
})
export { expect } from '@playwright/test'
