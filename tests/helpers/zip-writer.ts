/**
 * A small ZIP writer for tests that need archives no well-behaved library writes: a central
 * directory whose entry count wraps past 65,535, parts whose declared size lies, ZIP64 end records.
 */
import { constants, deflateRawSync } from 'node:zlib'

export interface ZipPart {
  name: string
  data: Uint8Array | string
  /** 'deflate' (default) or 'store'. */
  method?: 'deflate' | 'store'
  /** The unpacked size written in the headers, when it should lie. */
  declaredSize?: number
  /** Raw deflate bytes to store as they are (then `data` is only used for the CRC). */
  deflated?: Uint8Array
}

export interface ZipOptions {
  /** The entry count written in the EOCD (wraps like a 16-bit field would), when it should lie. */
  declaredCount?: number
  /** Write ZIP64 end records: the EOCD says 0xFFFF / 0xFFFFFFFF and the real values follow in ZIP64. */
  zip64?: boolean
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * One raw deflate stream made of runs, each a block compressed once (non-final, byte-aligned) and
 * repeated: 1 MB of spaces × 1,536 inflates to 1.5 GB from about 1.6 MB.
 */
export function deflatedRuns(runs: { block: Uint8Array; copies: number }[]): Buffer {
  const parts: Buffer[] = []
  for (const { block, copies } of runs) {
    const run = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH })
    for (let i = 0; i < copies; i++) parts.push(run)
  }
  parts.push(deflateRawSync(Buffer.alloc(0))) // the final, empty block
  return Buffer.concat(parts)
}

export function writeZip(parts: ZipPart[], options: ZipOptions = {}): Buffer {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data)
    const store = part.method === 'store'
    const body = part.deflated ? Buffer.from(part.deflated) : store ? raw : deflateRawSync(raw)
    const name = Buffer.from(part.name, 'utf8')
    const crc = crc32(raw)
    const size = part.declaredSize ?? raw.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(store ? 0 : 8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(20, 4)
    cd.writeUInt16LE(20, 6)
    cd.writeUInt16LE(0x0800, 8)
    cd.writeUInt16LE(store ? 0 : 8, 10)
    cd.writeUInt32LE(crc, 16)
    cd.writeUInt32LE(body.length, 20)
    cd.writeUInt32LE(size, 24)
    cd.writeUInt16LE(name.length, 28)
    cd.writeUInt32LE(offset, 42)
    chunks.push(local, name, body)
    central.push(cd, name)
    offset += local.length + name.length + body.length
  }
  const cdBytes = Buffer.concat(central)
  const count = options.declaredCount ?? parts.length
  const tail: Buffer[] = []
  if (options.zip64) tail.push(...zip64Records(parts.length, cdBytes.length, offset, offset + cdBytes.length))
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(options.zip64 ? 0xffff : count & 0xffff, 8)
  eocd.writeUInt16LE(options.zip64 ? 0xffff : count & 0xffff, 10)
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : cdBytes.length, 12)
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16)
  return Buffer.concat([...chunks, cdBytes, ...tail, eocd])
}

function zip64Records(count: number, cdSize: number, cdOffset: number, recordOffset: number): Buffer[] {
  const record = Buffer.alloc(56)
  record.writeUInt32LE(0x06064b50, 0)
  record.writeBigUInt64LE(44n, 4)
  record.writeUInt16LE(45, 12)
  record.writeUInt16LE(45, 14)
  record.writeBigUInt64LE(BigInt(count), 24)
  record.writeBigUInt64LE(BigInt(count), 32)
  record.writeBigUInt64LE(BigInt(cdSize), 40)
  record.writeBigUInt64LE(BigInt(cdOffset), 48)
  const locator = Buffer.alloc(20)
  locator.writeUInt32LE(0x07064b50, 0)
  locator.writeBigUInt64LE(BigInt(recordOffset), 8)
  locator.writeUInt32LE(1, 16)
  return [record, locator]
}
