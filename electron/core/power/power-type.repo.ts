import { asc, count, eq, sql } from 'drizzle-orm'
import type { PowerType } from '../../../shared/domain/power.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { powers, powerTypes } from '../db/schema'

export function listPowerTypes(db: Db): PowerType[] {
  return db
    .select({
      id: powerTypes.id,
      name: powerTypes.name,
      sort: powerTypes.sort,
      builtin: powerTypes.builtin,
      // qualified by hand: drizzle prints a bare "id" in single-table selects
      powerCount: sql<number>`(select count(*) from ${powers} where ${powers.typeId} = ${powerTypes}.${sql.identifier('id')})`,
    })
    .from(powerTypes)
    .orderBy(asc(powerTypes.sort), asc(powerTypes.id))
    .all()
}

export function createPowerType(db: Db, name: string, actor: string): PowerType {
  return db.transaction((tx) => {
    if (tx.select({ id: powerTypes.id }).from(powerTypes).where(eq(powerTypes.name, name)).get()) {
      throw new AppError('CONFLICT', `已有名为“${name}”的事项类型`, 'name')
    }
    const maxSort = tx.select({ m: sql<number>`coalesce(max(${powerTypes.sort}), 0)` }).from(powerTypes).get()?.m ?? 0
    const { id } = tx.insert(powerTypes).values({ name, sort: maxSort + 10 }).returning({ id: powerTypes.id }).get()
    recordAudit(tx, { actor, action: 'create', entity: 'powerType', entityId: id, detail: { name } })
    const created = listPowerTypes(tx).find((t) => t.id === id)
    if (!created) throw new AppError('INTERNAL', '事项类型保存失败')
    return created
  })
}

export function deletePowerType(db: Db, id: number, actor: string): void {
  db.transaction((tx) => {
    const t = tx.select().from(powerTypes).where(eq(powerTypes.id, id)).get()
    if (!t) throw new AppError('NOT_FOUND', '该事项类型不存在或已被删除')
    if (t.builtin) throw new AppError('IN_USE', `“${t.name}”是内置的事项类型，不能删除`)
    const n = tx.select({ n: count() }).from(powers).where(eq(powers.typeId, id)).get()?.n ?? 0
    if (n > 0) throw new AppError('IN_USE', `不能删除事项类型“${t.name}”：仍有${n}项职权属于该类型`)
    tx.delete(powerTypes).where(eq(powerTypes.id, id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'powerType', entityId: id, detail: { name: t.name } })
  })
}
