/**
 * The 权责清单 import reads workbooks through the shared bounded reader (electron/core/xlsx): same
 * `SheetTable` shape, same Chinese sentences, limits stated in each refusal.
 */
export { readXlsxTables, type SheetTable } from '../../xlsx/xlsx-reader'
