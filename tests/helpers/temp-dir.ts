import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from 'vitest'

/** A fresh empty folder under the OS temp dir. */
export function makeTempDir(prefix = 'sunlight-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
}

/** `test` with a `dataDir` fixture: each test gets its own temp data folder, removed afterwards. */
export const test = base.extend<{ dataDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = makeTempDir()
    try {
      await use(dir)
    } finally {
      removeTempDir(dir)
    }
  },
})
export { describe, expect } from 'vitest'
