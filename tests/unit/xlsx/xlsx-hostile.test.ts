/**
 * Issue 7, items 1–3: hostile workbooks generated here (a few KB each, never committed). Each
 * failed on the exceljs reader: the merge range ran it out of memory, the lying sizes and the
 * wrapped entry count got through, the honest large archive was inflated whole.
 * Timeouts are 30 s: building the files is what takes time on a busy two-core machine.
 */
import { describe, expect, it } from 'vitest'
import { readXlsxTables } from '../../../electron/core/xlsx/xlsx-reader'
import { DEFAULT_XLSX_LIMITS } from '../../../electron/core/xlsx/xlsx-limits'
import { DATA, HEADER, lyingSizeWorkbook, mergeRangeWorkbook } from '../../helpers/hostile-xlsx'
import { buildXlsx, rowXml, sheetDataXml, workbookParts } from '../../helpers/xlsx-parts'
import { writeZip, type ZipPart } from '../../helpers/zip-writer'


async function refusal(data: Buffer, limits = DEFAULT_XLSX_LIMITS): Promise<string> {
  try {
    await readXlsxTables(data, '清单.xlsx', limits)
  } catch (e) {
    return (e as Error).message
  }
  throw new Error('the workbook was read, a refusal was expected')
}

describe('item 1: a merge range over the whole sheet grid is clipped to the used area', { timeout: 30_000 }, () => {
  for (const ref of ['A5:GR199999', 'A1:XFD1048576']) {
    it(`${ref} in a few-KB file reads as the rows and columns that hold content`, async () => {
      const data = mergeRangeWorkbook(ref)
      expect(data.length).toBeLessThan(8 * 1024)
      const [sheet] = await readXlsxTables(data, '清单.xlsx')
      expect(sheet?.rows).toHaveLength(6)
      expect(sheet?.rows.every((r) => r.length === 4)).toBe(true)
      const master = ref.startsWith('A5') ? '1' : '某局权责清单'
      const first = ref.startsWith('A5') ? 4 : 0
      for (const row of sheet?.rows.slice(first) ?? []) expect(row).toEqual([master, master, master, master])
    })
  }

  it('refuses merges that overlap beyond the used area, and more merge ranges than the limit', async () => {
    const overlapping = `${sheetDataXml([HEADER, ...DATA])}<mergeCells>${'<mergeCell ref="A1:D3"/>'.repeat(2)}</mergeCells>`
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body: overlapping }] }))).toBe('工作表“清单”中的合并单元格互相重叠，文件已损坏，无法读取')
    const many = `${sheetDataXml([HEADER, ...DATA])}<mergeCells>${'<mergeCell ref="A2:B2"/>'.repeat(11)}</mergeCells>`
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body: many }] }), { ...DEFAULT_XLSX_LIMITS, maxMergeRanges: 10 })).toBe(
      '工作表“清单”的合并单元格超过 10 处，超出本程序支持的规模',
    )
  })
})

describe('item 2: sizes are what inflating really produces, never what the archive declares', { timeout: 30_000 }, () => {
  it('a 1.6 MB file whose sheet declares 2,000 bytes but inflates to 1.5 GB is stopped at 2,000 bytes and refused', async () => {
    const data = lyingSizeWorkbook()
    expect(data.length).toBeLessThan(2 * 1024 * 1024)
    expect(await refusal(data)).toBe('文件“清单.xlsx”中的部件“xl/worksheets/sheet1.xml”解压后超过其声明的大小，文件已损坏或被篡改，已拒绝读取')
  })

  it('a stored (uncompressed) part whose size lies is refused too', async () => {
    const data = buildXlsx({ sheets: [{ name: '清单', body: sheetDataXml([HEADER]), entry: { method: 'store', declaredSize: 10 } }] })
    expect(await refusal(data)).toMatch(/已损坏/)
  })

  it('a part declaring more than the budget is refused before anything is inflated', async () => {
    const data = buildXlsx({ sheets: [{ name: '清单', body: sheetDataXml([HEADER]), entry: { declaredSize: 1024 * 1024 * 1024 } }] })
    expect(await refusal(data)).toBe('文件“清单.xlsx”解压后过大（超过 128 MB），超出本程序支持的规模，已拒绝读取')
  })

  it('an honest archive over the budget is refused with the limit named (budget made small for the test)', async () => {
    const rows = Array.from({ length: 20_000 }, (_v, i) => [i + 1, `A${i}`, `事项${i}`, '行政许可'])
    const data = buildXlsx({ sheets: [{ name: '清单', body: sheetDataXml([HEADER, ...rows]) }] })
    const limits = { ...DEFAULT_XLSX_LIMITS, maxUnpackedBytes: 1024 * 1024 }
    expect(await refusal(data, limits)).toBe('文件“清单.xlsx”解压后过大（超过 1 MB），超出本程序支持的规模，已拒绝读取')
    // the same file within the default budget reads whole
    const [sheet] = await readXlsxTables(data, '清单.xlsx')
    expect(sheet?.rows).toHaveLength(20_001)
  })

  it('an honest sheet with more rows than supported stops at the limit instead of reading on', async () => {
    const body = `<sheetData>${rowXml(1, HEADER)}${rowXml(50_001, [1, 'A1', '事项', '行政许可'])}</sheetData>`
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body }] }))).toBe('工作表“清单”超过 50,000 行，超出本程序支持的规模，请拆分后再导入')
    // formatted but empty rows far below do not count
    const styledTail = `<sheetData>${rowXml(1, HEADER)}<row r="1048576"><c r="A1048576" s="0"/></row></sheetData>`
    const [sheet] = await readXlsxTables(buildXlsx({ sheets: [{ name: '清单', body: styledTail }] }), '清单.xlsx')
    expect(sheet?.rows).toEqual([HEADER])
  })
})

describe('item 3: the entry count comes from the central directory records themselves', { timeout: 30_000 }, () => {
  const junk = (n: number): ZipPart[] => Array.from({ length: n }, (_v, i) => ({ name: `x/${i}`, data: '', method: 'store' as const }))

  it('67,036 entries declared as 1,500 (the 16-bit count wrapped) are counted and refused', async () => {
    const parts = [...workbookParts({ sheets: [{ name: '清单', body: sheetDataXml([HEADER]) }] }), ...junk(67_036 - 7)]
    expect(parts).toHaveLength(67_036)
    const data = writeZip(parts)
    const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    expect(data.readUInt16LE(eocd + 10)).toBe(1500)
    expect(await refusal(data)).toBe('文件“清单.xlsx”包含的部件过多（超过 2,000 个），不像是普通的 Excel 工作簿，已拒绝读取')
  })

  it('a ZIP64 end record is followed to the real directory, and its count is checked the same way', async () => {
    const honest = workbookParts({ sheets: [{ name: '清单', body: sheetDataXml([HEADER, ...DATA]) }] })
    const [sheet] = await readXlsxTables(writeZip(honest, { zip64: true }), '清单.xlsx')
    expect(sheet?.rows[1]).toEqual(['1', '330275012000', '道路旅客运输经营许可', '行政许可'])
    expect(await refusal(writeZip([...honest, ...junk(2001)], { zip64: true }))).toMatch(/包含的部件过多（超过 2,000 个）/)
  })
})

describe('other limits, each stated in the refusal', { timeout: 30_000 }, () => {
  const sheet = (body: string) => buildXlsx({ sheets: [{ name: '清单', body }] })

  it('a cell over 32,767 characters', async () => {
    const body = `<sheetData>${rowXml(1, HEADER)}${rowXml(2, [1, 'x'.repeat(40_000)])}</sheetData>`
    expect(await refusal(sheet(body))).toBe('工作表“清单”的单元格 B2 超过 32,767 个字符，超出本程序支持的规模')
  })

  it('shared strings: count, length and the text budget', async () => {
    const limits = { ...DEFAULT_XLSX_LIMITS, maxSharedStrings: 3, maxTextChars: 100 }
    const body = sheetDataXml([HEADER])
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body }], sharedStrings: ['a', 'b', 'c', 'd'] }), limits)).toBe(
      '文件“清单.xlsx”中的文本条目超过 3 条，超出本程序支持的规模',
    )
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body }], sharedStrings: ['a'.repeat(101)] }), limits)).toBe(
      '文件“清单.xlsx”中的文字总量超过 100 个字符，超出本程序支持的规模',
    )
    expect(await refusal(buildXlsx({ sheets: [{ name: '清单', body }], sharedStrings: ['a'.repeat(40_000)] }))).toBe(
      '文件“清单.xlsx”中有超过 32,767 个字符的文本，超出本程序支持的规模',
    )
  })

  it('XML elements across the parts read (a sheet of empty cells costs parsing time, not memory)', async () => {
    const limits = { ...DEFAULT_XLSX_LIMITS, maxXmlElements: 1000 }
    const body = `<sheetData><row r="1">${'<c s="1"/>'.repeat(1000)}</row></sheetData>`
    expect(await refusal(sheet(body), limits)).toBe('文件“清单.xlsx”的结构过于庞大（XML 元素超过 1,000 个），超出本程序支持的规模')
  })

  it('cells with content across the workbook', async () => {
    const limits = { ...DEFAULT_XLSX_LIMITS, maxCells: 10 }
    expect(await refusal(sheet(sheetDataXml([HEADER, ...DATA])), limits)).toBe('文件“清单.xlsx”中有内容的单元格超过 10 个，超出本程序支持的规模')
  })

  it('the area of the tables returned, summed over the sheets (one far cell per sheet would pad millions of slots)', async () => {
    const far = '<sheetData><row r="2000"><c r="GR2000"><v>1</v></c></row></sheetData>'
    const sheets = ['一', '二', '三'].map((name) => ({ name, body: far }))
    const limits = { ...DEFAULT_XLSX_LIMITS, maxGridCells: 1_000_000 }
    expect(await refusal(buildXlsx({ sheets }), limits)).toBe('文件“清单.xlsx”中各工作表的范围过大（行数×列数合计超过 1,000,000 格），超出本程序支持的规模')
    // the default allows one sheet of 50,000 rows × 200 columns, and no more
    const sheet = '<sheetData><row r="50000"><c r="GR50000"><v>1</v></c></row></sheetData>'
    expect(await refusal(buildXlsx({ sheets: [{ name: '一', body: sheet }, { name: '二', body: far }] }))).toMatch(/合计超过 10,000,000 格/)
  })

  it('columns beyond the limit are not read, as before', async () => {
    const body = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c><c r="XFD1" t="inlineStr"><is><t>远处</t></is></c></row></sheetData>`
    const [t] = await readXlsxTables(sheet(body), '清单.xlsx')
    expect(t?.rows).toEqual([['事项编码']])
  })

  it('an XML entity bomb (DOCTYPE) is refused as a damaged file, unexpanded', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`
    const parts = workbookParts({ sheets: [{ name: '清单', body: '' }] }).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: bomb } : p))
    expect(await refusal(writeZip(parts))).toBe('文件“清单.xlsx”已损坏或不是有效的 .xlsx 工作簿，无法读取')
  })

  it('XML that would make the parser hold unbounded state: a huge text node, comment or CDATA, deep nesting, endless attributes', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024)
    const cases = [
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${big}</t></is></c></row></sheetData>`,
      `<sheetData/><!--${big}-->`,
      `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[${'<a>'.repeat(4 * 1024 * 1024)}]]></t></is></c></row></sheetData>`,
      `<sheetData/>${'<a>'.repeat(200)}${'</a>'.repeat(200)}`,
      `<sheetData/><a ${Array.from({ length: 2000 }, (_v, i) => `b${i}="1"`).join(' ')}/>`,
    ]
    for (const body of cases) expect(await refusal(sheet(body))).toBe('文件“清单.xlsx”已损坏或不是有效的 .xlsx 工作簿，无法读取')
    // many elements side by side are fine: depth is what is limited, not count
    const wide = `<sheetData><row r="1">${'<c s="0"/>'.repeat(5000)}<c r="B1"><v>7</v></c></row></sheetData>`
    expect((await readXlsxTables(sheet(wide), '清单.xlsx'))[0]?.rows).toEqual([['', '7']])
  })

  it('an encrypted entry, a truncated archive and a missing workbook part are refused in Chinese', async () => {
    const good = buildXlsx({ sheets: [{ name: '清单', body: sheetDataXml([HEADER]) }] })
    const encrypted = Buffer.from(good)
    for (let at = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      encrypted.writeUInt16LE(encrypted.readUInt16LE(at + 8) | 1, at + 8)
    }
    expect(await refusal(encrypted)).toMatch(/已加密/)
    expect(await refusal(good.subarray(0, good.length - 30))).toMatch(/已损坏/)
    const noWorkbook = writeZip(workbookParts({ sheets: [] }).filter((p) => p.name !== 'xl/workbook.xml'))
    expect(await refusal(noWorkbook)).toMatch(/已损坏/)
  })
})
