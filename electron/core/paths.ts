import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export const APP_DIR_NAME = 'SunlightDesk'
export const DB_FILE_NAME = 'workspace.sqlite'

/** The default workspace folder outside Electron (Electron main passes app.getPath('userData')). */
export function defaultDataDir(): string {
  if (process.env.SUNLIGHT_DATA_DIR) return resolve(process.env.SUNLIGHT_DATA_DIR)
  if (process.platform === 'win32') {
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  }
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME)
}

/** Walks up from `start` to the folder holding package.json (the project, or app.asar's root). */
export function findAppRoot(start: string = __dirname): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir
    const up = dirname(dir)
    if (up === dir) throw new Error(`package.json not found above ${start}`)
    dir = up
  }
}

/**
 * Migrations ship as plain files: in the source tree (tests, CLI, host), next to the bundle
 * (out/), or in Electron's resources folder when packaged (electron-builder extraResources).
 */
export function resolveMigrationsDir(): string {
  const candidates: string[] = []
  if (process.env.SUNLIGHT_MIGRATIONS_DIR) candidates.push(process.env.SUNLIGHT_MIGRATIONS_DIR)
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) candidates.push(join(resourcesPath, 'migrations'))
  try {
    candidates.push(join(findAppRoot(), 'electron', 'core', 'db', 'migrations'))
  } catch {
    // no package.json above: only the other candidates apply
  }
  const found = candidates.find((c) => existsSync(join(c, 'meta', '_journal.json')))
  if (!found) throw new Error(`migrations folder not found (looked in: ${candidates.join(', ')})`)
  return found
}

/** A folder of resources/ (starter libraries, chart templates): beside app.asar when packaged, else in the source tree. */
export function resolveResourceDir(name: string): string | undefined {
  const candidates: string[] = []
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) candidates.push(join(resourcesPath, name))
  candidates.push(join(findAppRoot(__dirname), 'resources', name))
  return candidates.find((c) => existsSync(c))
}
