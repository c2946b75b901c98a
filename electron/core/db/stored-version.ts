/**
 * The schema version (PRAGMA user_version) of a workspace file, read without SQLite and without
 * writing a byte: no connection, so no `-shm`/`-wal` is created and an existing `-shm` (another
 * process's wal-index) is never touched. A refused workspace must be left exactly as it was found.
 *
 * The value lives at offset 60 of page 1. While a writer has the workspace open (or after it
 * crashed), the newest committed copy of page 1 may sit in the `-wal` file instead, so the WAL is
 * scanned the way SQLite recovers it: frames count only while their salts match the WAL header and
 * their cumulative checksums hold, and only up to the last commit frame.
 * Formats: https://www.sqlite.org/fileformat2.html (sections 1.3 and 4).
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const USER_VERSION_OFFSET = 60
const WAL_HEADER_SIZE = 32
const WAL_FRAME_HEADER_SIZE = 24
const WAL_MAGIC_LE = 0x377f0682
const WAL_MAGIC_BE = 0x377f0683

export class NotADatabaseError extends Error {}

/** user_version of the database at `dbPath`: 0 for an empty file; throws NotADatabaseError for other files. */
export function readStoredSchemaVersion(dbPath: string): number {
  const header = readAt(dbPath, 0, 100)
  if (header.length === 0) return 0 // SQLite treats an empty file as a new database
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) throw new NotADatabaseError(dbPath)
  const fromWal = committedPage1Version(`${dbPath}-wal`)
  return fromWal ?? header.readInt32BE(USER_VERSION_OFFSET)
}

function readAt(path: string, position: number, length: number): Buffer {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(length)
    const n = readSync(fd, buf, 0, length, position)
    return buf.subarray(0, n)
  } finally {
    closeSync(fd)
  }
}

interface WalHeader {
  pageSize: number
  bigEndian: boolean
  salt1: number
  salt2: number
  checksum: [number, number]
}

function parseWalHeader(buf: Buffer): WalHeader | null {
  if (buf.length < WAL_HEADER_SIZE) return null
  const magic = buf.readUInt32BE(0)
  if (magic !== WAL_MAGIC_LE && magic !== WAL_MAGIC_BE) return null
  const pageSize = buf.readUInt32BE(8)
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null
  const bigEndian = magic === WAL_MAGIC_BE
  const checksum = walChecksum(buf.subarray(0, 24), bigEndian, [0, 0])
  if (checksum[0] !== buf.readUInt32BE(24) || checksum[1] !== buf.readUInt32BE(28)) return null
  return { pageSize, bigEndian, salt1: buf.readUInt32BE(16), salt2: buf.readUInt32BE(20), checksum }
}

/** SQLite's WAL checksum over 8-byte chunks, continuing from `seed`; words in the WAL's byte order. */
export function walChecksum(data: Buffer, bigEndian: boolean, seed: [number, number]): [number, number] {
  let [s0, s1] = seed
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i)
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4)
    s0 = (s0 + x0 + s1) >>> 0
    s1 = (s1 + x1 + s0) >>> 0
  }
  return [s0, s1]
}

/**
 * The user_version in the newest committed copy of page 1 in the WAL, or null when the WAL is
 * absent, empty, reset or holds no committed page 1 (then the main file's header is current).
 */
function committedPage1Version(walPath: string): number | null {
  if (!existsSync(walPath) || statSync(walPath).size < WAL_HEADER_SIZE) return null
  const fd = openSync(walPath, 'r')
  try {
    const head = Buffer.alloc(WAL_HEADER_SIZE)
    readSync(fd, head, 0, WAL_HEADER_SIZE, 0)
    const wal = parseWalHeader(head)
    if (!wal) return null
    const frame = Buffer.alloc(WAL_FRAME_HEADER_SIZE + wal.pageSize)
    let checksum = wal.checksum
    let pending: number | null = null // page 1's version in frames not yet committed
    let committed: number | null = null
    for (let offset = WAL_HEADER_SIZE; ; offset += frame.length) {
      if (readSync(fd, frame, 0, frame.length, offset) < frame.length) break
      if (frame.readUInt32BE(8) !== wal.salt1 || frame.readUInt32BE(12) !== wal.salt2) break
      checksum = walChecksum(frame.subarray(WAL_FRAME_HEADER_SIZE), wal.bigEndian, walChecksum(frame.subarray(0, 8), wal.bigEndian, checksum))
      if (checksum[0] !== frame.readUInt32BE(16) || checksum[1] !== frame.readUInt32BE(20)) break
      if (frame.readUInt32BE(0) === 1) pending = frame.readInt32BE(WAL_FRAME_HEADER_SIZE + USER_VERSION_OFFSET)
      if (frame.readUInt32BE(4) !== 0 && pending !== null) {
        committed = pending // a commit frame: everything up to here is durable
        pending = null
      }
    }
    return committed
  } finally {
    closeSync(fd)
  }
}
