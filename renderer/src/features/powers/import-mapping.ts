/**
 * Column mapping helpers for the import wizard. Recognising headers is the core's job: a dry run
 * with only a sheet finds that sheet's header, and a mapping with no columns maps the chosen row.
 */
import {
  IMPORT_FIELD_LABELS,
  type ImportField,
  type ImportMapping,
  type PowerImportResult,
} from '@shared/domain/power-import.schema'

export interface ImportFile {
  name: string
  base64: string
}

export interface HeaderColumn {
  column: number
  header: string
}

/** 1 → A, 27 → AA (how Excel names the column). */
export function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Sets one column's field; another column holding that field gives it up. */
export function setColumnField(mapping: ImportMapping, column: number, field: ImportField | null): ImportMapping {
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).map(([c, f]) => [c, c === String(column) ? field : f === field ? null : f]),
  )
  return { ...mapping, columns }
}

/** The required fields (事项编码, 事项名称) the mapping still lacks, as labels. */
export function lackingLabels(mapping: ImportMapping): string[] {
  const mapped = new Set(Object.values(mapping.columns))
  return (['code', 'name'] as const).filter((f) => !mapped.has(f)).map((f) => IMPORT_FIELD_LABELS[f])
}

export const headersOf = (r: PowerImportResult): HeaderColumn[] => r.columns.map((c) => ({ column: c.column, header: c.header }))
