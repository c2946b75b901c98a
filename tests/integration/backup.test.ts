import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openWorkspace } from '../../electron/core/db/client'
import { BACKUP_DIR_NAME, DAILY_BACKUPS_KEPT, rollingDailyBackup } from '../../electron/core/db/backup'
import { partialMigrationsDir, readJournal } from '../helpers/migrations.helper'
import { describe, expect, makeTempDir, removeTempDir, test } from '../helpers/temp-dir'

describe('automatic backups', () => {
  test('the first open of a day writes a readable daily copy; older ones roll off after seven', ({ dataDir }) => {
    const ws = openWorkspace({ dataDir })
    ws.sqlite.prepare("insert into departments (name) values ('办公室')").run()
    const dir = join(dataDir, BACKUP_DIR_NAME)
    const first = readdirSync(dir).filter((f) => f.startsWith('daily-'))
    expect(first).toHaveLength(1)
    // ten more days of opening
    for (let d = 1; d <= 10; d++) rollingDailyBackup(ws.sqlite, dataDir, new Date(Date.UTC(2030, 0, d)))
    const daily = readdirSync(dir).filter((f) => f.startsWith('daily-')).sort()
    expect(daily).toHaveLength(DAILY_BACKUPS_KEPT)
    expect(daily.at(-1)).toBe('daily-20300110.sqlite')
    const copy = new Database(join(dir, 'daily-20300110.sqlite'), { readonly: true })
    expect(copy.prepare('select name from departments').pluck().all()).toEqual(['办公室'])
    copy.close()
    ws.close()
  })

  test('a workspace from an older version is copied before its migration runs', ({ dataDir }) => {
    const entries = readJournal()
    if (entries.length < 2) throw new Error('needs at least two migrations')
    const older = makeTempDir('sunlight-migr-')
    try {
      const oldWs = openWorkspace({ dataDir, migrationsDir: partialMigrationsDir(join(older, 'm'), entries.length - 1), backups: false })
      oldWs.sqlite.prepare("insert into departments (name) values ('财务科')").run()
      oldWs.close()
      expect(existsSync(join(dataDir, BACKUP_DIR_NAME))).toBe(false)
      const ws = openWorkspace({ dataDir })
      const pre = readdirSync(join(dataDir, BACKUP_DIR_NAME)).filter((f) => f.startsWith(`pre-migration-v${entries.length - 1}-`))
      expect(pre).toHaveLength(1)
      const copy = new Database(join(dataDir, BACKUP_DIR_NAME, pre[0] ?? ''), { readonly: true })
      expect(copy.pragma('user_version', { simple: true })).toBe(entries.length - 1)
      expect(copy.prepare('select name from departments').pluck().all()).toEqual(['财务科'])
      copy.close()
      ws.close()
    } finally {
      removeTempDir(older)
    }
  })

  test('a daily copy that cannot be written does not stop the day; a migration without its copy is refused', ({ dataDir }) => {
    writeFileSync(join(dataDir, BACKUP_DIR_NAME), 'not a folder')
    const errors: unknown[] = []
    const log = console.error
    console.error = (...a: unknown[]) => errors.push(a)
    try {
      openWorkspace({ dataDir }).close()
    } finally {
      console.error = log
    }
    expect(String(errors[0])).toContain('daily backup failed')

    const entries = readJournal()
    const older = makeTempDir('sunlight-migr-')
    const other = makeTempDir('sunlight-ws-')
    try {
      openWorkspace({ dataDir: other, migrationsDir: partialMigrationsDir(join(older, 'm'), entries.length - 1), backups: false }).close()
      writeFileSync(join(other, BACKUP_DIR_NAME), 'not a folder')
      const before = new Database(join(other, 'workspace.sqlite'), { readonly: true })
      const version = before.pragma('user_version', { simple: true })
      before.close()
      expect(() => openWorkspace({ dataDir: other })).toThrow(/升级工作区前无法.*备份/)
      const after = new Database(join(other, 'workspace.sqlite'), { readonly: true })
      expect(after.pragma('user_version', { simple: true })).toBe(version)
      after.close()
    } finally {
      removeTempDir(older)
      removeTempDir(other)
    }
  })
})
