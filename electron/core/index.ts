import { type OpenWorkspaceOptions, openWorkspace, type Workspace } from './db/client'
import type { CoreContext } from './context'
import { dispatch, type Logger } from './dispatch'
import { handlers } from './handlers'
import { JobRunner, type JobRunnerOptions } from './jobs/job-runner'
import type { Result } from '../../shared/result'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'

export interface Core {
  readonly ws: Workspace
  /** the worker threads long work runs in (the CLI follows their progress directly) */
  readonly jobs: JobRunner
  /** Untrusted entry point for transports: channel and input are validated here. */
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>
  /** Typed convenience for Node callers (CLI, tests): throws the Chinese message on failure. */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>
  close(): void
}

export interface OpenCoreOptions extends OpenWorkspaceOptions {
  mode: CoreContext['mode']
  appVersion?: string
  actor?: string
  log?: Logger
  /** the job workers: limits (tests lower them), a warm spare (long-lived processes) */
  jobs?: Pick<JobRunnerOptions, 'maxRunning' | 'maxActive' | 'memoryLimitMb' | 'prewarm' | 'workerEntry'>
}

export function openCore(opts: OpenCoreOptions): Core {
  const ws = openWorkspace(opts)
  const actor = opts.actor ?? defaultActor()
  const jobs = new JobRunner({ ...opts.jobs, dbPath: ws.dbPath, nativeBinding: opts.nativeBinding, actor, log: opts.log })
  const ctx: CoreContext = {
    ws,
    mode: opts.mode,
    actor,
    appVersion: opts.appVersion ?? process.env.npm_package_version ?? '0.1.0',
    jobs,
  }
  const invoke = (channel: unknown, input: unknown) => dispatch(handlers, ctx, channel, input, opts.log)
  return {
    ws,
    jobs,
    invoke,
    async call(channel, input) {
      const r = await invoke(channel, input)
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code, field: r.field })
      return r.value as never
    },
    close: () => {
      jobs.close()
      ws.close()
    },
  }
}

function defaultActor(): string {
  try {
    return process.env.USERNAME || process.env.USER || '本机操作员'
  } catch {
    return '本机操作员'
  }
}
