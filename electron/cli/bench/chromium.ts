/**
 * Finds a Chromium-based browser the way users have one, for the e2e suite and the benchmark:
 * never downloads anything, and keeps the browser off the (closed) network so it does not stall
 * on background connections. Every lookup goes through `BrowserLookup`, so tests inject it.
 *
 * Order: PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH → Chromium (Debian, 统信UOS, 麒麟: chromium,
 * chromium-browser) → Google Chrome → Microsoft Edge (Playwright's msedge channel on Windows,
 * where it always exists) → a Playwright-managed browser if one was installed.
 */
import { accessSync, constants, statSync } from 'node:fs'
import { posix } from 'node:path'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The variable Playwright users already know; CHROMIUM_PATH is the name this project used first. */
export const BROWSER_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'
const LEGACY_ENV = 'CHROMIUM_PATH'

export interface BrowserLookup {
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  /** true for an existing file this user may execute */
  isExecutable(path: string): boolean
  /** where Playwright keeps its own Chromium (`npx playwright install chromium`), whether or not it is there */
  managedPath(): string | undefined
}

/** How Playwright launches the browser found: by file, or by Playwright's channel name. */
export type BrowserLaunch = { executablePath: string } | { channel: 'msedge' }

export type BrowserChoice =
  | { ok: true; name: string; path: string; launch: BrowserLaunch }
  | { ok: false; message: string }

interface Candidate {
  name: string
  /** program names searched on PATH (Linux, macOS) */
  commands?: string[]
  /** fixed paths; `%VAR%` is expanded from the environment (Windows) */
  paths?: string[]
  channel?: 'msedge'
}

const WIN_DIRS = ['%ProgramFiles%', '%ProgramFiles(x86)%', '%LocalAppData%']
const winPaths = (tail: string) => WIN_DIRS.map((d) => `${d}\\${tail}`)

function candidates(platform: NodeJS.Platform): Candidate[] {
  if (platform === 'win32') {
    return [
      { name: 'Chromium', paths: winPaths('Chromium\\Application\\chrome.exe') },
      { name: 'Google Chrome', paths: winPaths('Google\\Chrome\\Application\\chrome.exe') },
      { name: 'Microsoft Edge', paths: winPaths('Microsoft\\Edge\\Application\\msedge.exe'), channel: 'msedge' },
    ]
  }
  if (platform === 'darwin') {
    return [
      { name: 'Chromium', paths: ['/Applications/Chromium.app/Contents/MacOS/Chromium'] },
      { name: 'Google Chrome', paths: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] },
      { name: 'Microsoft Edge', paths: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'] },
    ]
  }
  return [
    {
      name: 'Chromium',
      commands: ['chromium', 'chromium-browser'],
      paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'],
    },
    { name: 'Google Chrome', commands: ['google-chrome', 'google-chrome-stable'], paths: ['/opt/google/chrome/chrome'] },
    { name: 'Microsoft Edge', commands: ['microsoft-edge', 'microsoft-edge-stable'], paths: ['/opt/microsoft/msedge/msedge'] },
  ]
}

/** `%ProgramFiles%\x` with the variable's value (case-insensitive, as Windows reads them); null when unset. */
function expandWindowsVars(path: string, env: BrowserLookup['env']): string | null {
  let missing = false
  const out = path.replace(/%([^%]+)%/g, (_, name: string) => {
    const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase())
    const value = key ? env[key] : undefined
    if (!value) missing = true
    return value ?? ''
  })
  return missing ? null : out
}

/** The first `command` on PATH, as a shell would find it (Linux and macOS; Windows uses fixed paths). */
function onPath(command: string, lookup: BrowserLookup): string | undefined {
  const dirs = (lookup.env.PATH ?? '').split(':').filter(Boolean)
  return dirs.map((d) => posix.join(d, command)).find((p) => lookup.isExecutable(p))
}

function locate(c: Candidate, lookup: BrowserLookup): string | undefined {
  for (const command of c.commands ?? []) {
    const found = onPath(command, lookup)
    if (found) return found
  }
  const fixed = (c.paths ?? []).map((p) => (lookup.platform === 'win32' ? expandWindowsVars(p, lookup.env) : p))
  return fixed.find((p): p is string => p !== null && lookup.isExecutable(p))
}

/** The one command that gives this machine a browser the suite can use. */
export function installCommand(lookup: BrowserLookup): string {
  const apt = lookup.platform === 'linux' && onPath('apt-get', lookup)
  return apt ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium'
}

export function findBrowser(lookup: BrowserLookup = systemLookup()): BrowserChoice {
  const fromEnv = lookup.env[BROWSER_ENV] || lookup.env[LEGACY_ENV]
  if (fromEnv) {
    const variable = lookup.env[BROWSER_ENV] ? BROWSER_ENV : LEGACY_ENV
    return lookup.isExecutable(fromEnv)
      ? { ok: true, name: variable, path: fromEnv, launch: { executablePath: fromEnv } }
      : {
          ok: false,
          message: `环境变量 ${variable} 指向的浏览器不存在或不可执行：${fromEnv} / ${variable} points to a missing or non-executable browser: ${fromEnv}`,
        }
  }
  for (const c of candidates(lookup.platform)) {
    const path = locate(c, lookup)
    if (!path) continue
    const launch: BrowserLaunch = c.channel && lookup.platform === 'win32' ? { channel: c.channel } : { executablePath: path }
    return { ok: true, name: c.name, path, launch }
  }
  const managed = safely(() => lookup.managedPath())
  if (managed && lookup.isExecutable(managed)) {
    return { ok: true, name: 'Playwright Chromium', path: managed, launch: { executablePath: managed } }
  }
  const cmd = installCommand(lookup)
  return {
    ok: false,
    message: `未找到 Chromium、Google Chrome 或 Microsoft Edge 浏览器，请运行 ${cmd} 安装一个后重试 / No Chromium, Google Chrome or Microsoft Edge found: run ${cmd} to install one, then try again.`,
  }
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The real machine: its environment, file system and Playwright's browser folder. */
export function systemLookup(): BrowserLookup {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    managedPath: () => {
      // playwright-core answers from its registry without launching or downloading anything
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { chromium } = require('playwright-core') as typeof import('playwright-core')
      return chromium.executablePath()
    },
  }
}

/** Playwright launch options for the browser found (the caller has checked `ok`). */
export function launchOptions(choice: Extract<BrowserChoice, { ok: true }>): BrowserLaunch & { args: string[] } {
  return { ...choice.launch, args: CHROMIUM_ARGS }
}
