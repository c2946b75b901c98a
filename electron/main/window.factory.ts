/**
 * The ONE window factory's pure half: the BrowserWindow options and where the renderer comes from.
 * Only type imports from 'electron' here, so the security settings are unit-tested under Node.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions } from 'electron'
import { APP_TITLE } from './messages'

export interface WindowOptionsExtra {
  /** DevTools only in development (an unpackaged app); never in the packaged app. */
  devTools?: boolean
}

export function windowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    title: APP_TITLE,
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
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
      devTools: extra.devTools ?? false,
    },
  }
}

/** Where the window's page comes from: the built file, or the electron-vite dev server. */
export type RendererTarget = { kind: 'file'; path: string; url: string } | { kind: 'url'; url: string }

export interface RendererTargetInput {
  /** app.isPackaged: a packaged app never follows ELECTRON_RENDERER_URL. */
  isPackaged: boolean
  /** The electron-vite dev server URL (process.env.ELECTRON_RENDERER_URL), if any. */
  devServerUrl: string | undefined
  /** The folder of the main bundle (out/main). */
  mainDir: string
}

export function rendererTarget(input: RendererTargetInput): RendererTarget {
  if (!input.isPackaged && input.devServerUrl) {
    const url = new URL(input.devServerUrl)
    if (url.protocol === 'http:' || url.protocol === 'https:') return { kind: 'url', url: url.href }
  }
  const path = join(input.mainDir, '..', 'renderer', 'index.html')
  return { kind: 'file', path, url: pathToFileURL(path).href }
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs')
}
