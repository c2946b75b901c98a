/**
 * Import speed as a ratio (issue 7): in the same run as the real import, the same file is read by
 * exceljs's full-workbook load and its rows written by one raw batched insert into a fresh
 * workspace. The import row prints import time ÷ that baseline (target ≤ 1.5×); the bounded
 * reader's own read of the file is timed beside exceljs's for comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { readXlsxTables } from '../../core/xlsx/xlsx-reader'
import { openCliCore } from '../workspace.opener'
import type { BenchRow } from './powers.bench'
import { timeAsync, timeSync } from './timing'

export interface ImportBaseline {
  exceljsReadMs: number
  insertMs: number
  boundedReadMs: number
  rows: number
}

const RATIO_TARGET = 1.5

/** exceljs's full load plus each row's cell values as text, as a raw import would need them. */
async function exceljsRows(file: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(file as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  const rows: string[][] = []
  ws?.eachRow((row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text))
    rows.push(cells)
  })
  return rows
}

/** One transaction, one prepared statement: the bench file's columns straight into `powers`. */
function rawInsert(rows: string[][]): number {
  const dir = mkdtempSync(join(tmpdir(), 'sunlight-bench-baseline-'))
  const core = openCliCore(dir)
  try {
    const sqlite = core.ws.sqlite
    const typeId = (sqlite.prepare('select id from power_types order by id limit 1').get() as { id: number }).id
    const stmt = sqlite.prepare(
      'insert into powers (code, name, type_id, basis, duties, accountability, legal_limit, promised_limit) values (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    // bench columns: 序号 事项编码 事项名称 子项编码 子项名称 类型 依据 承办机构 责任事项 追责情形 法定时限 承诺时限
    const data = rows.slice(2)
    return timeSync(() =>
      sqlite.transaction(() => {
        for (const r of data) stmt.run(r[3] || r[1], r[4] || r[2], typeId, r[6] ?? '', r[8] ?? '', r[9] ?? '', r[10] ?? '', r[11] ?? '')
      })(),
    ).ms
  } finally {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function measureImportBaseline(file: Buffer): Promise<ImportBaseline> {
  const read = await timeAsync(() => exceljsRows(file))
  const insertMs = rawInsert(read.value)
  const bounded = await timeAsync(() => readXlsxTables(file, 'scale.xlsx'))
  return { exceljsReadMs: read.ms, insertMs, boundedReadMs: bounded.ms, rows: read.value.length }
}

/** What the import row says about its speed against the baseline. */
export function importRatioNote(importMs: number, b: ImportBaseline): string {
  const ratio = importMs / (b.exceljsReadMs + b.insertMs)
  return `为基线（exceljs 全量读取 + 批量插入，${Math.round(b.exceljsReadMs + b.insertMs)} ms）的 ${ratio.toFixed(2)} 倍（目标 ≤ ${RATIO_TARGET} 倍）`
}

export function importBaselineRows(b: ImportBaseline): BenchRow[] {
  return [
    { item: '基线：exceljs 全量读取同一文件', ms: b.exceljsReadMs, note: `${b.rows} 行` },
    { item: '基线：批量插入（单事务，无校验）', ms: b.insertMs, note: '新建工作区中插入同样的行' },
    { item: '有界读取器读取同一文件', ms: b.boundedReadMs, note: `exceljs 全量读取的 ${(b.boundedReadMs / b.exceljsReadMs).toFixed(2)} 倍` },
  ]
}
