/**
 * Column mapping helpers for the import wizard. The core detects the header row and columns only
 * for its own first guess (no mapping); when the user picks another sheet or header row, the wizard
 * reads that row's headers with a probe run and maps them here with the same aliases.
 * (Core suggestion: accept a mapping without columns and detect them itself; these probes would go.)
 */
import {
  IMPORT_FIELD_ALIASES,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
  type PowerImportResult,
} from '@shared/domain/power-import.schema'
import type { Err } from '@shared/result'
import { api } from '../../lib/api'

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

// Mirrors electron/core/power/import/header-detect.ts (normalizeHeader / matchField), which the
// renderer cannot import; both read the aliases from shared/domain/power-import.schema.ts.
const ALIASES = IMPORT_FIELDS.flatMap((field) => IMPORT_FIELD_ALIASES[field].map((alias) => ({ alias, field }))).sort(
  (a, b) => b.alias.length - a.alias.length,
)

export function matchField(header: string): ImportField | null {
  const h = header.normalize('NFKC').replace(/\s+/g, '').replace(/^[*※★]+/, '').replace(/\([^)]*\)$/, '')
  if (!h || h.length > 20) return null
  return (ALIASES.find((a) => a.alias === h) ?? ALIASES.find((a) => h.startsWith(a.alias)))?.field ?? null
}

/** Maps headers by name; a field already taken by an earlier column is left unmapped. */
export function autoMap(sheet: string, headerRow: number, headers: HeaderColumn[]): ImportMapping {
  const seen = new Set<ImportField>()
  const columns: ImportMapping['columns'] = {}
  for (const h of headers) {
    const f = matchField(h.header)
    columns[String(h.column)] = f && !seen.has(f) ? f : null
    if (f) seen.add(f)
  }
  return { sheet, headerRow, columns }
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

const PROBE_COLUMNS = 60

/**
 * Reads the header texts of `headerRow` in `sheet`: a dry run whose mapping lists 60 unmapped
 * columns; the core answers with each column's header (and an error asking for 编码 and 名称,
 * which is ignored here). Trailing columns without a header are dropped.
 */
export async function probeHeaders(file: ImportFile, sheet: string, headerRow: number): Promise<HeaderColumn[] | Err> {
  const columns: ImportMapping['columns'] = {}
  for (let c = 1; c <= PROBE_COLUMNS; c++) columns[String(c)] = null
  const r = await api.invoke('power:import', {
    fileName: file.name,
    dataBase64: file.base64,
    mapping: { sheet, headerRow, columns },
    createMissing: false,
    dryRun: true,
  })
  if (!r.ok) return r
  const headers = headersOf(r.value).sort((a, b) => a.column - b.column)
  let last = headers.length
  while (last > 0 && !headers[last - 1]?.header) last--
  return headers.slice(0, last)
}

const recognised = (headers: HeaderColumn[]) => new Set(headers.map((h) => matchField(h.header)).filter((f) => f !== null))

export interface Detected {
  headerRow: number
  headers: HeaderColumn[]
  /** false when no row looked like a header (the preferred row is returned for manual mapping) */
  found: boolean
}

/**
 * The header row of a sheet: the preferred row first (sheets of one workbook usually share a
 * layout), then the top rows, until one names at least three known columns including a name.
 */
export async function detectInSheet(file: ImportFile, sheet: string, preferredRow: number): Promise<Detected | Err> {
  const rows = [preferredRow, ...Array.from({ length: 10 }, (_, i) => i + 1).filter((r) => r !== preferredRow)]
  let first: Detected | null = null
  for (const headerRow of rows) {
    const headers = await probeHeaders(file, sheet, headerRow)
    if (!Array.isArray(headers)) return headers
    first ??= { headerRow, headers, found: false }
    const fields = recognised(headers)
    if (fields.size >= 3 && (fields.has('name') || fields.has('childName'))) return { headerRow, headers, found: true }
  }
  return first ?? { headerRow: preferredRow, headers: [], found: false }
}
