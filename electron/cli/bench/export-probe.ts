/**
 * One export in a fresh process, for the bench: `export-probe.ts DATA_DIR xlsx|docx` prints
 * {ms, cpuMs, bytes, maxRssBytes} as JSON. A fresh process makes the peak RSS honest: it is the whole
 * process's high-water mark (main thread + the job worker), not what a long bench run left behind.
 */
import { performance } from 'node:perf_hooks'
import { openCore } from '../../core'

async function main(): Promise<void> {
  const [dataDir, format] = process.argv.slice(2)
  if (!dataDir || (format !== 'xlsx' && format !== 'docx')) throw new Error('usage: export-probe.ts DATA_DIR xlsx|docx')
  const core = openCore({ dataDir, mode: 'cli', backups: false })
  try {
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    const file = await core.jobs.run('power:export', { format })
    const ms = performance.now() - t0
    // process-wide CPU time (all threads): on a shared machine it says more than the wall clock
    const cpu = process.cpuUsage(cpu0)
    const bytes = Math.floor((file.dataBase64.length * 3) / 4)
    // ru_maxrss is in kilobytes on Linux and Windows' equivalent (peak working set) in Node's mapping
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes, maxRssBytes: process.resourceUsage().maxRSS * 1024 }))
  } finally {
    core.close()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`)
  process.exit(1)
})
