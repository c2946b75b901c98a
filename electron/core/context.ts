import type { Workspace } from './db/client'
import type { JobRunner } from './jobs/job-runner'

/** What every handler receives besides its parsed input. */
export interface CoreContext {
  readonly ws: Workspace
  readonly actor: string
  readonly mode: 'electron' | 'browser' | 'cli'
  readonly appVersion: string
  /** long work (imports, exports) runs here, in worker threads, never on the dispatching thread */
  readonly jobs: JobRunner
}
