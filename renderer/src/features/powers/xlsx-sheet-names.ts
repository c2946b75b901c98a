/**
 * The worksheet names of an .xlsx, read in the renderer from the zip's xl/workbook.xml (no
 * dependency: the central directory is parsed by hand and the entry inflated with the browser's
 * DecompressionStream). Used only when the core found no header row by itself, so the user can
 * still pick the sheet and header row and map the columns by hand.
 */
import { base64ToBytes } from '../../lib/file-transfer'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

async function inflateRaw(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === 'lt') return '<'
    if (e === 'gt') return '>'
    if (e === 'quot') return '"'
    if (e === 'apos') return "'"
    if (e === 'amp') return '&'
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  })

/** Sheet names in workbook order, or null when the data is not a readable .xlsx. */
export async function xlsxSheetNames(dataBase64: string): Promise<string[] | null> {
  try {
    const buf = base64ToBytes(dataBase64)
    const view = new DataView(buf.buffer)
    let eocd = -1
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === EOCD) {
        eocd = i
        break
      }
    }
    if (eocd < 0) return null
    const count = view.getUint16(eocd + 10, true)
    let p = view.getUint32(eocd + 16, true)
    const decoder = new TextDecoder()
    for (let n = 0; n < count && p + 46 <= buf.length; n++) {
      if (view.getUint32(p, true) !== CENTRAL) return null
      const method = view.getUint16(p + 10, true)
      const size = view.getUint32(p + 20, true)
      const nameLen = view.getUint16(p + 28, true)
      const extraLen = view.getUint16(p + 30, true)
      const commentLen = view.getUint16(p + 32, true)
      const local = view.getUint32(p + 42, true)
      const name = decoder.decode(buf.subarray(p + 46, p + 46 + nameLen))
      p += 46 + nameLen + extraLen + commentLen
      if (name !== 'xl/workbook.xml') continue
      if (view.getUint32(local, true) !== LOCAL) return null
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const raw = buf.slice(start, start + size)
      const xml = decoder.decode(method === 8 ? await inflateRaw(raw) : raw)
      return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? ''))
    }
    return null
  } catch {
    return null
  }
}
