/**
 * Runs the BUILT Electron main bundle (out/main/index.js) under Node with a fake 'electron' module,
 * so the lifecycle wiring is checked here even though no Electron binary can run: the hardened
 * window, the session and webContents guards, the IPC sender check in front of the real core (a real
 * SQLite file in a temp folder), and the refusal of a newer-schema workspace without touching it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ROOT, readBuilt } from './built-output'

type Handler = (...args: unknown[]) => unknown
type IpcEvent = { sender: unknown; senderFrame: { url: string; parent: unknown } | null }

const MAIN = join(ROOT, 'out', 'main', 'index.js')
const RENDERER_INDEX = join(ROOT, 'out', 'renderer', 'index.html')
const APP_URL = pathToFileURL(RENDERER_INDEX).href
const NODE_BINDING = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')

function fakeElectron() {
  const appHandlers = new Map<string, Handler>()
  const ipcHandlers = new Map<string, Handler>()
  const windows: FakeWindow[] = []
  let resolveReady!: () => void
  const ready = new Promise<void>((r) => (resolveReady = r))
  const sessionHandlers: Record<string, Handler> = {}

  class FakeWindow {
    readonly events = new Map<string, Handler>()
    readonly webContents = { id: 1 }
    readonly loadFile = vi.fn(() => Promise.resolve())
    readonly loadURL = vi.fn(() => Promise.resolve())
    constructor(readonly options: { webPreferences?: Record<string, unknown>; title?: string; show?: boolean }) {
      windows.push(this)
    }
    once(event: string, fn: Handler) {
      this.events.set(event, fn)
    }
    on(event: string, fn: Handler) {
      this.events.set(event, fn)
    }
    isDestroyed() {
      return false
    }
    show() {}
  }

  const electron = {
    app: {
      isPackaged: false,
      setPath: vi.fn(),
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      setAppUserModelId: vi.fn(),
      on: (event: string, fn: Handler) => appHandlers.set(event, fn),
      whenReady: () => ready,
      getVersion: () => '0.1.0',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (sessionHandlers.request = fn),
        setPermissionCheckHandler: (fn: Handler) => (sessionHandlers.check = fn),
        setDevicePermissionHandler: (fn: Handler) => (sessionHandlers.device = fn),
        webRequest: { onBeforeRequest: (fn: Handler) => (sessionHandlers.beforeRequest = fn) },
      },
    },
    ipcMain: { handle: (name: string, fn: Handler) => ipcHandlers.set(name, fn), removeHandler: vi.fn() },
  }
  return { electron, appHandlers, ipcHandlers, windows, sessionHandlers, resolveReady }
}

type Fake = ReturnType<typeof fakeElectron>

/** Loads a fresh copy of out/main/index.js with `--data-dir dataDir` and the fake electron, then fires 'ready'. */
async function startMain(dataDir: string): Promise<Fake> {
  readBuilt('out/main/index.js')
  const fake = fakeElectron()
  const require = createRequire(MAIN)
  for (const id of Object.keys(require.cache)) if (id.startsWith(join(ROOT, 'out', 'main'))) delete require.cache[id]
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const originalLoad = loader._load
  const originalArgv = process.argv
  process.argv = [...originalArgv, '--data-dir', dataDir]
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest)
  }
  try {
    require(MAIN)
  } finally {
    loader._load = originalLoad
    process.argv = originalArgv
  }
  fake.resolveReady()
  await new Promise((r) => setTimeout(r, 0))
  return fake
}

const dirs: string[] = []
let running: Fake | undefined
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sunlight-main-'))
  dirs.push(d)
  return d
}

afterEach(() => {
  running?.appHandlers.get('will-quit')?.()
  running = undefined
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  vi.unstubAllEnvs()
})

describe('Electron main wiring (built bundle, fake electron)', () => {
  it('opens the workspace, creates the one hardened window and loads the built page', async () => {
    vi.stubEnv('SUNLIGHT_NATIVE_BINDING', NODE_BINDING)
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    const dataDir = tempDir()
    const fake = (running = await startMain(dataDir))

    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', join(dataDir, 'electron-profile'))
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled()
    expect(fake.electron.app.setAppUserModelId).toHaveBeenCalledWith('cn.gov.sunlightdesk')
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled()
    expect(fake.windows).toHaveLength(1)
    const win = fake.windows[0]!
    expect(win.options.title).toBe('阳光权力自查台')
    expect(win.options.show).toBe(false)
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: true, // unpackaged = development
      preload: join(ROOT, 'out', 'preload', 'index.cjs'),
    })
    expect(win.loadFile).toHaveBeenCalledWith(RENDERER_INDEX)
    expect(win.events.has('ready-to-show')).toBe(true)
    expect(readFileSync(join(dataDir, 'workspace.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('installs the session guards: permissions denied, network requests cancelled', async () => {
    vi.stubEnv('SUNLIGHT_NATIVE_BINDING', NODE_BINDING)
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    const fake = (running = await startMain(tempDir()))
    const { request, check, device, beforeRequest } = fake.sessionHandlers
    const granted = vi.fn()
    request!({}, 'media', granted, {})
    expect(granted).toHaveBeenCalledWith(false)
    expect(check!({}, 'geolocation', 'file://', {})).toBe(false)
    expect(device!({})).toBe(false)
    const answer = vi.fn()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    beforeRequest!({ url: 'https://example.com/x.js' }, answer)
    expect(answer).toHaveBeenLastCalledWith({ cancel: true })
    beforeRequest!({ url: APP_URL.replace('index.html', 'assets/app.js') }, answer)
    expect(answer).toHaveBeenLastCalledWith({ cancel: false })
    warn.mockRestore()
  })

  it('guards every webContents: navigation away, window.open and <webview> are denied', async () => {
    vi.stubEnv('SUNLIGHT_NATIVE_BINDING', NODE_BINDING)
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    const fake = (running = await startMain(tempDir()))
    const listeners = new Map<string, Handler>()
    let openHandler: Handler | undefined
    const contents = { on: (e: string, fn: Handler) => listeners.set(e, fn), setWindowOpenHandler: (fn: Handler) => (openHandler = fn) }
    fake.appHandlers.get('web-contents-created')!({}, contents)

    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = { url: 'https://example.com/', preventDefault: vi.fn() }
      listeners.get(event)!(away)
      expect(away.preventDefault, event).toHaveBeenCalled()
      const home = { url: `${APP_URL}#/org`, preventDefault: vi.fn() }
      listeners.get(event)!(home)
      expect(home.preventDefault, event).not.toHaveBeenCalled()
    }
    const webview = { preventDefault: vi.fn() }
    listeners.get('will-attach-webview')!(webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('answers IPC only for the main frame of the main window showing the app page', async () => {
    vi.stubEnv('SUNLIGHT_NATIVE_BINDING', NODE_BINDING)
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    const dataDir = tempDir()
    const fake = (running = await startMain(dataDir))
    const invoke = fake.ipcHandlers.get('sunlight:invoke')!
    const win = fake.windows[0]!
    const call = (event: IpcEvent, channel: unknown, input?: unknown) => invoke(event, channel, input)
    const main: IpcEvent = { sender: win.webContents, senderFrame: { url: `${APP_URL}#/`, parent: null } }

    await expect(call(main, 'app:info')).resolves.toMatchObject({ ok: true, value: { mode: 'electron', dataDir } })
    await expect(call(main, 'unit:get')).resolves.toEqual({ ok: true, value: null })

    const refusals: IpcEvent[] = [
      { sender: win.webContents, senderFrame: { url: APP_URL, parent: {} } }, // an iframe
      { sender: { id: 2 }, senderFrame: { url: APP_URL, parent: null } }, // another webContents
      { sender: win.webContents, senderFrame: { url: 'https://example.com/', parent: null } }, // a foreign page
      { sender: win.webContents, senderFrame: null }, // frame gone
    ]
    for (const event of refusals) {
      await expect(call(event, 'app:info'), JSON.stringify(event)).resolves.toMatchObject({
        ok: false,
        code: 'UNAUTHORIZED',
        message: expect.stringMatching(/[\u4e00-\u9fff]/),
      })
    }
    await expect(call(main, 'fs:read')).resolves.toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' })
    await expect(call(main, 'department:create', { name: 42 })).resolves.toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('refuses a workspace written by a newer version: Chinese error box, exit, file untouched', async () => {
    vi.stubEnv('SUNLIGHT_NATIVE_BINDING', NODE_BINDING)
    const dataDir = tempDir()
    const dbPath = join(dataDir, 'workspace.sqlite')
    const db = new Database(dbPath)
    db.exec('create table t (x); insert into t values (1)')
    db.pragma('user_version = 999')
    db.close()
    const before = readFileSync(dbPath)
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {})

    const fake = await startMain(dataDir)
    errorLog.mockRestore()

    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledTimes(1)
    const [title, message] = fake.electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string]
    expect(title).toBe('无法打开工作区')
    expect(message).toMatch(/更新版本/)
    expect(fake.electron.app.exit).toHaveBeenCalledWith(1)
    expect(fake.windows).toHaveLength(0)
    expect(fake.ipcHandlers.size).toBe(0)
    expect(readFileSync(dbPath).equals(before)).toBe(true)
  })
})
