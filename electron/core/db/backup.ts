import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'

export const BACKUP_DIR_NAME = 'backups'
export const DAILY_BACKUPS_KEPT = 7

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:T]/g, '')

/** A consistent copy of the open database (VACUUM INTO: one statement, no half-written file on success). */
function copyTo(sqlite: Database.Database, target: string): void {
  if (existsSync(target)) return
  sqlite.prepare('VACUUM INTO ?').run(target)
}

/** Before a migration changes the file: keep the old version's data as it was. */
export function backupBeforeMigration(sqlite: Database.Database, dataDir: string, fromVersion: number, now = new Date()): string {
  const dir = join(dataDir, BACKUP_DIR_NAME)
  mkdirSync(dir, { recursive: true })
  const target = join(dir, `pre-migration-v${fromVersion}-${stamp(now)}.sqlite`)
  copyTo(sqlite, target)
  return target
}

/**
 * Rolling daily backups: the first open of a day copies the workspace to backups/daily-YYYYMMDD.sqlite
 * and only the newest DAILY_BACKUPS_KEPT daily copies are kept.
 */
export function rollingDailyBackup(sqlite: Database.Database, dataDir: string, now = new Date()): string {
  const dir = join(dataDir, BACKUP_DIR_NAME)
  mkdirSync(dir, { recursive: true })
  const target = join(dir, `daily-${stamp(now).slice(0, 8)}.sqlite`)
  copyTo(sqlite, target)
  const daily = readdirSync(dir)
    .filter((f) => /^daily-\d{8}\.sqlite$/.test(f))
    .sort()
  for (const old of daily.slice(0, Math.max(0, daily.length - DAILY_BACKUPS_KEPT))) rmSync(join(dir, old), { force: true })
  return target
}
