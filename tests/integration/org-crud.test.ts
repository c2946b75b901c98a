/**
 * 单位与人员 through the handler map (`core.invoke`, exactly what both transports call),
 * against a real SQLite file in a temp folder.
 */
import { describe, expect } from 'vitest'
import type { Department, Person, Post, Unit } from '../../shared/domain/org.schema'
import { auditCount, seedSmallOrg, VALID_CREDIT_CODE } from '../helpers/org-fixture'
import { coreTest as test, expectErr, okValue } from '../helpers/test-core'

describe('unit profile', () => {
  test('is null at first, then saved with its 领导小组 and 办事机构, then edited', async ({ core }) => {
    expect(okValue(await core.invoke('unit:get', undefined))).toBeNull()
    const org = await seedSmallOrg(core)
    const saved = okValue<Unit>(
      await core.invoke('unit:save', {
        name: '某市交通运输局',
        creditCode: '9135 0100 m000 100y 43',
        unitType: '行政机关',
        supervisor: '某市人民政府',
        contactName: '胡静',
        contactPhone: '0536-8231067',
        officeName: '领导小组办公室设在办公室',
        officeDepartmentId: org.office,
        leadingGroup: [
          { personId: org.deputy, groupRole: 'deputy' },
          { personId: org.chief, groupRole: 'head' },
        ],
      }),
    )
    expect(saved.creditCode).toBe(VALID_CREDIT_CODE)
    expect(saved.leadingGroup.map((m) => [m.personName, m.groupRole])).toEqual([
      ['张志刚', 'head'],
      ['李卫东', 'deputy'],
    ])
    expect(okValue<Unit>(await core.invoke('unit:get', undefined))).toEqual(saved)

    const edited = okValue<Unit>(
      await core.invoke('unit:save', { ...saved, name: '某市交通运输局（改）', unitType: '事业单位', leadingGroup: [] }),
    )
    expect(edited).toMatchObject({ name: '某市交通运输局（改）', unitType: '事业单位', leadingGroup: [] })
  })

  test('refuses 领导小组 members that do not exist or are inactive, and writes nothing', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const base = { name: '某局', creditCode: VALID_CREDIT_CODE, unitType: '行政机关' }
    const before = auditCount(core)
    expectErr(await core.invoke('unit:save', { ...base, leadingGroup: [{ personId: 9999, groupRole: 'head' }] }), 'NOT_FOUND')
    okValue(await core.invoke('person:update', { id: org.officer, name: '袁刚', roleLevel: 'staff', active: false }))
    const msg = expectErr(
      await core.invoke('unit:save', { ...base, leadingGroup: [{ personId: org.officer, groupRole: 'member' }] }),
      'VALIDATION',
    )
    expect(msg).toContain('已停用')
    expect(okValue(await core.invoke('unit:get', undefined))).toBeNull()
    expect(auditCount(core)).toBe(before + 1) // only the person update
  })
})

describe('departments, posts and persons', () => {
  test('create, edit and list in sort order with counts', async ({ core }) => {
    const org = await seedSmallOrg(core)
    let deps = okValue<Department[]>(await core.invoke('department:list', undefined))
    expect(deps.map((d) => [d.name, d.postCount, d.personCount])).toEqual([
      ['办公室', 1, 0],
      ['财务科', 2, 2],
      ['综合执法大队', 0, 1],
    ])
    okValue(await core.invoke('department:update', { id: org.office, name: '办公室', duties: '改', sort: 99 }))
    deps = okValue<Department[]>(await core.invoke('department:list', {}))
    expect(deps.map((d) => d.name)).toEqual(['财务科', '综合执法大队', '办公室'])

    const post = okValue<Post>(
      await core.invoke('post:update', { id: org.filingPost, departmentId: org.finance, name: '票据档案岗', isKey: true }),
    )
    expect(post).toMatchObject({ departmentId: org.finance, departmentName: '财务科', name: '票据档案岗', isKey: true })

    const person = okValue<Person>(
      await core.invoke('person:update', { id: org.cashier, name: '高敏', title: '会计', roleLevel: 'middle', departmentId: org.finance }),
    )
    expect(person).toMatchObject({ title: '会计', roleLevel: 'middle', departmentName: '财务科' })
    expect(person.posts).toEqual([{ postId: org.auditPost, postName: '财务审核岗', role: 'B' }])
  })

  test('A/B assignment: set, swap, clear; shown on posts and persons', async ({ core }) => {
    const org = await seedSmallOrg(core)
    let post = okValue<Post>(await core.invoke('post:assign', { postId: org.cashierPost, aPersonId: org.cashier, bPersonId: org.accountant }))
    expect([post.a?.name, post.b?.name]).toEqual(['高敏', '胡静'])
    const accountant = okValue<Person[]>(await core.invoke('person:list', { search: '胡静' }))[0]
    expect(accountant?.posts.map((p) => `${p.postName}${p.role}`).sort()).toEqual(['出纳岗B', '财务审核岗A'])

    post = okValue<Post>(await core.invoke('post:assign', { postId: org.cashierPost, aPersonId: org.accountant, bPersonId: org.cashier }))
    expect([post.a?.name, post.b?.name]).toEqual(['胡静', '高敏'])
    post = okValue<Post>(await core.invoke('post:assign', { postId: org.cashierPost, aPersonId: null, bPersonId: null }))
    expect([post.a, post.b]).toEqual([null, null])
    okValue(await core.invoke('post:delete', { id: org.cashierPost }))
  })

  test('delete works once nothing refers to the row', async ({ core }) => {
    const org = await seedSmallOrg(core)
    expect(okValue(await core.invoke('post:delete', { id: org.filingPost }))).toEqual({ id: org.filingPost })
    expect(okValue(await core.invoke('department:delete', { id: org.office }))).toEqual({ id: org.office })
    expect(okValue(await core.invoke('person:delete', { id: org.deputy }))).toEqual({ id: org.deputy })
    expectErr(await core.invoke('person:delete', { id: org.deputy }), 'NOT_FOUND')
    const names = okValue<Department[]>(await core.invoke('department:list', undefined)).map((d) => d.name)
    expect(names).toEqual(['财务科', '综合执法大队'])
  })
})

describe('search and filters', () => {
  test('departments, posts and persons', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const depNames = async (search: string) =>
      okValue<Department[]>(await core.invoke('department:list', { search })).map((d) => d.name)
    expect(await depNames('财务')).toEqual(['财务科'])
    expect(await depNames('政府采购')).toEqual(['财务科']) // matches duties too
    expect(await depNames('  ')).toHaveLength(3)
    expect(await depNames('%')).toEqual([]) // LIKE wildcards are literal
    expect(await depNames('_')).toEqual([])

    const postNames = async (q: object) => okValue<Post[]>(await core.invoke('post:list', q)).map((p) => p.name)
    expect(await postNames({ keyOnly: true })).toEqual(['财务审核岗', '出纳岗'])
    expect(await postNames({ departmentId: org.office })).toEqual(['档案管理岗'])
    expect(await postNames({ search: '财务科' })).toEqual(['财务审核岗', '出纳岗']) // by department name
    expect(await postNames({ search: '出纳', keyOnly: true, departmentId: org.finance })).toEqual(['出纳岗'])

    const personNames = async (q: object) => okValue<Person[]>(await core.invoke('person:list', q)).map((p) => p.name)
    expect(await personNames({ roleLevel: 'principal' })).toEqual(['张志刚'])
    expect(await personNames({ departmentId: org.finance })).toEqual(['胡静', '高敏'])
    expect(await personNames({ search: '局长' })).toEqual(['张志刚', '李卫东']) // by title
    okValue(await core.invoke('person:update', { id: org.officer, name: '袁刚', roleLevel: 'staff', departmentId: org.enforcement, active: false }))
    expect(await personNames({ activeOnly: true })).not.toContain('袁刚')
    expect(await personNames({})).toContain('袁刚')
  })
})

describe('refusals with a reason', () => {
  test('delete refused with IN_USE while something refers to the row, nothing deleted', async ({ core }) => {
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
    const before = auditCount(core)

    let msg = expectErr(await core.invoke('department:delete', { id: org.finance }), 'IN_USE')
    expect(msg).toContain('2个岗位')
    expect(msg).toContain('2名人员')
    msg = expectErr(await core.invoke('department:delete', { id: org.enforcement }), 'IN_USE')
    expect(msg).toContain('办事机构')
    msg = expectErr(await core.invoke('post:delete', { id: org.auditPost }), 'IN_USE')
    expect(msg).toContain('A岗 胡静')
    expect(msg).toContain('B岗 高敏')
    msg = expectErr(await core.invoke('person:delete', { id: org.accountant }), 'IN_USE')
    expect(msg).toContain('财务审核岗的A岗')
    msg = expectErr(await core.invoke('person:delete', { id: org.chief }), 'IN_USE')
    expect(msg).toContain('领导小组成员')
    msg = expectErr(
      await core.invoke('person:update', { id: org.cashier, name: '高敏', roleLevel: 'staff', departmentId: org.finance, active: false }),
      'IN_USE',
    )
    expect(msg).toContain('请先解除岗位')

    expect(auditCount(core)).toBe(before)
    expect(okValue<Department[]>(await core.invoke('department:list', undefined))).toHaveLength(3)
    expect(okValue<Person[]>(await core.invoke('person:list', undefined))).toHaveLength(5)
  })

  test('duplicate names are refused with CONFLICT', async ({ core }) => {
    const org = await seedSmallOrg(core)
    let msg = expectErr(await core.invoke('department:create', { name: '财务科' }), 'CONFLICT')
    expect(msg).toContain('财务科')
    expectErr(await core.invoke('department:create', { name: ' 财务科 ' }), 'CONFLICT') // trimmed first
    expectErr(await core.invoke('department:update', { id: org.office, name: '财务科' }), 'CONFLICT')
    msg = expectErr(await core.invoke('post:create', { departmentId: org.finance, name: '出纳岗' }), 'CONFLICT')
    expect(msg).toContain('出纳岗')
    expectErr(await core.invoke('post:update', { id: org.cashierPost, departmentId: org.finance, name: '财务审核岗' }), 'CONFLICT')
    // the same post name in another department is fine, and so is keeping one's own name
    okValue(await core.invoke('post:create', { departmentId: org.office, name: '出纳岗' }))
    okValue(await core.invoke('department:update', { id: org.finance, name: '财务科', duties: '新职责' }))
  })
})
