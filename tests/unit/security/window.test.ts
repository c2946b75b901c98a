import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedSender,
  navigationGuard,
} from '../../../electron/main/guards'
import { preloadPath, rendererTarget, windowOptions } from '../../../electron/main/window.factory'

const mainDir = join('/opt', 'sunlight', 'out', 'main')
const APP_FILE_URL = pathToFileURL(join(mainDir, '..', 'renderer', 'index.html')).href
const DEV_URL = 'http://localhost:5173/'

describe('windowOptions (the one window factory)', () => {
  it('uses exactly the hardened webPreferences', () => {
    const opts = windowOptions('/x/preload/index.cjs')
    expect(opts.webPreferences).toEqual({
      preload: '/x/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    })
  })

  it('enables DevTools only when asked (development) and changes nothing else', () => {
    const dev = windowOptions('/p.cjs', { devTools: true }).webPreferences
    const prod = windowOptions('/p.cjs').webPreferences
    expect(dev?.devTools).toBe(true)
    expect({ ...dev, devTools: false }).toEqual(prod)
  })

  it('has the Chinese title, a minimum size and stays hidden until ready-to-show', () => {
    const opts = windowOptions('/p.cjs')
    expect(opts.title).toBe('阳光权力自查台')
    expect(opts.show).toBe(false)
    expect(opts.minWidth).toBeGreaterThanOrEqual(1000)
    expect(opts.minHeight).toBeGreaterThanOrEqual(600)
  })

  it('loads the built file in production and ignores ELECTRON_RENDERER_URL when packaged', () => {
    const packaged = rendererTarget({ isPackaged: true, devServerUrl: DEV_URL, mainDir })
    expect(packaged).toEqual({ kind: 'file', path: join(mainDir, '..', 'renderer', 'index.html'), url: APP_FILE_URL })
    const dev = rendererTarget({ isPackaged: false, devServerUrl: DEV_URL, mainDir })
    expect(dev).toEqual({ kind: 'url', url: DEV_URL })
    const devWithoutServer = rendererTarget({ isPackaged: false, devServerUrl: undefined, mainDir })
    expect(devWithoutServer.kind).toBe('file')
    // A non-web dev URL is never followed.
    expect(rendererTarget({ isPackaged: false, devServerUrl: 'file:///etc/passwd', mainDir }).kind).toBe('file')
    expect(preloadPath(mainDir)).toBe(join(mainDir, '..', 'preload', 'index.cjs'))
  })
})

describe('isAppUrl and the navigation guard', () => {
  it('allows the app page itself, with the router hash or a query', () => {
    expect(isAppUrl(APP_FILE_URL, APP_FILE_URL)).toBe(true)
    expect(isAppUrl(`${APP_FILE_URL}#/org/units`, APP_FILE_URL)).toBe(true)
    expect(isAppUrl(`${APP_FILE_URL}?x=1#/`, APP_FILE_URL)).toBe(true)
    expect(isAppUrl(`${DEV_URL}#/org`, DEV_URL)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV_URL)).toBe(true)
  })

  it.each([
    ['another web site', 'https://example.com/'],
    ['another web site that contains the app path', `https://evil.example/${APP_FILE_URL}`],
    ['another local file', pathToFileURL('/etc/passwd').href],
    ['a sibling file in the renderer folder', APP_FILE_URL.replace('index.html', 'other.html')],
    ['a path that walks out of the renderer folder', APP_FILE_URL.replace('index.html', '../../../etc/index.html')],
    ['the same path on a UNC host', APP_FILE_URL.replace('file:///', 'file://evil-host/')],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['an about:blank page', 'about:blank'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('denies %s', (_label, url) => {
    expect(isAppUrl(url, APP_FILE_URL)).toBe(false)
    const event = { url, preventDefault: vi.fn() }
    navigationGuard(APP_FILE_URL)(event)
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
  })

  it('denies other origins in development, including look-alike hosts and ports', () => {
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://localhost.evil.example:5173/',
      'http://user:pw@localhost:5173/',
      'http://127.0.0.1:5173/',
    ]) {
      expect(isAppUrl(url, DEV_URL), url).toBe(false)
    }
  })

  it('lets navigation to the app page through', () => {
    const event = { url: `${APP_FILE_URL}#/dashboard`, preventDefault: vi.fn() }
    navigationGuard(APP_FILE_URL)(event)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('rejects non-string input without throwing', () => {
    expect(isAppUrl(undefined, APP_FILE_URL)).toBe(false)
    expect(isAppUrl(42, APP_FILE_URL)).toBe(false)
    expect(isAppUrl(APP_FILE_URL, 'not a url')).toBe(false)
  })
})

describe('window.open, <webview> and permissions', () => {
  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' })
  })

  it('prevents attaching a <webview>', () => {
    const event = { preventDefault: vi.fn() }
    denyWebviewAttach(event)
    expect(event.preventDefault).toHaveBeenCalledTimes(1)
  })

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      denyPermissionRequest({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(denyPermissionCheck()).toBe(false)
  })
})

describe('isAllowedRequestUrl (offline: only the app files load)', () => {
  it('allows the built renderer files and inline data', () => {
    expect(isAllowedRequestUrl(APP_FILE_URL, APP_FILE_URL)).toBe(true)
    expect(isAllowedRequestUrl(APP_FILE_URL.replace('index.html', 'assets/index-abc.js'), APP_FILE_URL)).toBe(true)
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', APP_FILE_URL)).toBe(true)
    expect(isAllowedRequestUrl('blob:file:///0b1c', APP_FILE_URL)).toBe(true)
  })

  it('blocks the network and files outside the renderer folder', () => {
    for (const url of [
      'https://example.com/track.gif',
      'http://127.0.0.1:8080/',
      'ws://example.com/',
      pathToFileURL('/etc/passwd').href,
      APP_FILE_URL.replace('renderer/index.html', 'main/index.js'),
      APP_FILE_URL.replace('index.html', '../main/index.js'),
      APP_FILE_URL.replace('index.html', '%2e%2e/main/index.js'),
      APP_FILE_URL.replace('file:///', 'file://evil-host/'),
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url, APP_FILE_URL), url).toBe(false)
    }
  })

  it('allows only the dev server (pages and HMR socket) in development', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/@vite/client', DEV_URL)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:5173/', DEV_URL)).toBe(true)
    expect(isAllowedRequestUrl('http://localhost:5174/', DEV_URL)).toBe(false)
    expect(isAllowedRequestUrl('https://fonts.example.com/x.woff2', DEV_URL)).toBe(false)
  })
})

describe('isTrustedSender (IPC sender frame check)', () => {
  it('accepts the main frame showing the app page', () => {
    expect(isTrustedSender({ url: `${APP_FILE_URL}#/org`, isMainFrame: true }, APP_FILE_URL)).toBe(true)
    expect(isTrustedSender({ url: `${DEV_URL}#/`, isMainFrame: true }, DEV_URL)).toBe(true)
  })

  it('rejects sub-frames, even on the app page', () => {
    expect(isTrustedSender({ url: APP_FILE_URL, isMainFrame: false }, APP_FILE_URL)).toBe(false)
  })

  it('rejects a main frame that shows a foreign page', () => {
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, APP_FILE_URL)).toBe(false)
    expect(isTrustedSender({ url: pathToFileURL('/tmp/evil.html').href, isMainFrame: true }, APP_FILE_URL)).toBe(false)
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, APP_FILE_URL)).toBe(false)
  })

  it('rejects a missing or destroyed sender frame', () => {
    expect(isTrustedSender(null, APP_FILE_URL)).toBe(false)
    expect(isTrustedSender(undefined, APP_FILE_URL)).toBe(false)
    expect(isTrustedSender({ url: undefined, isMainFrame: true }, APP_FILE_URL)).toBe(false)
  })
})
