/**
 * Pure navigation, window, permission, request and IPC-sender guards for the Electron main
 * process. No runtime import of 'electron' here (type-only imports are erased), so vitest can
 * test every rule under plain Node.
 *
 * Every check parses URLs with `new URL` and compares parsed parts: never substring matching
 * (a substring check is how Actual Budget's trusted-url guard was bypassed).
 */

/** Parses a URL, or returns null for anything that is not an absolute URL. */
export function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function isWebProtocol(protocol: string): boolean {
  return protocol === 'http:' || protocol === 'https:'
}

/**
 * True when `url` is the app's own page. `appUrl` is the URL the window loads:
 * - production: `file:///…/out/renderer/index.html` → only that exact file (any hash/query, which
 *   the client-side router uses), on the same host (an empty host; a UNC host must match too);
 * - electron-vite dev: the dev server, e.g. `http://localhost:5173/` → the same origin.
 */
export function isAppUrl(url: unknown, appUrl: string): boolean {
  const target = parseUrl(url)
  const app = parseUrl(appUrl)
  if (!target || !app) return false
  if (target.username || target.password) return false
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname
  }
  if (isWebProtocol(app.protocol)) return target.origin === app.origin
  return false
}

/** The minimal shape of Electron's navigation events (`will-navigate`, `will-redirect`, `will-frame-navigate`). */
export interface PreventableUrlEvent {
  readonly url: string
  preventDefault(): void
}

/** Returns a listener that cancels every navigation away from the app's own page. */
export function navigationGuard(appUrl: string): (event: PreventableUrlEvent) => void {
  return (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault()
  }
}

/** `webContents.setWindowOpenHandler`: the app never opens a second window or an external page. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' }
}

/** `will-attach-webview`: the app never uses <webview>. */
export function denyWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault()
}

/** `session.setPermissionRequestHandler`: camera, microphone, notifications, geolocation… all denied. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (permissionGranted: boolean) => void,
): void {
  callback(false)
}

/** `session.setPermissionCheckHandler` and `setDevicePermissionHandler`: every check answers no. */
export function denyPermissionCheck(): boolean {
  return false
}

/**
 * `session.webRequest.onBeforeRequest`: the app works offline, so the renderer may load only its
 * own files (or the dev server in development). Everything else is cancelled: zero network calls.
 */
export function isAllowedRequestUrl(url: unknown, appUrl: string): boolean {
  const target = parseUrl(url)
  const app = parseUrl(appUrl)
  if (!target || !app) return false
  if (target.protocol === 'data:' || target.protocol === 'blob:') return true
  if (target.protocol === 'devtools:') return true
  if (app.protocol === 'file:') {
    if (target.protocol !== 'file:' || target.host !== app.host) return false
    // The renderer folder: everything the built index.html references lives below it.
    const rendererDir = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1)
    return target.pathname.startsWith(rendererDir)
  }
  if (isWebProtocol(app.protocol)) {
    // Dev server: its pages, modules and the HMR websocket, on the same host and port only.
    const sameHost = target.hostname === app.hostname && target.port === app.port
    return sameHost && (isWebProtocol(target.protocol) || target.protocol === 'ws:' || target.protocol === 'wss:')
  }
  return false
}

/** What the IPC handler knows about the frame that sent a message. */
export interface SenderInfo {
  /** The sender frame's current URL (undefined when the frame is gone). */
  readonly url: string | undefined
  /** True only for the top frame of the app's main window (not an iframe, not another window). */
  readonly isMainFrame: boolean
}

/** IPC is answered only for the main window's top frame showing the app's own page. */
export function isTrustedSender(sender: SenderInfo | null | undefined, appUrl: string): boolean {
  if (!sender || sender.isMainFrame !== true) return false
  return isAppUrl(sender.url, appUrl)
}
