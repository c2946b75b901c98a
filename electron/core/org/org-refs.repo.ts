/**
 * What still refers to a department, post or person. The list answers `org:references` (so the
 * UI can say it before offering 删除) and builds the IN_USE refusal of the delete itself: one source.
 */
import { eq } from 'drizzle-orm'
import type { OrgEntity, OrgReference, OrgReferences } from '../../../shared/domain/org-refs.schema'
import type { Department, Person, Post } from '../../../shared/domain/org.schema'
import { AppError } from '../../../shared/result'
import type { Db } from '../db/client'
import { leadingGroupMembers, unit } from '../db/schema'
import { powerReferences, referringPowers } from '../power/power-refs'

/** How many referring powers a refusal names one by one. */
const NAMED_POWERS = 5

const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()

function powersRef(db: Db, ref: Parameters<typeof powerReferences>[1], text: (n: number) => string, to: string | null): OrgReference[] {
  const total = powerReferences(db, ref)
  if (total === 0) return []
  const named = referringPowers(db, ref, NAMED_POWERS)
  return [
    {
      text: text(total),
      to,
      items: named.map((p) => ({ label: `${p.code} ${p.name}`, to: `/powers?${q({ open: p.id })}` })),
      more: total - named.length,
    },
  ]
}

export function departmentReferences(db: Db, d: Department): OrgReferences {
  const id = d.id
  const refs: OrgReference[] = []
  const plain = (text: string, to: string): OrgReference => ({ text, to, items: [], more: 0 })
  if (d.postCount > 0) refs.push(plain(`${d.postCount}个岗位`, `/org?${q({ tab: 'posts', department: id })}`))
  if (d.personCount > 0) refs.push(plain(`${d.personCount}名人员`, `/org?${q({ tab: 'persons', department: id })}`))
  const isOffice = db.select({ id: unit.id }).from(unit).where(eq(unit.officeDepartmentId, id)).get()
  if (isOffice) refs.push(plain('单位概况中的办事机构设置', '/org'))
  refs.push(...powersRef(db, { departmentId: id }, (n) => `${n}项职权（承办机构）`, `/powers?${q({ department: id })}`))
  return { name: d.name, references: refs }
}

export function postReferences(db: Db, p: Post): OrgReferences {
  const id = p.id
  const refs: OrgReference[] = []
  refs.push(...powersRef(db, { postId: id }, (n) => `${n}项职权把它列为责任岗位或决定/实施岗位`, null))
  const holders = (['a', 'b'] as const).flatMap((slot) => {
    const h = p[slot]
    return h ? [{ label: `${slot.toUpperCase()}岗 ${h.name}`, to: `/org?${q({ tab: 'persons', search: h.name })}` }] : []
  })
  if (holders.length > 0) {
    refs.push({ text: `仍配置了${holders.map((h) => h.label).join('、')}（可在本行的“A/B岗”中解除）`, to: null, items: holders, more: 0 })
  }
  return { name: p.name, references: refs }
}

export function personReferences(db: Db, p: Person): OrgReferences {
  const id = p.id
  const refs: OrgReference[] = p.posts.map((x) => ({
    text: `${x.postName}的${x.role}岗`,
    to: `/org?${q({ tab: 'posts', search: x.postName })}`,
    items: [],
    more: 0,
  }))
  const inGroup = db.select({ id: leadingGroupMembers.id }).from(leadingGroupMembers).where(eq(leadingGroupMembers.personId, id)).get()
  if (inGroup) refs.push({ text: '领导小组成员', to: '/org', items: [], more: 0 })
  refs.push(...powersRef(db, { personId: id }, (n) => `${n}项职权的分管领导`, null))
  return { name: p.name, references: refs }
}

/** The refusal a delete throws while anything still refers to the row. */
export function assertUnreferenced(entity: OrgEntity, refs: OrgReferences): void {
  if (refs.references.length === 0) return
  const texts = refs.references.map((r) => r.text)
  const message = {
    department: `不能删除“${refs.name}”：仍有${texts.join('、')}引用它。请先将其调整到其他机构或删除后再试。`,
    post: `不能删除岗位“${refs.name}”：${texts.join('；')}。请先解除后再删除。`,
    person: `不能删除“${refs.name}”：仍是${texts.join('、')}。请先解除后再删除。`,
  }[entity]
  throw new AppError('IN_USE', message)
}
