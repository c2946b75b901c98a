/**
 * The bounded reader against exceljs on honest workbooks: every cell must read as the import read
 * it through exceljs before (the oracle below is that code), on our fixtures and on a workbook with
 * every kind of value exceljs writes.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { scalePowerWorkbook } from '../../../electron/cli/bench/powers.bench'
import { readXlsxTables, type SheetTable } from '../../../electron/core/xlsx/xlsx-reader'
import { quirkyWorkbook } from '../../fixtures/power-xlsx.fixture'

/** The import's former reading through exceljs, kept as the oracle. */
function exceljsText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v)
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if ('richText' in v) return v.richText.map((t) => t.text).join('')
  if ('formula' in v || 'sharedFormula' in v) return exceljsText((v as { result?: ExcelJS.CellValue }).result ?? null)
  if ('text' in v && typeof v.text === 'string') return v.text
  return ''
}

async function exceljsTables(data: Buffer): Promise<SheetTable[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ArrayBuffer)
  return wb.worksheets.map((ws) => {
    const rows: string[][] = []
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = row.getCell(c)
        cells.push(exceljsText(cell.isMerged ? cell.master.value : cell.value))
      }
      rows.push(cells)
    }
    return { name: ws.name, rows }
  })
}

/** Trailing empty cells and rows carry nothing: exceljs counts formatted empty cells, we do not. */
const trimmed = (tables: SheetTable[]) =>
  tables.map((t) => {
    const rows = t.rows.map((r) => {
      const cells = [...r]
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
      return cells
    })
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop()
    return { name: t.name, rows }
  })

async function expectSameAsExceljs(data: Buffer): Promise<SheetTable[]> {
  const ours = await readXlsxTables(data, 'x.xlsx')
  expect(trimmed(ours)).toEqual(trimmed(await exceljsTables(data)))
  // rectangular, as the header detection expects
  for (const t of ours) expect(new Set(t.rows.map((r) => r.length)).size).toBeLessThanOrEqual(1)
  return ours
}

async function everyKindOfValue(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('值')
  ws.getCell('A1').value = 330275012000
  ws.getCell('B1').value = 3.25
  ws.getCell('C1').value = -0.0001
  ws.getCell('D1').value = 1.5e25
  ws.getCell('E1').value = true
  ws.getCell('F1').value = false
  ws.getCell('A2').value = new Date(Date.UTC(2026, 2, 31))
  ws.getCell('A2').numFmt = 'yyyy"年"m"月"d"日"'
  ws.getCell('B2').value = { formula: 'A1*2', result: 660550024000 }
  ws.getCell('C2').value = { formula: 'CONCAT("道路","运输")', result: '道路运输' }
  ws.getCell('D2').value = { formula: 'TODAY()', result: new Date(Date.UTC(2025, 11, 1)) }
  ws.getCell('D2').numFmt = 'yyyy-mm-dd'
  ws.getCell('E2').value = { formula: 'NA()', result: { error: '#N/A' } }
  ws.getCell('A3').value = { richText: [{ text: '《行政许可法》', font: { bold: true } }, { text: '第十二条' }] }
  ws.getCell('B3').value = { text: '政务服务网', hyperlink: 'https://example.invalid/' }
  ws.getCell('C3').value = { error: '#DIV/0!' }
  ws.getCell('D3').value = '  前后空格  \n第二行'
  ws.getCell('E3').value = '<&>"\'特殊字符'
  ws.getCell('F3').value = 12.5
  ws.getCell('F3').numFmt = '0.00"元"'
  ws.getCell('A5').value = '合并的主项'
  ws.mergeCells('A5:C7')
  ws.getCell('D7').value = '子项' // the merge's rows hold content: merges are clipped to rows that do
  ws.getCell('H9').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } }
  const second = wb.addWorksheet('第二页')
  second.addRow(['事项编码', '事项名称'])
  second.addRow(['001', '第一项'])
  wb.addWorksheet('空白页')
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('readXlsxTables reads honest workbooks exactly as exceljs did', { timeout: 30_000 }, () => {
  it('the quirky 权责清单 fixture (title rows, two-row header, merged 主项, numbers as codes)', async () => {
    const [t] = await expectSameAsExceljs(await quirkyWorkbook())
    expect(t?.rows[4]?.[1]).toBe('330275012000')
    expect(t?.rows[7]?.[2]).toBe('公路建设项目施工许可') // C7:C8 merged: the 子项 row repeats its 主项
  })

  it('every kind of value: numbers, booleans, dates, formulas by result, rich text, links, errors, merges, several sheets', async () => {
    const tables = await expectSameAsExceljs(await everyKindOfValue())
    const [values, second, blank] = tables
    expect(values?.rows[0]?.slice(0, 6)).toEqual(['330275012000', '3.25', '-0.0001', '1.5e+25', '是', '否'])
    expect(values?.rows[1]?.slice(0, 5)).toEqual(['2026-03-31', '660550024000', '道路运输', '2025-12-01', ''])
    expect(values?.rows[2]?.slice(0, 6)).toEqual(['《行政许可法》第十二条', '政务服务网', '', '  前后空格  \n第二行', '<&>"\'特殊字符', '12.5'])
    expect(values?.rows.slice(4, 7).map((r) => r.slice(0, 4))).toEqual([
      ['合并的主项', '合并的主项', '合并的主项', ''],
      ['合并的主项', '合并的主项', '合并的主项', ''],
      ['合并的主项', '合并的主项', '合并的主项', '子项'],
    ])
    expect(second).toEqual({ name: '第二页', rows: [['事项编码', '事项名称'], ['001', '第一项']] })
    expect(blank).toEqual({ name: '空白页', rows: [] })
  })

  it('the 5,000-row bench workbook, cut to 400 rows', async () => {
    const [t] = await expectSameAsExceljs(await scalePowerWorkbook(400, ['办公室', '法规科']))
    expect(t?.rows).toHaveLength(402)
  })
})
