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
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test'

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

async function openOrgPage(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /单位与人员/ }).click()
  await expect(page.getByRole('tab', { name: /单位概况/ })).toBeVisible()
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

    await openOrgPage(page)
    await page.getByRole('tab', { name: /单位概况/ }).click()
    await page.getByLabel('单位名称').fill('某市交通运输局')
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE)
    await page.getByLabel('单位类型').click()
    await page.locator('.ant-select-item-option', { hasText: '行政机关' }).first().click()
    await page.getByRole('button', { name: /保\s*存/ }).first().click()
    await expect(page.getByText(/已保存/).first()).toBeVisible()

    await page.getByRole('tab', { name: /内设机构/ }).click()
    await page.getByRole('button', { name: /新增机构/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('机构名称').fill('政策法规科')
    await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('cell', { name: '政策法规科' })).toBeVisible()

    await page.reload()
    await openOrgPage(page)
    await page.getByRole('tab', { name: /单位概况/ }).click()
    await expect(page.getByLabel('单位名称')).toHaveValue('某市交通运输局')
    await expect(page.getByLabel('统一社会信用代码')).toHaveValue(CREDIT_CODE)
    await page.getByRole('tab', { name: /内设机构/ }).click()
    await expect(page.getByRole('cell', { name: '政策法规科' })).toBeVisible()

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
