/**
 * One rule for text at the contract. Every input schema builds its text, date and id-list fields
 * from here, so Electron IPC, the browser host, the CLI and the import all obey the same rule:
 *
 * - characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF; lone
 *   surrogates) are removed — stored text always fits into .xlsx and .docx;
 * - leading and trailing white space and invisible characters (U+200B, U+3000, U+FEFF…) are
 *   trimmed, so a value made only of them counts as empty for a required field;
 * - a date is a real calendar date; a list of ids carries each id once.
 *
 * Pure: imported by the renderer's forms as well as the core.
 */
import { z } from 'zod'

/**
 * With the `u` flag a surrogate range matches only unpaired (lone) surrogates: a correctly paired
 * emoji or CJK Extension B character is one code point and stays.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this rule's whole purpose
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu

/** Zero-width and format characters that show nothing on screen (JS `\s` already covers U+3000, U+00A0, U+FEFF). */
const INVISIBLE = '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u3164\\uFEFF\\uFFA0'
// eslint-disable-next-line no-misleading-character-class -- single invisible code points (ZWJ, CGJ) on their own, not a sequence
const BLANK_CHAR = new RegExp(`^[\\s${INVISIBLE}]$`, 'u')

/** Removes every character XML 1.0 cannot carry; everything else is kept as it is. */
export function stripXmlForbidden(value: string): string {
  return value.replace(XML_FORBIDDEN, '')
}

const XML_FORBIDDEN_ANY = new RegExp(XML_FORBIDDEN.source, 'u') // no `g`: `test` keeps no state

/** True when the text holds a character XML 1.0 cannot carry. */
export function hasXmlForbidden(value: string): boolean {
  return XML_FORBIDDEN_ANY.test(value)
}

/**
 * Trims white space and invisible characters at both ends (inside the text they are kept). A scan
 * from each end, not a `[…]+$` regex: that one backtracks quadratically over a long run of spaces
 * inside the text (100,000 spaces took 27 s). Every blank character is a single UTF-16 unit.
 */
export function trimBlank(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && BLANK_CHAR.test(value.charAt(start))) start++
  while (end > start && BLANK_CHAR.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

/** The contract's cleaning of one text value: XML-safe, then trimmed of blank and invisible edges. */
export function cleanInputText(value: string): string {
  return trimBlank(stripXmlForbidden(value))
}

/** A text field: cleaned, then at most `max` characters. Chain `.min(1, …)` or use requiredText for required fields. */
export const text = (label: string, max: number) =>
  z.string().overwrite(cleanInputText).max(max, `${label}不能超过${max}个字`)

/** A required text field: empty after cleaning (only spaces or invisible characters) is refused. */
export const requiredText = (label: string, max: number) => text(label, max).min(1, `请填写${label}`)

/** A name that must match something verbatim (a worksheet name): XML-safe, never trimmed. */
export const exactText = (max: number) => z.string().overwrite(stripXmlForbidden).min(1).max(max)

/** A search term: cleaned like any text, so a NUL or U+FFFE can never reach a query. */
export const searchText = (max = 100) => z.string().overwrite(cleanInputText).max(max, '搜索词过长')

// ── dates ────────────────────────────────────────────────────────────
export const MIN_YEAR = 1900
export const MAX_YEAR = 2199

/** "YYYY-MM-DD" naming a day that exists (2026-02-30 and 2026-99-99 do not), years MIN_YEAR–MAX_YEAR. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** A required calendar date field "YYYY-MM-DD". */
export const calendarDate = (label: string) =>
  z
    .string()
    .overwrite(cleanInputText)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`)
    .refine(isCalendarDate, {
      error: (issue) => `${label}“${String(issue.input)}”不是真实存在的日期（年份应在${MIN_YEAR}–${MAX_YEAR}之间，月、日须存在）`,
    })

// ── id lists ─────────────────────────────────────────────────────────
/** The first occurrence of each value, in order. */
export function uniqueInOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

/** A list of positive integer ids, each kept once (in the order first sent) before the limit is checked. */
export const idList = (max: number, tooMany: string) =>
  z.array(z.number().int().positive()).overwrite(uniqueInOrder).max(max, tooMany)
