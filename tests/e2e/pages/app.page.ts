import { expect, type Locator, type Page } from '@playwright/test'

/** The shell: sidebar navigation, toasts and antd's select dropdowns. */
export class AppPage {
  constructor(readonly page: Page) {}

  async launch(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.page.getByTestId('dashboard')).toBeVisible()
  }

  async goto(section: RegExp): Promise<void> {
    await this.page.getByRole('menuitem', { name: section }).click()
  }

  /** antd messages are the app's "it worked" signal. */
  async expectToast(text: string): Promise<void> {
    await expect(this.page.locator('.ant-message').getByText(text).last()).toBeVisible()
  }

  /** Opens an antd Select by its form label and picks the option whose title starts with `option` (persons show 姓名（职务）). */
  async choose(field: Locator, option: string): Promise<void> {
    await field.click()
    const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option:visible')
      .filter({ hasText: new RegExp(`^${escaped}(（|$)`) })
      .first()
      .click()
  }

  stat(id: string): Locator {
    return this.page.getByTestId(`stat-${id}`)
  }

  /** The texts of one column of the table inside `scope`, top to bottom (found by its header). */
  async columnTexts(scope: Locator, header: string): Promise<string[]> {
    const headers = await scope.locator('thead th').allInnerTexts()
    const index = headers.findIndex((h) => h.trim() === header)
    expect(index, `column “${header}” among ${headers.join('|')}`).toBeGreaterThanOrEqual(0)
    return (await scope.locator(`tbody tr.ant-table-row > td:nth-child(${index + 1})`).allInnerTexts()).map((t) => t.trim())
  }

  /** One-line cells (the shared CellText) whose text is cut with “…” inside `scope`. */
  async cutCells(scope: Locator): Promise<string[]> {
    return scope.locator('.cell-text').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent ?? ''))
  }

  /** True when the table inside `scope` is wider than its box (the user would have to scroll sideways). */
  async tableScrollsSideways(scope: Locator): Promise<boolean> {
    return scope
      .locator('.ant-table-content, .ant-table-body, .ant-table-tbody-virtual-holder')
      .evaluateAll((els) => els.some((e) => e.scrollWidth > e.clientWidth + 1))
  }

  /** Whether an input's placeholder fits inside it (measured in the page with the input's own font). */
  async placeholderFits(input: Locator): Promise<boolean> {
    return input.evaluate((el) => {
      // runs in the page; the tests' tsconfig has no DOM library, hence the narrow shapes
      const i = el as unknown as { placeholder: string; clientWidth: number }
      const view = el.ownerDocument.defaultView as unknown as {
        getComputedStyle(e: unknown): { fontSize: string; fontFamily: string; paddingLeft: string; paddingRight: string }
      }
      const style = view.getComputedStyle(el)
      const canvas = el.ownerDocument.createElement('canvas') as unknown as {
        getContext(kind: '2d'): { font: string; measureText(t: string): { width: number } } | null
      }
      const ctx = canvas.getContext('2d')
      if (!ctx) return false
      ctx.font = `${style.fontSize} ${style.fontFamily}`
      const room = i.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return ctx.measureText(i.placeholder).width <= room
    })
  }

  /**
   * Accessible names of the controls on the page that contain an English word (antd's untranslated
   * “Select all”, “Clear”, an icon's “search”…); product and file names people know are allowed.
   */
  async englishAccessibleNames(): Promise<string[]> {
    const snapshot = await this.page.locator('body').ariaSnapshot()
    const CONTROL = /^\s*- (button|checkbox|combobox|textbox|searchbox|link|menuitem|tab|switch|radio|spinbutton|option)\s+"((?:[^"\\]|\\.)*)"/
    const ALLOWED = new Set(['excel', 'word', 'xlsx', 'docx', 'ctrl'])
    return snapshot
      .split('\n')
      .map((line) => CONTROL.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]} "${m[2]}"`)
      .filter((entry) => (entry.split('"')[1]?.match(/[A-Za-z]{3,}/g) ?? []).some((w) => !ALLOWED.has(w.toLowerCase())))
  }
}
