import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { CHANNELS, type Channel, contract, isChannel } from '../../shared/contract'

const VALID_CODE = '91350100M000100Y43'
const long = (n: number) => '字'.repeat(n)

/** Inputs the 单位与人员 step really sends; each must parse. */
const GOOD: Partial<Record<Channel, unknown[]>> = {
  'app:info': [undefined, null, {}],
  'dashboard:stats': [undefined, null, {}],
  'unit:get': [undefined],
  'unit:save': [
    { name: '某市交通运输局', creditCode: VALID_CODE, unitType: '行政机关' },
    {
      name: '某市交通运输局',
      creditCode: '９１３５０１００ｍ０００１００ｙ４３',
      unitType: '乡镇/街道',
      supervisor: '某市人民政府',
      contactName: '范晓东',
      contactPhone: '0536-8231067转801',
      officeName: '领导小组办公室设在纪检组',
      officeDepartmentId: 3,
      leadingGroup: [
        { personId: 1, groupRole: 'head' },
        { personId: 2, groupRole: 'deputy' },
        { personId: 3, groupRole: 'member' },
      ],
    },
  ],
  'department:list': [undefined, {}, { search: '财务' }],
  'department:create': [{ name: '财务科' }, { name: '财务科', duties: '预算', sort: 20 }],
  'department:update': [{ id: 1, name: '财务科' }],
  'department:delete': [{ id: 1 }],
  'post:list': [undefined, { departmentId: 2, keyOnly: true, search: '审核' }],
  'post:create': [{ departmentId: 1, name: '财务审核岗', isKey: true }],
  'post:update': [{ id: 4, departmentId: 1, name: '财务审核岗', duties: '审核报销', isKey: false, sort: 1 }],
  'post:delete': [{ id: 4 }],
  'post:assign': [
    { postId: 1, aPersonId: 2, bPersonId: 3 },
    { postId: 1, aPersonId: null, bPersonId: null },
    { postId: 1, aPersonId: 2, bPersonId: null },
  ],
  'person:list': [undefined, { roleLevel: 'middle', activeOnly: true, departmentId: 1, search: '张' }],
  'person:create': [
    { name: '张志刚', roleLevel: 'principal' },
    { name: '赵秀兰', title: '纪检组组长', roleLevel: 'discipline', departmentId: 3, active: true, sort: 5 },
  ],
  'person:update': [{ id: 1, name: '张志刚', roleLevel: 'principal', active: false }],
  'person:delete': [{ id: 1 }],
  'department:move': [{ id: 1, direction: 'up' }],
  'post:move': [{ id: 1, direction: 'down' }],
  'person:move': [{ id: 2, direction: 'up' }],
  'org:references': [
    { entity: 'department', id: 1 },
    { entity: 'post', id: 2 },
    { entity: 'person', id: 3 },
  ],
}

/** Inputs that must be refused, each with the Chinese words the first error should carry. */
const BAD: [Channel, unknown, RegExp][] = [
  ['unit:save', { name: '某局', creditCode: '91350100M000100Y44', unitType: '行政机关' }, /校验位不正确.*应为“3”/],
  ['unit:save', { name: '某局', creditCode: '9135', unitType: '行政机关' }, /应为18位/],
  ['unit:save', { name: '某局', creditCode: VALID_CODE, unitType: '公司' }, /请选择单位类型/],
  ['unit:save', { name: '  ', creditCode: VALID_CODE, unitType: '行政机关' }, /请填写单位名称/],
  ['unit:save', { name: long(101), creditCode: VALID_CODE, unitType: '行政机关' }, /单位名称不能超过100个字/],
  ['unit:save', { name: '某局', creditCode: VALID_CODE, unitType: '行政机关', contactPhone: 'abc' }, /联系电话/],
  [
    'unit:save',
    {
      name: '某局',
      creditCode: VALID_CODE,
      unitType: '行政机关',
      leadingGroup: [
        { personId: 1, groupRole: 'head' },
        { personId: 1, groupRole: 'member' },
      ],
    },
    /重复的成员/,
  ],
  [
    'unit:save',
    {
      name: '某局',
      creditCode: VALID_CODE,
      unitType: '行政机关',
      leadingGroup: [
        { personId: 1, groupRole: 'head' },
        { personId: 2, groupRole: 'head' },
      ],
    },
    /只能有一名组长/,
  ],
  ['unit:save', { name: '某局', creditCode: VALID_CODE, unitType: '行政机关', leadingGroup: [{ personId: 1, groupRole: 'boss' }] }, /组长、副组长或成员/],
  ['person:create', { name: '张三', roleLevel: 'boss' }, /请选择角色层级/],
  ['person:create', { name: '', roleLevel: 'staff' }, /请填写姓名/],
  ['person:create', { name: long(31), roleLevel: 'staff' }, /姓名不能超过30个字/],
  ['person:create', { name: '张三', roleLevel: 'staff', active: 'yes' }, /./],
  ['person:list', { roleLevel: 'boss' }, /./],
  ['department:create', { name: long(61) }, /机构名称不能超过60个字/],
  ['department:create', { name: '财务科', duties: long(2001) }, /主要职责不能超过2000个字/],
  ['department:create', { name: '财务科', sort: -1 }, /./],
  ['department:list', { search: long(101) }, /搜索词过长/],
  ['department:delete', { id: -1 }, /./],
  ['department:delete', { id: 0 }, /./],
  ['department:delete', { id: 1.5 }, /./],
  ['department:delete', { id: '1' }, /./],
  ['department:update', { name: '财务科' }, /./],
  ['post:create', { name: '财务审核岗' }, /请选择所属机构/],
  ['post:create', { departmentId: -3, name: '财务审核岗' }, /请选择所属机构/],
  ['post:create', { departmentId: 1, name: '财务审核岗', isKey: 'true' }, /./],
  ['post:assign', { postId: 1, aPersonId: 2, bPersonId: 2 }, /A岗和B岗不能是同一人/],
  ['post:assign', { postId: -1, aPersonId: 2, bPersonId: 3 }, /./],
  ['post:assign', { postId: 1, aPersonId: 0, bPersonId: null }, /./],
  ['post:assign', { postId: 1 }, /./],
  ['app:info', { anything: 1 }, /./],
  ['unit:get', 'x', /./],
]

const HAN = /\p{Script=Han}/u

describe('contract', () => {
  it('lists channels, each `domain:verb` with zod input and output schemas', () => {
    expect(CHANNELS.length).toBeGreaterThan(0)
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    for (const channel of CHANNELS) {
      // lower-camel domain and verb, e.g. person:create, powerType:list, power:setStatus
      expect(channel).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/)
      expect(contract[channel].input).toBeInstanceOf(z.ZodType)
      expect(contract[channel].output).toBeInstanceOf(z.ZodType)
    }
  })

  it('isChannel accepts exactly the contract channels, not inherited or odd names', () => {
    for (const c of CHANNELS) expect(isChannel(c)).toBe(true)
    for (const c of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'unit', 'unit:', ':get', 'UNIT:GET', 'unit:get ', 42, null, undefined, {}, ['unit:get']]) {
      expect(isChannel(c)).toBe(false)
    }
  })

  it('every 单位与人员 channel has sample inputs here', () => {
    const orgDomains = ['app', 'dashboard', 'unit', 'department', 'post', 'person']
    const orgChannels = CHANNELS.filter((c) => orgDomains.includes(c.split(':')[0] ?? ''))
    expect(orgChannels.filter((c) => !GOOD[c])).toEqual([])
  })

  for (const [channel, samples] of Object.entries(GOOD) as [Channel, unknown[]][]) {
    it(`${channel} accepts its sample inputs`, () => {
      for (const sample of samples) {
        const r = contract[channel].input.safeParse(sample)
        expect(r.success, `${channel} ${JSON.stringify(sample)}: ${r.error?.issues[0]?.message}`).toBe(true)
      }
    })
  }

  it('normalises the credit code while parsing unit:save', () => {
    const r = contract['unit:save'].input.parse(GOOD['unit:save']?.[1])
    expect(r.creditCode).toBe(VALID_CODE)
  })

  // no sort default: a person created without one goes to the end of the list (the core picks it)
  it('fills defaults for omitted optional fields', () => {
    expect(contract['person:create'].input.parse({ name: ' 张三 ', roleLevel: 'staff' })).toEqual({
      name: '张三',
      title: '',
      roleLevel: 'staff',
      departmentId: null,
      active: true,
    })
  })

  it.each(BAD)('%s refuses %j', (channel, input, message) => {
    const r = contract[channel].input.safeParse(input)
    expect(r.success).toBe(false)
    const first = r.error?.issues[0]?.message ?? ''
    expect(first).toMatch(message)
  })

  it('Chinese messages for the refusals that name a rule', () => {
    for (const [channel, input, message] of BAD) {
      if (message.source === '.') continue
      const first = contract[channel].input.safeParse(input).error?.issues[0]?.message ?? ''
      expect(first, `${channel} ${JSON.stringify(input)}`).toMatch(HAN)
    }
  })

  it.each(CHANNELS)('%s refuses junk of the wrong type', (channel) => {
    for (const junk of ['junk', 42, true, [], [1, 2], () => 1]) {
      expect(contract[channel].input.safeParse(junk).success, `${channel} accepted ${String(junk)}`).toBe(false)
    }
  })

  it('output schemas accept what the handlers return and refuse rows with missing fields', () => {
    const dept = { id: 1, name: '财务科', duties: '', sort: 0, postCount: 2, personCount: 3, updatedAt: '2024-01-01T00:00:00.000Z' }
    expect(contract['department:list'].output.safeParse([dept]).success).toBe(true)
    const { personCount: _p, ...withoutCount } = dept
    expect(contract['department:list'].output.safeParse([withoutCount]).success).toBe(false)
    expect(contract['unit:get'].output.safeParse(null).success).toBe(true)
    expect(contract['department:delete'].output.safeParse({ id: 1 }).success).toBe(true)
  })
})
