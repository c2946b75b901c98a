import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { AppError } from '../../../shared/result'
import { DB_FILE_NAME, resolveMigrationsDir } from '../paths'
import { backupBeforeMigration, rollingDailyBackup } from './backup'
import * as schema from './schema'
import { NotADatabaseError, readStoredSchemaVersion } from './stored-version'

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
  /**
   * For commands that only read (stats, export): the workspace must exist at this program's schema
   * version; nothing is created, migrated or backed up, and SQLite refuses every write.
   */
  readonly?: boolean
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

export function schemaTooOldForReadOnlyMessage(found: number, known: number): string {
  return (
    `该工作区的数据版本较旧（数据版本 ${found}，本程序为 ${known}），需要先升级才能读取。` +
    '只读命令不会修改工作区：请先用本程序打开它一次（或运行一次导入命令）完成升级后再试。'
  )
}

/**
 * Reads the stored schema version without opening SQLite at all (see stored-version.ts): a
 * workspace refused as too new keeps its file list and every byte, `-shm` included.
 */
function readStoredVersion(dbPath: string): number {
  try {
    return readStoredSchemaVersion(dbPath)
  } catch (e) {
    if (e instanceof NotADatabaseError) {
      throw new AppError('INTERNAL', `工作区文件 ${dbPath} 不是有效的数据库文件或已损坏，程序没有修改它。`)
    }
    throw e
  }
}

/**
 * A read-only session. The file is not opened with SQLite's `readonly` flag: such a connection
 * creates the `-wal`/`-shm` files a WAL database needs and can never remove them, so every `stats`
 * would leave two files behind. Opened normally, SQLite (as the last connection) removes them on
 * close, and on a write-protected file it falls back to reading by itself; `query_only` makes it
 * refuse every write on this connection. (Only after a crash can closing change the file: SQLite
 * then folds the committed transactions left in `-wal` into it, as any later open would.)
 */
function openReadOnlyConnection(dbPath: string, nativeBinding?: string): Database.Database {
  const sqlite = new Database(dbPath, { fileMustExist: true, nativeBinding })
  try {
    sqlite.pragma('query_only = ON')
    sqlite.pragma('busy_timeout = 5000')
    return sqlite
  } catch (e) {
    sqlite.close()
    throw e
  }
}

function openReadOnlyWorkspace(opts: OpenWorkspaceOptions, dbPath: string, known: number): Workspace {
  if (!existsSync(dbPath)) throw new AppError('NOT_FOUND', `目录 ${opts.dataDir} 中没有工作区文件 ${DB_FILE_NAME}。`)
  const stored = readStoredVersion(dbPath)
  if (stored > known) throw new AppError('SCHEMA_TOO_NEW', schemaTooNewMessage(stored, known))
  if (stored < known) throw new AppError('INTERNAL', schemaTooOldForReadOnlyMessage(stored, known))
  const sqlite = openReadOnlyConnection(dbPath, opts.nativeBinding)
  return {
    dataDir: opts.dataDir,
    dbPath,
    schemaVersion: known,
    sqlite,
    db: drizzle(sqlite, { schema }),
    close: () => {
      if (sqlite.open) sqlite.close()
    },
  }
}

export function openWorkspace(opts: OpenWorkspaceOptions): Workspace {
  const migrationsFolder = opts.migrationsDir ?? resolveMigrationsDir()
  const known = knownSchemaVersion(migrationsFolder)
  const dbPath = join(opts.dataDir, DB_FILE_NAME)
  if (opts.readonly) return openReadOnlyWorkspace(opts, dbPath, known)
  mkdirSync(opts.dataDir, { recursive: true })

  let stored = 0
  if (existsSync(dbPath)) {
    stored = readStoredVersion(dbPath)
    if (stored > known) throw new AppError('SCHEMA_TOO_NEW', schemaTooNewMessage(stored, known))
  }

  const sqlite = new Database(dbPath, { nativeBinding: opts.nativeBinding })
  try {
    // belt and braces: SQLite's own view, should a writer have committed a newer version since the file check
    const current = Number(sqlite.pragma('user_version', { simple: true }))
    if (current > known) throw new AppError('SCHEMA_TOO_NEW', schemaTooNewMessage(current, known))
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
