/**
 * Sandboxed preload (bundled to CommonJS, may only require 'electron'). Exposes one function,
 * `window.api.invoke(channel, input)`, for the contract's channels only. The main process still
 * checks the sender and validates every input: this allow-list is a first filter, not the guard.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS } from '../../shared/contract'
import type { Result } from '../../shared/result'
import type { SunlightApi } from './api.types'

/** Must equal IPC_INVOKE_CHANNEL in electron/main/ipc.channel.ts (checked by preload.test.ts). */
const IPC_INVOKE_CHANNEL = 'sunlight:invoke'

const ALLOWED: ReadonlySet<string> = new Set<string>(CHANNELS)

function refuse(code: 'UNKNOWN_CHANNEL' | 'INTERNAL', message: string): Promise<Result<never>> {
  return Promise.resolve({ ok: false, code, message })
}

const api = {
  invoke(channel: unknown, input?: unknown): Promise<Result<never>> {
    if (typeof channel !== 'string' || !ALLOWED.has(channel)) {
      return refuse('UNKNOWN_CHANNEL', '未知的调用通道，请求已被拒绝')
    }
    return (ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input) as Promise<Result<never>>).catch(() =>
      refuse('INTERNAL', '调用失败：数据无法传递给主进程，数据未改动'),
    )
  },
} satisfies SunlightApi

contextBridge.exposeInMainWorld('api', api)
