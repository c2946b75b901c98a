/**
 * The central directory of a ZIP archive, read from the records themselves: the count the End Of
 * Central Directory record declares is only a hint (it is 16 bits wide and can lie), so the
 * records are walked one by one and counted, with the ZIP64 records understood. Nothing here
 * inflates; `zip-inflate.ts` does, within a budget.
 */
import { TextDecoder } from 'node:util'
import { ZipError } from './zip-error'

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number
  encrypted: boolean
  compressedSize: number
  /** What the central directory declares; the inflater stops at this many bytes, whatever comes. */
  declaredSize: number
  localHeaderOffset: number
}

export interface ZipDirectory {
  entries: Map<string, ZipEntry>
  /** Sum of the declared unpacked sizes. */
  declaredTotal: number
}

const EOCD_SIG = 0x06054b50
const ZIP64_LOCATOR_SIG = 0x07064b50
const ZIP64_EOCD_SIG = 0x06064b50
const CDH_SIG = 0x02014b50
const LFH_SIG = 0x04034b50
const EOCD_SIZE = 22
const CDH_SIZE = 46
const LFH_SIZE = 30
const ZIP64_EXTRA = 0x0001

type View = { buf: Uint8Array; dv: DataView }

const u16 = (v: View, at: number) => v.dv.getUint16(at, true)
const u32 = (v: View, at: number) => v.dv.getUint32(at, true)
/** A 64-bit field as a safe integer; anything larger cannot be inside a file held in memory. */
function u64(v: View, at: number): number {
  const n = v.dv.getBigUint64(at, true)
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('corrupt', '64-bit size out of range')
  return Number(n)
}

/** The EOCD sits in the last 22 + 65,535 (comment) bytes; the last signature found wins. */
function findEocd(v: View): number {
  const last = v.buf.length - EOCD_SIZE
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (v.buf[i] === 0x50 && u32(v, i) === EOCD_SIG) return i
  }
  throw new ZipError('corrupt', 'no end of central directory record')
}

/** Where the central directory starts, from the EOCD or, when it says so, the ZIP64 EOCD. */
function centralDirectoryStart(v: View, eocd: number): number {
  const offset = u32(v, eocd + 16)
  const declaredCount = u16(v, eocd + 10)
  if (offset !== 0xffffffff && declaredCount !== 0xffff) return offset
  const locator = eocd - 20
  if (locator < 0 || u32(v, locator) !== ZIP64_LOCATOR_SIG) return offset
  const zip64Eocd = u64(v, locator + 8)
  if (zip64Eocd + 56 > v.buf.length || u32(v, zip64Eocd) !== ZIP64_EOCD_SIG) {
    throw new ZipError('corrupt', 'ZIP64 end of central directory record missing')
  }
  return u64(v, zip64Eocd + 48)
}

/** The ZIP64 extra field replaces, in order, each 32-bit field that holds 0xFFFFFFFF. */
function applyZip64Extra(v: View, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  const need = {
    size: entry.declaredSize === 0xffffffff,
    compressed: entry.compressedSize === 0xffffffff,
    offset: entry.localHeaderOffset === 0xffffffff,
  }
  if (!need.size && !need.compressed && !need.offset) return
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = u16(v, p)
    const len = u16(v, p + 2)
    if (id === ZIP64_EXTRA) {
      let q = p + 4
      const end = Math.min(q + len, extraEnd)
      const take = () => {
        if (q + 8 > end) throw new ZipError('corrupt', 'short ZIP64 extra field')
        const n = u64(v, q)
        q += 8
        return n
      }
      if (need.size) entry.declaredSize = take()
      if (need.compressed) entry.compressedSize = take()
      if (need.offset) entry.localHeaderOffset = take()
      return
    }
    p += 4 + len
  }
  throw new ZipError('corrupt', 'ZIP64 sizes without a ZIP64 extra field')
}

function readRecord(v: View, p: number, decoder: TextDecoder): { entry: ZipEntry; next: number } {
  if (p + CDH_SIZE > v.buf.length) throw new ZipError('corrupt', 'central directory runs past the end')
  const flags = u16(v, p + 8)
  const nameLen = u16(v, p + 28)
  const extraLen = u16(v, p + 30)
  const commentLen = u16(v, p + 32)
  const next = p + CDH_SIZE + nameLen + extraLen + commentLen
  if (next > v.buf.length) throw new ZipError('corrupt', 'central directory record runs past the end')
  const nameBytes = v.buf.subarray(p + CDH_SIZE, p + CDH_SIZE + nameLen)
  const entry: ZipEntry = {
    // bit 11: UTF-8 names; parts of an .xlsx are ASCII either way
    name: decoder.decode(nameBytes).replace(/\\/g, '/'),
    method: u16(v, p + 10),
    encrypted: (flags & 0x1) !== 0,
    compressedSize: u32(v, p + 20),
    declaredSize: u32(v, p + 24),
    localHeaderOffset: u32(v, p + 42),
  }
  applyZip64Extra(v, p + CDH_SIZE + nameLen, p + CDH_SIZE + nameLen + extraLen, entry)
  return { entry, next }
}

/**
 * Walks every central directory record from its start while the signature holds, refusing the
 * archive as soon as more than `maxEntries` records are seen (whatever the EOCD declares).
 */
export function readZipDirectory(data: Uint8Array, maxEntries: number): ZipDirectory {
  if (data.length < EOCD_SIZE) throw new ZipError('corrupt', 'too short for a ZIP archive')
  const v: View = { buf: data, dv: new DataView(data.buffer, data.byteOffset, data.byteLength) }
  const eocd = findEocd(v)
  let p = centralDirectoryStart(v, eocd)
  if (p >= data.length) throw new ZipError('corrupt', 'central directory offset past the end')
  const decoder = new TextDecoder('utf-8')
  const entries = new Map<string, ZipEntry>()
  let count = 0
  let declaredTotal = 0
  while (p + 4 <= data.length && u32(v, p) === CDH_SIG) {
    if (++count > maxEntries) throw new ZipError('too-many-entries', `more than ${maxEntries} entries`)
    const { entry, next } = readRecord(v, p, decoder)
    declaredTotal += entry.declaredSize
    if (!entry.name.endsWith('/')) entries.set(entry.name, entry)
    p = next
  }
  if (count === 0) throw new ZipError('corrupt', 'empty central directory')
  return { entries, declaredTotal }
}

/** The entry's compressed bytes, after checking its local header lies inside the file. */
export function compressedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const v: View = { buf: data, dv: new DataView(data.buffer, data.byteOffset, data.byteLength) }
  const at = entry.localHeaderOffset
  if (at + LFH_SIZE > data.length || u32(v, at) !== LFH_SIG) throw new ZipError('corrupt', `no local header for ${entry.name}`)
  const start = at + LFH_SIZE + u16(v, at + 26) + u16(v, at + 28)
  const end = start + entry.compressedSize
  if (end > data.length) throw new ZipError('corrupt', `${entry.name} runs past the end`)
  return data.subarray(start, end)
}
