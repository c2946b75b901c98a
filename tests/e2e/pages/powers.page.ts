import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { AppPage } from './app.page'

/** 一·清权: the list, the detail drawer, the import wizard and the export menu. */
export class PowersPage extends AppPage {
  constructor(page: Page) {
    super(page)
  }

  async open(): Promise<void> {
    await this.goto(/清权/)
    await expect(this.page.getByTestId('powers-page')).toBeVisible()
  }

  get wizard(): Locator {
    return this.page.getByTestId('import-wizard')
  }

  get drawer(): Locator {
    return this.page.getByTestId('power-drawer')
  }

  async startImport(file: string): Promise<void> {
    // on an empty inventory the import lives in the empty state, otherwise in the page header
    await expect(this.page.getByTestId('powers-empty').or(this.page.getByTestId('powers-table'))).toBeVisible()
    await this.page.getByRole('button', { name: '导入 Excel', exact: true }).click()
    await this.wizard.locator('input[type=file]').setInputFiles(file)
    // the check reads the whole workbook in the core: allow it more than a click's time on a busy PC
    await expect(this.wizard.getByTestId('import-counts')).toBeVisible({ timeout: 30_000 })
  }

  /** Chooses what one file column imports as (the mapping table's select for that header). */
  async mapColumn(header: string, field: string): Promise<void> {
    await this.choose(this.wizard.getByLabel(`导入为：${header}`), field)
  }

  /** The row of the import preview (step 2) whose 事项编码 is exactly `code`. */
  previewRow(code: string): Locator {
    const exact = new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    return this.wizard
      .getByTestId('import-preview')
      .locator('.ant-table-row')
      .filter({ has: this.page.locator('.power-code', { hasText: exact }) })
  }

  /** Commits the checked import and waits for the summary. */
  async commitImport(): Promise<void> {
    await this.wizard.getByRole('button', { name: '导入', exact: true }).click()
    await expect(this.wizard.getByTestId('import-summary')).toBeVisible()
  }

  /** The number shown under one of the check step's counts. */
  count(label: '新增' | '更新' | '无变化' | '问题'): Locator {
    return this.wizard
      .getByTestId('import-counts')
      .locator('.import-count')
      .filter({ has: this.page.locator('.import-count-label', { hasText: new RegExp(`^${label}$`) }) })
      .locator('.import-count-value')
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByLabel('搜索编码、名称、依据或责任事项')
    await box.fill(text)
    await box.press('Enter')
  }

  /** A cell of the (virtual) table: its rows are plain divs, so find the name and click it. */
  row(name: string): Locator {
    return this.page.getByTestId('powers-table').getByText(name, { exact: true })
  }

  /** Ticks the row of the power with this code (rows of the virtual table are found by their text). */
  async select(code: string): Promise<void> {
    await this.page.getByTestId('powers-table').locator('.ant-table-row', { hasText: code }).getByRole('checkbox').check()
  }

  get bulkBar(): Locator {
    return this.page.getByTestId('powers-bulk-bar')
  }

  get picker(): Locator {
    return this.page.getByTestId('template-picker')
  }

  async filterStatus(status: '待确权' | '已确权' | '已取消'): Promise<void> {
    await this.choose(this.page.getByLabel('按状态筛选'), status)
  }

  async resetFilters(): Promise<void> {
    await this.page.getByRole('button', { name: '清除筛选' }).click()
  }

  /** Applies a bulk status change to the selected rows through its dialog. */
  async bulkStatus(action: '确权' | '取消' | '恢复待确权', reason?: string): Promise<void> {
    await this.bulkBar.getByRole('button', { name: action, exact: true }).click()
    const dialog = this.page.locator('.ant-modal:visible')
    if (reason) await dialog.getByLabel('原因').fill(reason)
    await dialog.getByRole('button', { name: '确定' }).click()
  }

  async exportAs(item: 'Excel 权力清单（.xlsx）' | 'Word 职权目录（.docx）'): Promise<Download> {
    await this.page.getByRole('button', { name: '导出' }).click()
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('menuitem', { name: item }).click()
    return download
  }
}
