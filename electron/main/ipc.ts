/**
 * Registers the single IPC entry point. The sender must be the main window's top frame showing the
 * app's own page; then the core validates channel and input (zod) and answers with a Result.
 */
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron'
import type { Core } from '../core'
import type { Result } from '../../shared/result'
import { isTrustedSender, type SenderInfo } from './guards'
import { IPC_INVOKE_CHANNEL } from './ipc.channel'
import { MSG } from './messages'

export interface IpcDeps {
  core: Core
  getMainWindow: () => BrowserWindow | null
  /** The URL the main window loads (see rendererTarget). */
  appUrl: string
}

function senderInfo(event: IpcMainInvokeEvent, win: BrowserWindow | null): SenderInfo | null {
  const frame = event.senderFrame
  if (!frame || !win || win.isDestroyed()) return null
  const fromMainWindow = event.sender === win.webContents
  return { url: frame.url, isMainFrame: fromMainWindow && frame.parent === null }
}

export function registerIpc(deps: IpcDeps): void {
  ipcMain.removeHandler(IPC_INVOKE_CHANNEL)
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(senderInfo(event, deps.getMainWindow()), deps.appUrl)) {
      return { ok: false, code: 'UNAUTHORIZED', message: MSG.unauthorizedSender }
    }
    try {
      return await deps.core.invoke(channel, input)
    } catch (e) {
      console.error('[ipc] core.invoke threw', e)
      return { ok: false, code: 'INTERNAL', message: MSG.ipcFailed }
    }
  })
}
