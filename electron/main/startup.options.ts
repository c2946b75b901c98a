/**
 * Pure startup decisions for Electron main: the workspace folder and the better-sqlite3 build.
 * Node-only imports, no 'electron', so they are unit-tested under Node.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Windows AppUserModelID; equals appId in electron-builder.yml (checked by builder-config.test.ts). */
export const APP_ID = 'cn.gov.sunlightdesk'

/** `--data-dir DIR` or `--data-dir=DIR` from the command line, resolved; undefined when absent. */
export function dataDirArg(argv: readonly string[], cwd: string = process.cwd()): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--data-dir') {
      const value = argv[i + 1]
      return value && !value.startsWith('--') ? resolve(cwd, value) : undefined
    }
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length)
      return value ? resolve(cwd, value) : undefined
    }
  }
  return undefined
}

/** Where electron/launcher/start.mjs puts the better-sqlite3 build for Electron's ABI (development only). */
export const ELECTRON_NATIVE_DIR = '.electron-native'
export const ELECTRON_NATIVE_FILE = 'better_sqlite3.node'

export interface NativeBindingInput {
  env: Record<string, string | undefined>
  /** The project folder (holding package.json); undefined when unknown. */
  projectRoot: string | undefined
  isPackaged: boolean
  exists?: (path: string) => boolean
}

/**
 * The better-sqlite3 native module Electron main should load:
 * 1. SUNLIGHT_NATIVE_BINDING (explicit override, e.g. for troubleshooting);
 * 2. `<project>/.electron-native/better_sqlite3.node` in development, built by electron/launcher/start.mjs
 *    (node_modules keeps the Node build so tests and the CLI keep working under Node);
 * 3. undefined: the packaged app, where electron-builder rebuilt better-sqlite3 for Electron.
 */
export function findNativeBinding(input: NativeBindingInput): string | undefined {
  const exists = input.exists ?? existsSync
  const fromEnv = input.env.SUNLIGHT_NATIVE_BINDING
  if (fromEnv) return resolve(fromEnv)
  if (input.isPackaged || !input.projectRoot) return undefined
  const dev = join(input.projectRoot, ELECTRON_NATIVE_DIR, ELECTRON_NATIVE_FILE)
  return exists(dev) ? dev : undefined
}

/** True for the errors Node/Electron raise when a native module was built for another ABI. */
export function isNativeModuleMismatch(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null
  if (!e) return false
  if (e.code === 'ERR_DLOPEN_FAILED') return true
  return typeof e.message === 'string' && /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(e.message)
}
