/**
 * 单位与人员 ordering and reference checks (issue #6 defects 4, 6 and 8) through the handler map,
 * against a real SQLite file in a temp folder.
 */
import { describe, expect } from 'vitest'
import type { Department, Person, Post } from '../../shared/domain/org.schema'
import type { OrgReferences } from '../../shared/domain/org-refs.schema'
import type { PowerType } from '../../shared/domain/power.schema'
import { auditCount, seedSmallOrg, VALID_CREDIT_CODE } from '../helpers/org-fixture'
import { coreTest as test, expectErr, okValue } from '../helpers/test-core'
import type { Core } from '../../electron/core'

const names = (rows: { name: string }[]) => rows.map((r) => r.name)
const departments = async (core: Core) => okValue<Department[]>(await core.invoke('department:list', undefined))
const postsOf = async (core: Core, departmentId: number) => okValue<Post[]>(await core.invoke('post:list', { departmentId }))

describe('order: new rows at the end, moved by up/down', () => {
  test('a department created without 排序号 lands after 办公室 (10) and the rest, not above them', async ({ core }) => {
    await seedSmallOrg(core)
    okValue(await core.invoke('department:create', { name: '人事科' }))
    expect(names(await departments(core))).toEqual(['办公室', '财务科', '综合执法大队', '人事科'])
  })

  test('a post goes to the end of its department; persons to the end of the list', async ({ core }) => {
    const org = await seedSmallOrg(core)
    okValue(await core.invoke('post:create', { departmentId: org.finance, name: '物资采购岗' }))
    expect(names(await postsOf(core, org.finance))).toEqual(['财务审核岗', '出纳岗', '物资采购岗'])
    okValue(await core.invoke('person:create', { name: '王海涛', roleLevel: 'middle' }))
    expect(names(okValue<Person[]>(await core.invoke('person:list', undefined))).at(-1)).toBe('王海涛')
  })

  test('an edit keeps the row in place; a post moved to another department joins its end', async ({ core }) => {
    const org = await seedSmallOrg(core)
    okValue(await core.invoke('department:update', { id: org.office, name: '办公室', duties: '文电会务、后勤' }))
    expect(names(await departments(core))[0]).toBe('办公室')
    okValue(await core.invoke('post:create', { departmentId: org.office, name: '机要岗' }))
    okValue(await core.invoke('post:update', { id: org.auditPost, departmentId: org.office, name: '财务审核岗', isKey: true }))
    expect(names(await postsOf(core, org.office))).toEqual(['档案管理岗', '机要岗', '财务审核岗'])
  })

  test('moving up and down swaps neighbours, stops at the ends and is audited', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const hr = okValue<Department>(await core.invoke('department:create', { name: '人事科' }))
    const before = auditCount(core)
    expect(okValue(await core.invoke('department:move', { id: hr.id, direction: 'up' }))).toEqual({ moved: true })
    expect(okValue(await core.invoke('department:move', { id: hr.id, direction: 'up' }))).toEqual({ moved: true })
    expect(names(await departments(core))).toEqual(['办公室', '人事科', '财务科', '综合执法大队'])
    expect(okValue(await core.invoke('department:move', { id: org.office, direction: 'up' }))).toEqual({ moved: false })
    expect(okValue(await core.invoke('department:move', { id: org.office, direction: 'down' }))).toEqual({ moved: true })
    expect(names(await departments(core))).toEqual(['人事科', '办公室', '财务科', '综合执法大队'])
    expect(auditCount(core)).toBe(before + 3)
    // posts move only among their department's posts
    expect(okValue(await core.invoke('post:move', { id: org.cashierPost, direction: 'up' }))).toEqual({ moved: true })
    expect(names(await postsOf(core, org.finance))).toEqual(['出纳岗', '财务审核岗'])
    expect(okValue(await core.invoke('post:move', { id: org.filingPost, direction: 'down' }))).toEqual({ moved: false })
    expect(okValue(await core.invoke('person:move', { id: org.officer, direction: 'up' }))).toEqual({ moved: true })
    expect(names(okValue<Person[]>(await core.invoke('person:list', undefined))).slice(-2)).toEqual(['袁刚', '高敏'])
  })

  test('rows that share one 排序号 (older data) still move', async ({ core }) => {
    const a = okValue<Department>(await core.invoke('department:create', { name: '甲科', sort: 5 }))
    const b = okValue<Department>(await core.invoke('department:create', { name: '乙科', sort: 5 }))
    expect(names(await departments(core))).toEqual(['甲科', '乙科'])
    okValue(await core.invoke('department:move', { id: b.id, direction: 'up' }))
    expect(names(await departments(core))).toEqual(['乙科', '甲科'])
    expect(a.id).toBeLessThan(b.id)
  })

  test('moving a row that is gone says so in Chinese', async ({ core }) => {
    expectErr(await core.invoke('department:move', { id: 999, direction: 'up' }), 'NOT_FOUND')
  })
})

describe('references: known before a delete is offered', () => {
  const refs = async (core: Core, entity: 'department' | 'post' | 'person', id: number) =>
    okValue<OrgReferences>(await core.invoke('org:references', { entity, id }))

  test('an unused row has none and deletes; a used one lists each referrer with a link, and delete refuses with the same words', async ({
    core,
  }) => {
    const org = await seedSmallOrg(core)
    okValue(
      await core.invoke('unit:save', {
        name: '某局',
        creditCode: VALID_CREDIT_CODE,
        unitType: '行政机关',
        officeDepartmentId: org.enforcement,
        leadingGroup: [{ personId: org.chief, groupRole: 'head' }],
      }),
    )
    const types = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))
    const typeId = types.find((t) => t.name === '行政处罚')?.id ?? 0
    const power = okValue<{ id: number }>(
      await core.invoke('power:create', {
        code: '330275001',
        name: '对违反公路管理规定行为的处罚',
        typeId,
        departmentId: org.finance,
        postIds: [org.cashierPost],
        leaderPersonId: org.deputy,
      }),
    )

    const finance = await refs(core, 'department', org.finance)
    expect(finance.name).toBe('财务科')
    expect(finance.references.map((r) => [r.text, r.to])).toEqual([
      ['2个岗位', `/org?tab=posts&department=${org.finance}`],
      ['2名人员', `/org?tab=persons&department=${org.finance}`],
      ['1项职权（承办机构）', `/powers?department=${org.finance}`],
    ])
    expect(finance.references[2]?.items).toEqual([{ label: '330275001 对违反公路管理规定行为的处罚', to: `/powers?open=${power.id}` }])
    const refusal = expectErr(await core.invoke('department:delete', { id: org.finance }), 'IN_USE')
    for (const r of finance.references) expect(refusal).toContain(r.text)

    expect((await refs(core, 'department', org.enforcement)).references.map((r) => r.text)).toEqual([
      '1名人员',
      '单位概况中的办事机构设置',
    ])

    const auditPost = await refs(core, 'post', org.auditPost)
    expect(auditPost.references[0]?.items.map((i) => i.label)).toEqual(['A岗 胡静', 'B岗 高敏'])
    expect(auditPost.references[0]?.items[0]?.to).toBe(`/org?tab=persons&search=${encodeURIComponent('胡静')}`)
    const cashierPost = await refs(core, 'post', org.cashierPost)
    expect(cashierPost.references.map((r) => r.text)).toEqual(['1项职权把它列为责任岗位或决定/实施岗位'])

    const chief = await refs(core, 'person', org.chief)
    expect(chief.references.map((r) => [r.text, r.to])).toEqual([['领导小组成员', '/org']])
    const deputy = await refs(core, 'person', org.deputy)
    expect(deputy.references[0]).toMatchObject({ text: '1项职权的分管领导', more: 0 })
    const accountant = await refs(core, 'person', org.accountant)
    expect(accountant.references.map((r) => [r.text, r.to])).toEqual([
      ['财务审核岗的A岗', `/org?tab=posts&search=${encodeURIComponent('财务审核岗')}`],
    ])

    // the office's only post is unused: no references, and the delete goes through
    expect((await refs(core, 'post', org.filingPost)).references).toEqual([])
    okValue(await core.invoke('post:delete', { id: org.filingPost }))
    expect((await refs(core, 'department', org.office)).references).toEqual([])
    okValue(await core.invoke('department:delete', { id: org.office }))
    expectErr(await core.invoke('org:references', { entity: 'department', id: org.office }), 'NOT_FOUND')
  })

  test('more than five referring powers: five are named, the rest counted', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const typeId = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))[0]?.id ?? 0
    for (let i = 1; i <= 7; i++) {
      okValue(await core.invoke('power:create', { code: `P00${i}`, name: `职权${i}`, typeId, decisionPostId: org.auditPost }))
    }
    const r = await refs(core, 'post', org.auditPost)
    expect(r.references[0]).toMatchObject({ text: '7项职权把它列为责任岗位或决定/实施岗位', more: 2 })
    expect(r.references[0]?.items.map((i) => i.label)).toEqual(['P001 职权1', 'P002 职权2', 'P003 职权3', 'P004 职权4', 'P005 职权5'])
  })
})

describe('key posts missing A or B (去设置 A/B 岗)', () => {
  test('missingAb lists only 重点岗位 lacking an A岗 or a B岗 holder', async ({ core }) => {
    const org = await seedSmallOrg(core)
    // 财务审核岗: A and B set; 出纳岗: key, none set; 档案管理岗: not key
    expect(names(okValue<Post[]>(await core.invoke('post:list', { missingAb: true })))).toEqual(['出纳岗'])
    okValue(await core.invoke('post:assign', { postId: org.cashierPost, aPersonId: org.cashier, bPersonId: null }))
    expect(names(okValue<Post[]>(await core.invoke('post:list', { missingAb: true })))).toEqual(['出纳岗'])
    okValue(await core.invoke('post:assign', { postId: org.cashierPost, aPersonId: org.cashier, bPersonId: org.accountant }))
    expect(okValue<Post[]>(await core.invoke('post:list', { missingAb: true }))).toEqual([])
  })
})
