/**
 * Electron main: lifecycle only. Opens the workspace core, installs the guards, the menu and the
 * IPC handler, and shows the one window. Anything testable lives in the pure modules it wires.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { type Core, openCore } from '../core'
import { defaultDataDir, findAppRoot } from '../core/paths'
import { registerIpc } from './ipc'
import { menuTemplate } from './menu.template'
import { APP_TITLE, MSG } from './messages'
import { APP_ID, dataDirArg, findNativeBinding, isNativeModuleMismatch } from './startup.options'
import { createMainWindow, hardenSession, hardenWebContents } from './window'
import { rendererTarget } from './window.factory'

let core: Core | null = null
let mainWindow: BrowserWindow | null = null

const isDev = !app.isPackaged
const target = rendererTarget({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL, mainDir: __dirname })
/**
 * The workspace folder: --data-dir, else the same default as browser mode and the CLI
 * (<appData>/SunlightDesk, which is where Electron's userData would be for that app name).
 * Chromium's profile goes into a subfolder of it, so the single-instance lock is per workspace
 * and the workspace file is not mixed with Chromium's caches.
 */
const dataDir = dataDirArg(process.argv) ?? defaultDataDir()
app.setPath('userData', join(dataDir, 'electron-profile'))
app.enableSandbox()

function projectRoot(): string | undefined {
  try {
    return findAppRoot(__dirname)
  } catch {
    return undefined
  }
}

function openWorkspaceCore(dataDir: string): Core | null {
  const nativeBinding = findNativeBinding({ env: process.env, projectRoot: projectRoot(), isPackaged: app.isPackaged })
  try {
    return openCore({ dataDir, mode: 'electron', appVersion: app.getVersion(), nativeBinding, jobs: { prewarm: true } })
  } catch (e) {
    console.error('[main] opening the workspace failed', e)
    const err = e as { code?: string; message?: string }
    let message: string
    if (err.code === 'SCHEMA_TOO_NEW' && err.message) message = err.message
    else if (isNativeModuleMismatch(e)) message = MSG.nativeMismatch(dataDir)
    else if (err.code && err.message && /[\u4e00-\u9fff]/.test(err.message)) message = err.message
    else message = MSG.openFailedGeneric(dataDir, err.message ?? String(e))
    dialog.showErrorBox(MSG.openFailedTitle, message)
    return null
  }
}

function showAbout(dataDir: string): void {
  const options = { type: 'info' as const, title: MSG.aboutTitle, message: APP_TITLE, detail: MSG.aboutDetail(app.getVersion(), dataDir) }
  if (mainWindow) void dialog.showMessageBox(mainWindow, options)
  else void dialog.showMessageBox(options)
}

function start(): void {
  core = openWorkspaceCore(dataDir)
  if (!core) {
    app.exit(1)
    return
  }
  hardenSession(session.defaultSession, target.url)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev, onAbout: () => showAbout(dataDir) })))
  registerIpc({ core, getMainWindow: () => mainWindow, appUrl: target.url })
  mainWindow = createMainWindow({ mainDir: __dirname, target, devTools: isDev })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.setAppUserModelId(APP_ID)
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target.url))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    core?.close()
    core = null
  })
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('[main] startup failed', e)
      dialog.showErrorBox(MSG.openFailedTitle, String(e))
      app.exit(1)
    })
}
