import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { codeSequence } from '../../../shared/domain/power-code'
import { powerInputSchema } from '../../../shared/domain/power.schema'
import { type TemplateLibrary, templateLibrarySchema, type TemplateSummary } from '../../../shared/domain/template.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { powers, powerTypes } from '../db/schema'
import { resolveResourceDir } from '../paths'
import { insertPower } from './power.repo'

/** resources/templates in the source tree, or `resources/templates` beside app.asar when packaged. */
export function templatesDir(): string {
  const found = resolveResourceDir('templates')
  if (!found) throw new AppError('INTERNAL', '找不到内置的职权模板库文件夹')
  return found
}

let cache: TemplateLibrary[] | null = null

export function loadTemplates(): TemplateLibrary[] {
  if (cache) return cache
  const dir = templatesDir()
  cache = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => templateLibrarySchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
  return cache
}

export function listTemplates(): TemplateSummary[] {
  return loadTemplates().map((t) => ({
    key: t.key,
    title: t.title,
    unitTypes: t.unitTypes,
    description: t.description,
    count: t.powers.length,
  }))
}

export function getTemplate(key: string): TemplateLibrary {
  const t = loadTemplates().find((x) => x.key === key)
  if (!t) throw new AppError('NOT_FOUND', '没有这个职权模板库')
  return t
}

/** Adds the chosen typical powers as 待确权 entries with codes counting up from `firstCode`, skipping used codes. */
export function applyTemplate(db: Db, v: { key: string; indexes: number[]; firstCode: string }, actor: string): number {
  const lib = getTemplate(v.key)
  return db.transaction((tx) => {
    const used = new Set(tx.select({ code: powers.code }).from(powers).all().map((r) => r.code))
    const types = new Map(tx.select().from(powerTypes).all().map((t) => [t.name, t.id]))
    const nextCode = codeSequence(v.firstCode, used)
    const names = new Set(tx.select({ name: powers.name }).from(powers).all().map((r) => r.name))
    let added = 0
    for (const i of [...new Set(v.indexes)].sort((a, b) => a - b)) {
      const p = lib.powers[i]
      if (!p) throw new AppError('VALIDATION', `模板中没有第${i + 1}项`)
      if (names.has(p.name)) continue
      const typeId = types.get(p.type)
      if (typeId === undefined) throw new AppError('INTERNAL', `事项类型“${p.type}”不存在`)
      const { risks: _risks, type: _type, ...fields } = p
      insertPower(tx, powerInputSchema.parse({ ...fields, code: nextCode(), typeId }))
      names.add(p.name)
      added++
    }
    recordAudit(tx, { actor, action: 'create', entity: 'power.template', detail: { key: v.key, indexes: v.indexes, added } })
    return added
  })
}

export const typeIdByName = (db: Db, name: string) =>
  db.select({ id: powerTypes.id }).from(powerTypes).where(eq(powerTypes.name, name)).get()?.id
