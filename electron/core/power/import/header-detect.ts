import { matchField } from '../../../../shared/domain/import-headers'
import type { ImportField, ImportMapping } from '../../../../shared/domain/power-import.schema'
import type { SheetTable } from './xlsx-table'

export interface DetectedColumn {
  column: number
  header: string
  field: ImportField | null
}

function matchRow(cells: string[]): DetectedColumn[] {
  return cells.map((header, i) => ({ column: i + 1, header: header.trim(), field: matchField(header) }))
}

const distinctFields = (cols: DetectedColumn[]) => new Set(cols.map((c) => c.field).filter((f) => f !== null))

/** Keeps the first column of each field; a later duplicate (a horizontally merged header) is left unmapped. */
function dedupe(cols: DetectedColumn[]): DetectedColumn[] {
  const seen = new Set<ImportField>()
  return cols.map((c) => {
    if (c.field === null) return c
    if (seen.has(c.field)) return { ...c, field: null }
    seen.add(c.field)
    return c
  })
}

/**
 * Finds the header row below any title rows: the first of the top 30 rows naming at least three
 * known columns, one of them a name. A second header row beneath it (主项名称 | 子项名称 under a
 * merged 事项名称) refines the columns it names.
 */
export function detectHeader(table: SheetTable): { headerRow: number; columns: DetectedColumn[] } | null {
  const limit = Math.min(table.rows.length, 30)
  for (let r = 0; r < limit; r++) {
    const cols = matchRow(table.rows[r] ?? [])
    const fields = distinctFields(cols)
    if (fields.size < 3 || !(fields.has('name') || fields.has('childName'))) continue
    const below = matchRow(table.rows[r + 1] ?? [])
    // a sub-header row names columns and holds nothing else (a data row has codes, names, numbers)
    const filled = below.filter((c) => c.header !== '')
    const isSubHeader = filled.length > 0 && filled.every((c) => c.field !== null)
    const refinements = below.filter((c) => c.field !== null && c.header !== (table.rows[r]?.[c.column - 1] ?? '').trim())
    if (isSubHeader && refinements.length > 0) {
      const merged = cols.map((c) => {
        const sub = below[c.column - 1]
        return sub && sub.field !== null && sub.header !== c.header ? { ...sub, header: `${c.header}/${sub.header}` } : c
      })
      return { headerRow: r + 2, columns: dedupe(merged) }
    }
    return { headerRow: r + 1, columns: dedupe(cols) }
  }
  return null
}

export function toMapping(sheet: string, headerRow: number, columns: DetectedColumn[]): ImportMapping {
  return { sheet, headerRow, columns: Object.fromEntries(columns.map((c) => [String(c.column), c.field])) }
}

/** When no header is recognised: the first row with two or more filled cells (else the first filled row). */
export function guessHeader(table: SheetTable): { headerRow: number; columns: DetectedColumn[] } {
  const filled = (r: string[] | undefined) => (r ?? []).filter((c) => c.trim() !== '').length
  let idx = table.rows.findIndex((r) => filled(r) >= 2)
  if (idx < 0) idx = Math.max(0, table.rows.findIndex((r) => filled(r) >= 1))
  return { headerRow: idx + 1, columns: dedupe(matchRow(table.rows[idx] ?? [])) }
}

/** The header text of a column; under a two-row header the upper cell names columns the lower one leaves blank. */
export function headerLabel(table: SheetTable, headerRow: number, column: number): string {
  const own = (table.rows[headerRow - 1]?.[column - 1] ?? '').trim()
  if (own || headerRow < 2) return own.replace(/\s+/g, '')
  return (table.rows[headerRow - 2]?.[column - 1] ?? '').trim().replace(/\s+/g, '')
}

/** The columns of a header row the user picked, recognised by name (trailing blank columns dropped). */
export function columnsOfRow(table: SheetTable, headerRow: number): DetectedColumn[] {
  const width = table.rows[headerRow - 1]?.length ?? 0
  const cols: DetectedColumn[] = []
  for (let c = 1; c <= width; c++) {
    const header = headerLabel(table, headerRow, c)
    cols.push({ column: c, header, field: matchField(header) })
  }
  while (cols.length > 0 && cols[cols.length - 1]?.header === '') cols.pop()
  return dedupe(cols)
}
