import type { HandlerMap } from '../handler-types'

/** Jobs: start long work in a worker, poll its progress, cancel it (see shared/contract/job.contract.ts). */
export const jobHandlers = {
  'job:start': ({ kind, input }, { jobs }) => ({ jobId: jobs.start(kind, input) }),
  'job:status': ({ jobId }, { jobs }) => jobs.status(jobId),
  'job:cancel': ({ jobId }, { jobs }) => jobs.cancel(jobId),
} satisfies Partial<HandlerMap>
