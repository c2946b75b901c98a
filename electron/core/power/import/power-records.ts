import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportError,
  type ImportField,
  type ImportMapping,
} from '../../../../shared/domain/power-import.schema'
import { cleanInputText } from '../../../../shared/domain/text.schema'
import { splitNameAndCode } from './child-codes'
import { headerLabel } from './header-detect'
import type { SheetTable } from './xlsx-table'

/** One power as read from a sheet row, before it is matched against the workspace. */
export interface ImportRecord {
  row: number
  code: string
  name: string
  parentCode: string | null
  /** a 子项 without a code of its own: `code` is empty until `assignChildCodes` gives it one */
  codeGenerated?: boolean
  /** fields present in the file (only these are compared and written on update) */
  values: Partial<Record<ImportField, string>>
}

/** Every column but the identity ones (序号, 编码, 名称) is plain text copied onto the power. */
const IDENTITY_FIELDS: readonly ImportField[] = ['seq', 'code', 'name', 'childCode', 'childName']
const TEXT_FIELDS = IMPORT_FIELDS.filter((f) => !IDENTITY_FIELDS.includes(f))

/** Line breaks kept, full-width and non-breaking spaces made plain, each line trimmed. */
export function cleanText(raw: string): string {
  return cleanInputText(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u3000\u00a0\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
}

/** Codes: full-width digits/letters to ASCII, every space removed. */
export function cleanCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '')
}

const NOTE_ROW = /^(注|说明|备注|填表|制表|审核人|联系人|附注|\*)/
const SECTION_ROW = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*([^（(]+?)\s*(?:[（(]\s*(?:共)?\s*\d+\s*项\s*[)）])?$/

/** A row whose whole text is 「一、行政许可（12项）」 names the type of the rows below it. */
export function sectionType(text: string, typeNames: ReadonlySet<string>): string | null {
  const m = SECTION_ROW.exec(text.normalize('NFKC').replace(/\s+/g, ''))
  const name = m?.[1]?.replace(/类$/, '')
  if (!name) return null
  if (typeNames.has(name)) return name
  return typeNames.has(`${name}类`) ? `${name}类` : null
}

export interface RecordsResult {
  records: ImportRecord[]
  errors: ImportError[]
  rowsRead: number
  skippedRows: number
}

export function buildRecords(table: SheetTable, mapping: ImportMapping, typeNames: ReadonlySet<string>): RecordsResult {
  const colOf = new Map<ImportField, number>()
  const headerOf = new Map<ImportField, string>()
  for (const [col, field] of Object.entries(mapping.columns)) {
    if (field === null || colOf.has(field)) continue
    colOf.set(field, Number(col))
    headerOf.set(field, headerLabel(table, mapping.headerRow, Number(col)) || IMPORT_FIELD_LABELS[field])
  }
  const label = (f: ImportField) => headerOf.get(f) ?? IMPORT_FIELD_LABELS[f]
  const errors: ImportError[] = []
  const records: ImportRecord[] = []
  const firstRowOfCode = new Map<string, number>()
  let rowsRead = 0
  let skippedRows = 0
  let sectionTypeName: string | null = null
  let lastMain: { code: string; name: string } | null = null

  const addRecord = (rec: ImportRecord, codeField: ImportField) => {
    const seen = firstRowOfCode.get(rec.code)
    if (seen !== undefined) {
      errors.push({ row: rec.row, column: label(codeField), message: `事项编码“${rec.code}”与第${seen}行重复` })
      return
    }
    firstRowOfCode.set(rec.code, rec.row)
    records.push(rec)
  }

  for (let r = mapping.headerRow; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? []
    const rowNo = r + 1
    const distinct = [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))]
    const get = (f: ImportField) => {
      const c = colOf.get(f)
      return c === undefined ? '' : (cells[c - 1] ?? '')
    }
    // a row whose mapped columns are all blank carries nothing to import (when only 序号 or
    // nothing is mapped yet, every row with content still counts as read)
    const mappedFields = [...colOf.keys()].filter((f) => f !== 'seq')
    const mappedEmpty = mappedFields.length > 0 && mappedFields.every((f) => get(f).trim() === '')
    if (distinct.length === 0 || mappedEmpty) {
      skippedRows++
      continue
    }
    if (distinct.length === 1) {
      const only = distinct[0] ?? ''
      const st = sectionType(only, typeNames)
      if (st !== null) {
        sectionTypeName = st
        skippedRows++
        continue
      }
      // a note typed across the whole width (merged), or starting with 注/说明…
      if (NOTE_ROW.test(only) || cells.filter((c) => c.trim() === only).length >= 3) {
        skippedRows++
        continue
      }
    }
    if (NOTE_ROW.test(distinct[0] ?? '') && get('code').trim() === '' && get('name').trim() === '' && get('childName').trim() === '') {
      skippedRows++
      continue
    }
    rowsRead++
    const values: Partial<Record<ImportField, string>> = {}
    for (const f of TEXT_FIELDS) if (colOf.has(f)) values[f] = cleanText(get(f))
    if (!values.type && sectionTypeName) values.type = sectionTypeName

    let mainCode = cleanCode(get('code'))
    let mainName = cleanText(get('name'))
    const { childCode, childName } = childCells(cleanCode(get('childCode')), cleanText(get('childName')))
    const isChild = childCode !== '' || childName !== ''
    if (isChild && mainCode === '' && mainName === '' && lastMain) {
      // 子项 rows under an unmerged 主项 leave its cells blank
      mainCode = lastMain.code
      mainName = lastMain.name
    }
    if (mainCode === '') {
      errors.push({ row: rowNo, column: label('code'), message: '事项编码为空' })
      continue
    }
    if (mainName === '') {
      errors.push({ row: rowNo, column: label('name'), message: '事项名称为空' })
      continue
    }
    if (!values.type) {
      errors.push({ row: rowNo, column: label('type'), message: '事项类型为空（也没有“一、行政许可”这样的分类标题行）' })
      continue
    }
    if (!isChild) {
      addRecord({ row: rowNo, code: mainCode, name: mainName, parentCode: null, values }, 'code')
      lastMain = { code: mainCode, name: mainName }
      continue
    }
    if (!lastMain || lastMain.code !== mainCode) {
      // the 主项 has no row of its own: it takes its first 子项 row's columns
      if (!firstRowOfCode.has(mainCode)) addRecord({ row: rowNo, code: mainCode, name: mainName, parentCode: null, values }, 'code')
      lastMain = { code: mainCode, name: mainName }
    }
    if (childName === '') {
      errors.push({ row: rowNo, column: label('childName'), message: `子项编码“${childCode}”的子项名称为空` })
      continue
    }
    if (childCode === '') {
      // most published lists give 子项 no code: one is derived from the 主项 code later
      records.push({ row: rowNo, code: '', name: childName, parentCode: mainCode, codeGenerated: true, values })
      continue
    }
    addRecord({ row: rowNo, code: childCode, name: childName, parentCode: mainCode, values }, 'childCode')
  }
  return { records, errors, rowsRead, skippedRows }
}

/**
 * The 子项 code and name of a row: a code written at the end of the name cell (「子项名称及编码」)
 * is split off when the 子项编码 cell is empty or repeats it.
 */
function childCells(codeCell: string, nameCell: string): { childCode: string; childName: string } {
  const split = splitNameAndCode(nameCell)
  if (split.code !== null && (codeCell === '' || codeCell === split.code)) return { childCode: split.code, childName: split.name }
  return { childCode: codeCell, childName: nameCell }
}
