import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * Two projects: `unit` (pure code) and `integration` (the core against real SQLite files in temp
 * folders, the CLI as a child process). The e2e suite is Playwright's (tests/e2e), never vitest's.
 */
const shared = {
  resolve: { alias: { '@shared': resolve(__dirname, 'shared') } },
}

export default defineConfig({
  ...shared,
  test: {
    exclude: ['**/node_modules/**', 'out/**', 'tests/e2e/**'],
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // better-sqlite3 is a native addon: child processes, not worker threads.
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
