/**
 * From styles.xml only what tells a date from a number: the custom number formats and, for each
 * cell format (`cellXfs/xf`, indexed by a cell's `s`), whether its number format shows a date.
 */
import { isBuiltinDateFormat, isDateFormatCode } from './cell-text'
import type { XlsxPackage } from './xlsx-package'

/** `isDate[s]` for a cell's style index `s`. */
export type DateStyles = ReadonlyArray<boolean>

/** Excel allows 64,000 cell formats; what lies beyond is not kept (those cells read as numbers). */
const MAX_STYLES = 65_536

export async function readDateStyles(pkg: XlsxPackage, path: string | null): Promise<DateStyles> {
  if (!path) return []
  const customCodes = new Map<number, string>()
  const xfFormats: number[] = []
  let inCellXfs = false
  await pkg.parse(path, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined && customCodes.size < MAX_STYLES) customCodes.set(Number(a.numFmtId), a.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        if (xfFormats.length < MAX_STYLES) xfFormats.push(Number(a.numFmtId ?? 0))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    text() {},
  })
  return xfFormats.map((id) => {
    const code = customCodes.get(id)
    return code !== undefined ? isDateFormatCode(code) : isBuiltinDateFormat(id)
  })
}
