import { eq } from 'drizzle-orm'
import type { z } from 'zod'
import {
  IMPORT_FIELD_LABELS,
  type ImportError,
  type ImportField,
  type PowerImportResult,
  type powerImportInputSchema,
} from '../../../../shared/domain/power-import.schema'
import { powerInputSchema, type PowerValues } from '../../../../shared/domain/power.schema'
import { AppError } from '../../../../shared/result'
import { recordAudit } from '../../audit/audit.repo'
import { sm3Hex } from '../../crypto/sm3'
import type { Workspace } from '../../db/client'
import { departments, powers, powerTypes } from '../../db/schema'
import { nowIso } from '../../org/like'
import { insertPowersBulk } from '../power.repo'
import { assignChildCodes, type ExistingPower } from './child-codes'
import { columnsOfRow, detectHeader, guessHeader, headerLabel, toMapping } from './header-detect'
import { checkImportHierarchy } from './import-hierarchy'
import { buildRecords, type ImportRecord } from './power-records'
import { readXlsxTables } from './xlsx-table'

type ImportInput = z.output<typeof powerImportInputSchema>

/** Columns of `powers` an import may write, with the file field each comes from. */
const COLUMN_OF = {
  basis: 'basis',
  subject: 'subject',
  target: 'target',
  duties: 'duties',
  accountability: 'accountability',
  legalLimit: 'legalLimit',
  promisedLimit: 'promisedLimit',
  feeBasis: 'feeBasis',
  supervisionPhone: 'supervisionPhone',
  exerciseLevel: 'exerciseLevel',
  remark: 'remark',
} as const satisfies Partial<Record<ImportField, keyof typeof powers.$inferSelect>>

type Planned = {
  rec: ImportRecord
  action: 'add' | 'update' | 'unchanged'
  existingId?: number
  typeName: string
  departmentName: string | null
  patch: Record<string, string | number | null>
}

const normName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

/** How a job follows and controls an import (see electron/core/jobs): progress, and the last moment to cancel. */
export interface ImportHooks {
  progress?(phase: string, fraction: number): void
  /** called once right before the write transaction; throwing here cancels with nothing written */
  beforeCommit?(): void
}

/**
 * 权责清单 import, all or nothing: reads the sheet, checks every row, and writes only when no
 * error remains (and `dryRun` is false). Re-importing the same file changes nothing; an updated
 * file is upserted by 事项编码.
 */
export async function importPowers(ws: Workspace, input: ImportInput, actor: string, hooks: ImportHooks = {}): Promise<PowerImportResult> {
  const db = ws.db
  hooks.progress?.('读取工作簿', 0.05)
  const data = Buffer.from(input.dataBase64, 'base64')
  const tables = await readXlsxTables(data, input.fileName)
  hooks.progress?.('检查数据', 0.5)
  const typeRows = db.select().from(powerTypes).all()
  const typeByName = new Map(typeRows.map((t) => [normName(t.name), t]))
  const typeNames = new Set(typeRows.map((t) => normName(t.name)))

  const sheetNamed = (name: string) => {
    const t = tables.find((x) => x.name === name)
    if (!t) throw new AppError('VALIDATION', `工作簿中没有名为“${name}”的工作表`)
    return t
  }
  let table = input.sheet ? sheetNamed(input.sheet) : tables[0]
  let mapping = input.mapping
  if (mapping) {
    table = sheetNamed(mapping.sheet)
    if (Object.keys(mapping.columns).length === 0) {
      // the user chose the header row: recognise its columns by name
      mapping = toMapping(table.name, mapping.headerRow, columnsOfRow(table, mapping.headerRow))
    }
  } else {
    for (const t of input.sheet ? [table] : tables) {
      const found = t && detectHeader(t)
      if (t && found) {
        table = t
        mapping = toMapping(t.name, found.headerRow, found.columns)
        break
      }
    }
  }
  let headerProblem: string | null = null
  if (!mapping) {
    // no header found: offer the first filled row as one, so the user can map the columns by hand
    if (!input.sheet) table = tables.find((t) => t.rows.some((r) => r.some((c) => c.trim() !== ''))) ?? tables[0]
    if (!table) throw new AppError('VALIDATION', `文件“${input.fileName}”中没有任何内容`)
    const guess = guessHeader(table)
    mapping = toMapping(table.name, guess.headerRow, guess.columns)
    headerProblem = `在文件“${input.fileName}”中找不到表头行：前30行里没有“事项编码”“事项名称”“事项类型”等列名。请确认这是权责清单，或在“列对应”中为各列指定字段`
  }
  if (!table) throw new AppError('VALIDATION', `文件“${input.fileName}”中没有任何内容`)
  const sheet = table
  const headerRow = mapping.headerRow
  const columns = Object.entries(mapping.columns).map(([col, field]) => ({
    column: Number(col),
    header: headerLabel(sheet, headerRow, Number(col)),
    field,
  }))
  const mapped = new Set(columns.map((c) => c.field))
  const base = { fileName: input.fileName, sheet: table.name, sheets: tables.map((t) => t.name), headerRow, columns }
  const lacking = (['code', 'name'] as const).filter((f) => !mapped.has(f))
  if (headerProblem || lacking.length > 0) {
    const message = headerProblem ?? `请在“列对应”中为“${lacking.map((f) => IMPORT_FIELD_LABELS[f]).join('”“')}”指定文件中的列`
    // the rows are there, they only cannot be used yet: count them, and say so separately
    const { rowsRead, skippedRows } = buildRecords(table, mapping, typeNames)
    return {
      ...base,
      rowsRead,
      skippedRows,
      rowsAwaitingMapping: rowsRead,
      generatedCodes: 0,
      added: 0,
      updated: 0,
      unchanged: 0,
      errors: [{ row: headerRow, column: '表头', message }],
      missingDepartments: [],
      missingTypes: [],
      preview: [],
      committed: false,
    }
  }

  const { records, errors, rowsRead, skippedRows } = buildRecords(table, mapping, typeNames)
  const headerOf = (f: ImportField) => columns.find((c) => c.field === f)?.header || IMPORT_FIELD_LABELS[f]
  const codeColumn = (rec: ImportRecord) => headerOf(rec.codeGenerated ? 'childName' : rec.parentCode ? 'childCode' : 'code')

  // 子项 without codes get stable ones; then the form's hierarchy rules over the file and the workspace
  const existing = new Map(db.select().from(powers).all().map((p) => [p.code, p]))
  const codeOfId = new Map([...existing.values()].map((p) => [p.id, p.code]))
  const existingLinks: ExistingPower[] = [...existing.values()].map((p) => ({
    code: p.code,
    name: p.name,
    parentCode: p.parentId === null ? null : (codeOfId.get(p.parentId) ?? null),
  }))
  const uncoded = records.filter((r) => r.codeGenerated)
  assignChildCodes(uncoded, existingLinks, new Set(records.filter((r) => !r.codeGenerated).map((r) => r.code)))
  errors.push(...checkImportHierarchy(records, existingLinks, codeColumn))

  // references by name: 事项类型 and 承办机构
  const deptByName = new Map(db.select().from(departments).all().map((d) => [normName(d.name), d]))
  const missingTypes = new Map<string, string>()
  const missingDepartments = new Map<string, string>()
  for (const rec of records) {
    const t = rec.values.type ?? ''
    if (t && !typeByName.has(normName(t))) missingTypes.set(normName(t), t)
    const d = rec.values.department ?? ''
    if (d && !deptByName.has(normName(d))) missingDepartments.set(normName(d), d)
  }
  if (!input.createMissing) {
    for (const rec of records) {
      const t = rec.values.type ?? ''
      if (t && missingTypes.has(normName(t))) {
        errors.push({ row: rec.row, column: headerOf('type'), message: `事项类型“${t}”不在类型列表中（可选择“自动创建缺失项”，或修改文件）` })
      }
      const d = rec.values.department ?? ''
      if (d && missingDepartments.has(normName(d))) {
        errors.push({ row: rec.row, column: headerOf('department'), message: `承办机构“${d}”不是本单位的内设机构（可选择“自动创建缺失项”，或修改文件）` })
      }
    }
  }

  // field rules shared with the form (lengths, code characters)
  for (const rec of records) {
    const parsed = powerInputSchema.safeParse({
      code: rec.code,
      name: rec.name,
      typeId: 1,
      ...Object.fromEntries(Object.keys(COLUMN_OF).map((k) => [k, rec.values[k as keyof typeof COLUMN_OF] ?? ''])),
    })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '')
        const column = key === 'code' ? codeColumn(rec) : headerOf(key === 'name' ? (rec.parentCode ? 'childName' : 'name') : (key as ImportField))
        errors.push({ row: rec.row, column, message: issue.message })
      }
    }
  }

  // plan: add / update / unchanged against what the workspace holds
  const typeNameById = new Map(typeRows.map((t) => [t.id, t.name]))
  const deptNameById = new Map([...deptByName.values()].map((d) => [d.id, d.name]))
  const planned: Planned[] = records.map((rec) => {
    const typeName = typeByName.get(normName(rec.values.type ?? ''))?.name ?? rec.values.type ?? ''
    const deptName = rec.values.department ? (deptByName.get(normName(rec.values.department))?.name ?? rec.values.department) : null
    const cur = existing.get(rec.code)
    if (!cur) return { rec, action: 'add', typeName, departmentName: deptName, patch: {} }
    const patch: Record<string, string | number | null> = {}
    if (cur.name !== rec.name) patch.name = rec.name
    const curParent = cur.parentId === null ? null : (codeOfId.get(cur.parentId) ?? null)
    if (curParent !== rec.parentCode) patch.parentCode = rec.parentCode
    if (typeNameById.get(cur.typeId) !== typeName) patch.typeName = typeName
    if (mapped.has('department') && (cur.departmentId === null ? null : deptNameById.get(cur.departmentId) ?? null) !== deptName) {
      patch.departmentName = deptName
    }
    for (const [col, f] of Object.entries(COLUMN_OF)) {
      if (mapped.has(f) && cur[col as keyof typeof COLUMN_OF] !== (rec.values[f] ?? '')) patch[col] = rec.values[f] ?? ''
    }
    return { rec, action: Object.keys(patch).length > 0 ? 'update' : 'unchanged', existingId: cur.id, typeName, departmentName: deptName, patch }
  })

  errors.sort((a, b) => a.row - b.row)
  const count = (a: Planned['action']) => planned.filter((p) => p.action === a).length
  const result: PowerImportResult = {
    ...base,
    rowsRead,
    skippedRows,
    rowsAwaitingMapping: 0,
    generatedCodes: uncoded.length,
    added: count('add'),
    updated: count('update'),
    unchanged: count('unchanged'),
    errors: dedupeErrors(errors),
    missingDepartments: [...missingDepartments.values()],
    missingTypes: [...missingTypes.values()],
    preview: planned.slice(0, 200).map((p) => ({
      row: p.rec.row,
      code: p.rec.code,
      name: p.rec.name,
      parentCode: p.rec.parentCode,
      codeGenerated: p.rec.codeGenerated === true,
      type: p.typeName,
      department: p.departmentName ?? '',
      action: p.action,
    })),
    committed: false,
  }
  if (input.dryRun || result.errors.length > 0) return result
  if (result.added + result.updated === 0) return { ...result, committed: true }

  hooks.beforeCommit?.()
  hooks.progress?.('写入数据库', 0.8)
  db.transaction((tx) => {
    for (const [, name] of missingTypes) {
      const { id } = tx.insert(powerTypes).values({ name, sort: 1000 }).returning({ id: powerTypes.id }).get()
      typeByName.set(normName(name), { id, name, sort: 1000, builtin: false })
    }
    for (const [, name] of missingDepartments) {
      const { id } = tx.insert(departments).values({ name, sort: 1000 }).returning({ id: departments.id }).get()
      deptByName.set(normName(name), { id, name } as typeof departments.$inferSelect)
    }
    const idOfCode = new Map([...existing.values()].map((p) => [p.code, p.id]))
    const adds: { code: string; values: PowerValues }[] = []
    const flushAdds = () => {
      const ids = insertPowersBulk(ws.sqlite, tx, adds.map((a) => a.values))
      adds.forEach((a, i) => idOfCode.set(a.code, ids[i] ?? 0))
      adds.length = 0
    }
    for (const p of planned) {
      if (p.action === 'unchanged') continue
      const typeId = typeByName.get(normName(p.typeName))?.id
      if (typeId === undefined) throw new AppError('INTERNAL', `事项类型“${p.typeName}”无法解析`)
      const departmentId = p.departmentName === null ? null : (deptByName.get(normName(p.departmentName))?.id ?? null)
      if (p.rec.parentCode !== null && !idOfCode.has(p.rec.parentCode)) flushAdds()
      const parentId = p.rec.parentCode === null ? null : (idOfCode.get(p.rec.parentCode) ?? null)
      const texts = Object.fromEntries(
        Object.entries(COLUMN_OF)
          .filter(([, f]) => mapped.has(f))
          .map(([col, f]) => [col, p.rec.values[f] ?? '']),
      )
      if (p.action === 'add') {
        adds.push({ code: p.rec.code, values: powerInputSchema.parse({ code: p.rec.code, name: p.rec.name, typeId, parentId, departmentId, ...texts }) })
      } else if (p.existingId !== undefined) {
        tx.update(powers)
          .set({
            name: p.rec.name,
            parentId,
            typeId,
            ...(mapped.has('department') ? { departmentId } : {}),
            ...texts,
            updatedAt: nowIso(),
          })
          .where(eq(powers.id, p.existingId))
          .run()
      }
    }
    flushAdds()
    recordAudit(tx, {
      actor,
      action: 'import',
      entity: 'power',
      detail: {
        fileName: input.fileName,
        sm3: sm3Hex(data),
        added: result.added,
        updated: result.updated,
        unchanged: result.unchanged,
        createdTypes: [...missingTypes.values()],
        createdDepartments: [...missingDepartments.values()],
      },
    })
  })
  return { ...result, committed: true }
}

function dedupeErrors(errors: ImportError[]): ImportError[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    const k = `${e.row}|${e.column}|${e.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
