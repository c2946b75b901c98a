/**
 * What crosses between the job runner (the thread that answers the user) and a job worker.
 * Plain structured-clone data only.
 */
import type { JobKind } from '../../../shared/contract/job.contract'
import type { ErrorCode } from '../../../shared/result'

/** Slot 0 of the shared control word: who got there first, a cancel or the point of no return. */
export const CONTROL = { running: 0, cancelRequested: 1, committing: 2 } as const

export interface JobWorkerData {
  kind: JobKind
  /** already validated against the kind's input schema on the dispatching thread */
  input: unknown
  dbPath: string
  nativeBinding?: string
  actor: string
  /** Int32Array(1) over this buffer holds a CONTROL value */
  control: SharedArrayBuffer
}

/** The runner's one message to a worker: the job to run (a worker may be started before its job is known). */
export type RunnerMessage = { type: 'run'; data: JobWorkerData }

export type WorkerMessage =
  | { type: 'progress'; phase: string; progress: number }
  | { type: 'committing'; phase: string }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'cancelled' }
