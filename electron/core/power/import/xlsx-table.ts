import ExcelJS from 'exceljs'
import { AppError } from '../../../../shared/result'
import { checkZipBudget } from './zip-budget'

/** One worksheet as text: `rows[i]` is sheet row i+1, `rows[i][j]` column j+1; merged cells repeat their master's text. */
export interface SheetTable {
  name: string
  rows: string[][]
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const MAX_ROWS = 200_000
const MAX_COLUMNS = 200

const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b)

/** Text as a person reads it: numbers without exponent, rich text joined, formulas by their result. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return ''
    // 330275012000 must stay 330275012000, never 3.30275E+11
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v)
  }
  if (typeof v === 'boolean') return v ? '是' : '否'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('')
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null)
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('error' in v) return ''
  }
  return String(v)
}

/** Loads an .xlsx; anything else gets one clear Chinese sentence, never a stack trace. */
export async function readXlsxTables(data: Uint8Array, fileName: string): Promise<SheetTable[]> {
  if (data.length === 0) throw new AppError('VALIDATION', `文件“${fileName}”是空文件`)
  if (startsWith(data, CFB_MAGIC)) {
    throw new AppError(
      'VALIDATION',
      `文件“${fileName}”已加密，或是旧版 Excel 97-2003（.xls）格式：请在 Excel/WPS 中取消密码保护并另存为 .xlsx 后再导入`,
    )
  }
  if (!startsWith(data, ZIP_MAGIC)) {
    throw new AppError('VALIDATION', `文件“${fileName}”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件`)
  }
  const budget = checkZipBudget(data)
  if (!budget.ok) {
    throw new AppError(
      'VALIDATION',
      budget.reason === 'corrupt'
        ? `文件“${fileName}”已损坏或不是有效的 .xlsx 工作簿，无法读取`
        : `文件“${fileName}”解压后过大或包含的部件过多，不像是一份权责清单，已拒绝读取`,
    )
  }
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ArrayBuffer)
  } catch {
    throw new AppError('VALIDATION', `文件“${fileName}”已损坏或不是有效的 .xlsx 工作簿，无法读取`)
  }
  const tables: SheetTable[] = []
  wb.eachSheet((ws) => {
    if (ws.rowCount > MAX_ROWS) {
      throw new AppError('VALIDATION', `工作表“${ws.name}”超过${MAX_ROWS}行，请拆分后再导入`)
    }
    const rows: string[][] = []
    const width = Math.min(ws.columnCount, MAX_COLUMNS)
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c)
        cells.push(cellText(cell.isMerged ? cell.master.value : cell.value))
      }
      rows.push(cells)
    }
    tables.push({ name: ws.name, rows })
  })
  if (tables.length === 0 || tables.every((t) => t.rows.every((r) => r.every((c) => c.trim() === '')))) {
    throw new AppError('VALIDATION', `文件“${fileName}”中没有任何内容`)
  }
  return tables
}
