/** The power form's values, their conversion to the core's input, and shared select options. */
import type { Department, Person, Post } from '@shared/domain/org.schema'
import {
  DISCLOSURE_ITEMS,
  type Discretion,
  type Disclosures,
  type PowerDetail,
  type PowerInput,
} from '@shared/domain/power.schema'
import { POWERS } from './powers.strings'

export interface PowerFormValues {
  code?: string
  name?: string
  parentId?: number | null
  typeId?: number
  basis?: string
  subject?: string
  departmentId?: number | null
  postIds?: number[]
  target?: string
  duties?: string
  accountability?: string
  legalLimit?: string
  promisedLimit?: string
  feeBasis?: string
  supervisionPhone?: string
  exerciseLevel?: string
  discretion?: Discretion
  discretionText?: string
  annualFrequency?: number | null
  leaderPersonId?: number | null
  decisionPostId?: number | null
  implementationPostId?: number | null
  isProjectApproval?: boolean
  isHighConcern?: boolean
  disclosures?: Partial<Record<keyof Disclosures, { disclosed?: boolean; medium?: string }>>
  remark?: string
}

/** Every field the core may name in an error (Err.field), top level. */
export const POWER_FIELDS = [
  'code', 'name', 'parentId', 'typeId', 'basis', 'subject', 'departmentId', 'postIds', 'target', 'duties',
  'accountability', 'legalLimit', 'promisedLimit', 'feeBasis', 'supervisionPhone', 'exerciseLevel', 'discretion', 'discretionText',
  'annualFrequency', 'leaderPersonId', 'decisionPostId', 'implementationPostId', 'isProjectApproval', 'isHighConcern',
  'disclosures', 'remark',
] as const

const emptyDisclosures = (): NonNullable<PowerFormValues['disclosures']> =>
  Object.fromEntries(DISCLOSURE_ITEMS.map((k) => [k, { disclosed: false, medium: '' }]))

/** A new power: defaults a clerk expects (no discretion, nothing disclosed yet). */
export function newPowerValues(defaults: { parentId?: number | null; departmentId?: number | null; typeId?: number }): PowerFormValues {
  return {
    parentId: defaults.parentId ?? null,
    departmentId: defaults.departmentId ?? null,
    typeId: defaults.typeId,
    postIds: [],
    discretion: 'none',
    isProjectApproval: false,
    isHighConcern: false,
    disclosures: emptyDisclosures(),
  }
}

export function toFormValues(p: PowerDetail): PowerFormValues {
  const { code, name, parentId, typeId, basis, subject, departmentId, postIds, target, duties, accountability } = p
  const { legalLimit, promisedLimit, feeBasis, supervisionPhone, exerciseLevel, discretion, discretionText, annualFrequency } = p
  const { leaderPersonId, decisionPostId, implementationPostId, isProjectApproval, isHighConcern, disclosures, remark } = p
  return {
    code, name, parentId, typeId, basis, subject, departmentId, postIds, target, duties, accountability,
    legalLimit, promisedLimit, feeBasis, supervisionPhone, exerciseLevel, discretion, discretionText, annualFrequency,
    leaderPersonId, decisionPostId, implementationPostId, isProjectApproval, isHighConcern,
    disclosures: structuredClone(disclosures), remark,
  }
}

export function toPowerInput(v: PowerFormValues): PowerInput {
  const t = (s: string | undefined) => s ?? ''
  const d = v.disclosures ?? {}
  return {
    code: t(v.code),
    name: t(v.name),
    parentId: v.parentId ?? null,
    // the field rule guarantees a type; the core re-validates anyway
    typeId: v.typeId ?? 0,
    basis: t(v.basis),
    subject: t(v.subject),
    departmentId: v.departmentId ?? null,
    postIds: v.postIds ?? [],
    target: t(v.target),
    duties: t(v.duties),
    accountability: t(v.accountability),
    legalLimit: t(v.legalLimit),
    promisedLimit: t(v.promisedLimit),
    feeBasis: t(v.feeBasis),
    supervisionPhone: t(v.supervisionPhone),
    exerciseLevel: t(v.exerciseLevel),
    discretion: v.discretion ?? 'none',
    discretionText: t(v.discretionText),
    annualFrequency: v.annualFrequency ?? null,
    leaderPersonId: v.leaderPersonId ?? null,
    decisionPostId: v.decisionPostId ?? null,
    implementationPostId: v.implementationPostId ?? null,
    isProjectApproval: v.isProjectApproval ?? false,
    isHighConcern: v.isHighConcern ?? false,
    disclosures: Object.fromEntries(
      DISCLOSURE_ITEMS.map((k) => [k, { disclosed: d[k]?.disclosed ?? false, medium: d[k]?.medium ?? '' }]),
    ) as Disclosures,
    remark: t(v.remark),
  }
}

export interface PostOption {
  value: number
  /** what a chosen tag and the search show: 机构·岗位 */
  label: string
  /** what the grouped dropdown shows */
  short: string
}

/** Posts grouped by department for a Select (the group title is the department). */
export function postOptions(posts: Post[], departments: Department[]) {
  const order = new Map(departments.map((d, i) => [d.id, i]))
  const groups = new Map<number, { label: string; title: string; options: PostOption[] }>()
  for (const p of [...posts].sort((a, b) => (order.get(a.departmentId) ?? 0) - (order.get(b.departmentId) ?? 0))) {
    let g = groups.get(p.departmentId)
    if (!g) {
      g = { label: p.departmentName, title: p.departmentName, options: [] }
      groups.set(p.departmentId, g)
    }
    g.options.push({ value: p.id, label: `${p.departmentName}·${p.name}`, short: p.name })
  }
  return [...groups.values()]
}

export function personOptions(persons: Person[]) {
  return persons.map((p) => ({
    value: p.id,
    label: `${p.name}${p.title ? `（${p.title}）` : ''}${p.active ? '' : POWERS.form.inactive}`,
  }))
}
