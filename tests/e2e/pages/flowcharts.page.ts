import { expect, type Locator, type Page } from '@playwright/test'
import { AppPage } from './app.page'

/** 二·查点: the list of powers with their chart state, and the chart editor. */
export class FlowchartsPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  /** Calls the core the way the renderer does (same origin, the host's session cookie). */
  async call<T>(channel: string, input?: unknown): Promise<T> {
    const r = await this.page.request.post(new URL('/api/invoke', this.page.url()).toString(), { data: { channel, input } })
    const body = (await r.json()) as { ok: boolean; value?: T; message?: string }
    if (!body.ok) throw new Error(`${channel}: ${body.message}`)
    return body.value as T
  }

  async open(): Promise<void> {
    await this.goto(/二·查点/)
    await expect(this.page.getByTestId('flowchart-counts')).toBeVisible()
  }

  row(code: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: code })
  }

  get editor(): Locator {
    return this.page.getByTestId('fc-editor')
  }

  get nodes(): Locator {
    return this.page.locator('.react-flow__node')
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge')
  }

  node(label: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.fc-node-label', { hasText: new RegExp(`^${label}$`) }) })
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('fc-save-state')).toHaveText('已保存')
  }

  async addFromPalette(kind: string): Promise<void> {
    await this.page.getByTestId('fc-palette').getByRole('button', { name: kind, exact: true }).click()
  }

  /** Drags from the bottom handle of one step to the top handle of another. */
  async connect(from: string, to: string): Promise<void> {
    const source = this.node(from).locator('.react-flow__handle.source')
    const target = this.node(to).locator('.react-flow__handle.target')
    await source.hover()
    await this.page.mouse.down()
    const box = await target.boundingBox()
    if (!box) throw new Error(`no target handle on ${to}`)
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
    await this.page.mouse.up()
  }

  inspector(label: string): Locator {
    return this.page.getByTestId('fc-inspector-node').getByLabel(label, { exact: true })
  }

  /** The step's y on the canvas (flow coordinates, from its transform). */
  async yOf(label: string): Promise<number> {
    const style = (await this.node(label).getAttribute('style')) ?? ''
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(style)
    return Number(m?.[2] ?? NaN)
  }
}
