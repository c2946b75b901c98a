/**
 * "Host first-page load in Chromium": serves the built renderer through the browser host and
 * times how long Debian's Chromium takes to show 工作台. Never downloads a browser.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Core } from '../../core'
import { startHost } from '../../host/server'
import { findBrowser, launchOptions } from './chromium'

export type ProbeResult =
  | { ok: true; launchMs: number; firstPageMs: number; reloadMs: number }
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
      const page = await browser.newPage({ locale: 'zh-CN' })
      const workbench = page.getByText('工作台', { exact: true }).first()
      const t1 = performance.now()
      await page.goto(host.url, { waitUntil: 'commit' })
      await workbench.waitFor({ state: 'visible', timeout: 30_000 })
      const firstPageMs = performance.now() - t1
      const t2 = performance.now()
      await page.reload({ waitUntil: 'commit' })
      await workbench.waitFor({ state: 'visible', timeout: 30_000 })
      return { ok: true, launchMs, firstPageMs, reloadMs: performance.now() - t2 }
    } finally {
      await browser.close()
    }
  } catch (e) {
    return { ok: false, reason: `失败（${(e as Error).message.split('\n')[0]}）` }
  } finally {
    await host.close()
  }
}
