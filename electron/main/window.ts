/** Creates the main window from the one factory and wires the guards to it and its session. */
import { BrowserWindow, type Session, type WebContents } from 'electron'
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
  isAllowedRequestUrl,
  navigationGuard,
} from './guards'
import { preloadPath, type RendererTarget, windowOptions } from './window.factory'

/** Applied to EVERY webContents the app creates (app 'web-contents-created'), not only the main window. */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  const guard = navigationGuard(appUrl)
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', denyWebviewAttach)
  contents.setWindowOpenHandler(denyWindowOpen)
}

/** Denies every permission and cancels every request that is not the app's own files. */
export function hardenSession(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler(denyPermissionRequest)
  session.setPermissionCheckHandler(denyPermissionCheck)
  session.setDevicePermissionHandler(denyPermissionCheck)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, appUrl)
    if (!allowed) console.warn(`[security] blocked request: ${details.url}`)
    callback({ cancel: !allowed })
  })
}

export interface MainWindowInput {
  mainDir: string
  target: RendererTarget
  devTools: boolean
}

export function createMainWindow(input: MainWindowInput): BrowserWindow {
  const win = new BrowserWindow(windowOptions(preloadPath(input.mainDir), { devTools: input.devTools }))
  win.once('ready-to-show', () => win.show())
  // The page's <title> must not replace the product name in the title bar.
  win.on('page-title-updated', (event) => event.preventDefault())
  const loading = input.target.kind === 'file' ? win.loadFile(input.target.path) : win.loadURL(input.target.url)
  loading.catch((e: unknown) => console.error('[window] failed to load the renderer', e))
  return win
}
