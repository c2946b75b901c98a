/**
 * The shared-string table, each entry as the text a person sees: rich-text runs joined, phonetic
 * guides (`rPh`) left out. Count, length and total text are limited as the entries arrive.
 */
import { AppError } from '../../../shared/result'
import { unescapeOoxml } from './cell-text'
import type { XlsxPackage } from './xlsx-package'
import { XLSX_MESSAGES } from './xlsx-messages'

export async function readSharedStrings(pkg: XlsxPackage, path: string | null): Promise<string[]> {
  const strings: string[] = []
  if (!path) return strings
  const { limits, fileName } = pkg
  let inItem = false
  let inText = false
  let phonetic = 0
  let parts: string[] = []
  let length = 0
  await pkg.parse(path, {
    open(name) {
      if (name === 'si') {
        inItem = true
        parts = []
        length = 0
      } else if (name === 't' && inItem && phonetic === 0) inText = true
      else if (name === 'rPh') phonetic++
    },
    close(name) {
      if (name === 't') inText = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') {
        inItem = false
        if (strings.length >= limits.maxSharedStrings) {
          throw new AppError('VALIDATION', XLSX_MESSAGES.tooManySharedStrings(fileName, limits.maxSharedStrings))
        }
        const text = unescapeOoxml(parts.length === 1 ? (parts[0] ?? '') : parts.join(''))
        pkg.holdText(text.length)
        strings.push(text)
      }
    },
    text(t) {
      if (!inText) return
      length += t.length
      if (length > limits.maxCellChars) throw new AppError('VALIDATION', XLSX_MESSAGES.sharedStringTooLong(fileName, limits.maxCellChars))
      parts.push(t)
    },
  })
  return strings
}
