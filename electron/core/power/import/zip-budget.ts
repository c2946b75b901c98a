/**
 * A look at an .xlsx's ZIP central directory before anything is inflated: a workbook that declares
 * more than MAX_UNPACKED bytes or MAX_ENTRIES files (a "zip bomb", or not a 权责清单 at all) is
 * refused with one Chinese sentence. Declared sizes can lie; this stops the plain bombs and
 * oversized files, the import's row and column caps stop the rest.
 */
export const MAX_UNPACKED = 300 * 1024 * 1024
export const MAX_ENTRIES = 2000

const EOCD = 0x06054b50
const CDH = 0x02014b50

export type ZipBudget = { ok: true; entries: number; unpacked: number } | { ok: false; reason: 'corrupt' | 'too-large' | 'too-many' }

export function checkZipBudget(buf: Uint8Array): ZipBudget {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  // the End Of Central Directory record sits in the last 22 + 65535 (comment) bytes
  let eocd = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, reason: 'corrupt' }
  const entries = view.getUint16(eocd + 10, true)
  const cdOffset = view.getUint32(eocd + 16, true)
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'too-large' } // ZIP64: far beyond any 权责清单
  if (entries > MAX_ENTRIES) return { ok: false, reason: 'too-many' }
  let p = cdOffset
  let unpacked = 0
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== CDH) return { ok: false, reason: 'corrupt' }
    const size = view.getUint32(p + 24, true)
    if (size === 0xffffffff) return { ok: false, reason: 'too-large' }
    unpacked += size
    if (unpacked > MAX_UNPACKED) return { ok: false, reason: 'too-large' }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  return { ok: true, entries, unpacked }
}
