import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { resolveMigrationsDir } from '../../electron/core/paths'

export interface JournalEntry {
  idx: number
  tag: string
  when: number
}

export function readJournal(migrationsDir = resolveMigrationsDir()): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[]
  }
  return journal.entries
}

/** A copy of the migrations folder whose journal stops after the first `count` migrations. */
export function partialMigrationsDir(target: string, count: number, source = resolveMigrationsDir()): string {
  cpSync(source, target, { recursive: true })
  const journalPath = join(target, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: JournalEntry[] }
  journal.entries = journal.entries.slice(0, count)
  writeFileSync(journalPath, JSON.stringify(journal, null, 2))
  return target
}

/** table → column → declared type, for every table in the file (virtual and shadow tables included). */
export type SchemaSnapshot = Record<string, Record<string, string>>

export function snapshotSchema(db: Database.Database): SchemaSnapshot {
  const tables = db
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    .pluck()
    .all() as string[]
  const snap: SchemaSnapshot = {}
  for (const t of tables) {
    const cols = db.prepare(`select name, type from pragma_table_info(?)`).all(t) as { name: string; type: string }[]
    snap[t] = Object.fromEntries(cols.map((c) => [c.name, c.type.toLowerCase()]))
  }
  return snap
}

/**
 * What a migration lost (Actual Budget's rule: a migration may add, never drop or rename):
 * dropped tables, dropped or renamed columns, and columns whose declared type changed.
 */
export function lostStructure(before: SchemaSnapshot, after: SchemaSnapshot): string[] {
  const problems: string[] = []
  for (const [table, columns] of Object.entries(before)) {
    const now = after[table]
    if (!now) {
      problems.push(`table ${table} dropped`)
      continue
    }
    for (const [column, type] of Object.entries(columns)) {
      if (!(column in now)) problems.push(`column ${table}.${column} dropped or renamed`)
      else if (now[column] !== type) problems.push(`column ${table}.${column} changed type ${type} → ${now[column]}`)
    }
  }
  return problems
}
