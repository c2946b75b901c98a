/**
 * Reads an .xlsx workbook into text tables within a stated budget, whatever the file: the ZIP
 * directory is walked record by record, every part is inflated as a stream capped at the size it
 * declares, and the XML is read by SAX with limits checked before anything is stored or expanded.
 * Anything that is not a readable workbook gets one Chinese sentence, never a stack trace.
 */
import { AppError } from '../../../shared/result'
import { readDateStyles } from './date-styles'
import { readSharedStrings } from './shared-strings'
import { readSheet } from './sheet-reader'
import { readWorkbookIndex } from './workbook-index'
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-limits'
import { XLSX_MESSAGES } from './xlsx-messages'
import { XlsxPackage } from './xlsx-package'
import { XmlSyntaxError } from './xml-stream'
import { readZipDirectory } from './zip-directory'
import { ZipError } from './zip-error'

/** One worksheet as text: `rows[i]` is sheet row i+1, `rows[i][j]` column j+1; merged cells repeat their master's text. */
export interface SheetTable {
  name: string
  rows: string[][]
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b)

export async function readXlsxTables(data: Uint8Array, fileName: string, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<SheetTable[]> {
  checkFileKind(data, fileName)
  let tables: SheetTable[]
  try {
    tables = await readTables(openPackage(data, fileName, limits))
  } catch (e) {
    throw asRefusal(e, fileName, limits)
  }
  if (tables.every((t) => t.rows.every((r) => r.every((c) => c.trim() === '')))) {
    throw new AppError('VALIDATION', XLSX_MESSAGES.noContent(fileName))
  }
  return tables
}

function checkFileKind(data: Uint8Array, fileName: string): void {
  if (data.length === 0) throw new AppError('VALIDATION', XLSX_MESSAGES.empty(fileName))
  if (startsWith(data, CFB_MAGIC)) throw new AppError('VALIDATION', XLSX_MESSAGES.encrypted(fileName))
  if (!startsWith(data, ZIP_MAGIC)) throw new AppError('VALIDATION', XLSX_MESSAGES.notXlsx(fileName))
}

function openPackage(data: Uint8Array, fileName: string, limits: XlsxLimits): XlsxPackage {
  const directory = readZipDirectory(data, limits.maxEntries)
  // what the parts declare is checked first (cheap); what they really inflate to is capped as they are read
  if (directory.declaredTotal > limits.maxUnpackedBytes) throw new ZipError('too-large', `declares ${directory.declaredTotal} bytes`)
  return new XlsxPackage(data, directory, limits, fileName)
}

async function readTables(pkg: XlsxPackage): Promise<SheetTable[]> {
  const index = await readWorkbookIndex(pkg)
  const sharedStrings = await readSharedStrings(pkg, index.sharedStringsPath)
  const dateStyles = await readDateStyles(pkg, index.stylesPath)
  const ctx = { sharedStrings, dateStyles, date1904: index.date1904 }
  const tables: SheetTable[] = []
  for (const sheet of index.sheets) tables.push({ name: sheet.name, rows: await readSheet(pkg, sheet, ctx) })
  return tables
}

/** The one sentence for a problem found while reading; errors of our own code pass through. */
function asRefusal(e: unknown, fileName: string, limits: XlsxLimits): unknown {
  if (e instanceof AppError) return e
  if (e instanceof XmlSyntaxError) return new AppError('VALIDATION', XLSX_MESSAGES.corrupt(fileName))
  if (!(e instanceof ZipError)) return e
  switch (e.kind) {
    case 'too-many-entries':
      return new AppError('VALIDATION', XLSX_MESSAGES.tooManyEntries(fileName, limits.maxEntries))
    case 'too-large':
      return new AppError('VALIDATION', XLSX_MESSAGES.tooLarge(fileName, limits.maxUnpackedBytes))
    case 'over-declared':
      return new AppError('VALIDATION', XLSX_MESSAGES.overDeclared(fileName, e.entryName ?? ''))
    case 'encrypted':
      return new AppError('VALIDATION', XLSX_MESSAGES.encrypted(fileName))
    default:
      return new AppError('VALIDATION', XLSX_MESSAGES.corrupt(fileName))
  }
}
