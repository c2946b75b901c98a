import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import type { Workspace } from '../db/client'
import * as schema from '../db/schema'

/** How long a worker waits for the other side's write lock before SQLITE_BUSY. */
export const WORKER_BUSY_TIMEOUT_MS = 10_000

/**
 * A job worker's own connection to a workspace the main thread has already opened and migrated:
 * it never creates, migrates or backs up anything. WAL lets the main thread keep reading while
 * the worker writes; both sides wait for each other's write lock (busy_timeout).
 */
export function attachWorkspace(dbPath: string, nativeBinding?: string): Workspace {
  const sqlite = new Database(dbPath, { fileMustExist: true, nativeBinding })
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma(`busy_timeout = ${WORKER_BUSY_TIMEOUT_MS}`)
    const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }))
    return {
      dataDir: dirname(dbPath),
      dbPath,
      schemaVersion,
      sqlite,
      db: drizzle(sqlite, { schema }),
      close: () => {
        if (sqlite.open) sqlite.close()
      },
    }
  } catch (e) {
    sqlite.close()
    throw e
  }
}
