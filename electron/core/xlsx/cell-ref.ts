/** A1-style references: "AB12" → column 28, row 12 (1-based); null when malformed. */
export interface CellPos {
  row: number
  col: number
}

const MAX_EXCEL_ROW = 1_048_576
const MAX_EXCEL_COL = 16_384

export function parseCellRef(ref: string): CellPos | null {
  let i = 0
  let col = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    const upper = c >= 97 ? c - 32 : c
    if (upper === 36 /* $ */ && i === 0) continue
    if (upper < 65 || upper > 90) break
    col = col * 26 + (upper - 64)
  }
  if (ref.charCodeAt(i) === 36) i++
  let row = 0
  const digitsFrom = i
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c < 48 || c > 57) return null
    row = row * 10 + (c - 48)
  }
  if (col < 1 || col > MAX_EXCEL_COL || i === digitsFrom || row < 1 || row > MAX_EXCEL_ROW) return null
  return { row, col }
}

/** "A5:GR199999" → its corners; a single cell "B3" is a range of one. */
export function parseRangeRef(ref: string): { from: CellPos; to: CellPos } | null {
  const [a, b] = ref.split(':')
  const from = a ? parseCellRef(a) : null
  const to = b === undefined ? from : parseCellRef(b)
  if (!from || !to) return null
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  }
}

export function columnLetters(col: number): string {
  let s = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
