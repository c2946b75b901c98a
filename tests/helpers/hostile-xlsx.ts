/** The hostile workbooks of issue 7, generated (a few KB to 1.6 MB), shared by the unit and child-process tests. */
import { buildXlsx, sheetDataXml, workbookParts } from './xlsx-parts'
import { deflatedRuns, writeZip } from './zip-writer'

export const HEADER = ['序号', '事项编码', '事项名称', '事项类型']
export const DATA = [
  [1, '330275012000', '道路旅客运输经营许可', '行政许可'],
  [2, '330275013000', '道路货物运输经营许可', '行政许可'],
]

/** A 权责清单-looking sheet with one merge range over most of the sheet grid. */
export function mergeRangeWorkbook(ref: string): Buffer {
  const body = `${sheetDataXml([['某局权责清单'], [], [], HEADER, ...DATA])}<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`
  return buildXlsx({ sheets: [{ name: '权责清单', body }] })
}

/** The sheet: a real header row, then 1.5 GB of spaces, declared as 2,000 bytes. */
export function lyingSizeWorkbook(): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sheetDataXml([HEADER])}`
  const deflated = deflatedRuns([
    { block: Buffer.from(head), copies: 1 },
    { block: Buffer.alloc(1024 * 1024, 0x20), copies: 1536 },
    { block: Buffer.from('</worksheet>'), copies: 1 },
  ])
  const parts = workbookParts({ sheets: [{ name: '清单', body: '' }] }).map((p) =>
    p.name === 'xl/worksheets/sheet1.xml' ? { ...p, deflated, declaredSize: 2000 } : p,
  )
  return writeZip(parts)
}

