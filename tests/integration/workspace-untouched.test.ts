/**
 * Issue 7, smaller holes: refusing a too-new workspace and running read-only commands leave the
 * workspace folder exactly as it was — same file list, same bytes, `-shm` and `-wal` included.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { openCore } from '../../electron/core'
import { knownSchemaVersion } from '../../electron/core/db/client'
import { NotADatabaseError, readStoredSchemaVersion } from '../../electron/core/db/stored-version'
import { DB_FILE_NAME } from '../../electron/core/paths'
import { makeTempDir, removeTempDir } from '../helpers/temp-dir'
import { describe, expect, test } from '../helpers/temp-dir'

const ROOT = resolve(__dirname, '..', '..')
const KNOWN = knownSchemaVersion()

/** Every file under `dir` (recursively) with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) {
        out[`${relative(dir, p)}/`] = 'dir'
        walk(p)
      } else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex')
    }
  }
  walk(dir)
  return out
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn()
  } catch (e) {
    return e as { code?: string; message: string }
  }
  throw new Error('expected the call to throw')
}

/** A workspace as the app leaves it (WAL mode, closed: a single file), with one department, no backups. */
async function closedWorkspace(dataDir: string): Promise<string> {
  const core = openCore({ dataDir, mode: 'cli', backups: false, log: () => undefined })
  await core.call('department:create', { name: '办公室' })
  core.close()
  return join(dataDir, DB_FILE_NAME)
}

/** As another version would leave it: its user_version, still in WAL mode, closed cleanly (a single file again). */
function setStoredVersion(dbPath: string, version: number): void {
  const db = new Database(dbPath)
  db.pragma(`user_version = ${version}`)
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  db.close()
  expect(readdirSync(dirname(dbPath))).toEqual([DB_FILE_NAME])
}

describe('a too-new workspace is refused without touching anything', () => {
  test('closed workspace in WAL mode: no -shm/-wal appears, no byte changes (core and CLI)', async ({ dataDir }) => {
    const dbPath = await closedWorkspace(dataDir)
    setStoredVersion(dbPath, KNOWN + 3)
    const before = snapshot(dataDir)
    expect(Object.keys(before)).toEqual([DB_FILE_NAME])

    const err = errorOf(() => openCore({ dataDir, mode: 'cli' }))
    expect(err.code).toBe('SCHEMA_TOO_NEW')
    expect(err.message).toContain(`数据版本 ${KNOWN + 3}`)
    expect(snapshot(dataDir)).toEqual(before)

    for (const args of [['stats', '--data-dir', dataDir], ['import', 'powers', join(ROOT, 'package.json'), '--data-dir', dataDir]]) {
      const r = cli(...args)
      expect(r.code, args[0]).not.toBe(0)
      expect(r.stderr).toContain('更新版本')
      expect(snapshot(dataDir)).toEqual(before)
    }
  })

  test('while another program holds it open (version only in the WAL): -shm and -wal keep every byte', async ({ dataDir }) => {
    const dbPath = await closedWorkspace(dataDir)
    const other = new Database(dbPath)
    try {
      other.pragma('wal_autocheckpoint = 0')
      other.pragma(`user_version = ${KNOWN + 1}`)
      expect(existsSync(`${dbPath}-shm`)).toBe(true)
      expect(statSync(`${dbPath}-wal`).size).toBeGreaterThan(0)
      // the main file still says KNOWN: only a reader of the WAL sees the newer version
      expect(readFileSync(dbPath).readInt32BE(60)).toBe(KNOWN)
      const before = snapshot(dataDir)

      const err = errorOf(() => openCore({ dataDir, mode: 'cli' }))
      expect(err.code).toBe('SCHEMA_TOO_NEW')
      expect(snapshot(dataDir)).toEqual(before)
    } finally {
      other.close()
    }
  })
})

describe('reading the stored version without SQLite', () => {
  test('follows committed WAL frames and ignores a torn or corrupted last transaction', async ({ dataDir }) => {
    const dbPath = await closedWorkspace(dataDir)
    const copies = makeTempDir('sunlight-wal-')
    const other = new Database(dbPath)
    try {
      other.pragma('wal_autocheckpoint = 0')
      other.pragma('user_version = 7')
      other.pragma('user_version = 99')
      const copy = (name: string) => {
        const target = join(copies, name)
        copyFileSync(dbPath, target)
        copyFileSync(`${dbPath}-wal`, `${target}-wal`)
        return target
      }
      expect(readStoredSchemaVersion(copy('whole.sqlite'))).toBe(99)
      // what SQLite itself reads from the same files agrees
      const sqliteSays = new Database(copy('check.sqlite'), { readonly: true })
      expect(sqliteSays.pragma('user_version', { simple: true })).toBe(99)
      sqliteSays.close()

      const torn = copy('torn.sqlite')
      truncateSync(`${torn}-wal`, statSync(`${torn}-wal`).size - 100)
      expect(readStoredSchemaVersion(torn)).toBe(7)

      const flipped = copy('flipped.sqlite')
      const wal = readFileSync(`${flipped}-wal`)
      wal[wal.length - 10] = (wal[wal.length - 10] ?? 0) ^ 0xff
      writeFileSync(`${flipped}-wal`, wal)
      expect(readStoredSchemaVersion(flipped)).toBe(7)

      const stale = copy('stale.sqlite')
      const walBytes = readFileSync(`${stale}-wal`)
      walBytes.writeUInt32BE((walBytes.readUInt32BE(16) + 1) >>> 0, 16) // a new WAL generation: old frames no longer count
      writeFileSync(`${stale}-wal`, walBytes)
      expect(readStoredSchemaVersion(stale)).toBe(KNOWN)
    } finally {
      other.close()
      removeTempDir(copies)
    }
  })

  test('an empty file is version 0; a file that is not SQLite is refused', ({ dataDir }) => {
    const empty = join(dataDir, 'empty.sqlite')
    writeFileSync(empty, '')
    expect(readStoredSchemaVersion(empty)).toBe(0)
    const text = join(dataDir, 'text.sqlite')
    writeFileSync(text, '这不是数据库文件'.repeat(50))
    expect(() => readStoredSchemaVersion(text)).toThrow(NotADatabaseError)
  })
})

describe('read-only commands open read-only', () => {
  test('stats and export leave the workspace as it was: no backup, no -wal/-shm left, same bytes', async ({ dataDir }) => {
    const ws = join(dataDir, 'ws')
    await closedWorkspace(ws)
    const before = snapshot(ws)
    expect(Object.keys(before)).toEqual([DB_FILE_NAME])

    const stats = cli('stats', '--data-dir', ws, '--json')
    expect(stats.stderr).toBe('')
    expect(stats.code).toBe(0)
    expect(JSON.parse(stats.stdout)).toMatchObject({ departments: 1 })
    expect(snapshot(ws)).toEqual(before)

    const out = join(dataDir, '权力清单.xlsx')
    const exported = cli('export', 'powers', '--format', 'xlsx', '--out', out, '--data-dir', ws)
    expect(exported.code).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(snapshot(ws)).toEqual(before)
  })

  test('a read-only core refuses writes and changes nothing', async ({ dataDir }) => {
    const dbPath = await closedWorkspace(dataDir)
    const before = snapshot(dataDir)
    const core = openCore({ dataDir, mode: 'cli', readonly: true, log: () => undefined })
    try {
      expect(await core.call('department:list')).toHaveLength(1)
      const r = await core.invoke('department:create', { name: '财务科' })
      expect(r.ok).toBe(false)
    } finally {
      core.close()
    }
    expect(snapshot(dataDir)).toEqual(before)
    const check = new Database(dbPath, { readonly: true })
    expect(check.prepare('select count(*) from departments').pluck().get()).toBe(1)
    check.close()
  })

  test('an older workspace is not upgraded by a read-only command: refused with a Chinese message', async ({ dataDir }) => {
    const dbPath = await closedWorkspace(dataDir)
    setStoredVersion(dbPath, KNOWN - 1) // what an older version would have stored
    const before = snapshot(dataDir)
    const r = cli('stats', '--data-dir', dataDir)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toContain('需要先升级')
    expect(snapshot(dataDir)).toEqual(before)
  })
})
