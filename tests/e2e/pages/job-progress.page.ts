import { expect, type Locator, type Page } from '@playwright/test'

/** Runs in the page (a string: the tests' TypeScript has no DOM types). */
const RECORD_PHASES = `(() => {
  window.__jobPhases = []
  const note = () => {
    const phase = document.querySelector('[data-testid="job-progress"] [data-testid="job-phase"]')?.textContent
    const bar = document.querySelector('[data-testid="job-progress"] [role="progressbar"]')
    if (phase && bar && window.__jobPhases.at(-1) !== phase) window.__jobPhases.push(phase)
  }
  new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true })
})()`

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

  /**
   * Starts noting every phase the progress display shows, however briefly (a fast job may come and
   * go between two of Playwright's polls); read them with seenPhases().
   */
  async recordPhases(): Promise<void> {
    await this.root.page().evaluate(RECORD_PHASES)
  }

  seenPhases(): Promise<string[]> {
    return this.root.page().evaluate<string[]>('window.__jobPhases ?? []')
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: '取消' }).click()
  }
}
