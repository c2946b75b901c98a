/**
 * The one client of the core. In Electron it goes through the sandboxed preload
 * (`window.api.invoke`); in browser mode it posts to the local host's `/api/invoke`.
 * Either way the answer is a Result with a Chinese message — this module never throws from `invoke`.
 */
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract'
import { ERROR_CODES, type Err, type ErrorCode, type Result } from '@shared/result'

const MSG_OFFLINE = '无法连接到本机服务，请确认程序仍在运行'
const MSG_BAD_ANSWER = '本机服务返回了无法识别的数据，请刷新页面后重试'

type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>

const fail = (code: ErrorCode, message: string): Err => ({ ok: false, code, message })

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  if (v.ok === true) return 'value' in v
  return (
    v.ok === false &&
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code)
  )
}

const electronTransport: Transport = async (channel, input) => {
  try {
    const answer = await window.api!.invoke(channel, input)
    return isResult(answer) ? answer : fail('INTERNAL', MSG_BAD_ANSWER)
  } catch {
    return fail('INTERNAL', MSG_OFFLINE)
  }
}

const httpTransport: Transport = async (channel, input) => {
  let response: Response
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      // An undefined input is dropped by JSON.stringify and arrives as undefined, as over IPC.
      body: JSON.stringify({ channel, input }),
    })
  } catch {
    return fail('INTERNAL', MSG_OFFLINE)
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    if (response.status === 401 || response.status === 403) {
      return fail('UNAUTHORIZED', '访问被拒绝：请使用程序启动时打印的完整地址（含 ?token=）重新打开本页面')
    }
    return fail('INTERNAL', `${MSG_BAD_ANSWER}（HTTP ${response.status}）`)
  }
  // 401/403 and other refusals also carry a Result with a Chinese message.
  return isResult(body) ? body : fail('INTERNAL', `${MSG_BAD_ANSWER}（HTTP ${response.status}）`)
}

function transport(): Transport {
  return typeof window !== 'undefined' && typeof window.api?.invoke === 'function'
    ? electronTransport
    : httpTransport
}

/** An Err turned into something throwable, keeping the Chinese message, code and field. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  constructor(err: Err) {
    super(err.message)
    this.name = 'ApiError'
    this.code = err.code
    this.field = err.field
  }
}

async function invoke<C extends Channel>(
  channel: C,
  input?: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  // The core validates every output against the contract before it leaves, so the cast is sound.
  return (await transport()(channel, input)) as Result<ChannelOutput<C>>
}

async function call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input)
  if (!result.ok) throw new ApiError(result)
  return result.value
}

export const api = {
  invoke,
  call,
  /** Which transport is in use, for the 设置 page. */
  get mode(): 'electron' | 'browser' {
    return typeof window !== 'undefined' && typeof window.api?.invoke === 'function' ? 'electron' : 'browser'
  },
}

/** The Chinese message of anything caught around `api.call`. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message
  return '操作失败：发生了意外错误，请重试'
}
