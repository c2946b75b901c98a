/**
 * Minimal .xlsx packages written part by part, for workbooks exceljs would never write: hostile
 * merge ranges, inline strings, namespace prefixes, parts that lie about their size.
 */
import { writeZip, type ZipOptions, type ZipPart } from './zip-writer'

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface SheetSpec {
  name: string
  /** What goes inside <worksheet>: usually `<sheetData>…</sheetData>` and perhaps `<mergeCells>`. */
  body: string
  /** Overrides for the sheet's ZIP entry (declared size, method). */
  entry?: Partial<ZipPart>
}

export interface WorkbookSpec {
  sheets: SheetSpec[]
  sharedStrings?: string[]
  /** Raw inner XML of styles.xml (numFmts, cellXfs). */
  styles?: string
  date1904?: boolean
  /** Parts added as they are (media, junk). */
  extraParts?: ZipPart[]
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** `<row r="n">` of inline-string / number cells from a row of values. */
export function rowXml(r: number, values: (string | number | null)[]): string {
  const cells = values
    .map((v, i) => {
      const ref = `${String.fromCharCode(65 + i)}${r}`
      if (v === null) return ''
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`
      return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`
    })
    .join('')
  return `<row r="${r}">${cells}</row>`
}

export function sheetDataXml(rows: (string | number | null)[][]): string {
  return `<sheetData>${rows.map((r, i) => rowXml(i + 1, r)).join('')}</sheetData>`
}

export function workbookParts(spec: WorkbookSpec): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${spec.sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${spec.sheets
        .map((_s, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rIdSST" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdST" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${(spec.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
    },
    { name: 'xl/styles.xml', data: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${spec.styles ?? ''}</styleSheet>` },
  ]
  spec.sheets.forEach((s, i) =>
    parts.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${s.body}</worksheet>`,
      ...s.entry,
    }),
  )
  return [...parts, ...(spec.extraParts ?? [])]
}

export function buildXlsx(spec: WorkbookSpec, zip: ZipOptions = {}): Buffer {
  return writeZip(workbookParts(spec), zip)
}
