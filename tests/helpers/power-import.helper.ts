import ExcelJS from 'exceljs'
import type { Core } from '../../electron/core'
import type { Result } from '../../shared/result'

export interface ImportOptions {
  dryRun?: boolean
  createMissing?: boolean
  fileName?: string
}

/** `power:import` of a workbook, written (not a dry run) unless told otherwise. */
export function importFile(core: Core, data: Buffer, opts: ImportOptions = {}): Promise<Result<unknown>> {
  return core.invoke('power:import', {
    fileName: opts.fileName ?? '权责清单.xlsx',
    dataBase64: data.toString('base64'),
    dryRun: opts.dryRun ?? false,
    createMissing: opts.createMissing ?? false,
  })
}

/** A one-sheet workbook whose rows start at row 1. */
export async function sheetBuffer(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  rows.forEach((r, i) => (ws.getRow(i + 1).values = r))
  return Buffer.from(await wb.xlsx.writeBuffer())
}
