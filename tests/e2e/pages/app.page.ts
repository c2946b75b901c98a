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
}
