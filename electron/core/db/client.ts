import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { AppError } from '../../../shared/result'
import { DB_FILE_NAME, resolveMigrationsDir } from '../paths'
import { backupBeforeMigration, rollingDailyBackup } from './backup'
import * as schema from './schema'

export type Db = BetterSQLite3Database<typeof schema>

export interface Workspace {
  readonly dataDir: string
  readonly dbPath: string
  readonly schemaVersion: number
  readonly sqlite: Database.Database
  readonly db: Db
  close(): void
}

export interface OpenWorkspaceOptions {
  dataDir: string
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string
  migrationsDir?: string
  /** daily rolling copies under <dataDir>/backups (default on; benchmarks turn it off) */
  backups?: boolean
}

interface Journal {
  entries: { idx: number; tag: string; when: number }[]
}

/** The schema version this build knows: the number of migrations it ships. */
export function knownSchemaVersion(migrationsDir = resolveMigrationsDir()): number {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal
  return journal.entries.length
}

export function schemaTooNewMessage(found: number, known: number): string {
  return (
    `该工作区的数据由更新版本的阳光权力自查台写入（数据版本 ${found}，本程序支持到 ${known}）。` +
    '为防止数据损坏，本程序没有打开也没有修改它。请升级到最新版本后再打开。'
  )
}

/** Reads the stored schema version without writing a byte to the file. */
function readStoredVersion(dbPath: string, nativeBinding?: string): number {
  let probe: Database.Database | undefined
  try {
    probe = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding })
    return Number(probe.pragma('user_version', { simple: true }))
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('INTERNAL', `工作区文件 ${dbPath} 不是有效的数据库文件或已损坏，程序没有修改它。`)
    }
    throw e
  } finally {
    probe?.close()
  }
}

export function openWorkspace(opts: OpenWorkspaceOptions): Workspace {
  const migrationsFolder = opts.migrationsDir ?? resolveMigrationsDir()
  const known = knownSchemaVersion(migrationsFolder)
  mkdirSync(opts.dataDir, { recursive: true })
  const dbPath = join(opts.dataDir, DB_FILE_NAME)

  let stored = 0
  if (existsSync(dbPath)) {
    stored = readStoredVersion(dbPath, opts.nativeBinding)
    if (stored > known) throw new AppError('SCHEMA_TOO_NEW', schemaTooNewMessage(stored, known))
  }

  const sqlite = new Database(dbPath, { nativeBinding: opts.nativeBinding })
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    const db = drizzle(sqlite, { schema })
    if (stored > 0 && stored < known) {
      try {
        backupBeforeMigration(sqlite, opts.dataDir, stored)
      } catch (e) {
        // never migrate without a copy of the old data
        throw new AppError(
          'INTERNAL',
          `升级工作区前无法在 ${opts.dataDir} 中备份旧数据（${(e as Error).message}），为防止数据损坏，本次没有升级也没有修改它。请检查磁盘空间和权限后重试。`,
        )
      }
    }
    migrate(db, { migrationsFolder })
    sqlite.pragma(`user_version = ${known}`)
    if (opts.backups !== false) {
      try {
        rollingDailyBackup(sqlite, opts.dataDir)
      } catch (e) {
        // a missed daily copy must not stop the day's work; it is retried at the next start
        console.error(`[core] daily backup failed: ${(e as Error).message}`)
      }
    }
    return {
      dataDir: opts.dataDir,
      dbPath,
      schemaVersion: known,
      sqlite,
      db,
      close: () => {
        if (sqlite.open) sqlite.close()
      },
    }
  } catch (e) {
    sqlite.close()
    throw e
  }
}
