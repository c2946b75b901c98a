/**
 * What one workbook may hold. Every limit is checked while reading, before anything is expanded,
 * and each refusal names the limit. The defaults keep any input, hostile or not, under 1 GB of
 * memory and 30 s on a two-core PC; callers (and tests) may pass smaller ones.
 */
export interface XlsxLimits {
  /** Central directory records, counted one by one (never the declared count). */
  maxEntries: number
  /** Bytes inflated across all parts read, and the sum every part declares. */
  maxUnpackedBytes: number
  /** Rows with content per sheet; empty formatted rows beyond it do not count. */
  maxRows: number
  /** Columns read per sheet; cells to the right of it are not read. */
  maxColumns: number
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellChars: number
  /** Entries of the shared-string table. */
  maxSharedStrings: number
  /** Characters of text held for the whole workbook (shared strings and inline text). */
  maxTextChars: number
  /** Cells with content across the workbook. */
  maxCells: number
  /** Rows × columns of the tables returned, summed over the sheets (what the padded rows cost). */
  maxGridCells: number
  /** Merge ranges per sheet. */
  maxMergeRanges: number
  /** Worksheets per workbook. */
  maxSheets: number
  /**
   * XML elements across all parts read: parsing time goes by elements, so this is what bounds a
   * file of millions of empty cells (a 20,000-row 权责清单 of 15 columns has under 1,000,000).
   */
  maxXmlElements: number
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = {
  maxEntries: 2000,
  maxUnpackedBytes: 128 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 200,
  maxCellChars: 32_767,
  maxSharedStrings: 1_000_000,
  maxTextChars: 64 * 1024 * 1024,
  maxCells: 4_000_000,
  maxGridCells: 10_000_000,
  maxMergeRanges: 100_000,
  maxSheets: 255,
  maxXmlElements: 8_000_000,
}
