/**
 * The runner's own guarantees with real worker threads running tiny stand-in scripts: a worker that
 * exits or throws ends its job with a Chinese error, the queue and the active-job limit hold, and a
 * cancel stops a worker that never yields.
 */
import { describe, expect, it } from 'vitest'
import { JobRunner } from '../../electron/core/jobs/job-runner'
import type { WorkerEntry } from '../../electron/core/jobs/worker-entry'
import { AppError } from '../../shared/result'

const script = (source: string): WorkerEntry => ({ file: source, eval: true })
const runner = (workerEntry: WorkerEntry, limits: { maxRunning?: number; maxActive?: number } = {}) =>
  new JobRunner({ dbPath: '/nonexistent/workspace.sqlite', actor: '测试', workerEntry, log: () => undefined, ...limits })
const EXPORT = { format: 'xlsx' } as const
// a worker that reports progress and then spins forever (never yields to its event loop)
const SPIN = script(`require('node:worker_threads').parentPort.postMessage({ type: 'progress', phase: '处理中', progress: 0.5 }); for (;;) {}`)

describe('job runner: workers that misbehave', () => {
  it('a worker that exits without an answer gives a Chinese error with the exit code', async () => {
    const jobs = runner(script('process.exit(7)'))
    const final = await jobs.wait(jobs.start('power:export', EXPORT))
    expect(final).toMatchObject({ state: 'failed', error: { code: 'INTERNAL', message: '后台任务意外终止（退出码 7），数据未改动。请重试，若反复出现请联系技术支持' } })
    jobs.close()
  })

  it('a worker that throws gives the generic Chinese error; run() rejects with it', async () => {
    const jobs = runner(script(`throw new Error('boom')`))
    const error = await jobs.run('power:export', EXPORT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toBe('后台任务发生内部错误，数据未改动。请重试，若反复出现请联系技术支持')
    jobs.close()
  })

  it('a worker whose answer breaks the contract is a failure, not a result', async () => {
    const jobs = runner(script(`require('node:worker_threads').parentPort.postMessage({ type: 'done', value: { fileName: 1 } })`))
    expect((await jobs.wait(jobs.start('power:export', EXPORT))).state).toBe('failed')
    jobs.close()
  })

  it('queues beyond maxRunning, refuses beyond maxActive, and cancels a spinning worker and a queued job', async () => {
    const jobs = runner(SPIN, { maxRunning: 1, maxActive: 2 })
    const first = jobs.start('power:export', EXPORT)
    const second = jobs.start('power:export', EXPORT)
    expect(jobs.status(second)).toMatchObject({ state: 'queued', phase: '排队等待中…' })
    expect(() => jobs.start('power:export', EXPORT)).toThrow('后台任务过多（同时最多 2 个），请等待当前任务完成后再试')
    while (jobs.status(first).progress === 0) await new Promise((r) => setTimeout(r, 10))
    expect(jobs.status(first)).toMatchObject({ state: 'running', phase: '处理中', progress: 0.5 })
    expect(jobs.cancel(second).state).toBe('cancelled')
    expect(jobs.cancel(first).state).toBe('cancelled')
    expect((await jobs.wait(first)).state).toBe('cancelled')
    jobs.close()
  })

  it('refuses input the kind’s channel schema refuses, before any worker starts', () => {
    const jobs = runner(SPIN)
    expect(() => jobs.start('power:export', { format: 'pdf' })).toThrow(AppError)
    jobs.close()
  })
})
