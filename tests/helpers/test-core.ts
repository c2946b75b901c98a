import { expect } from 'vitest'
import type { Result } from '../../shared/result'
import { type Core, openCore } from '../../electron/core'
import { test as tempDirTest } from './temp-dir'

/** Opens the core on `dataDir` the way the CLI does; errors are logged nowhere (tests assert on Results). */
export function openTestCore(dataDir: string): Core {
  return openCore({ dataDir, mode: 'cli', actor: '测试', log: () => undefined })
}

/** Row counts of every user table plus the audit log, to prove a refused call wrote nothing. */
export function rowCounts(core: Core): Record<string, number> {
  const tables = core.ws.sqlite
    .prepare(
      `select name from sqlite_master where type = 'table'
         and name not like 'sqlite_%' and name not like '%_fts%' and name <> '__drizzle_migrations'
       order by name`,
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((t) => [t, Number(core.ws.sqlite.prepare(`select count(*) from "${t}"`).pluck().get())]),
  )
}

/** Asserts an ok Result and returns its value typed as the caller expects. */
export function okValue<T>(r: Result<unknown>): T {
  if (!r.ok) expect.fail(`expected ok, got ${r.code}: ${r.message}`)
  return r.value as T
}

const HAN = /\p{Script=Han}/u

/** Asserts a refused Result with the given code and a Chinese message; returns the message. */
export function expectErr(r: Result<unknown>, code: string): string {
  if (r.ok) expect.fail(`expected ${code}, got ok: ${JSON.stringify(r.value)}`)
  expect(r.code).toBe(code)
  expect(r.message).toMatch(HAN)
  return r.message
}

/** `test` with `dataDir` (own temp folder) and `core` opened on it, closed afterwards. */
export const coreTest = tempDirTest.extend<{ core: Core }>({
  core: async ({ dataDir }, use) => {
    const core = openTestCore(dataDir)
    try {
      await use(core)
    } finally {
      core.close()
    }
  },
})
