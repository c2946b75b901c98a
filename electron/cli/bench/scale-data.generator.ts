/**
 * Scale data for the benchmark, written in one transaction straight through the drizzle tables
 * (fast and deliberately not through the handlers: the handlers are what the benchmark times).
 */
import type { RoleLevel } from '../../../shared/domain/labels'
import type { Db } from '../../core/db/client'
import { departments, leadingGroupMembers, persons, postAssignments, posts, unit } from '../../core/db/schema'
import { DEMO_CREDIT_CODE } from '../../core/demo/demo-data'

export interface ScaleOptions {
  persons: number
  departments: number
  posts: number
}

export interface ScaleResult extends ScaleOptions {
  keyPosts: number
  assignments: number
}

const DEPARTMENT_NAMES = ['办公室', '人事科', '财务科', '综合规划科', '建设管理科', '政策法规科', '安全监督科', '运输管理站', '公路管理站', '交通工程质量监督站', '综合执法大队', '纪检组']
const POST_NAMES = ['综合管理岗', '财务审核岗', '行政许可受理岗', '行政处罚审核岗', '物资采购岗', '工程招投标管理岗', '统计分析岗', '监督检查岗']
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志海燕晓东文红玉春林俊峰宇航雪梅立新宏'

/** A small deterministic generator so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 0x100000000
  }
}

function chunks<T>(items: T[], size = 400): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function roleFor(i: number, total: number): { roleLevel: RoleLevel; title: string } {
  if (i === 0) return { roleLevel: 'principal', title: '局长' }
  if (i <= 3) return { roleLevel: 'member', title: '副局长' }
  if (i === 4) return { roleLevel: 'discipline', title: '纪检组组长' }
  if (i < 5 + Math.ceil(total * 0.15)) return { roleLevel: 'middle', title: '科长' }
  return { roleLevel: 'staff', title: '科员' }
}

export function generateScaleData(db: Db, o: ScaleOptions): ScaleResult {
  const pick = rng(20240601)
  return db.transaction((tx) => {
    const deptRows = Array.from({ length: o.departments }, (_, i) => ({
      name: i < DEPARTMENT_NAMES.length ? (DEPARTMENT_NAMES[i] ?? '') : `业务${i + 1}科`,
      duties: `负责本机构职责范围内的业务工作（第${i + 1}号内设机构）。`,
      sort: (i + 1) * 10,
    }))
    const deptIds: number[] = []
    for (const c of chunks(deptRows)) {
      deptIds.push(...tx.insert(departments).values(c).returning({ id: departments.id }).all().map((r) => r.id))
    }

    const personRows = Array.from({ length: o.persons }, (_, i) => {
      const surname = SURNAMES.charAt(Math.floor(pick() * SURNAMES.length))
      const given = Array.from({ length: pick() < 0.6 ? 2 : 1 }, () => GIVEN.charAt(Math.floor(pick() * GIVEN.length)))
      return {
        name: surname + given.join(''),
        ...roleFor(i, o.persons),
        departmentId: i < 4 ? null : (deptIds[i % deptIds.length] ?? null),
        sort: (i + 1) * 10,
      }
    })
    const personIds: number[] = []
    for (const c of chunks(personRows)) {
      personIds.push(...tx.insert(persons).values(c).returning({ id: persons.id }).all().map((r) => r.id))
    }

    const postRows = Array.from({ length: o.posts }, (_, i) => {
      const dept = i % deptIds.length
      const nth = Math.floor(i / deptIds.length)
      return {
        departmentId: deptIds[dept] ?? 0,
        name: `${POST_NAMES[nth % POST_NAMES.length]}${nth >= POST_NAMES.length ? nth + 1 : ''}`,
        duties: '负责本岗位职责范围内的审核、办理和档案管理工作，按规定时限办结并留痕。',
        isKey: i % 3 === 0,
        sort: (nth + 1) * 10,
      }
    })
    const postIds: number[] = []
    for (const c of chunks(postRows)) {
      postIds.push(...tx.insert(posts).values(c).returning({ id: posts.id }).all().map((r) => r.id))
    }

    // Every key post gets an A岗 and a different B岗 (when there are at least two persons).
    const assignmentRows: { postId: number; personId: number; role: 'A' | 'B' }[] = []
    if (personIds.length >= 2) {
      postIds.forEach((postId, i) => {
        if (!postRows[i]?.isKey) return
        const a = personIds[(2 * i) % personIds.length] ?? 0
        const b = personIds[(2 * i + 1) % personIds.length] ?? 0
        assignmentRows.push({ postId, personId: a, role: 'A' }, { postId, personId: b, role: 'B' })
      })
    }
    for (const c of chunks(assignmentRows)) tx.insert(postAssignments).values(c).run()

    tx.insert(unit)
      .values({ id: 1, name: '某市交通运输局（性能测试）', creditCode: DEMO_CREDIT_CODE, unitType: '行政机关', officeDepartmentId: deptIds[0] ?? null })
      .run()
    const group = personIds.slice(0, 5).map((personId, i) => ({
      personId,
      groupRole: i === 0 ? 'head' : i <= 3 ? 'deputy' : 'member',
      sort: i,
    }))
    if (group.length > 0) tx.insert(leadingGroupMembers).values(group).run()

    return {
      ...o,
      keyPosts: postRows.filter((p) => p.isKey).length,
      assignments: assignmentRows.length,
    }
  })
}
