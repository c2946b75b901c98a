import { asc, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Unit, unitInputSchema } from '../../../shared/domain/org.schema'
import { GROUP_ROLES, type GroupRole, UNIT_TYPES, type UnitType } from '../../../shared/domain/labels'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { leadingGroupMembers, persons, unit } from '../db/schema'
import { getDepartment } from './department.repo'
import { nowIso } from './like'
import { personNames } from './person.repo'

type UnitValues = z.output<typeof unitInputSchema>

const ORDER: Record<GroupRole, number> = { head: 0, deputy: 1, member: 2 }

export function getUnit(db: Db): Unit | null {
  const u = db.select().from(unit).where(eq(unit.id, 1)).get()
  if (!u) return null
  const group = db
    .select({
      personId: leadingGroupMembers.personId,
      groupRole: leadingGroupMembers.groupRole,
      personName: persons.name,
      personTitle: persons.title,
    })
    .from(leadingGroupMembers)
    .innerJoin(persons, eq(persons.id, leadingGroupMembers.personId))
    .orderBy(asc(leadingGroupMembers.sort), asc(leadingGroupMembers.id))
    .all()
  return {
    name: u.name,
    creditCode: u.creditCode,
    unitType: (UNIT_TYPES as readonly string[]).includes(u.unitType) ? (u.unitType as UnitType) : '行政机关',
    supervisor: u.supervisor,
    contactName: u.contactName,
    contactPhone: u.contactPhone,
    officeName: u.officeName,
    officeDepartmentId: u.officeDepartmentId,
    leadingGroup: group.map((g) => ({
      ...g,
      groupRole: (GROUP_ROLES as readonly string[]).includes(g.groupRole) ? (g.groupRole as GroupRole) : 'member',
    })),
    updatedAt: u.updatedAt,
  }
}

export function saveUnit(db: Db, v: UnitValues, actor: string): Unit {
  return db.transaction((tx) => {
    if (v.officeDepartmentId !== null) getDepartment(tx, v.officeDepartmentId)
    const found = personNames(
      tx,
      v.leadingGroup.map((m) => m.personId),
    )
    for (const m of v.leadingGroup) {
      const p = found.get(m.personId)
      if (!p) throw new AppError('NOT_FOUND', '所选领导小组成员不存在或已被删除，请刷新后重试', 'leadingGroup')
      if (!p.active) throw new AppError('VALIDATION', `${p.name}已停用，不能列入领导小组`, 'leadingGroup')
    }
    const { leadingGroup, ...fields } = v
    tx.insert(unit)
      .values({ id: 1, ...fields })
      .onConflictDoUpdate({ target: unit.id, set: { ...fields, updatedAt: nowIso() } })
      .run()
    tx.delete(leadingGroupMembers).where(sql`1 = 1`).run()
    const sorted = [...leadingGroup].sort((a, b) => ORDER[a.groupRole] - ORDER[b.groupRole])
    sorted.forEach((m, i) => tx.insert(leadingGroupMembers).values({ ...m, sort: i }).run())
    recordAudit(tx, { actor, action: 'save', entity: 'unit', entityId: 1, detail: v })
    const saved = getUnit(tx)
    if (!saved) throw new AppError('INTERNAL', '单位信息保存失败')
    return saved
  })
}
