import { IMPORT_FIELD_ALIASES, IMPORT_FIELDS, type ImportField } from './power-import.schema'

/** 「承诺时限\n（工作日）」, 「* 事项名称」 → 承诺时限, 事项名称 */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[*※★]+/, '')
    .replace(/\([^)]*\)$/, '')
}

const ALIAS_LIST: { alias: string; field: ImportField }[] = IMPORT_FIELDS.flatMap((field) =>
  IMPORT_FIELD_ALIASES[field].map((alias) => ({ alias, field })),
).sort((a, b) => b.alias.length - a.alias.length)

/** The field a header names: an exact alias first, then the longest alias it starts with. */
export function matchField(header: string): ImportField | null {
  const h = normalizeHeader(header)
  if (!h || h.length > 20) return null
  const exact = ALIAS_LIST.find((a) => a.alias === h)
  if (exact) return exact.field
  return ALIAS_LIST.find((a) => h.startsWith(a.alias))?.field ?? null
}
