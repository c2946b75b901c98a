import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Post, postInputSchema, postListQuerySchema } from '../../../shared/domain/org.schema'
import { AppError } from '../../../shared/result'
import { recordAudit } from '../audit/audit.repo'
import type { Db } from '../db/client'
import { departments, persons, postAssignments, posts } from '../db/schema'
import { getDepartment } from './department.repo'
import { containsAny, nowIso } from './like'
import { assertUnreferenced, postReferences } from './org-refs.repo'
import { type MoveDirection, moveRow, type OrderedTable, sortAtEnd } from './row-order'

type PostValues = z.output<typeof postInputSchema>
type PostQuery = z.output<typeof postListQuerySchema>

const ordered: OrderedTable = { table: posts, id: posts.id, sort: posts.sort, updatedAt: posts.updatedAt }
/** Posts are ordered within their department. */
const inDepartment = (departmentId: number) => eq(posts.departmentId, departmentId)

/** A 重点岗位 that lacks its A岗 or its B岗 holder (what 工作台's “去设置 A/B 岗” opens on). */
const lacks = (role: 'A' | 'B') =>
  sql`not exists (select 1 from ${postAssignments} where ${postAssignments.postId} = ${posts.id} and ${postAssignments.role} = ${role})`
const missingAb = and(eq(posts.isKey, true), or(lacks('A'), lacks('B')))

export function listPosts(db: Db, q: PostQuery = {}): Post[] {
  const rows = db
    .select({
      id: posts.id,
      departmentId: posts.departmentId,
      departmentName: departments.name,
      name: posts.name,
      duties: posts.duties,
      isKey: posts.isKey,
      sort: posts.sort,
      updatedAt: posts.updatedAt,
    })
    .from(posts)
    .innerJoin(departments, eq(departments.id, posts.departmentId))
    .where(
      and(
        containsAny(q.search, [posts.name, posts.duties, departments.name]),
        q.departmentId ? eq(posts.departmentId, q.departmentId) : undefined,
        q.keyOnly ? eq(posts.isKey, true) : undefined,
        q.missingAb ? missingAb : undefined,
      ),
    )
    .orderBy(asc(departments.sort), asc(departments.id), asc(posts.sort), asc(posts.id))
    .all()
  if (rows.length === 0) return []
  const holders = db
    .select({
      postId: postAssignments.postId,
      role: postAssignments.role,
      id: persons.id,
      name: persons.name,
      title: persons.title,
    })
    .from(postAssignments)
    .innerJoin(persons, eq(persons.id, postAssignments.personId))
    .where(
      rows.length <= 500
        ? inArray(
            postAssignments.postId,
            rows.map((r) => r.id),
          )
        : undefined,
    )
    .all()
  const byPost = new Map<number, Pick<Post, 'a' | 'b'>>()
  for (const h of holders) {
    const slot = byPost.get(h.postId) ?? { a: null, b: null }
    slot[h.role === 'A' ? 'a' : 'b'] = { id: h.id, name: h.name, title: h.title }
    byPost.set(h.postId, slot)
  }
  return rows.map((r) => ({ ...r, ...(byPost.get(r.id) ?? { a: null, b: null }) }))
}

export function getPost(db: Db, id: number): Post {
  const row = db.select({ departmentId: posts.departmentId }).from(posts).where(eq(posts.id, id)).get()
  const post = row && listPosts(db, { departmentId: row.departmentId }).find((p) => p.id === id)
  if (!post) throw new AppError('NOT_FOUND', '该岗位不存在或已被删除，请刷新后重试')
  return post
}

function assertNameFree(db: Db, v: PostValues, exceptId?: number): void {
  const clash = db
    .select({ id: posts.id })
    .from(posts)
    .where(
      and(
        eq(posts.departmentId, v.departmentId),
        eq(posts.name, v.name),
        exceptId ? ne(posts.id, exceptId) : undefined,
      ),
    )
    .get()
  if (clash) throw new AppError('CONFLICT', `该机构下已有名为“${v.name}”的岗位`, 'name')
}

export function createPost(db: Db, v: PostValues, actor: string): Post {
  return db.transaction((tx) => {
    getDepartment(tx, v.departmentId)
    assertNameFree(tx, v)
    const values = { ...v, sort: v.sort ?? sortAtEnd(tx, ordered, inDepartment(v.departmentId)) }
    const { id } = tx.insert(posts).values(values).returning({ id: posts.id }).get()
    recordAudit(tx, { actor, action: 'create', entity: 'post', entityId: id, detail: v })
    return getPost(tx, id)
  })
}

export function updatePost(db: Db, id: number, v: PostValues, actor: string): Post {
  return db.transaction((tx) => {
    const before = getPost(tx, id)
    getDepartment(tx, v.departmentId)
    assertNameFree(tx, v, id)
    const { sort, ...rest } = v
    // a post moved to another department joins the end of that department's list
    const newSort = sort ?? (before.departmentId === v.departmentId ? undefined : sortAtEnd(tx, ordered, inDepartment(v.departmentId)))
    tx.update(posts)
      .set({ ...rest, ...(newSort === undefined ? {} : { sort: newSort }), updatedAt: nowIso() })
      .where(eq(posts.id, id))
      .run()
    recordAudit(tx, { actor, action: 'update', entity: 'post', entityId: id, detail: v })
    return getPost(tx, id)
  })
}

export function deletePost(db: Db, id: number, actor: string): void {
  db.transaction((tx) => {
    const p = getPost(tx, id)
    assertUnreferenced('post', postReferences(tx, p))
    tx.delete(posts).where(eq(posts.id, id)).run()
    recordAudit(tx, { actor, action: 'delete', entity: 'post', entityId: id, detail: { name: p.name } })
  })
}

/** Moves a post one place up or down among the posts of its department. */
export function movePost(db: Db, id: number, direction: MoveDirection, actor: string): boolean {
  return db.transaction((tx) => {
    const p = getPost(tx, id)
    const moved = moveRow(tx, ordered, id, direction, inDepartment(p.departmentId))
    if (moved) recordAudit(tx, { actor, action: 'move', entity: 'post', entityId: id, detail: { name: p.name, direction } })
    return moved
  })
}

/** Sets (or clears, with null) the A岗 and B岗 holders of one post. */
export function assignPost(
  db: Db,
  v: { postId: number; aPersonId: number | null; bPersonId: number | null },
  actor: string,
): Post {
  return db.transaction((tx) => {
    getPost(tx, v.postId)
    for (const [role, personId] of [
      ['A', v.aPersonId],
      ['B', v.bPersonId],
    ] as const) {
      tx.delete(postAssignments)
        .where(and(eq(postAssignments.postId, v.postId), eq(postAssignments.role, role)))
        .run()
      if (personId === null) continue
      const person = tx.select().from(persons).where(eq(persons.id, personId)).get()
      if (!person) throw new AppError('NOT_FOUND', `所选${role}岗人员不存在或已被删除，请刷新后重试`)
      if (!person.active) throw new AppError('VALIDATION', `${person.name}已停用，不能设为${role}岗`)
      tx.insert(postAssignments).values({ postId: v.postId, personId, role }).run()
    }
    recordAudit(tx, { actor, action: 'assign', entity: 'post', entityId: v.postId, detail: v })
    return getPost(tx, v.postId)
  })
}
