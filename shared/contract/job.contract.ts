import { z } from 'zod'
import { ERROR_CODES } from '../result'
import type { ChannelSpec } from './common'
import { powerContract } from './power.contract'

/**
 * Long work (imports, exports, later reports and the submission package) runs as a job in a worker
 * thread. A job kind is named after the channel it replaces and reuses that channel's schemas, so
 * `job:start {kind:'power:import', input}` accepts exactly what `power:import` accepts.
 *
 * Progress is polled with `job:status` rather than pushed: polling is the same request over
 * Electron IPC and over the host's HTTP endpoint, needs no second channel in the preload, no
 * server-sent events in the host, and a renderer that reloads simply polls again.
 */
export const JOB_KINDS = ['power:import', 'power:export'] as const
export type JobKind = (typeof JOB_KINDS)[number]

export const jobSpecs = {
  'power:import': powerContract['power:import'],
  'power:export': powerContract['power:export'],
} as const satisfies Record<JobKind, ChannelSpec>

export type JobInput<K extends JobKind> = z.input<(typeof jobSpecs)[K]['input']>
export type JobParsedInput<K extends JobKind> = z.output<(typeof jobSpecs)[K]['input']>
export type JobOutput<K extends JobKind> = z.output<(typeof jobSpecs)[K]['output']>

export const jobStartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('power:import'), input: jobSpecs['power:import'].input }),
  z.object({ kind: z.literal('power:export'), input: jobSpecs['power:export'].input }),
])

export const jobIdSchema = z.object({ jobId: z.uuid() })

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const
export type JobState = (typeof JOB_STATES)[number]

export const jobStatusSchema = z.object({
  jobId: z.string(),
  kind: z.enum(JOB_KINDS),
  state: z.enum(JOB_STATES),
  /** what the job is doing now, in Chinese (读取工作簿、写入数据库…) */
  phase: z.string(),
  /** 0–1 */
  progress: z.number().min(0).max(1),
  /** false once an import has started writing: from then on it finishes or rolls back by itself */
  cancellable: z.boolean(),
  /** the output of the kind's channel (validated against it) once `state` is succeeded */
  result: z.union([jobSpecs['power:import'].output, jobSpecs['power:export'].output]).optional(),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional(),
})
export type JobStatus = z.infer<typeof jobStatusSchema>

/** Jobs: start long work in a worker, poll its progress, cancel it. */
export const jobContract = {
  'job:start': { input: jobStartSchema, output: jobIdSchema },
  'job:status': { input: jobIdSchema, output: jobStatusSchema },
  'job:cancel': { input: jobIdSchema, output: jobStatusSchema },
} as const satisfies Record<string, ChannelSpec>
