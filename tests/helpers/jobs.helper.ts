import type { JobStatus } from '../../shared/contract/job.contract'
import type { Core } from '../../electron/core'
import { okValue } from './test-core'

const FINISHED = new Set(['succeeded', 'failed', 'cancelled'])

/** Polls `job:status` through the contract, as the renderer does, until the job has finished; returns every status seen. */
export async function pollJob(core: Core, jobId: string, onStatus?: (s: JobStatus) => Promise<void> | void): Promise<JobStatus[]> {
  const seen: JobStatus[] = []
  for (;;) {
    const s = okValue<JobStatus>(await core.invoke('job:status', { jobId }))
    seen.push(s)
    await onStatus?.(s)
    if (FINISHED.has(s.state)) return seen
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** Waits (polling) until the job has left the queue and reported real progress. */
export async function untilWorking(core: Core, jobId: string): Promise<JobStatus> {
  for (;;) {
    const s = okValue<JobStatus>(await core.invoke('job:status', { jobId }))
    if (s.state !== 'queued' && s.progress > 0) return s
    await new Promise((r) => setTimeout(r, 10))
  }
}
