import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { is } from 'drizzle-orm'
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { openWorkspace, knownSchemaVersion } from '../../electron/core/db/client'
import * as schema from '../../electron/core/db/schema'
import { DB_FILE_NAME } from '../../electron/core/paths'
import { lostStructure, partialMigrationsDir, readJournal, snapshotSchema } from '../helpers/migrations.helper'
import { makeTempDir, removeTempDir, test, describe, expect } from '../helpers/temp-dir'
import { openTestCore } from '../helpers/test-core'

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const journal = readJournal()
const KNOWN = knownSchemaVersion()

/** Closes a workspace so its main file is complete and no -wal/-shm files remain. */
function settleToSingleFile(dbPath: string, userVersion?: number): void {
  const db = new Database(dbPath)
  if (userVersion !== undefined) db.pragma(`user_version = ${userVersion}`)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('journal_mode = DELETE')
  db.close()
}

function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn()
  } catch (e) {
    return e as { code?: string; message: string }
  }
  throw new Error('expected the call to throw')
}

describe('fresh workspace', () => {
  test('migrates to the known version with WAL and foreign keys on', ({ dataDir }) => {
    expect(KNOWN).toBe(journal.length)
    const ws = openWorkspace({ dataDir })
    try {
      expect(ws.schemaVersion).toBe(KNOWN)
      expect(ws.sqlite.pragma('user_version', { simple: true })).toBe(KNOWN)
      expect(ws.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(ws.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(ws.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(KNOWN)
      expect(ws.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      ws.close()
    }
  })

  test('has every table and column the drizzle schema declares', ({ dataDir }) => {
    const ws = openWorkspace({ dataDir })
    const snap = snapshotSchema(ws.sqlite)
    ws.close()
    const tables: SQLiteTable[] = []
    for (const v of Object.values(schema) as unknown[]) if (is(v, SQLiteTable)) tables.push(v)
    expect(tables.length).toBeGreaterThanOrEqual(7)
    for (const table of tables) {
      const { name, columns } = getTableConfig(table)
      expect(snap[name], `table ${name} missing: run npm run db:generate`).toBeDefined()
      for (const c of columns) expect(snap[name], `${name}.${c.name}`).toHaveProperty(c.name)
    }
  })

  test('journal mode WAL persists in the file', ({ dataDir }) => {
    openWorkspace({ dataDir }).close()
    const plain = new Database(join(dataDir, DB_FILE_NAME), { readonly: true })
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal')
    plain.close()
  })
})

describe('reopening', () => {
  test('keeps the data and does not re-run migrations', async ({ dataDir }) => {
    const core = openTestCore(dataDir)
    const dep = await core.call('department:create', { name: '财务科', duties: '预算管理' })
    await core.call('person:create', { name: '胡静', roleLevel: 'staff', departmentId: dep.id })
    core.close()

    const again = openTestCore(dataDir)
    try {
      expect((await again.call('department:list')).map((d) => d.name)).toEqual(['财务科'])
      expect((await again.call('person:list'))[0]).toMatchObject({ name: '胡静', departmentName: '财务科' })
      expect(again.ws.sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get()).toBe(KNOWN)
      expect(again.ws.sqlite.pragma('user_version', { simple: true })).toBe(KNOWN)
    } finally {
      again.close()
    }
  })
})

describe('refusals leave the file untouched', () => {
  test('a workspace from a newer version is refused with SCHEMA_TOO_NEW', async ({ dataDir }) => {
    const core = openTestCore(dataDir)
    await core.call('department:create', { name: '办公室' })
    core.close()
    const dbPath = join(dataDir, DB_FILE_NAME)
    settleToSingleFile(dbPath, KNOWN + 1)
    const before = sha256(dbPath)
    const filesBefore = readdirSync(dataDir).sort()

    const err = errorOf(() => openTestCore(dataDir))
    expect(err.code).toBe('SCHEMA_TOO_NEW')
    expect(err.message).toContain('更新版本')
    expect(err.message).toContain(`数据版本 ${KNOWN + 1}`)
    expect(err.message).toContain(`支持到 ${KNOWN}`)

    expect(sha256(dbPath)).toBe(before)
    expect(readdirSync(dataDir).sort()).toEqual(filesBefore)
  })

  test('a file that is not SQLite is refused with a Chinese message', ({ dataDir }) => {
    const dbPath = join(dataDir, DB_FILE_NAME)
    writeFileSync(dbPath, '这不是数据库文件 — just some text that happens to have the name.\n'.repeat(200))
    const before = sha256(dbPath)

    const err = errorOf(() => openTestCore(dataDir))
    expect(err.message).toContain('不是有效的数据库文件')
    expect(sha256(dbPath)).toBe(before)
    expect(readdirSync(dataDir)).toEqual([DB_FILE_NAME])
  })
})

describe('migration replay (every migration, one by one, through the journal)', () => {
  test('no migration drops or renames a column of the tables before it', ({ dataDir }) => {
    expect(journal.length).toBeGreaterThan(0)
    const scratch = makeTempDir('sunlight-migrations-')
    try {
      let previous = {}
      for (let n = 1; n <= journal.length; n++) {
        const migrationsDir = partialMigrationsDir(join(scratch, `upto-${n}`), n)
        const ws = openWorkspace({ dataDir, migrationsDir })
        try {
          expect(ws.sqlite.pragma('user_version', { simple: true })).toBe(n)
          const current = snapshotSchema(ws.sqlite)
          expect(lostStructure(previous, current), `migration ${journal[n - 1]?.tag}`).toEqual([])
          expect(ws.sqlite.pragma('foreign_key_check')).toEqual([])
          previous = current
        } finally {
          ws.close()
        }
      }
      // Replaying step by step ends where a fresh workspace starts.
      const fresh = makeTempDir('sunlight-fresh-')
      try {
        const ws = openWorkspace({ dataDir: fresh })
        expect(previous).toEqual(snapshotSchema(ws.sqlite))
        ws.close()
      } finally {
        removeTempDir(fresh)
      }
    } finally {
      removeTempDir(scratch)
    }
  })

  test('data entered under the first migration survives every later one (N−1 → N)', async ({ dataDir }) => {
    const scratch = makeTempDir('sunlight-migrations-')
    try {
      const first = openWorkspace({ dataDir, migrationsDir: partialMigrationsDir(join(scratch, 'first'), 1) })
      const seed = first.sqlite.transaction(() => {
        first.sqlite.prepare(`insert into departments (id, name, duties) values (1, '财务科', '预算')`).run()
        first.sqlite.prepare(`insert into persons (id, name, title, role_level, department_id) values (1, '胡静', '会计', 'staff', 1), (2, '高敏', '出纳', 'staff', 1)`).run()
        first.sqlite.prepare(`insert into posts (id, department_id, name, is_key) values (1, 1, '财务审核岗', 1)`).run()
        first.sqlite.prepare(`insert into post_assignments (post_id, person_id, role) values (1, 1, 'A'), (1, 2, 'B')`).run()
      })
      seed()
      first.close()

      for (let n = 2; n <= journal.length; n++) {
        const step = openWorkspace({ dataDir, migrationsDir: partialMigrationsDir(join(scratch, `upto-${n}`), n) })
        expect(step.sqlite.pragma('user_version', { simple: true })).toBe(n)
        step.close()
      }

      const core = openTestCore(dataDir)
      try {
        const [post] = await core.call('post:list')
        expect(post).toMatchObject({ name: '财务审核岗', departmentName: '财务科', isKey: true })
        expect(post?.a?.name).toBe('胡静')
        expect(post?.b?.name).toBe('高敏')
        expect((await core.call('person:list')).map((p) => p.name)).toEqual(['胡静', '高敏'])
      } finally {
        core.close()
      }
    } finally {
      removeTempDir(scratch)
    }
  })

  test('an app that knows fewer migrations refuses a workspace migrated further', ({ dataDir }) => {
    openWorkspace({ dataDir }).close()
    settleToSingleFile(join(dataDir, DB_FILE_NAME))
    const scratch = makeTempDir('sunlight-migrations-')
    try {
      if (KNOWN < 2) {
        console.warn('[migrations.test] only one migration exists: nothing older to refuse with')
        return
      }
      const older = partialMigrationsDir(join(scratch, 'older'), KNOWN - 1)
      const before = sha256(join(dataDir, DB_FILE_NAME))
      const err = errorOf(() => openWorkspace({ dataDir, migrationsDir: older }))
      expect(err.code).toBe('SCHEMA_TOO_NEW')
      expect(sha256(join(dataDir, DB_FILE_NAME))).toBe(before)
    } finally {
      removeTempDir(scratch)
    }
  })

  test('the structure check itself catches a dropped, a renamed and a retyped column', () => {
    const db = new Database(':memory:')
    db.exec(`create table t (a integer, b text, c text, d text); create table gone (x integer)`)
    const before = snapshotSchema(db)
    db.exec(`alter table t drop column b; alter table t rename column c to c2; drop table gone`)
    db.exec(`create table t2 (a integer, d integer); insert into t2 select a, d from t; drop table t; alter table t2 rename to t`)
    const problems = lostStructure(before, snapshotSchema(db))
    db.close()
    expect(problems).toEqual([
      'table gone dropped',
      'column t.b dropped or renamed',
      'column t.c dropped or renamed',
      'column t.d changed type text → integer',
    ])
  })
})
