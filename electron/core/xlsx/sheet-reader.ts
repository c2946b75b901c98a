/**
 * One worksheet's XML read as a stream into a `SheetGrid`. Every limit is checked as each cell
 * closes, before it is stored: rows with content, columns read, characters per cell, cells and
 * text for the whole workbook, merge ranges. Nothing is expanded while reading; merges are applied
 * by `SheetGrid.finish` to the used area only.
 */
import { AppError } from '../../../shared/result'
import { columnLetters, parseCellRef } from './cell-ref'
import { numberText, serialDateText, unescapeOoxml } from './cell-text'
import type { DateStyles } from './date-styles'
import { SheetGrid } from './sheet-grid'
import type { SheetRef } from './workbook-index'
import type { XlsxPackage } from './xlsx-package'
import { XLSX_MESSAGES } from './xlsx-messages'

export interface SheetContext {
  sharedStrings: readonly string[]
  dateStyles: DateStyles
  date1904: boolean
}

/** The cell being read: its position, type, style and the text of its `<v>` or inline `<is>`. */
class CellState {
  row = 0
  col = 0
  type = 'n'
  style = 0
  parts: string[] = []
  length = 0
  reset(row: number, col: number, type: string, style: number): void {
    this.row = row
    this.col = col
    this.type = type
    this.style = style
    this.parts = []
    this.length = 0
  }
  get raw(): string {
    return this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('')
  }
}

/** The text a person reads in the cell (see cell-text.ts); '' for an empty or error cell. */
function cellText(cell: CellState, ctx: SheetContext): string {
  if (cell.parts.length === 0) return ''
  const raw = cell.raw
  switch (cell.type) {
    case 's':
      return ctx.sharedStrings[parseInt(raw, 10)] ?? ''
    case 'str':
      return raw
    case 'inlineStr':
      return unescapeOoxml(raw)
    case 'b':
      return parseInt(raw, 10) !== 0 ? '是' : '否'
    case 'e':
      return ''
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw
    default: {
      const v = parseFloat(raw)
      if (Number.isNaN(v)) return ''
      return ctx.dateStyles[cell.style] ? serialDateText(v, ctx.date1904) : numberText(v)
    }
  }
}

export async function readSheet(pkg: XlsxPackage, sheet: SheetRef, ctx: SheetContext): Promise<string[][]> {
  const { limits } = pkg
  const grid = new SheetGrid(sheet.name, limits.maxMergeRanges)
  const cell = new CellState()
  let rowNum = 0
  let lastCol = 0
  let inCell = false
  let capture = false // inside <v>, or an inline <t> that is not a phonetic guide
  let phonetic = 0

  const refuseLong = () => {
    throw new AppError('VALIDATION', XLSX_MESSAGES.cellTooLong(sheet.name, `${columnLetters(cell.col)}${cell.row}`, limits.maxCellChars))
  }
  const store = () => {
    if (cell.col > limits.maxColumns) return // beyond the columns read, as the import has always done
    const text = cellText(cell, ctx)
    if (text === '') return
    if (cell.row > limits.maxRows) throw new AppError('VALIDATION', XLSX_MESSAGES.tooManyRows(sheet.name, limits.maxRows))
    if (text.length > limits.maxCellChars) refuseLong()
    pkg.holdCell()
    if (cell.type === 'str' || cell.type === 'inlineStr') pkg.holdText(text.length)
    grid.set(cell.row, cell.col, text)
  }

  const found = await pkg.parse(sheet.path, {
    open(name, a) {
      switch (name) {
        case 'row':
          rowNum = a.r !== undefined ? parseInt(a.r, 10) : rowNum + 1
          if (!(rowNum >= 1)) throw new AppError('VALIDATION', XLSX_MESSAGES.corrupt(pkg.fileName))
          lastCol = 0
          return
        case 'c': {
          const pos = a.r !== undefined ? parseCellRef(a.r) : null
          const row = pos?.row ?? rowNum
          const col = pos?.col ?? lastCol + 1
          lastCol = col
          inCell = true
          cell.reset(row, col, a.t ?? 'n', a.s !== undefined ? parseInt(a.s, 10) : 0)
          return
        }
        case 'v':
          capture = inCell
          return
        case 't':
          capture = inCell && phonetic === 0
          return
        case 'rPh':
          phonetic++
          return
        case 'mergeCell':
          if (a.ref) grid.addMerge(a.ref)
          return
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = false
      else if (name === 'rPh') phonetic--
      else if (name === 'c') {
        inCell = false
        store()
      }
    },
    text(t) {
      if (!capture) return
      cell.length += t.length
      if (cell.length > limits.maxCellChars) refuseLong()
      cell.parts.push(t)
    },
  })
  if (!found) throw new AppError('VALIDATION', XLSX_MESSAGES.corrupt(pkg.fileName))
  return grid.finish((height, width) => pkg.holdGrid(height, width))
}
