/** Chart templates: seeded from resources/flowchart-templates, then the unit's own data (editable in 设置). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { asc, eq, sql } from 'drizzle-orm'
import {
  flowTemplateBodySchema,
  type FlowTemplate,
  type FlowTemplateFile,
  flowTemplateFileSchema,
  type FlowTemplateInput,
  flowTemplateInputSchema,
} from '../../../shared/domain/flowchart-template.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { flowchartTemplates } from '../db/schema'
import { nowIso } from '../org/like'
import { resolveResourceDir } from '../paths'

let builtinCache: FlowTemplateFile[] | null = null

/** The templates shipped with the program (resources/flowchart-templates/*.json, in file order). */
export function builtinFlowTemplates(): FlowTemplateFile[] {
  if (builtinCache) return builtinCache
  const dir = resolveResourceDir('flowchart-templates')
  if (!dir) throw new AppError('INTERNAL', '找不到内置的流程图模板文件夹')
  builtinCache = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => flowTemplateFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
  return builtinCache
}

/** Adds shipped templates the workspace does not have yet; edited ones are left as the user made them. */
export function seedFlowTemplates(db: Db): void {
  const have = new Set(db.select({ key: flowchartTemplates.key }).from(flowchartTemplates).all().map((r) => r.key))
  const missing = builtinFlowTemplates().filter((t) => !have.has(t.key))
  if (missing.length === 0) return
  db.transaction((tx) => {
    for (const [i, t] of builtinFlowTemplates().entries()) {
      if (have.has(t.key)) continue
      tx.insert(flowchartTemplates)
        .values({ ...toColumns(t), key: t.key, builtin: true, sort: (i + 1) * 10 })
        .onConflictDoNothing()
        .run()
    }
  })
}

function toColumns(t: Omit<FlowTemplateFile, 'key'>) {
  return {
    name: t.name,
    powerTypes: JSON.stringify(t.powerTypes),
    keywords: JSON.stringify(t.keywords),
    description: t.description,
    body: JSON.stringify(t.body),
  }
}

type TemplateRow = typeof flowchartTemplates.$inferSelect

function toTemplate(r: TemplateRow): FlowTemplate {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    powerTypes: JSON.parse(r.powerTypes) as string[],
    keywords: JSON.parse(r.keywords) as string[],
    description: r.description,
    body: flowTemplateBodySchema.parse(JSON.parse(r.body)),
    builtin: r.builtin,
    updatedAt: r.updatedAt,
  }
}

export function listFlowTemplates(db: Db): FlowTemplate[] {
  seedFlowTemplates(db)
  return db.select().from(flowchartTemplates).orderBy(asc(flowchartTemplates.sort), asc(flowchartTemplates.id)).all().map(toTemplate)
}

export function getFlowTemplate(db: Db, id: number): FlowTemplate {
  seedFlowTemplates(db)
  const r = db.select().from(flowchartTemplates).where(eq(flowchartTemplates.id, id)).get()
  if (!r) throw new AppError('NOT_FOUND', '该流程图模板不存在或已被删除')
  return toTemplate(r)
}

function assertNameFree(db: Db, name: string, selfId?: number): void {
  const other = db.select({ id: flowchartTemplates.id }).from(flowchartTemplates).where(eq(flowchartTemplates.name, name)).get()
  if (other && other.id !== selfId) throw new AppError('CONFLICT', `已有名为“${name}”的流程图模板`, 'name')
}

export function createFlowTemplate(db: Db, input: FlowTemplateInput, actor: string): FlowTemplate {
  const v = flowTemplateInputSchema.parse(input)
  return db.transaction((tx) => {
    assertNameFree(tx, v.name)
    const maxSort = tx.select({ m: sql<number>`coalesce(max(${flowchartTemplates.sort}), 0)` }).from(flowchartTemplates).get()?.m ?? 0
    const key = `custom-${Date.now().toString(36)}-${maxSort + 10}`
    const { id } = tx
      .insert(flowchartTemplates)
      .values({ ...toColumns(v), key, sort: maxSort + 10 })
      .returning({ id: flowchartTemplates.id })
      .get()
    recordAudit(tx, { actor, action: 'create', entity: 'flowchartTemplate', entityId: id, detail: { name: v.name } })
    return getFlowTemplate(tx, id)
  })
}

export function updateFlowTemplate(db: Db, id: number, input: FlowTemplateInput, actor: string): FlowTemplate {
  const v = flowTemplateInputSchema.parse(input)
  return db.transaction((tx) => {
    getFlowTemplate(tx, id)
    assertNameFree(tx, v.name, id)
    tx.update(flowchartTemplates).set({ ...toColumns(v), updatedAt: nowIso() }).where(eq(flowchartTemplates.id, id)).run()
    recordAudit(tx, { actor, action: 'update', entity: 'flowchartTemplate', entityId: id, detail: { name: v.name } })
    return getFlowTemplate(tx, id)
  })
}

export function deleteFlowTemplate(db: Db, id: number, actor: string): void {
  db.transaction((tx) => {
    const t = getFlowTemplate(tx, id)
    if (t.builtin) throw new AppError('IN_USE', `“${t.name}”是内置模板，可以修改但不能删除`)
    tx.delete(flowchartTemplates).where(eq(flowchartTemplates.id, id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'flowchartTemplate', entityId: id, detail: { name: t.name } })
  })
}

/** The template to offer first for a power: a keyword of its name, else its 事项类型, else the first. */
export function suggestFlowTemplate(templates: readonly FlowTemplate[], power: { typeName: string; name: string }): FlowTemplate | undefined {
  const ofType = templates.filter((t) => t.powerTypes.includes(power.typeName))
  const byKeyword = (list: readonly FlowTemplate[]) => list.find((t) => t.keywords.some((k) => power.name.includes(k)))
  return byKeyword(ofType) ?? ofType.find((t) => t.keywords.length === 0) ?? ofType[0] ?? byKeyword(templates) ?? templates[0]
}
