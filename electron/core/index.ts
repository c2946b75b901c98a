import { type OpenWorkspaceOptions, openWorkspace, type Workspace } from './db/client'
import type { CoreContext } from './context'
import { dispatch, type Logger } from './dispatch'
import { handlers } from './handlers'
import type { Result } from '../../shared/result'
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'

export interface Core {
  readonly ws: Workspace
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
}

export function openCore(opts: OpenCoreOptions): Core {
  const ws = openWorkspace(opts)
  const ctx: CoreContext = {
    ws,
    mode: opts.mode,
    actor: opts.actor ?? defaultActor(),
    appVersion: opts.appVersion ?? process.env.npm_package_version ?? '0.1.0',
  }
  const invoke = (channel: unknown, input: unknown) => dispatch(handlers, ctx, channel, input, opts.log)
  return {
    ws,
    invoke,
    async call(channel, input) {
      const r = await invoke(channel, input)
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code, field: r.field })
      return r.value as never
    },
    close: () => ws.close(),
  }
}

function defaultActor(): string {
  try {
    return process.env.USERNAME || process.env.USER || '本机操作员'
  } catch {
    return '本机操作员'
  }
}
