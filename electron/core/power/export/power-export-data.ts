import { asc, count, eq, ne } from 'drizzle-orm'
import { AppError } from '../../../../shared/result'
import type { Db } from '../../db/client'
import { departments, powers, powerTypes } from '../../db/schema'
import { stripXmlForbidden } from '../../../../shared/domain/text.schema'

export interface ExportPower {
  id: number
  code: string
  name: string
  parentId: number | null
  typeName: string
  departmentName: string
  basis: string
  subject: string
  target: string
  duties: string
  accountability: string
  legalLimit: string
  promisedLimit: string
  feeBasis: string
  supervisionPhone: string
  exerciseLevel: string
  remark: string
  status: string
}

export interface ExportGroup {
  main: ExportPower
  children: ExportPower[]
}

/**
 * Defence in depth for both exports: rows stored before the contract cleaned its input may hold
 * characters XML cannot carry (U+FFFE, C0 controls); they would make the .xlsx/.docx invalid and our
 * own import would then refuse our own export as damaged.
 */
function xmlSafeRow<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? stripXmlForbidden(v) : v])) as T
}

/**
 * The largest 权力清单 the exports support. Measured (npm run bench, 20,000 powers): xlsx and docx
 * each finish in seconds with the exporting process's peak RSS well under 1 GB; above it the
 * export is refused before any row is read.
 */
export const MAX_EXPORT_POWERS = 20_000

export function exportTooLargeMessage(n: number): string {
  return `职权共 ${n} 条，超过导出上限 ${MAX_EXPORT_POWERS} 条，超出本程序支持的规模。请先将已取消或不再使用的事项删除后再导出`
}

/** Every power grouped as 主项 followed by its 子项, ordered by code; refused above MAX_EXPORT_POWERS. */
export function loadExportGroups(db: Db, opts: { includeCancelled?: boolean } = {}): ExportGroup[] {
  const counted = db
    .select({ n: count() })
    .from(powers)
    .where(opts.includeCancelled === false ? ne(powers.status, 'cancelled') : undefined)
    .get()
  const n = counted?.n ?? 0
  if (n > MAX_EXPORT_POWERS) throw new AppError('VALIDATION', exportTooLargeMessage(n))
  const rows = db
    .select({
      id: powers.id,
      code: powers.code,
      name: powers.name,
      parentId: powers.parentId,
      typeName: powerTypes.name,
      departmentName: departments.name,
      basis: powers.basis,
      subject: powers.subject,
      target: powers.target,
      duties: powers.duties,
      accountability: powers.accountability,
      legalLimit: powers.legalLimit,
      promisedLimit: powers.promisedLimit,
      feeBasis: powers.feeBasis,
      supervisionPhone: powers.supervisionPhone,
      exerciseLevel: powers.exerciseLevel,
      remark: powers.remark,
      status: powers.status,
    })
    .from(powers)
    .innerJoin(powerTypes, eq(powerTypes.id, powers.typeId))
    .leftJoin(departments, eq(departments.id, powers.departmentId))
    .orderBy(asc(powers.code))
    .all()
    .filter((r) => opts.includeCancelled !== false || r.status !== 'cancelled')
    .map((r) => xmlSafeRow({ ...r, departmentName: r.departmentName ?? '' }))
  const groups = new Map<number, ExportGroup>()
  for (const r of rows) if (r.parentId === null) groups.set(r.id, { main: r, children: [] })
  for (const r of rows) if (r.parentId !== null) groups.get(r.parentId)?.children.push(r)
  return [...groups.values()]
}
