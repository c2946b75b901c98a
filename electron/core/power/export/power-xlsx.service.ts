import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../../shared/domain/power-import.schema'
import { stripXmlForbidden } from '../../../../shared/domain/text.schema'
import type { Db } from '../../db/client'
import { getUnit } from '../../org/unit.repo'
import type { ExportProgress } from '../../docs/progress'
import { type ExportGroup, type ExportPower, loadExportGroups } from './power-export-data'

const WIDTHS: Record<ImportField, number> = {
  seq: 6,
  code: 16,
  name: 24,
  childCode: 16,
  childName: 24,
  type: 12,
  exerciseLevel: 12,
  basis: 48,
  subject: 16,
  department: 14,
  target: 16,
  duties: 40,
  accountability: 40,
  legalLimit: 12,
  promisedLimit: 12,
  feeBasis: 20,
  supervisionPhone: 14,
  remark: 16,
}

/** Excel does not grow rows for wrapped text it did not lay out itself: estimate the height. */
function estimateHeight(values: Record<ImportField, string | number>): number {
  let lines = 1
  for (const f of IMPORT_FIELDS) {
    const width = WIDTHS[f]
    const text = String(values[f])
    const n = text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) / width)), 0)
    lines = Math.max(lines, n)
  }
  return Math.min(409, lines * 14 + 4)
}

function rowValues(seq: number, main: ExportPower, child: ExportPower | null): Record<ImportField, string | number> {
  const own = child ?? main
  return {
    seq,
    code: main.code,
    name: main.name,
    childCode: child?.code ?? '',
    childName: child?.name ?? '',
    type: own.typeName,
    exerciseLevel: own.exerciseLevel,
    basis: own.basis,
    subject: own.subject,
    department: own.departmentName,
    target: own.target,
    duties: own.duties,
    accountability: own.accountability,
    legalLimit: own.legalLimit,
    promisedLimit: own.promisedLimit,
    feeBasis: own.feeBasis,
    supervisionPhone: own.supervisionPhone,
    remark: own.remark,
  }
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** Title, summary line and header: rows 1–3. */
function writeHeading(ws: ExcelJS.Worksheet, unitName: string, summary: string): void {
  const last = IMPORT_FIELDS.length
  ws.mergeCells(1, 1, 1, last)
  const title = ws.getCell(1, 1)
  title.value = stripXmlForbidden(`${unitName}权力清单`)
  title.font = { name: '宋体', size: 18, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  ws.getRow(1).height = 32
  ws.mergeCells(2, 1, 2, last)
  ws.getCell(2, 1).value = summary
  ws.getCell(2, 1).alignment = { horizontal: 'right' }
  const header = ws.getRow(3)
  IMPORT_FIELDS.forEach((f, i) => {
    const c = header.getCell(i + 1)
    c.value = IMPORT_FIELD_LABELS[f]
    c.font = { name: '黑体', bold: true }
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF8' } }
    c.border = BORDER
  })
  header.height = 24
  ws.getRow(1).commit()
  ws.getRow(2).commit()
  header.commit()
}

/** One 主项 and its 子项 rows from row `start`, 序号/事项编码/事项名称 merged down; returns the next free row. */
function writeGroup(ws: ExcelJS.Worksheet, start: number, seq: number, g: ExportGroup): number {
  let r = start
  for (const child of [null, ...g.children]) {
    const values = rowValues(seq, g.main, child)
    const row = ws.getRow(r)
    IMPORT_FIELDS.forEach((f, i) => {
      const cell = row.getCell(i + 1)
      cell.value = values[f]
      if (f === 'code' || f === 'childCode') cell.numFmt = '@'
      cell.border = BORDER
    })
    row.height = estimateHeight(values)
    r++
  }
  if (g.children.length > 0) {
    for (const f of ['seq', 'code', 'name'] as const) {
      const col = IMPORT_FIELDS.indexOf(f) + 1
      ws.mergeCells(start, col, r - 1, col)
    }
  }
  // merges are in place: the rows can go to the file and leave memory
  for (let i = start; i < r; i++) ws.getRow(i).commit()
  return r
}

/**
 * 权力清单.xlsx in the import columns: a 主项 row, then its 子项 rows with 序号/事项编码/事项名称
 * merged down over them (the usual provincial convention). Imports back with zero changes.
 * Written through exceljs's streaming WorkbookWriter: rows are committed group by group, so memory
 * holds one group and the compressed output, not a model of the whole sheet.
 */
export async function exportPowersXlsx(db: Db, progress?: ExportProgress): Promise<Buffer> {
  const unit = getUnit(db)
  progress?.('读取职权数据', 0.02)
  const groups = loadExportGroups(db)
  const total = groups.reduce((n, g) => n + 1 + g.children.length, 0)
  const chunks: Buffer[] = []
  const sink = new PassThrough()
  sink.on('data', (c: Buffer) => chunks.push(c))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true })
  wb.creator = '阳光权力自查台'
  wb.created = new Date()
  const ws = wb.addWorksheet('权力清单', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 3 }],
  })
  ws.columns = IMPORT_FIELDS.map((f) => ({ key: f, width: WIDTHS[f], style: { alignment: { vertical: 'middle', wrapText: true } } }))
  writeHeading(ws, unit?.name ?? '', `共${groups.length}项主项、${total}条职权\u3000导出时间：${new Date().toLocaleString('zh-CN', { hour12: false })}`)
  let r = 4
  for (const [gi, g] of groups.entries()) {
    r = writeGroup(ws, r, gi + 1, g)
    if (gi % 200 === 0) progress?.('写入工作表', 0.05 + 0.85 * ((r - 4) / Math.max(1, total)))
    // let the zip stream drain so compressed chunks do not pile up behind the rows
    if (gi % 500 === 499) await new Promise((resolve) => setImmediate(resolve))
  }
  progress?.('压缩文件', 0.92)
  ws.commit()
  await wb.commit()
  return Buffer.concat(chunks)
}
