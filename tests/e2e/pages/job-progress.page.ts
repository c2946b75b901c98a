import { expect, type Locator, type Page } from '@playwright/test'

/** The progress display of a running job (components/JobProgress.tsx): phase, bar and 取消. */
export class JobProgressPanel {
  readonly root: Locator

  constructor(page: Page) {
    this.root = page.getByTestId('job-progress')
  }

  get phase(): Locator {
    return this.root.getByTestId('job-phase')
  }

  get bar(): Locator {
    return this.root.getByRole('progressbar')
  }

  /** Waits until the job shows itself at work: a Chinese phase and a progress bar. */
  async expectWorking(): Promise<void> {
    await expect(this.root).toBeVisible()
    await expect(this.bar).toBeVisible()
    await expect(this.phase).toHaveText(/\p{Script=Han}/u)
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: '取消' }).click()
  }
}
