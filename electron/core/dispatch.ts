import { z } from 'zod'
import { contract, isChannel } from '../../shared/contract'
import { fieldLabel } from '../../shared/field-labels'
import { AppError, type Result } from '../../shared/result'
import type { CoreContext } from './context'
import type { HandlerMap } from './handler-types'

z.config(z.locales.zhCN())

/** Turns the first zod issue into one Chinese sentence that names the field. */
export function describeZodError(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0]
  if (!issue) return { message: '输入数据无效' }
  const field = issue.path.filter((p) => typeof p === 'string').join('.') || undefined
  const label = fieldLabel(issue.path)
  const message = issue.code === 'custom' || !label ? issue.message : `${label}：${issue.message}`
  return { message, field }
}

export type Logger = (message: string, error?: unknown) => void
const defaultLogger: Logger = (m, e) => console.error(`[core] ${m}`, e)

/**
 * The single entry point both transports call. Never throws: unknown channel, invalid input,
 * refused operations and unexpected failures all come back as `{ok:false, code, message}`.
 */
export async function dispatch(
  handlers: HandlerMap,
  ctx: CoreContext,
  channel: unknown,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, code: 'UNKNOWN_CHANNEL', message: '未知的调用通道，请求已被拒绝' }
  }
  const spec = contract[channel]
  const parsed = spec.input.safeParse(rawInput)
  if (!parsed.success) {
    const { message, field } = describeZodError(parsed.error)
    return { ok: false, code: 'VALIDATION', message, field }
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown
    const value = await handler(parsed.data, ctx)
    return { ok: true, value: spec.output.parse(value) }
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message, field: e.field }
    log(`${channel} failed`, e)
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_FULL') return { ok: false, code: 'INTERNAL', message: '磁盘空间已满，操作没有保存' }
    if (code === 'SQLITE_BUSY') return { ok: false, code: 'INTERNAL', message: '数据库正忙，请稍后重试' }
    return { ok: false, code: 'INTERNAL', message: '操作失败：程序内部错误，数据未改动。请重试，若反复出现请联系技术支持' }
  }
}
