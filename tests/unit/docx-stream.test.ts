import { Document, Packer } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { packWithStreamedRows, ROWS_MARKER, tableRowXml, xmlText } from '../../electron/core/docs/docx-stream'
import { type CellSpec, columnWidths, documentStyles, fixedTable, section } from '../../electron/core/docs/gbt9704'

const COLUMNS = [
  { header: '序号', weight: 5 },
  { header: '名称', weight: 20 },
  { header: '等级', weight: 8 },
]
const WIDTH = 9000
const widths = columnWidths(COLUMNS, WIDTH)

/** Every shape a fixedTable cell can take: centred, multi-line, empty, shaded, merged, XML specials. */
const ROWS: CellSpec[][] = [
  [{ text: '1', align: 'center' }, { text: '道路运输<经营>许可 & "审批" \'甲\'' }, { text: 'A', shading: 'cf1322', align: 'center' }],
  [{ text: '1.1', align: 'center', vMerge: 'restart' }, { text: '第一行\n第二行\n\n第四行' }, { text: '' }],
  [{ text: '', vMerge: 'continue' }, { text: '  前后空格  ' }, { text: 'C', shading: '1677ff' }],
]

async function documentXml(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data)
  return (await zip.file('word/document.xml')?.async('string')) ?? ''
}

const body = (xml: string) => xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'))
const doc = (rows: CellSpec[][]) => new Document({ styles: documentStyles(), sections: [section([fixedTable(COLUMNS, rows, WIDTH)], 'landscape')] })

describe('streamed Word tables (docs/docx-stream)', () => {
  it('writes each body row exactly as the docx library writes it for fixedTable', async () => {
    const xml = await documentXml(await Packer.toBuffer(doc(ROWS)))
    const rows = xml.slice(xml.indexOf('</w:tr>') + '</w:tr>'.length, xml.indexOf('</w:tbl>'))
    expect(rows.length).toBeGreaterThan(500)
    expect(ROWS.map((r) => tableRowXml(r, widths)).join('')).toBe(rows)
  })

  it('packs a document identical in body to the one built wholly by the docx library', async () => {
    const reference = await documentXml(await Packer.toBuffer(doc(ROWS)))
    const phases: number[] = []
    const streamed = await packWithStreamedRows(doc([[{ text: ROWS_MARKER }]]), ROWS, { widths, total: ROWS.length, progress: (_p, f) => phases.push(f) })
    expect(body(await documentXml(streamed))).toBe(body(reference))
    const zip = await JSZip.loadAsync(streamed)
    // styles, footer (page numbers), settings: everything but the rows comes from the library
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['word/styles.xml', 'word/footer1.xml', '[Content_Types].xml']))
  })

  it('drops characters XML cannot carry instead of writing an invalid document', () => {
    expect(xmlText('a\u0001b\uFFFEc\uD800d\u000Be<')).toBe('abcde&lt;')
    expect(xmlText('汉字😀\ttab')).toBe('汉字😀\ttab')
  })

  it('refuses a skeleton without the marker row', async () => {
    await expect(packWithStreamedRows(doc([[{ text: '普通行' }]]), ROWS, { widths, total: 3 })).rejects.toThrow(/marker/)
  })
})
