/**
 * What other writers (Excel, WPS, generators) put in a workbook that exceljs never writes: inline
 * strings, phonetic guides, `_x000D_` escapes, namespace prefixes, cells without references,
 * built-in date formats of the Chinese locale, the 1904 date system, parts found through the rels.
 */
import { describe, expect, it } from 'vitest'
import { readXlsxTables } from '../../../electron/core/xlsx/xlsx-reader'
import { buildXlsx, workbookParts } from '../../helpers/xlsx-parts'
import { writeZip } from '../../helpers/zip-writer'

const read = async (data: Buffer) => (await readXlsxTables(data, '清单.xlsx')).map((t) => t.rows)

describe('readXlsxTables on parts written by hand', { timeout: 30_000 }, () => {
  it('inline strings with runs and phonetic guides, escapes, CDATA and character references', async () => {
    const body = `<sheetData><row r="1">
      <c r="A1" t="inlineStr"><is><r><t>道路</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 运输</t></r><rPh sb="0" eb="2"><t>どうろ</t></rPh></is></c>
      <c r="B1" t="inlineStr"><is><t>第一行_x000D_
第二行</t></is></c>
      <c r="C1" t="inlineStr"><is><t><![CDATA[<许可>]]>&amp;&#x7F72;&#32626;</t></is></c>
      <c r="D1" t="s"><v>1</v></c>
      <c r="E1" t="s"><v>99</v></c>
    </row></sheetData>`
    const data = buildXlsx({ sheets: [{ name: '清单', body }], sharedStrings: ['零', '壹 '] })
    // E1 points past the table: empty, and the rows end at the last column with content
    expect(await read(data)).toEqual([[['道路 运输', '第一行\r\n第二行', '<许可>&署署', '壹 ']]])
  })

  it('namespace prefixes, rows and cells without references, formulas by their cached result', async () => {
    const body = `<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <x:row><x:c t="inlineStr"><x:is><x:t>编码</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>
      <x:row><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c><x:f>NOW()</x:f></x:c></x:row>
    </x:sheetData>`
    expect(await read(buildXlsx({ sheets: [{ name: '清单', body }] }))).toEqual([
      [
        ['编码', '2', ''],
        ['2', 'ab', '是'],
      ],
    ])
  })

  it('dates: built-in 14 and the Chinese 年月日 formats (31, 57), custom codes, the 1904 system; plain numbers stay numbers', async () => {
    const styles = `<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="177" formatCode="0.00&quot;天&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs>`
    const body = `<sheetData><row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="2"><v>46112</v></c><c r="C1" s="3"><v>46112</v></c><c r="D1" s="4"><v>46112.75</v></c><c r="E1" s="5"><v>20</v></c><c r="F1" s="0"><v>46112</v></c><c r="G1" t="d"><v>2026-03-31T00:00:00</v></c></row></sheetData>`
    expect(await read(buildXlsx({ sheets: [{ name: '清单', body }], styles }))).toEqual([[['2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31', '20', '46112', '2026-03-31']]])
    expect(await read(buildXlsx({ sheets: [{ name: '清单', body }], styles, date1904: true }))).toEqual([[['2030-04-01', '2030-04-01', '2030-04-01', '2030-04-01', '20', '46112', '2026-03-31']]])
  })

  it('sheets in tab order with their names, chart sheets skipped, parts found through the rels wherever they are', async () => {
    const parts = workbookParts({ sheets: [{ name: '甲', body: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }, { name: '乙', body: '' }] }).map((p) => {
      if (p.name === 'xl/workbook.xml') {
        return {
          ...p,
          data: (p.data as string).replace('<sheets>', '<sheets><sheet name="图表" sheetId="9" r:id="rIdC"/>').replace('<sheet name="甲"', '<sheet name="乙2" sheetId="7" r:id="rIdS2"/><sheet name="甲"').replace(/<sheet name="乙" [^>]*>/, ''),
        }
      }
      if (p.name === 'xl/_rels/workbook.xml.rels') {
        return { ...p, data: (p.data as string).replace('Target="worksheets/sheet2.xml"', 'Target="/xl/其他/sheet2.xml"').replace('</Relationships>', '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>') }
      }
      if (p.name === 'xl/worksheets/sheet2.xml') return { ...p, name: 'xl/其他/sheet2.xml', data: (p.data as string).replace('</worksheet>', '<sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData></worksheet>') }
      return p
    })
    const tables = await readXlsxTables(writeZip(parts), '清单.xlsx')
    expect(tables).toEqual([
      { name: '乙2', rows: [['', ''], ['', '2']] },
      { name: '甲', rows: [['1']] },
    ])
  })

  it('the refusals the import has always given: empty, .xls or encrypted, not a workbook, no content', async () => {
    const msg = async (data: Uint8Array) => readXlsxTables(data, 'a.xlsx').then(() => '', (e: Error) => e.message)
    expect(await msg(new Uint8Array())).toBe('文件“a.xlsx”是空文件')
    expect(await msg(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(/已加密，或是旧版 Excel 97-2003（\.xls）格式/)
    expect(await msg(Buffer.from('序号,事项编码\n'))).toBe('文件“a.xlsx”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件')
    expect(await msg(buildXlsx({ sheets: [{ name: '空', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t> </t></is></c></row></sheetData>' }] }))).toBe(
      '文件“a.xlsx”中没有任何内容',
    )
  })
})
