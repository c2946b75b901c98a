import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The script a job worker runs, and the Node options it needs to run it. */
export interface WorkerEntry {
  /** a script path, or with `eval` the source of a CommonJS bootstrap */
  file: string
  eval?: boolean
  execArgv?: string[]
}

/** The built worker's file name: electron.vite.config.ts emits it next to index.js and host.js. */
export const BUILT_WORKER_FILE = 'job-worker.js'

/**
 * Where workers come from:
 * - the production build (Electron's out/main/index.js, the host's out/main/host.js): the built
 *   job-worker.js beside the bundle (or one folder up when this code sits in a shared chunk);
 * - the source tree (CLI through tsx, vitest, tsx host): job.worker.ts, loaded through tsx's
 *   require hook — registered explicitly, because vitest's own TypeScript transform does not reach workers.
 */
export function resolveWorkerEntry(dir: string = __dirname): WorkerEntry | null {
  for (const built of [join(dir, BUILT_WORKER_FILE), join(dir, '..', BUILT_WORKER_FILE)]) {
    if (existsSync(built)) return { file: built }
  }
  const source = join(dir, 'job.worker.ts')
  if (!existsSync(source)) return null
  // Node 20 does not apply `--import` loaders to a worker's entry: a CommonJS bootstrap registers
  // tsx's require hook and then loads the TypeScript entry (the project is CommonJS)
  const tsxApi = createRequire(join(dir, 'worker-entry.ts')).resolve('tsx/cjs/api')
  return { file: `require(${JSON.stringify(tsxApi)}).register();\nrequire(${JSON.stringify(source)})`, eval: true }
}
