import { z } from 'zod'
import { validateCreditCode } from '../credit-code'
import { GROUP_ROLES, ROLE_LEVELS, UNIT_TYPES } from './labels'
import { cleanInputText, requiredText, searchText, text } from './text.schema'

const id = z.number().int().positive()

/** 联系电话: landline (0xxx-xxxxxxx, optional extension) or mobile; empty allowed. */
const phone = z
  .string()
  .overwrite(cleanInputText)
  .max(40, '联系电话过长')
  .refine((v) => v === '' || /^[0-9+()（）\-\s转]{7,40}$/.test(v), '联系电话只能包含数字、“-”、括号和“转”，至少7位')

export const creditCodeSchema = z.string().transform((raw, ctx) => {
  const r = validateCreditCode(cleanInputText(raw))
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.message })
    return z.NEVER
  }
  return r.code
})

// ── 单位 ─────────────────────────────────────────────────────────────
export const leadingGroupMemberSchema = z.object({
  personId: id,
  groupRole: z.enum(GROUP_ROLES, { error: '领导小组职务只能是组长、副组长或成员' }),
})

export const unitInputSchema = z.object({
  name: requiredText('单位名称', 100),
  creditCode: creditCodeSchema,
  unitType: z.enum(UNIT_TYPES, { error: '请选择单位类型' }),
  supervisor: text('上级主管部门', 100).default(''),
  contactName: text('联系人', 40).default(''),
  contactPhone: phone.default(''),
  officeName: text('办事机构', 200).default(''),
  officeDepartmentId: id.nullable().default(null),
  leadingGroup: z
    .array(leadingGroupMemberSchema)
    .max(50, '领导小组成员不能超过50人')
    .default([])
    .refine((m) => new Set(m.map((x) => x.personId)).size === m.length, '领导小组中有重复的成员')
    .refine((m) => m.filter((x) => x.groupRole === 'head').length <= 1, '领导小组只能有一名组长'),
})
export type UnitInput = z.input<typeof unitInputSchema>

export const unitSchema = z.object({
  name: z.string(),
  creditCode: z.string(),
  unitType: z.enum(UNIT_TYPES),
  supervisor: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  officeName: z.string(),
  officeDepartmentId: id.nullable(),
  leadingGroup: z.array(
    leadingGroupMemberSchema.extend({ personName: z.string(), personTitle: z.string() }),
  ),
  updatedAt: z.string(),
})
export type Unit = z.infer<typeof unitSchema>

// ── 内设机构 ─────────────────────────────────────────────────────────
export const departmentInputSchema = z.object({
  name: requiredText('机构名称', 60),
  duties: text('主要职责', 2000).default(''),
  /** 排序号; left out, a new row goes to the end and an edit keeps its place (order changes by moving rows) */
  sort: z.number().int().min(0).max(9999).optional(),
})
export type DepartmentInput = z.input<typeof departmentInputSchema>

export const departmentSchema = z.object({
  id,
  name: z.string(),
  duties: z.string(),
  sort: z.number().int(),
  postCount: z.number().int(),
  personCount: z.number().int(),
  updatedAt: z.string(),
})
export type Department = z.infer<typeof departmentSchema>

// ── 岗位 ─────────────────────────────────────────────────────────────
export const postInputSchema = z.object({
  departmentId: z.number({ error: '请选择所属机构' }).int().positive('请选择所属机构'),
  name: requiredText('岗位名称', 60),
  duties: text('岗位职责', 2000).default(''),
  isKey: z.boolean().default(false),
  /** 排序号; left out, a new row goes to the end and an edit keeps its place (order changes by moving rows) */
  sort: z.number().int().min(0).max(9999).optional(),
})
export type PostInput = z.input<typeof postInputSchema>

const personRef = z.object({ id, name: z.string(), title: z.string() })

export const postSchema = z.object({
  id,
  departmentId: id,
  departmentName: z.string(),
  name: z.string(),
  duties: z.string(),
  isKey: z.boolean(),
  sort: z.number().int(),
  a: personRef.nullable(),
  b: personRef.nullable(),
  updatedAt: z.string(),
})
export type Post = z.infer<typeof postSchema>

export const assignmentInputSchema = z
  .object({ postId: id, aPersonId: id.nullable(), bPersonId: id.nullable() })
  .refine((v) => v.aPersonId === null || v.aPersonId !== v.bPersonId, {
    message: 'A岗和B岗不能是同一人',
    path: ['bPersonId'],
  })
export type AssignmentInput = z.input<typeof assignmentInputSchema>

// ── 人员 ─────────────────────────────────────────────────────────────
export const personInputSchema = z.object({
  name: requiredText('姓名', 30),
  title: text('职务', 60).default(''),
  roleLevel: z.enum(ROLE_LEVELS, { error: '请选择角色层级' }),
  departmentId: id.nullable().default(null),
  active: z.boolean().default(true),
  /** 排序号; left out, a new row goes to the end and an edit keeps its place (order changes by moving rows) */
  sort: z.number().int().min(0).max(9999).optional(),
})
export type PersonInput = z.input<typeof personInputSchema>

export const personSchema = z.object({
  id,
  name: z.string(),
  title: z.string(),
  roleLevel: z.enum(ROLE_LEVELS),
  departmentId: id.nullable(),
  departmentName: z.string().nullable(),
  active: z.boolean(),
  sort: z.number().int(),
  posts: z.array(z.object({ postId: id, postName: z.string(), role: z.enum(['A', 'B']) })),
  updatedAt: z.string(),
})
export type Person = z.infer<typeof personSchema>

// ── list queries ─────────────────────────────────────────────────────
export const listQuerySchema = z.object({
  search: searchText().optional(),
})
export const postListQuerySchema = listQuerySchema.extend({
  departmentId: id.optional(),
  keyOnly: z.boolean().optional(),
  /** only 重点岗位 that still lack an A岗 or a B岗 holder */
  missingAb: z.boolean().optional(),
})
export const personListQuerySchema = listQuerySchema.extend({
  departmentId: id.optional(),
  roleLevel: z.enum(ROLE_LEVELS).optional(),
  activeOnly: z.boolean().optional(),
})
export const idInputSchema = z.object({ id })
