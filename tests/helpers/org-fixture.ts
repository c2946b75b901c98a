import type { Core } from '../../electron/core'

export const VALID_CREDIT_CODE = '91350100M000100Y43'

export interface SmallOrg {
  office: number
  finance: number
  enforcement: number
  chief: number
  deputy: number
  accountant: number
  cashier: number
  officer: number
  auditPost: number
  cashierPost: number
  filingPost: number
}

/** A small unit entered through the handlers: 3 departments, 5 persons, 3 posts, one A/B pair. */
export async function seedSmallOrg(core: Core): Promise<SmallOrg> {
  const office = (await core.call('department:create', { name: '办公室', duties: '文电会务', sort: 10 })).id
  const finance = (await core.call('department:create', { name: '财务科', duties: '预算编制与执行、政府采购', sort: 20 })).id
  const enforcement = (await core.call('department:create', { name: '综合执法大队', duties: '行政处罚', sort: 30 })).id

  const person = async (name: string, title: string, roleLevel: string, departmentId: number | null, sort: number) =>
    (await core.call('person:create', { name, title, roleLevel: roleLevel as 'staff', departmentId, sort })).id
  const chief = await person('张志刚', '局长', 'principal', null, 10)
  const deputy = await person('李卫东', '副局长', 'member', null, 20)
  const accountant = await person('胡静', '会计', 'staff', finance, 30)
  const cashier = await person('高敏', '出纳', 'staff', finance, 40)
  const officer = await person('袁刚', '执法队员', 'staff', enforcement, 50)

  const post = async (departmentId: number, name: string, isKey: boolean, sort: number) =>
    (await core.call('post:create', { departmentId, name, isKey, sort, duties: `${name}的职责` })).id
  const auditPost = await post(finance, '财务审核岗', true, 10)
  const cashierPost = await post(finance, '出纳岗', true, 20)
  const filingPost = await post(office, '档案管理岗', false, 10)

  await core.call('post:assign', { postId: auditPost, aPersonId: accountant, bPersonId: cashier })
  return { office, finance, enforcement, chief, deputy, accountant, cashier, officer, auditPost, cashierPost, filingPost }
}

/** Audit entries written so far. */
export function auditCount(core: Core): number {
  return Number(core.ws.sqlite.prepare('select count(*) from audit_log').pluck().get())
}
