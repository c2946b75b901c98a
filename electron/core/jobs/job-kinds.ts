/**
 * What each job kind runs inside the worker. Only the worker imports this module (and with it
 * exceljs, docx and the import pipeline); the dispatching thread only knows the kinds' schemas.
 */
import type { JobKind, JobOutput, JobParsedInput } from '../../../shared/contract/job.contract'
import type { Workspace } from '../db/client'
import { exportPowersFile } from '../power/export/power-export.service'
import { importPowers } from '../power/import/power-import.service'

export interface JobContext {
  readonly ws: Workspace
  readonly actor: string
  /** what the job is doing now (Chinese) and how far it is, 0–1 */
  progress(phase: string, fraction: number): void
  /**
   * The point of no return before a job writes: throws JobCancelled if a cancel came first;
   * afterwards a cancel is refused and the write completes or rolls back as one transaction.
   */
  beginCommit(): void
}

export class JobCancelled extends Error {
  constructor() {
    super('job cancelled')
    this.name = 'JobCancelled'
  }
}

type JobRun<K extends JobKind> = (input: JobParsedInput<K>, ctx: JobContext) => Promise<JobOutput<K>>

// Static imports on purpose: a lazy import() would need tsx's ESM hook inside workers, which Node 20
// does not install from a worker; the worker loads its libraries once per job (see npm run bench).
export const jobRuns: { [K in JobKind]: JobRun<K> } = {
  'power:import': (input, ctx) =>
    importPowers(ctx.ws, input, ctx.actor, { progress: (phase, f) => ctx.progress(phase, f), beforeCommit: () => ctx.beginCommit() }),
  'power:export': ({ format }, ctx) => exportPowersFile(ctx.ws.db, format, (phase, f) => ctx.progress(phase, f)),
}
