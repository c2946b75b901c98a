/**
 * Where things are in an .xlsx: the workbook part (from the package rels), its worksheets in tab
 * order with their names, the shared-string and style parts, and whether dates count from 1904.
 */
import { AppError } from '../../../shared/result'
import type { XlsxPackage } from './xlsx-package'
import { XLSX_MESSAGES } from './xlsx-messages'

export interface SheetRef {
  name: string
  path: string
}

export interface WorkbookIndex {
  sheets: SheetRef[]
  date1904: boolean
  sharedStringsPath: string | null
  stylesPath: string | null
}

type Relationship = { type: string; target: string }

/** A workbook's rels name its sheets and a few parts; thousands more is not a workbook. */
const MAX_RELATIONSHIPS = 10_000

/** `r:id` whatever the prefix the writer bound to the relationships namespace. */
function relationshipId(attributes: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (key === 'id' || key.endsWith(':id')) return value
  return undefined
}

/** A rels Target, relative to the folder of the part that owns the rels, or absolute from the root. */
export function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = ownerPath.split('/').slice(0, -1)
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.' && seg !== '') parts.push(seg)
  }
  return parts.join('/')
}

const relsPathOf = (partPath: string) => {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`
}

async function readRels(pkg: XlsxPackage, ownerPath: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>()
  await pkg.parse(relsPathOf(ownerPath), {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') {
        if (rels.size >= MAX_RELATIONSHIPS) throw new AppError('VALIDATION', XLSX_MESSAGES.corrupt(pkg.fileName))
        rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(ownerPath, a.Target) })
      }
    },
    close() {},
    text() {},
  })
  return rels
}

const ofType = (rels: Map<string, Relationship>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? null

export async function readWorkbookIndex(pkg: XlsxPackage): Promise<WorkbookIndex> {
  const rootRels = await readRels(pkg, '')
  const workbookPath = ofType(rootRels, '/officeDocument') ?? 'xl/workbook.xml'
  const rels = await readRels(pkg, workbookPath)
  const declared: { name: string; rid: string | undefined }[] = []
  let date1904 = false
  const found = await pkg.parse(workbookPath, {
    open(name, a) {
      if (name === 'sheet') {
        declared.push({ name: a.name ?? '', rid: relationshipId(a) })
        if (declared.length > pkg.limits.maxSheets) {
          throw new AppError('VALIDATION', XLSX_MESSAGES.tooManySheets(pkg.fileName, pkg.limits.maxSheets))
        }
      } else if (name === 'workbookPr') {
        date1904 = a.date1904 === '1' || a.date1904 === 'true'
      }
    },
    close() {},
    text() {},
  })
  if (!found) throw new AppError('VALIDATION', XLSX_MESSAGES.corrupt(pkg.fileName))
  const sheets: SheetRef[] = []
  for (const d of declared) {
    const rel = d.rid ? rels.get(d.rid) : undefined
    // chart sheets and dialog sheets hold no cells
    if (rel && rel.type.endsWith('/worksheet')) sheets.push({ name: d.name, path: rel.target })
  }
  return {
    sheets,
    date1904,
    sharedStringsPath: ofType(rels, '/sharedStrings') ?? (pkg.find('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : null),
    stylesPath: ofType(rels, '/styles') ?? (pkg.find('xl/styles.xml') ? 'xl/styles.xml' : null),
  }
}
