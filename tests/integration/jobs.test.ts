/**
 * Long work through the job runner, end to end on a real workspace: power:import and power:export
 * run in a worker thread with its own SQLite connection; the dispatching thread keeps answering;
 * progress, cancel, the heap limit and the export size limit behave as the contract says.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe } from 'vitest'
import type { JobStatus } from '../../shared/contract/job.contract'
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import { scalePowerWorkbook } from '../../electron/cli/bench/powers.bench'
import { seedPowers } from '../../electron/cli/bench/power-seed'
import { openCore } from '../../electron/core'
import { MAX_EXPORT_POWERS } from '../../electron/core/power/export/power-export-data'
import { pollJob, untilWorking } from '../helpers/jobs.helper'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'
import { expect, test as dirTest } from '../helpers/temp-dir'

const HAN = /\p{Script=Han}/u
type File = { fileName: string; mimeType: string; dataBase64: string }

describe('jobs: long work in a worker thread', () => {
  test('job:start → job:status shows Chinese phases and rising progress, then the exported file', async ({ core }) => {
    seedPowers(core.ws, 3000)
    const { jobId } = okValue<{ jobId: string }>(await core.invoke('job:start', { kind: 'power:export', input: { format: 'xlsx' } }))
    const seen = await pollJob(core, jobId)
    const last = seen.at(-1)!
    expect(last).toMatchObject({ state: 'succeeded', progress: 1, kind: 'power:export', cancellable: false })
    for (const s of seen) expect(s.phase).toMatch(HAN)
    const progress = seen.map((s) => s.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    const file = last.result as File
    expect(file.fileName).toMatch(/^权力清单_\d{8}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets[0]?.rowCount).toBe(3 + 3000)
  })

  test('the dispatching thread keeps answering app:info while a large export runs', async ({ core }) => {
    seedPowers(core.ws, 12_000)
    const { jobId } = okValue<{ jobId: string }>(await core.invoke('job:start', { kind: 'power:export', input: { format: 'docx' } }))
    let answeredWhileRunning = 0
    const seen = await pollJob(core, jobId, async (s) => {
      if (s.state !== 'running') return
      const info = okValue<{ mode: string }>(await core.invoke('app:info', undefined))
      // the job was still running after app:info answered: the heavy work is not on this thread
      const after = okValue<JobStatus>(await core.invoke('job:status', { jobId }))
      if (info.mode === 'cli' && after.state === 'running') answeredWhileRunning++
    })
    expect(seen.at(-1)?.state).toBe('succeeded')
    expect(answeredWhileRunning).toBeGreaterThanOrEqual(3)
    const zip = await JSZip.loadAsync(Buffer.from((seen.at(-1)?.result as File).dataBase64, 'base64'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml.match(/<w:tr>/g)?.length).toBe(12_000 + 1)
  })

  test('cancelling a running import changes nothing, and the workspace stays usable', async ({ core }) => {
    const file = await scalePowerWorkbook(4000, ['办公室'])
    const before = rowCounts(core)
    const input = { fileName: 'big.xlsx', dataBase64: file.toString('base64'), dryRun: false, createMissing: true }
    const { jobId } = okValue<{ jobId: string }>(await core.invoke('job:start', { kind: 'power:import', input }))
    const working = await untilWorking(core, jobId)
    expect(working.cancellable).toBe(true)
    const cancelled = okValue<JobStatus>(await core.invoke('job:cancel', { jobId }))
    expect(cancelled).toMatchObject({ state: 'cancelled', cancellable: false })
    expect(cancelled.phase).toMatch(/已取消/)
    expect(okValue<JobStatus>(await core.invoke('job:status', { jobId })).state).toBe('cancelled')
    expect(rowCounts(core)).toEqual(before)
    // the worker's connection is gone: the same import now runs to the end through the old channel
    const r = okValue<PowerImportResult>(await core.invoke('power:import', input))
    expect(r).toMatchObject({ committed: true, added: 4000 })
  })

  test('power:import through the old channel still reports row errors and writes nothing', async ({ core }) => {
    const before = rowCounts(core)
    const file = await scalePowerWorkbook(50, ['不存在的科室'])
    const r = okValue<PowerImportResult>(await core.invoke('power:import', { fileName: 'x.xlsx', dataBase64: file.toString('base64'), dryRun: false }))
    expect(r.committed).toBe(false)
    expect(r.errors[0]?.message).toMatch(/承办机构“不存在的科室”/)
    expect(rowCounts(core)).toEqual(before)
  })

  test('the contract validates job input with the same schemas, and unknown jobs are refused in Chinese', async ({ core }) => {
    expect(expectErr(await core.invoke('job:start', { kind: 'power:export', input: { format: 'pdf' } }), 'VALIDATION')).toMatch(HAN)
    expectErr(await core.invoke('job:start', { kind: 'package:build', input: {} }), 'VALIDATION')
    expectErr(await core.invoke('job:start', { kind: 'power:import', input: { fileName: 'a.xlsx', dataBase64: '' } }), 'VALIDATION')
    expect(expectErr(await core.invoke('job:status', { jobId: '6f1c1a0e-8a43-4f9b-9b7e-0d6a1f0f2a11' }), 'NOT_FOUND')).toMatch(/找不到该后台任务/)
    expectErr(await core.invoke('job:cancel', { jobId: 'not-a-uuid' }), 'VALIDATION')
  })

  test(`an export above ${MAX_EXPORT_POWERS} powers is refused with the limit in the message`, async ({ core }) => {
    seedPowers(core.ws, MAX_EXPORT_POWERS + 1)
    for (const format of ['xlsx', 'docx'] as const) {
      const message = expectErr(await core.invoke('power:export', { format }), 'VALIDATION')
      expect(message).toContain(`超过导出上限 ${MAX_EXPORT_POWERS} 条`)
    }
  })

  dirTest('a worker that exceeds its heap limit ends its job with a Chinese error; the core keeps working', async ({ dataDir }) => {
    const core = openCore({ dataDir, mode: 'cli', log: () => undefined, jobs: { memoryLimitMb: 8 } })
    try {
      seedPowers(core.ws, 3000)
      const message = expectErr(await core.invoke('power:export', { format: 'docx' }), 'INTERNAL')
      expect(message).toBe('处理所需内存超过上限（8 MB），任务已停止，数据未改动。请减少数据量后重试')
      expect(okValue<{ total: number }>(await core.invoke('power:list', {})).total).toBe(3000)
    } finally {
      core.close()
    }
  })
})
