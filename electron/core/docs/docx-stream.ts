/**
 * Large Word tables without the docx object model: the docx library builds an object per cell,
 * then the whole XML string, then the zip — several copies of a 20,000-row table at once. Here the
 * library packs a small skeleton (styles, footer, page setup, the header row and one marker row);
 * the marker row is then replaced by body rows serialised straight to XML, fed to the zip as a
 * stream. The row XML is the same, byte for byte, as fixedTable's (tests/unit/docx-stream.test.ts).
 */
import { Readable } from 'node:stream'
import { type Document, Packer } from 'docx'
import JSZip from 'jszip'
import type { ExportProgress } from './progress'
import { type CellSpec, TABLE_TEXT_STYLE } from './gbt9704'

/** The text of the one skeleton row the streamed rows replace. */
export const ROWS_MARKER = 'SUNLIGHT-STREAMED-ROWS-MARKER'
const DOCUMENT_XML = 'word/document.xml'
const ROWS_PER_CHUNK = 200

// characters XML 1.0 cannot carry: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g // eslint-disable-line no-control-regex
const ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }

export function xmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[<>&"']/g, (c) => ESCAPES[c] ?? c)
}

function paragraphXml(line: string, center: boolean): string {
  const jc = center ? '<w:jc w:val="center"/>' : ''
  const run = line === '' ? '' : `<w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r>`
  return `<w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/>${jc}</w:pPr>${run}</w:p>`
}

function cellXml(cell: CellSpec, width: number): string {
  const merge = cell.vMerge ? `<w:vMerge w:val="${cell.vMerge}"/>` : ''
  const shading = cell.shading ? `<w:shd w:fill="${cell.shading}" w:color="auto" w:val="clear"/>` : ''
  const props = `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${merge}${shading}<w:vAlign w:val="center"/></w:tcPr>`
  const body =
    cell.vMerge === 'continue'
      ? `<w:p><w:pPr><w:pStyle w:val="${TABLE_TEXT_STYLE}"/></w:pPr></w:p>`
      : (cell.text || ' ')
          .split('\n')
          .map((line) => paragraphXml(line, cell.align === 'center'))
          .join('')
  return `<w:tc>${props}${body}</w:tc>`
}

/** One body row of a fixedTable as WordprocessingML. */
export function tableRowXml(cells: CellSpec[], widths: number[]): string {
  return `<w:tr>${cells.map((c, i) => cellXml(c, widths[i] ?? 0)).join('')}</w:tr>`
}

/** Splits the skeleton's document.xml around the marker row. */
function splitAtMarker(xml: string): { head: string; tail: string } {
  const at = xml.indexOf(ROWS_MARKER)
  const start = xml.lastIndexOf('<w:tr>', at)
  const end = xml.indexOf('</w:tr>', at)
  if (at < 0 || start < 0 || end < 0) throw new Error('docx skeleton has no marker row')
  return { head: xml.slice(0, start), tail: xml.slice(end + '</w:tr>'.length) }
}

function* documentChunks(head: string, tail: string, rows: Iterable<CellSpec[]>, total: number, widths: number[], progress?: ExportProgress) {
  yield head
  let batch: string[] = []
  let done = 0
  for (const row of rows) {
    batch.push(tableRowXml(row, widths))
    if (batch.length === ROWS_PER_CHUNK) {
      yield batch.join('')
      batch = []
      done += ROWS_PER_CHUNK
      progress?.('生成并压缩文档', 0.05 + 0.9 * (done / Math.max(1, total)))
    }
  }
  yield batch.join('') + tail
}

/**
 * Packs `skeleton`, a document whose table was made by fixedTable with a single body row whose
 * first cell reads ROWS_MARKER, with that row replaced by `rows` (`total` of them, for progress).
 */
export async function packWithStreamedRows(
  skeleton: Document,
  rows: Iterable<CellSpec[]>,
  opts: { widths: number[]; total: number; progress?: ExportProgress },
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(skeleton))
  const xml = await zip.file(DOCUMENT_XML)?.async('string')
  if (xml === undefined) throw new Error('docx skeleton has no document.xml')
  const { head, tail } = splitAtMarker(xml)
  const body = Readable.from(documentChunks(head, tail, rows, opts.total, opts.widths, opts.progress), { objectMode: false })
  zip.file(DOCUMENT_XML, body)
  const chunks: Buffer[] = []
  await new Promise<void>((resolve, reject) => {
    zip
      .generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' })
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve())
      .on('error', reject)
    body.on('error', reject)
  })
  return Buffer.concat(chunks)
}
