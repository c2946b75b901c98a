/**
 * From styles.xml only what tells a date from a number: the custom number formats and, for each
 * cell format (`cellXfs/xf`, indexed by a cell's `s`), whether its number format shows a date.
 */
import { isBuiltinDateFormat, isDateFormatCode } from './cell-text'
import type { XlsxPackage } from './xlsx-package'

/** `isDate[s]` for a cell's style index `s`. */
export type DateStyles = ReadonlyArray<boolean>

export async function readDateStyles(pkg: XlsxPackage, path: string | null): Promise<DateStyles> {
  if (!path) return []
  const customCodes = new Map<number, string>()
  const xfFormats: number[] = []
  let inCellXfs = false
  await pkg.parse(path, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) customCodes.set(Number(a.numFmtId), a.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        // a style table has a few hundred entries at most; cap it like a row of cells
        if (xfFormats.length < 65_536) xfFormats.push(Number(a.numFmtId ?? 0))
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
