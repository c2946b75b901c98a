/**
 * Runs long work (imports, exports, later reports and the submission package) in worker threads so
 * the thread that answers the user (Electron's main process, the host, the CLI) stays free. Each job
 * gets its own worker with its own SQLite connection and a heap limit; progress comes back as
 * messages, a cancel terminates the worker (safe: a worker writes only after winning the shared
 * control word, see job.protocol.ts), and a worker that throws, dies or runs out of memory ends
 * its job with a Chinese error — never the app.
 */
import { randomUUID } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import { type JobKind, type JobOutput, type JobParsedInput, type JobStatus, jobSpecs } from '../../../shared/contract/job.contract'
import { AppError, type ErrorCode } from '../../../shared/result'
import { JOB_MSG } from './job.messages'
import { CONTROL, type JobWorkerData, type RunnerMessage, type WorkerMessage } from './job.protocol'
import { resolveWorkerEntry, type WorkerEntry } from './worker-entry'

export interface JobRunnerOptions {
  dbPath: string
  nativeBinding?: string
  actor: string
  /** workers running at once (default 2: the target PCs have few cores); later jobs queue */
  maxRunning?: number
  /** running + queued jobs accepted at once (default 4: each may hold a 40 MB upload) */
  maxActive?: number
  /** V8 old-generation heap limit of each worker, MB (default 1024) */
  memoryLimitMb?: number
  /**
   * keep one worker started and its libraries loaded, so a job starts at once (long-lived
   * processes: the host and Electron's main process; each worker still runs one job and exits)
   */
  prewarm?: boolean
  /** tests only: a different worker script (never prewarmed) */
  workerEntry?: WorkerEntry
  log?: (message: string, error?: unknown) => void
}

export type ProgressListener = (status: JobStatus) => void

interface Job {
  id: string
  kind: JobKind
  input: unknown
  status: JobStatus
  control: Int32Array
  worker?: Worker
  finishedAt?: number
  listeners: Set<ProgressListener>
  settled: Promise<JobStatus>
  settle(status: JobStatus): void
}

// finished jobs may hold a generated file: keep few, briefly (a renderer polls every 200 ms)
const KEEP_FINISHED = 8
const KEEP_FINISHED_MS = 5 * 60 * 1000
const isFinished = (s: JobStatus['state']) => s === 'succeeded' || s === 'failed' || s === 'cancelled'

export class JobRunner {
  private readonly jobs = new Map<string, Job>()
  private readonly maxRunning: number
  private readonly maxActive: number
  readonly memoryLimitMb: number
  private closed = false
  /** a started worker waiting for its job (opts.prewarm) */
  private spare: Worker | null = null

  constructor(private readonly opts: JobRunnerOptions) {
    this.maxRunning = opts.maxRunning ?? 2
    this.maxActive = opts.maxActive ?? 4
    this.memoryLimitMb = opts.memoryLimitMb ?? 1024
    this.warmSpare()
  }

  /** Validates the input against the kind's channel schema and queues the job; answers at once. */
  start<K extends JobKind>(kind: K, input: unknown, onProgress?: ProgressListener): string {
    if (this.closed) throw new AppError('INTERNAL', JOB_MSG.closed)
    const parsed = jobSpecs[kind].input.safeParse(input)
    if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? '输入数据无效')
    this.prune()
    if (this.active().length >= this.maxActive) throw new AppError('CONFLICT', JOB_MSG.tooMany(this.maxActive))
    const job = this.createJob(kind, parsed.data)
    if (onProgress) job.listeners.add(onProgress)
    this.jobs.set(job.id, job)
    this.pump()
    return job.id
  }

  /** Starts a job and waits for its output; a failure or cancel becomes an AppError with the Chinese message. */
  async run<K extends JobKind>(kind: K, input: JobParsedInput<K>, onProgress?: ProgressListener): Promise<JobOutput<K>> {
    const jobId = this.start(kind, input, onProgress)
    const final = await this.wait(jobId)
    // the caller holds the result now: nobody will poll for it
    this.jobs.delete(jobId)
    if (final.state === 'succeeded') return final.result as JobOutput<K>
    throw new AppError(final.error?.code ?? 'INTERNAL', final.error?.message ?? JOB_MSG.cancelled)
  }

  status(jobId: string): JobStatus {
    this.prune()
    return { ...this.get(jobId).status }
  }

  wait(jobId: string): Promise<JobStatus> {
    return this.get(jobId).settled
  }

  /** Cancels a queued or running job; an import that has begun writing is left to finish (see JOB_MSG.cancelTooLate). */
  cancel(jobId: string): JobStatus {
    const job = this.get(jobId)
    if (isFinished(job.status.state)) return { ...job.status }
    if (Atomics.compareExchange(job.control, 0, CONTROL.running, CONTROL.cancelRequested) === CONTROL.committing) {
      return { ...job.status, phase: JOB_MSG.cancelTooLate }
    }
    // the worker can no longer reach its commit: stopping it now leaves the workspace untouched
    void job.worker?.terminate()
    this.finish(job, { state: 'cancelled', phase: JOB_MSG.cancelled })
    return { ...job.status }
  }

  /** Stops every worker (the app is closing): queued and running jobs end as cancelled. */
  close(): void {
    this.closed = true
    void this.spare?.terminate()
    this.spare = null
    for (const job of this.jobs.values()) {
      if (isFinished(job.status.state)) continue
      Atomics.compareExchange(job.control, 0, CONTROL.running, CONTROL.cancelRequested)
      void job.worker?.terminate()
      this.finish(job, { state: 'cancelled', phase: JOB_MSG.closed })
    }
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', JOB_MSG.notFound)
    return job
  }

  private active(): Job[] {
    return [...this.jobs.values()].filter((j) => !isFinished(j.status.state))
  }

  private createJob(kind: JobKind, input: unknown): Job {
    let settle: (s: JobStatus) => void = () => undefined
    const settled = new Promise<JobStatus>((r) => (settle = r))
    const id = randomUUID()
    return {
      id,
      kind,
      input,
      status: { jobId: id, kind, state: 'queued', phase: JOB_MSG.queued, progress: 0, cancellable: true },
      control: new Int32Array(new SharedArrayBuffer(4)),
      listeners: new Set(),
      settled,
      settle,
    }
  }

  /** Starts queued jobs, oldest first, while fewer than maxRunning run. */
  private pump(): void {
    const running = () => [...this.jobs.values()].filter((j) => j.status.state === 'running').length
    for (const job of this.jobs.values()) {
      if (running() >= this.maxRunning) return
      if (job.status.state === 'queued') this.launch(job)
    }
  }

  private spawn(entry: WorkerEntry): Worker {
    return new Worker(entry.file, {
      eval: entry.eval,
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb, maxYoungGenerationSizeMb: 64 },
    })
  }

  /** Starts the next spare worker in the background (it never keeps the process alive on its own). */
  private warmSpare(): void {
    if (!this.opts.prewarm || this.opts.workerEntry || this.closed || this.spare) return
    const entry = resolveWorkerEntry()
    if (!entry) return
    try {
      const spare = this.spawn(entry)
      spare.unref()
      const drop = () => {
        if (this.spare === spare) this.spare = null
      }
      spare.once('error', drop).once('exit', drop)
      this.spare = spare
    } catch (e) {
      this.opts.log?.('spare job worker failed to start', e)
    }
  }

  /** The warm spare if there is one, else a new worker. */
  private takeWorker(entry: WorkerEntry): Worker {
    const spare = this.opts.workerEntry ? null : this.spare
    this.spare = null
    if (!spare) return this.spawn(entry)
    spare.removeAllListeners()
    spare.ref()
    return spare
  }

  private launch(job: Job): void {
    const entry = this.opts.workerEntry ?? resolveWorkerEntry()
    if (!entry) return this.finish(job, { state: 'failed', error: { code: 'INTERNAL', message: JOB_MSG.noWorker } })
    this.update(job, { state: 'running', phase: JOB_MSG.starting })
    const data: JobWorkerData = {
      kind: job.kind,
      input: job.input,
      dbPath: this.opts.dbPath,
      nativeBinding: this.opts.nativeBinding,
      actor: this.opts.actor,
      control: job.control.buffer as SharedArrayBuffer,
    }
    job.input = undefined // the worker gets its copy; do not keep a 40 MB upload twice
    let worker: Worker
    try {
      worker = this.takeWorker(entry)
    } catch (e) {
      this.opts.log?.('job worker failed to start', e)
      return this.finish(job, { state: 'failed', error: { code: 'INTERNAL', message: JOB_MSG.crashed } })
    }
    job.worker = worker
    worker.on('message', (m: WorkerMessage) => this.onMessage(job, m))
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return this.fail(job, 'INTERNAL', JOB_MSG.outOfMemory(this.memoryLimitMb))
      this.opts.log?.(`job ${job.kind} worker error`, e)
      this.fail(job, 'INTERNAL', JOB_MSG.crashed)
    })
    worker.on('exit', (code) => {
      job.worker = undefined
      if (!isFinished(job.status.state)) this.fail(job, 'INTERNAL', JOB_MSG.exited(code))
      this.pump()
    })
    worker.postMessage({ type: 'run', data } satisfies RunnerMessage)
  }

  private onMessage(job: Job, m: WorkerMessage): void {
    if (isFinished(job.status.state)) return
    switch (m.type) {
      case 'progress':
        return this.update(job, { phase: m.phase, progress: Math.max(job.status.progress, m.progress) })
      case 'committing':
        return this.update(job, { phase: m.phase, cancellable: false })
      case 'failed':
        return this.fail(job, m.code, m.message)
      case 'cancelled':
        return this.finish(job, { state: 'cancelled', phase: JOB_MSG.cancelled })
      case 'done': {
        const out = jobSpecs[job.kind].output.safeParse(m.value)
        if (!out.success) {
          this.opts.log?.(`job ${job.kind} returned an invalid result`, out.error)
          return this.fail(job, 'INTERNAL', JOB_MSG.crashed)
        }
        return this.finish(job, { state: 'succeeded', phase: JOB_MSG.done, progress: 1, result: out.data })
      }
    }
  }

  private fail(job: Job, code: ErrorCode, message: string): void {
    if (!isFinished(job.status.state)) this.finish(job, { state: 'failed', phase: message, error: { code, message } })
  }

  private update(job: Job, patch: Partial<JobStatus>): void {
    job.status = { ...job.status, ...patch }
    for (const l of job.listeners) l({ ...job.status })
  }

  private finish(job: Job, patch: Partial<JobStatus>): void {
    this.update(job, { ...patch, cancellable: false })
    job.finishedAt = Date.now()
    job.listeners.clear()
    job.settle({ ...job.status })
    this.pump()
    this.warmSpare()
  }

  /** Finished jobs are kept for a while so a late poll still sees the result, then dropped. */
  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== undefined).sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0))
    const now = Date.now()
    finished.forEach((j, i) => {
      if (i < finished.length - KEEP_FINISHED || now - (j.finishedAt ?? now) > KEEP_FINISHED_MS) this.jobs.delete(j.id)
    })
  }
}
