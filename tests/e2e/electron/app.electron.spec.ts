/**
 * The Electron app itself, through Playwright's _electron: the 单位与人员 happy path survives a
 * reload, and the running window really has the hardened settings. Needs an Electron binary; where
 * none exists (the download is blocked) the test is skipped and says why.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, type ElectronApplication, expect, test } from '@playwright/test'
import { OrgPage } from '../pages/org.page'

const ROOT = resolve(__dirname, '..', '..', '..')
const CREDIT_CODE = '91350100M000100Y43'

/** node_modules/electron exports the binary's path, and throws when its download never happened. */
function findElectron(): { path: string } | { reason: string } {
  try {
    const path = createRequire(join(ROOT, 'package.json'))('electron') as unknown
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { reason: `the electron package points at ${String(path)}, which does not exist` }
  } catch (e) {
    return { reason: (e as Error).message }
  }
}

const found = findElectron()
const SKIP_REASON =
  'reason' in found
    ? `Electron e2e skipped: no Electron binary in this environment (its download is blocked or was skipped: "${found.reason}"); ` +
      'run `npx playwright test --project electron` on a machine where `npm ci` could download Electron.'
    : ''

function childEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v
  return env
}

test.describe('Electron app', () => {
  test.describe.configure({ timeout: 120_000 })

  let dataDir = ''
  let app: ElectronApplication | undefined

  test.beforeAll(() => {
    if ('reason' in found) return
    // Builds out/ when stale and makes the better-sqlite3 build for Electron (.electron-native/).
    try {
      execFileSync(process.execPath, [join(ROOT, 'electron', 'launcher', 'start.mjs'), '--prepare-electron'], {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 15 * 60_000,
        encoding: 'utf8',
      })
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string }
      throw new Error(`electron/launcher/start.mjs --prepare-electron failed:\n${err.stdout ?? ''}\n${err.stderr ?? err.message}`)
    }
  })

  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sunlight-electron-e2e-'))
  })

  test.afterEach(async () => {
    await app?.close()
    app = undefined
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  test('单位概况 and a 内设机构 are saved and still there after a reload', async () => {
    if ('reason' in found) console.log(SKIP_REASON)
    test.skip('reason' in found, SKIP_REASON)
    if (!('path' in found)) return

    app = await electron.launch({ executablePath: found.path, args: [ROOT, '--data-dir', dataDir], env: childEnv(), cwd: ROOT })
    const page = await app.firstWindow()
    await expect(page).toHaveTitle(/阳光权力自查台/)

    // as in the browser project: reduced motion turns antd's animations off (read at load, so reload)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.reload()
    // the same happy path as the browser e2e, through the same page object
    const org = new OrgPage(page)
    await org.open()
    await org.fillUnit({ name: '某市交通运输局', creditCode: CREDIT_CODE, unitType: '行政机关' })
    await org.saveUnit()
    await org.expectToast('已保存')
    await org.addDepartment('运输管理站')
    await org.addPost({ department: '运输管理站', name: '行政许可受理岗', key: true })
    await org.addPerson({ name: '孙立新', title: '站长', roleLevel: '中层干部', department: '运输管理站' })
    await org.addPerson({ name: '蒋丽萍', title: '科员', roleLevel: '一般干部', department: '运输管理站' })
    await org.assign('行政许可受理岗', '孙立新', '蒋丽萍')

    await page.reload()
    await org.open()
    await expect(page.getByTestId('unit-form').getByLabel('统一社会信用代码')).toHaveValue(CREDIT_CODE)
    await org.tab('岗位')
    await expect(org.row(/行政许可受理岗/)).toContainText('孙立新')
    await expect(org.row(/行政许可受理岗/)).toContainText('蒋丽萍')

    expect(existsSync(join(dataDir, 'workspace.sqlite'))).toBe(true)
  })

  test('the running window has no Node in the page, exposes only window.api.invoke, and cannot leave the app', async () => {
    if ('reason' in found) console.log(SKIP_REASON)
    test.skip('reason' in found, SKIP_REASON)
    if (!('path' in found)) return

    app = await electron.launch({ executablePath: found.path, args: [ROOT, '--data-dir', dataDir], env: childEnv(), cwd: ROOT })
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')

    // The page runs in the browser; `globalThis` is its window (tsconfig.node has no DOM types).
    type PageGlobal = { require?: unknown; process?: unknown; api: { invoke(c: unknown): Promise<unknown> }; open(url: string): unknown }
    const surface = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobal
      return {
        require: typeof w.require,
        process: typeof w.process,
        apiKeys: Object.keys(w.api),
        popup: w.open('https://example.com/') === null,
      }
    })
    expect(surface).toEqual({ require: 'undefined', process: 'undefined', apiKeys: ['invoke'], popup: true })

    const refused = await page.evaluate(() => (globalThis as unknown as PageGlobal).api.invoke('fs:read'))
    expect(refused).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' })

    const urlBefore = page.url()
    await page.evaluate(() => {
      ;(globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'
    })
    // Still the app page, and its IPC still answers (a navigation would have destroyed this context).
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobal).api.invoke('app:info'))
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } })
    expect(page.url()).toBe(urlBefore)
  })
})
