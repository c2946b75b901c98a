import { describe, expect, it } from 'vitest'
import { type BrowserLookup, findBrowser } from '../../electron/cli/bench/chromium'

/** A machine with exactly these executable files. */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, managed?: string): BrowserLookup {
  const present = new Set(files)
  return {
    platform,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    isExecutable: (p) => present.has(p),
    managedPath: () => managed,
  }
}

const WIN_ENV = {
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local',
}

describe('findBrowser', () => {
  it('uses PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH before anything installed', () => {
    const m = machine('linux', ['/usr/bin/chromium', '/opt/x/chrome'], { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/x/chrome' })
    expect(findBrowser(m)).toMatchObject({ ok: true, path: '/opt/x/chrome', launch: { executablePath: '/opt/x/chrome' } })
  })

  it('says so when the variable points at nothing, instead of silently taking another browser', () => {
    const m = machine('linux', ['/usr/bin/chromium'], { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/nowhere/chrome' })
    const r = findBrowser(m)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('/nowhere/chrome')
  })

  it("finds Debian's chromium on PATH", () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium']))).toMatchObject({ ok: true, name: 'Chromium', path: '/usr/bin/chromium' })
  })

  it('finds chromium-browser (统信UOS / 麒麟) and a PATH entry before the fixed paths', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium-browser']))).toMatchObject({ path: '/usr/bin/chromium-browser' })
    expect(findBrowser(machine('linux', ['/usr/local/bin/chromium', '/usr/bin/chromium']))).toMatchObject({ path: '/usr/local/bin/chromium' })
    expect(findBrowser(machine('linux', ['/snap/bin/chromium'], { PATH: '' }))).toMatchObject({ path: '/snap/bin/chromium' })
  })

  it('prefers Chromium, then Google Chrome, then Edge', () => {
    const all = ['/usr/bin/google-chrome', '/opt/microsoft/msedge/msedge', '/usr/bin/chromium']
    expect(findBrowser(machine('linux', all))).toMatchObject({ name: 'Chromium' })
    expect(findBrowser(machine('linux', all.slice(0, 2)))).toMatchObject({ name: 'Google Chrome', path: '/usr/bin/google-chrome' })
    expect(findBrowser(machine('linux', all.slice(1, 2)))).toMatchObject({ name: 'Microsoft Edge', launch: { executablePath: '/opt/microsoft/msedge/msedge' } })
  })

  it("launches Edge on Windows through Playwright's msedge channel", () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser(machine('win32', [edge], WIN_ENV))).toEqual({ ok: true, name: 'Microsoft Edge', path: edge, launch: { channel: 'msedge' } })
  })

  it('prefers a Windows Chrome (per-user install too) to Edge', () => {
    const chrome = 'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser(machine('win32', [edge, chrome], WIN_ENV))).toMatchObject({ name: 'Google Chrome', launch: { executablePath: chrome } })
  })

  it('falls back to a Playwright-managed browser only when it is really installed', () => {
    const managed = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'
    expect(findBrowser(machine('linux', [managed], {}, managed))).toMatchObject({ name: 'Playwright Chromium', path: managed })
    expect(findBrowser(machine('linux', [], {}, managed)).ok).toBe(false)
  })

  it('names the one install command when there is no browser at all', () => {
    const debian = findBrowser(machine('linux', ['/usr/bin/apt-get']))
    expect(debian).toEqual({
      ok: false,
      message: expect.stringMatching(/^未找到.*请运行 sudo apt-get install -y chromium .* \/ No .*run sudo apt-get install -y chromium/),
    })
    const other = findBrowser(machine('darwin', []))
    expect(other.ok).toBe(false)
    if (!other.ok) expect(other.message).toContain('npx playwright install chromium')
    const windows = findBrowser(machine('win32', [], WIN_ENV))
    if (!windows.ok) expect(windows.message.match(/npx playwright install chromium/g)).toHaveLength(2)
    expect(windows.ok).toBe(false)
  })

  it('survives a managed-browser lookup that throws (an unsupported platform)', () => {
    const m: BrowserLookup = { ...machine('linux', []), managedPath: () => { throw new Error('unsupported') } }
    expect(findBrowser(m).ok).toBe(false)
  })
})
