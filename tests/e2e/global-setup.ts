import { findBrowser } from '../../electron/cli/bench/chromium'

/**
 * Runs once before the e2e suite: names the browser in use, or stops the run with one sentence
 * (Chinese / English) naming the command that installs one — instead of Playwright's
 * "executable doesn't exist" for every test.
 */
export default function globalSetup(): void {
  const browser = findBrowser()
  if (!browser.ok) {
    const error = new Error(browser.message)
    error.stack = browser.message // the sentence alone, no stack trace of this file
    throw error
  }
  console.log(`[e2e] 浏览器 / browser: ${browser.name}（${browser.path}）`)
}
