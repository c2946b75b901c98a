/**
 * The renderer in Chromium, through the browser host: token address → 工作台 visible, a reload,
 * then (with powers in the workspace) sidebar → power list visible and a search term → filtered
 * list. Uses the browser the machine has (chromium.ts); never downloads one.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'
import type { Core } from '../../core'
import { startHost } from '../../host/server'
import { findBrowser, launchOptions } from './chromium'

export interface ListTimes {
  /** sidebar click → the list's first rows and its total shown */
  listMs: number
  /** search term entered → only matching rows shown with their total */
  searchMs: number
  rows: number
  searchTerm: string
  searchHits: number
}

export type ProbeResult =
  | { ok: true; launchMs: number; firstPageMs: number; reloadMs: number; list: ListTimes | null }
  | { ok: false; reason: string }

export async function probeFirstPage(core: Core, rendererDir: string): Promise<ProbeResult> {
  const found = findBrowser()
  if (!found.ok) return { ok: false, reason: `跳过（${found.message.split(' / ')[0]}）` }
  if (!existsSync(join(rendererDir, 'index.html'))) {
    return { ok: false, reason: '跳过（未找到构建好的界面，请先运行 npm run build）' }
  }
  const { chromium } = await import('playwright-core')
  const host = await startHost({ core, rendererDir })
  try {
    const t0 = performance.now()
    const browser = await chromium.launch({ ...launchOptions(found), headless: true })
    const launchMs = performance.now() - t0
    try {
      // the office PC of the issue: 1366×768
      const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } })
      const workbench = page.getByText('工作台', { exact: true }).first()
      const t1 = performance.now()
      await page.goto(host.url, { waitUntil: 'commit' })
      await workbench.waitFor({ state: 'visible', timeout: 30_000 })
      const firstPageMs = performance.now() - t1
      const t2 = performance.now()
      await page.reload({ waitUntil: 'commit' })
      await workbench.waitFor({ state: 'visible', timeout: 30_000 })
      const reloadMs = performance.now() - t2
      const list = await probePowerList(core, page)
      return { ok: true, launchMs, firstPageMs, reloadMs, list }
    } finally {
      await browser.close()
    }
  } catch (e) {
    return { ok: false, reason: `失败（${(e as Error).message.split('\n')[0]}）` }
  } finally {
    await host.close()
  }
}

/** Resolves once the table shows `first` as its first row (or its empty state) and the total reads “共 n 项”. */
async function listShown(page: Page, total: number, first: string | undefined): Promise<void> {
  const table = page.getByTestId('powers-table')
  const count = page.getByTestId('powers-total').filter({ hasText: new RegExp(`^共 ${total} 项$`) })
  const row = first === undefined ? table.locator('.ant-empty') : table.locator('.ant-table-row').first().filter({ hasText: first })
  await Promise.all([count.waitFor({ timeout: 30_000 }), row.waitFor({ timeout: 30_000 })])
}

/** A word a user would type: the name of the power in the middle of the inventory. */
const searchTermOf = (rows: { name: string }[]) => rows[Math.floor(rows.length / 2)]?.name ?? ''

async function probePowerList(core: Core, page: Page): Promise<ListTimes | null> {
  const all = await core.call('power:list', {})
  if (all.total === 0) return null
  const searchTerm = searchTermOf(all.rows)
  const found = await core.call('power:list', { search: searchTerm })
  // the workbench has settled (its chunks preloaded when idle) before the user reaches for the sidebar
  await page.getByTestId('dashboard').waitFor({ state: 'visible' })
  const t0 = performance.now()
  await page.getByRole('menuitem', { name: /清权/ }).click()
  await listShown(page, all.total, all.rows[0]?.code)
  const listMs = performance.now() - t0

  const box = page.getByTestId('powers-page').getByLabel('搜索编码、名称、依据或责任事项', { exact: true })
  const t1 = performance.now()
  await box.fill(searchTerm)
  await listShown(page, found.total, found.rows[0]?.code)
  const searchMs = performance.now() - t1
  return { listMs, searchMs, rows: all.total, searchTerm, searchHits: found.total }
}
