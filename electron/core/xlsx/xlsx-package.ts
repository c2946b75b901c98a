/**
 * An .xlsx opened for bounded reading: the ZIP directory, one inflate budget for every part read,
 * and the workbook-wide counters (text held, cells with content) that the limits apply to.
 */
import { AppError } from '../../../shared/result'
import { type XlsxLimits } from './xlsx-limits'
import { XLSX_MESSAGES } from './xlsx-messages'
import { parseXmlEntry, type XmlHandlers } from './xml-stream'
import type { ZipDirectory, ZipEntry } from './zip-directory'
import { InflateBudget } from './zip-inflate'

export class XlsxPackage {
  private readonly budget: InflateBudget
  private readonly lowerCaseNames = new Map<string, ZipEntry>()
  private textChars = 0
  private cells = 0
  private gridCells = 0
  private elements = 0

  constructor(
    private readonly data: Uint8Array,
    private readonly directory: ZipDirectory,
    readonly limits: XlsxLimits,
    readonly fileName: string,
  ) {
    this.budget = new InflateBudget(limits.maxUnpackedBytes)
    for (const [name, entry] of directory.entries) this.lowerCaseNames.set(name.toLowerCase(), entry)
  }

  /** A part by its path inside the package; some writers differ in letter case from the rels. */
  find(path: string): ZipEntry | undefined {
    const clean = path.replace(/^\/+/, '')
    return this.directory.entries.get(clean) ?? this.lowerCaseNames.get(clean.toLowerCase())
  }

  /** Streams a part through `handlers`; false when the package has no such part. */
  async parse(path: string, handlers: XmlHandlers): Promise<boolean> {
    const entry = this.find(path)
    if (!entry) return false
    await parseXmlEntry(this.data, entry, this.budget, {
      open: (name, attributes) => {
        if (++this.elements > this.limits.maxXmlElements) {
          throw new AppError('VALIDATION', XLSX_MESSAGES.tooManyElements(this.fileName, this.limits.maxXmlElements))
        }
        handlers.open(name, attributes)
      },
      close: handlers.close,
      text: handlers.text,
    })
    return true
  }

  /** Counts text about to be held; refuses past the workbook's text budget. */
  holdText(chars: number): void {
    this.textChars += chars
    if (this.textChars > this.limits.maxTextChars) {
      throw new AppError('VALIDATION', XLSX_MESSAGES.tooMuchText(this.fileName, this.limits.maxTextChars))
    }
  }

  /** Counts the area of a table about to be padded to rectangular rows. */
  holdGrid(height: number, width: number): void {
    this.gridCells += height * width
    if (this.gridCells > this.limits.maxGridCells) {
      throw new AppError('VALIDATION', XLSX_MESSAGES.gridTooLarge(this.fileName, this.limits.maxGridCells))
    }
  }

  /** Counts a cell with content; refuses past the workbook's cell budget. */
  holdCell(): void {
    if (++this.cells > this.limits.maxCells) {
      throw new AppError('VALIDATION', XLSX_MESSAGES.tooManyCells(this.fileName, this.limits.maxCells))
    }
  }
}
