/**
 * The cells of one sheet as they are read, then finished into rectangular rows of text: merge
 * ranges clipped to the rows and columns that hold content (a merge over `A1:XFD1048576` costs no
 * more than the used area) and filled with their master's text.
 */
import { AppError } from '../../../shared/result'
import { parseRangeRef } from './cell-ref'
import { XLSX_MESSAGES } from './xlsx-messages'

const EMPTY: string[] = []

export class SheetGrid {
  private readonly rows: string[][] = []
  private readonly merges: string[] = []
  private width = 0

  constructor(
    private readonly sheetName: string,
    private readonly maxMergeRanges: number,
  ) {}

  /** A cell with content (1-based position, already within the limits). */
  set(row: number, col: number, text: string): void {
    let cells = this.rows[row - 1]
    if (!cells) {
      cells = []
      this.rows[row - 1] = cells
    }
    cells[col - 1] = text
    if (col > this.width) this.width = col
  }

  /** A merge range as written (`A5:GR199999`); only its text is kept until the cells are known. */
  addMerge(ref: string): void {
    if (this.merges.length >= this.maxMergeRanges) {
      throw new AppError('VALIDATION', XLSX_MESSAGES.tooManyMerges(this.sheetName, this.maxMergeRanges))
    }
    this.merges.push(ref)
  }

  /**
   * Rows 1..last row with content, each `width` cells long, merged cells repeating their master.
   * `holdArea` sees the size first and may refuse it, before any row is padded.
   */
  finish(holdArea: (height: number, width: number) => void): string[][] {
    const height = this.rows.length
    const width = this.width
    holdArea(height, width)
    const rows: string[][] = new Array<string[]>(height)
    const blank: string[] = []
    for (let c = 0; c < width; c++) blank.push('')
    for (let r = 0; r < height; r++) {
      const dense = blank.slice()
      const src = this.rows[r]
      if (src) for (let c = 0; c < src.length; c++) if (src[c] !== undefined) dense[c] = src[c] as string
      rows[r] = dense
      this.rows[r] = EMPTY // the sparse row is garbage from here on
    }
    this.fillMerges(rows, height, width)
    return rows
  }

  private fillMerges(rows: string[][], height: number, width: number): void {
    // valid merges never overlap, so together they cover at most the used area: more means overlap
    let covered = 0
    for (const ref of this.merges) {
      const range = parseRangeRef(ref)
      if (!range) continue
      const bottom = Math.min(range.to.row, height)
      const right = Math.min(range.to.col, width)
      if (range.from.row > bottom || range.from.col > right) continue
      covered += (bottom - range.from.row + 1) * (right - range.from.col + 1)
      if (covered > height * width) throw new AppError('VALIDATION', XLSX_MESSAGES.overlappingMerges(this.sheetName))
      const master = rows[range.from.row - 1]?.[range.from.col - 1] ?? ''
      for (let r = range.from.row; r <= bottom; r++) {
        const cells = rows[r - 1]
        if (cells) for (let c = range.from.col; c <= right; c++) cells[c - 1] = master
      }
    }
  }
}
