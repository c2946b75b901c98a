/**
 * Cell values as a person reads them, the way the import has always shown them (exceljs's
 * semantics): numbers without exponent (330275012000, never 3.30275E+11), booleans 是/否, numbers
 * in a date or time format as YYYY-MM-DD, errors as empty text.
 */

/** Excel's `_xHHHH_` escapes for characters XML cannot carry (`_x000D_` is a carriage return). */
export const unescapeOoxml = (s: string) =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))

export function numberText(v: number): string {
  if (!Number.isFinite(v)) return ''
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? v.toFixed(0) : String(v)
}

/** An Excel serial day number as YYYY-MM-DD (1900 system; 1904 when the workbook says so). */
export function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)
  const d = new Date(ms)
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10)
}

/**
 * Built-in number formats that show a date or time: 14–22 and 45–47 everywhere, and 27–36 and
 * 50–58, which Excel and WPS in Chinese (and other East Asian) locales use for 年月日 dates.
 */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

export const isBuiltinDateFormat = (id: number) => BUILTIN_DATE_FORMATS.has(id)

/** A custom format shows a date when, outside quotes and [brackets], it uses y m d h s (exceljs's rule). */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '')
  return /[ymdhMsb]/.test(bare)
}
