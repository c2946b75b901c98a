/**
 * The job worker: runs one job in its own thread with its own SQLite connection, posts progress,
 * and ends with exactly one of done / failed / cancelled. It loads its libraries first and then
 * waits for its one job, so the runner can keep a worker warm before the user asks for anything. Built to out/main/job-worker.js; from the
 * source tree (tsx, vitest) the runner starts this .ts file with tsx's loader.
 */
import { parentPort } from 'node:worker_threads'
import type { ErrorCode } from '../../../shared/result'
import { AppError } from '../../../shared/result'
import type { Workspace } from '../db/client'
import { JOB_MSG } from './job.messages'
import { CONTROL, type JobWorkerData, type RunnerMessage, type WorkerMessage } from './job.protocol'
import { JobCancelled, type JobContext, jobRuns } from './job-kinds'
import { attachWorkspace } from './worker-workspace'

const port = parentPort
if (!port) throw new Error('job.worker must run in a worker thread')
const post = (m: WorkerMessage) => port.postMessage(m)

/** At most one progress message per step of 1% or per phase change: the runner's thread stays idle. */
function progressReporter(control: Int32Array): JobContext['progress'] {
  let lastPhase = ''
  let lastStep = -1
  return (phase, fraction) => {
    if (Atomics.load(control, 0) === CONTROL.cancelRequested) throw new JobCancelled()
    const progress = Math.min(1, Math.max(0, fraction))
    const step = Math.floor(progress * 100)
    if (phase === lastPhase && step === lastStep) return
    lastPhase = phase
    lastStep = step
    post({ type: 'progress', phase, progress })
  }
}

function failure(e: unknown): { code: ErrorCode; message: string } {
  if (e instanceof AppError) return { code: e.code, message: e.message }
  const code = (e as { code?: string }).code
  if (code === 'SQLITE_FULL') return { code: 'INTERNAL', message: '磁盘空间已满，操作没有保存' }
  if (code === 'SQLITE_BUSY') return { code: 'INTERNAL', message: '数据库正忙，请稍后重试' }
  console.error('[job] failed', e)
  return { code: 'INTERNAL', message: JOB_MSG.crashed }
}

async function runJob(data: JobWorkerData): Promise<void> {
  const control = new Int32Array(data.control)
  let ws: Workspace | undefined
  try {
    ws = attachWorkspace(data.dbPath, data.nativeBinding)
    const ctx: JobContext = {
      ws,
      actor: data.actor,
      progress: progressReporter(control),
      beginCommit() {
        // whoever swaps the control word first wins: a cancel, or this commit
        if (Atomics.compareExchange(control, 0, CONTROL.running, CONTROL.committing) !== CONTROL.running) throw new JobCancelled()
        post({ type: 'committing', phase: JOB_MSG.committing })
      },
    }
    const run = jobRuns[data.kind] as (input: unknown, ctx: JobContext) => Promise<unknown>
    const value = await run(data.input, ctx)
    post({ type: 'done', value })
  } catch (e) {
    if (e instanceof JobCancelled) post({ type: 'cancelled' })
    else post({ type: 'failed', ...failure(e) })
  } finally {
    ws?.close()
  }
}

// the libraries above are loaded by now: a worker kept warm by the runner starts its job at once
port.once('message', (m: RunnerMessage) => void runJob(m.data))
