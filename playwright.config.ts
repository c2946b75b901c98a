import { defineConfig } from '@playwright/test'

import { CHROMIUM_ARGS, findBrowser, launchOptions } from './electron/cli/bench/chromium'

// the browser users have (see chromium.ts); when there is none, global-setup stops the run with the install command
const browser = findBrowser()

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    // the app turns antd's motion off for reduced-motion users: no waiting on closing dropdowns
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e/browser',
      use: { browserName: 'chromium', launchOptions: browser.ok ? launchOptions(browser) : { args: CHROMIUM_ARGS } },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
})
