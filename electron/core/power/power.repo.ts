import type Database from 'better-sqlite3'
import { and, asc, count, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import {
  DISCLOSURE_ITEMS,
  type Disclosures,
  type PowerDetail,
  type PowerList,
  type PowerListQuery,
  type PowerRow,
  type PowerStatus,
  type PowerValues,
} from '../../../shared/domain/power.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { departments, persons, powerDisclosures, powerPosts, powers, powerTypes, posts } from '../db/schema'
import { nowIso } from '../org/like'
import { powerFilters } from './power-query'

/**
 * The list, slim: only what the table, filters, counts and bulk actions use (the rest comes with
 * `power:get` when a row is opened). Names of types and departments come from their small tables
 * by id, and the 子项 counts from the parent index, so SQLite builds no long strings per row and
 * 5,000 rows stay well under the 30 ms target (`npm run bench`).
 */
export function listPowers(db: Db, q: PowerListQuery = {}): PowerList {
  const parent = alias(powers, 'parent')
  const typeNames = nameMap(db.select({ id: powerTypes.id, name: powerTypes.name }).from(powerTypes).all())
  const departmentNames = nameMap(db.select({ id: departments.id, name: departments.name }).from(departments).all())
  const childCounts = new Map(
    db
      .select({ id: powers.parentId, n: count() })
      .from(powers)
      .where(isNotNull(powers.parentId))
      .groupBy(powers.parentId)
      .all()
      .map((c) => [c.id, c.n]),
  )
  const rows = db
    .select({
      id: powers.id,
      code: powers.code,
      name: powers.name,
      parentId: powers.parentId,
      typeId: powers.typeId,
      departmentId: powers.departmentId,
      status: powers.status,
      isProjectApproval: powers.isProjectApproval,
      isHighConcern: powers.isHighConcern,
    })
    .from(powers)
    .leftJoin(parent, eq(parent.id, powers.parentId))
    .where(powerFilters(q))
    .orderBy(sql`coalesce(${parent.code}, ${powers.code})`, sql`${powers.parentId} is not null`, asc(powers.code))
    // plain arrays: drizzle's per-row object mapping costs more than the query itself at 5,000 rows
    .values()
    .map((v): PowerRow => {
      const [id, code, name, parentId, typeId, departmentId, status, projectApproval, highConcern] = v as ListTuple
      return {
        id,
        code,
        name,
        parentId,
        typeId,
        typeName: typeNames.get(typeId) ?? '',
        departmentId,
        departmentName: departmentId === null ? null : (departmentNames.get(departmentId) ?? null),
        status,
        isProjectApproval: projectApproval === 1,
        isHighConcern: highConcern === 1,
        childCount: childCounts.get(id) ?? 0,
      }
    })
  const byType = db
    .select({ typeId: powerTypes.id, typeName: powerTypes.name, count: count(powers.id) })
    .from(powers)
    .innerJoin(powerTypes, eq(powerTypes.id, powers.typeId))
    .where(powerFilters(q, false))
    .groupBy(powerTypes.id)
    .orderBy(asc(powerTypes.sort), asc(powerTypes.id))
    .all()
  return { rows, total: rows.length, byType }
}

/** The columns selected above, in order, as SQLite returns them (booleans as 0/1). */
type ListTuple = [number, string, string, number | null, number, number | null, PowerStatus, number, number]

const nameMap = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]))

function emptyDisclosures(): Disclosures {
  return Object.fromEntries(DISCLOSURE_ITEMS.map((k) => [k, { disclosed: false, medium: '' }])) as Disclosures
}

export function getPower(db: Db, id: number): PowerDetail {
  const p = db
    .select({ power: powers, typeName: powerTypes.name, departmentName: departments.name })
    .from(powers)
    .innerJoin(powerTypes, eq(powerTypes.id, powers.typeId))
    .leftJoin(departments, eq(departments.id, powers.departmentId))
    .where(eq(powers.id, id))
    .get()
  if (!p) throw new AppError('NOT_FOUND', '该职权不存在或已被删除，请刷新后重试')
  const parent = p.power.parentId
    ? (db.select({ id: powers.id, code: powers.code, name: powers.name }).from(powers).where(eq(powers.id, p.power.parentId)).get() ?? null)
    : null
  const children = db
    .select({ id: powers.id, code: powers.code, name: powers.name })
    .from(powers)
    .where(eq(powers.parentId, id))
    .orderBy(asc(powers.code))
    .all()
  const postIds = db
    .select({ postId: powerPosts.postId })
    .from(powerPosts)
    .where(eq(powerPosts.powerId, id))
    .all()
    .map((r) => r.postId)
  const disclosures = emptyDisclosures()
  for (const d of db.select().from(powerDisclosures).where(eq(powerDisclosures.powerId, id)).all()) {
    disclosures[d.item] = { disclosed: d.disclosed, medium: d.medium }
  }
  const { sort: _sort, ...rest } = p.power
  return { ...rest, typeName: p.typeName, departmentName: p.departmentName, parent, children, postIds, disclosures }
}

export function findPowerIdByCode(db: Db, code: string): number | undefined {
  return db.select({ id: powers.id }).from(powers).where(eq(powers.code, code)).get()?.id
}

/** Checks every reference of a power before it is written; throws a Chinese AppError naming the field. */
export function assertPowerRefs(db: Db, v: PowerValues, selfId?: number): void {
  const clash = db
    .select({ id: powers.id, name: powers.name })
    .from(powers)
    .where(and(eq(powers.code, v.code), selfId ? ne(powers.id, selfId) : undefined))
    .get()
  if (clash) throw new AppError('CONFLICT', `事项编码“${v.code}”已被“${clash.name}”使用`, 'code')
  if (!db.select({ id: powerTypes.id }).from(powerTypes).where(eq(powerTypes.id, v.typeId)).get()) {
    throw new AppError('NOT_FOUND', '所选事项类型不存在，请刷新后重试', 'typeId')
  }
  if (v.parentId !== null) {
    if (v.parentId === selfId) throw new AppError('VALIDATION', '不能把职权设为自己的子项', 'parentId')
    const parent = db.select({ parentId: powers.parentId }).from(powers).where(eq(powers.id, v.parentId)).get()
    if (!parent) throw new AppError('NOT_FOUND', '所选上级事项不存在，请刷新后重试', 'parentId')
    if (parent.parentId !== null) throw new AppError('VALIDATION', '子项下不能再设子项，请选择一个主项作为上级事项', 'parentId')
    if (selfId && db.select({ id: powers.id }).from(powers).where(eq(powers.parentId, selfId)).get()) {
      throw new AppError('VALIDATION', '该职权已有子项，不能再作为其他事项的子项', 'parentId')
    }
  }
  if (v.departmentId !== null && !db.select({ id: departments.id }).from(departments).where(eq(departments.id, v.departmentId)).get()) {
    throw new AppError('NOT_FOUND', '所选承办机构不存在，请刷新后重试', 'departmentId')
  }
  if (v.leaderPersonId !== null && !db.select({ id: persons.id }).from(persons).where(eq(persons.id, v.leaderPersonId)).get()) {
    throw new AppError('NOT_FOUND', '所选分管领导不存在，请刷新后重试', 'leaderPersonId')
  }
  const postRefs = [...new Set([...v.postIds, v.decisionPostId, v.implementationPostId].filter((x): x is number => x !== null))]
  if (postRefs.length > 0) {
    const found = db.select({ id: posts.id }).from(posts).where(inArray(posts.id, postRefs)).all()
    if (found.length !== postRefs.length) throw new AppError('NOT_FOUND', '所选岗位中有已被删除的岗位，请刷新后重试', 'postIds')
  }
}

function writeChildren(db: Db, id: number, v: PowerValues): void {
  db.delete(powerPosts).where(eq(powerPosts.powerId, id)).run()
  for (const postId of new Set(v.postIds)) db.insert(powerPosts).values({ powerId: id, postId }).run()
  db.delete(powerDisclosures).where(eq(powerDisclosures.powerId, id)).run()
  for (const item of DISCLOSURE_ITEMS) {
    const d = v.disclosures[item]
    if (d.disclosed || d.medium) db.insert(powerDisclosures).values({ powerId: id, item, ...d }).run()
  }
}

function columns(v: PowerValues) {
  const { postIds: _p, disclosures: _d, ...cols } = v
  return cols
}

/** Insert without a transaction or audit of its own (the caller provides both: single create or import). */
export function insertPower(db: Db, v: PowerValues, status: PowerStatus = 'pending'): number {
  const { id } = db.insert(powers).values({ ...columns(v), status }).returning({ id: powers.id }).get()
  writeChildren(db, id, v)
  return id
}

const INSERT_COLUMNS = [
  'code', 'name', 'parent_id', 'type_id', 'department_id', 'status', 'discretion', 'annual_frequency',
  'leader_person_id', 'decision_post_id', 'implementation_post_id', 'is_project_approval', 'is_high_concern',
  'subject', 'legal_limit', 'promised_limit', 'supervision_phone', 'basis', 'target', 'duties',
  'accountability', 'fee_basis', 'discretion_text', 'remark', 'exercise_level',
] as const

/**
 * Inserts many new powers with one prepared statement (the import path: 5,000 rows in well under
 * a second). `sqlite` is the connection under `db` (a drizzle transaction has no $client); call
 * inside that transaction. Returns the new ids in order.
 */
export function insertPowersBulk(sqlite: Database.Database, db: Db, list: PowerValues[]): number[] {
  const stmt = sqlite.prepare(
    `insert into powers (${INSERT_COLUMNS.join(', ')}) values (${INSERT_COLUMNS.map(() => '?').join(', ')})`,
  )
  return list.map((v) => {
    const info = stmt.run(
      v.code, v.name, v.parentId, v.typeId, v.departmentId, 'pending', v.discretion, v.annualFrequency,
      v.leaderPersonId, v.decisionPostId, v.implementationPostId, v.isProjectApproval ? 1 : 0, v.isHighConcern ? 1 : 0,
      v.subject, v.legalLimit, v.promisedLimit, v.supervisionPhone, v.basis, v.target, v.duties,
      v.accountability, v.feeBasis, v.discretionText, v.remark, v.exerciseLevel,
    )
    const id = Number(info.lastInsertRowid)
    if (v.postIds.length > 0 || Object.values(v.disclosures).some((d) => d.disclosed || d.medium)) writeChildren(db, id, v)
    return id
  })
}

export function overwritePower(db: Db, id: number, v: PowerValues): void {
  db.update(powers).set({ ...columns(v), updatedAt: nowIso() }).where(eq(powers.id, id)).run()
  writeChildren(db, id, v)
}

export function createPower(db: Db, v: PowerValues, actor: string): PowerDetail {
  return db.transaction((tx) => {
    assertPowerRefs(tx, v)
    const id = insertPower(tx, v)
    recordAudit(tx, { actor, action: 'create', entity: 'power', entityId: id, detail: v })
    return getPower(tx, id)
  })
}

export function updatePower(db: Db, id: number, v: PowerValues, actor: string): PowerDetail {
  return db.transaction((tx) => {
    getPower(tx, id)
    assertPowerRefs(tx, v, id)
    overwritePower(tx, id, v)
    recordAudit(tx, { actor, action: 'update', entity: 'power', entityId: id, detail: v })
    return getPower(tx, id)
  })
}

function assertAllExist(db: Db, ids: number[]): { id: number; code: string; name: string; parentId: number | null }[] {
  const rows = db
    .select({ id: powers.id, code: powers.code, name: powers.name, parentId: powers.parentId })
    .from(powers)
    .where(inArray(powers.id, ids))
    .all()
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', '所选职权中有已被删除的项，请刷新后重试')
  return rows
}

export function deletePowers(db: Db, ids: number[], actor: string): number {
  return db.transaction((tx) => {
    const rows = assertAllExist(tx, ids)
    const selected = new Set(ids)
    const unselectedChildren = tx
      .select({ id: powers.id, code: powers.code, name: powers.name })
      .from(powers)
      .where(inArray(powers.parentId, ids))
      .all()
      .filter((c) => !selected.has(c.id))
    const c = unselectedChildren[0]
    if (c) {
      throw new AppError(
        'IN_USE',
        `不能删除：所选事项下还有${unselectedChildren.length}个子项未一并选中（如 ${c.code} ${c.name}）。请同时选中其子项后再删除。`,
      )
    }
    // children first, so the parent_id restriction never fires
    const ordered = [...rows].sort((a, b) => Number(b.parentId !== null) - Number(a.parentId !== null))
    for (const r of ordered) tx.delete(powers).where(eq(powers.id, r.id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'power', detail: { codes: rows.map((r) => r.code) } })
    return rows.length
  })
}

export function setPowerStatus(
  db: Db,
  v: { ids: number[]; status: PowerStatus; date: string; reason: string },
  actor: string,
): number {
  return db.transaction((tx) => {
    assertAllExist(tx, v.ids)
    tx.update(powers)
      .set({ status: v.status, statusDate: v.status === 'pending' ? null : v.date, statusReason: v.reason, updatedAt: nowIso() })
      .where(inArray(powers.id, v.ids))
      .run()
    recordAudit(tx, { actor, action: 'update', entity: 'power.status', detail: v })
    return v.ids.length
  })
}

export function setPowerDepartment(db: Db, v: { ids: number[]; departmentId: number | null }, actor: string): number {
  return db.transaction((tx) => {
    assertAllExist(tx, v.ids)
    if (v.departmentId !== null && !tx.select({ id: departments.id }).from(departments).where(eq(departments.id, v.departmentId)).get()) {
      throw new AppError('NOT_FOUND', '所选承办机构不存在，请刷新后重试', 'departmentId')
    }
    tx.update(powers).set({ departmentId: v.departmentId, updatedAt: nowIso() }).where(inArray(powers.id, v.ids)).run()
    recordAudit(tx, { actor, action: 'update', entity: 'power.department', detail: v })
    return v.ids.length
  })
}

