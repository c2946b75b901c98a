/**
 * Bad inputs through the handler map: each comes back as {ok:false} with a Chinese message and
 * leaves every table and the audit log exactly as they were.
 */
import { describe, expect } from 'vitest'
import type { Post } from '../../shared/domain/org.schema'
import { seedSmallOrg, VALID_CREDIT_CODE } from '../helpers/org-fixture'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'

const HAN = /\p{Script=Han}/u

describe('bad inputs are refused and write nothing', () => {
  test('junk types, unknown channels, missing fields, A=B, bad references', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const unit = { name: '某局', creditCode: VALID_CREDIT_CODE, unitType: '行政机关' }
    const cases: [unknown, unknown, string][] = [
      // unknown or malformed channels
      ['foo:bar', {}, 'UNKNOWN_CHANNEL'],
      ['constructor', {}, 'UNKNOWN_CHANNEL'],
      ['__proto__', {}, 'UNKNOWN_CHANNEL'],
      ['department:drop', { id: org.office }, 'UNKNOWN_CHANNEL'],
      [42, {}, 'UNKNOWN_CHANNEL'],
      [null, {}, 'UNKNOWN_CHANNEL'],
      [['department:create'], { name: 'x' }, 'UNKNOWN_CHANNEL'],
      // junk types
      ['department:create', 'junk', 'VALIDATION'],
      ['department:create', 42, 'VALIDATION'],
      ['department:create', [], 'VALIDATION'],
      ['department:create', null, 'VALIDATION'],
      ['department:create', { name: 123 }, 'VALIDATION'],
      ['post:create', { departmentId: '1', name: '岗' }, 'VALIDATION'],
      ['person:create', { name: '张三', roleLevel: 'staff', active: 'false' }, 'VALIDATION'],
      ['unit:save', { ...unit, leadingGroup: 'all' }, 'VALIDATION'],
      // missing fields
      ['department:create', {}, 'VALIDATION'],
      ['department:create', undefined, 'VALIDATION'],
      ['post:create', { name: '岗' }, 'VALIDATION'],
      ['person:create', { name: '张三' }, 'VALIDATION'],
      ['unit:save', { name: '某局' }, 'VALIDATION'],
      ['department:update', { name: '新名' }, 'VALIDATION'],
      ['post:assign', { postId: org.auditPost }, 'VALIDATION'],
      // out-of-range and malformed values
      ['department:delete', { id: -1 }, 'VALIDATION'],
      ['department:delete', { id: 0 }, 'VALIDATION'],
      ['person:delete', { id: 2.5 }, 'VALIDATION'],
      ['department:create', { name: '字'.repeat(61) }, 'VALIDATION'],
      ['person:create', { name: '张三', roleLevel: 'boss' }, 'VALIDATION'],
      ['unit:save', { ...unit, creditCode: '91350100M000100Y44' }, 'VALIDATION'],
      ['unit:save', { ...unit, unitType: '公司' }, 'VALIDATION'],
      ['post:assign', { postId: org.auditPost, aPersonId: org.cashier, bPersonId: org.cashier }, 'VALIDATION'],
      // well-formed, but referring to rows that do not exist
      ['post:create', { departmentId: 9999, name: '岗' }, 'NOT_FOUND'],
      ['person:create', { name: '张三', roleLevel: 'staff', departmentId: 9999 }, 'NOT_FOUND'],
      ['department:update', { id: 9999, name: '新名' }, 'NOT_FOUND'],
      ['post:delete', { id: 9999 }, 'NOT_FOUND'],
      ['post:assign', { postId: 9999, aPersonId: org.chief, bPersonId: null }, 'NOT_FOUND'],
      ['unit:save', { ...unit, officeDepartmentId: 9999 }, 'NOT_FOUND'],
      ['unit:save', { ...unit, leadingGroup: [{ personId: 9999, groupRole: 'head' }] }, 'NOT_FOUND'],
    ]

    const before = rowCounts(core)
    expect(before.audit_log).toBeGreaterThan(0)
    for (const [channel, input, code] of cases) {
      const r = await core.invoke(channel, input)
      const label = `${String(channel)} ${JSON.stringify(input)}`
      expect(r.ok, label).toBe(false)
      if (r.ok) continue
      expect(r.code, label).toBe(code)
      expect(r.message, label).toMatch(HAN)
      expect(rowCounts(core), label).toEqual(before)
    }
  })

  test('validation messages name the field or the rule in Chinese', async ({ core }) => {
    let msg = expectErr(await core.invoke('unit:save', { name: '某局', creditCode: '91350100M000100Y44', unitType: '行政机关' }), 'VALIDATION')
    expect(msg).toContain('第18位应为“3”')
    msg = expectErr(await core.invoke('person:create', { name: '张三', roleLevel: 'boss' }), 'VALIDATION')
    expect(msg).toContain('角色层级')
    msg = expectErr(await core.invoke('post:assign', { postId: 1, aPersonId: 2, bPersonId: 2 }), 'VALIDATION')
    expect(msg).toContain('A岗和B岗不能是同一人')
    const r = await core.invoke('department:create', { name: '' })
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', field: 'name' })
  })

  test('a refused A/B change rolls back: the previous holders stay', async ({ core }) => {
    const org = await seedSmallOrg(core)
    const before = rowCounts(core)
    // The handler clears the old holders before checking the new ones; the transaction must undo that.
    expectErr(await core.invoke('post:assign', { postId: org.auditPost, aPersonId: org.chief, bPersonId: 9999 }), 'NOT_FOUND')
    okValue(await core.invoke('person:update', { id: org.officer, name: '袁刚', roleLevel: 'staff', active: false }))
    const afterUpdate = rowCounts(core)
    const msg = expectErr(
      await core.invoke('post:assign', { postId: org.auditPost, aPersonId: org.deputy, bPersonId: org.officer }),
      'VALIDATION',
    )
    expect(msg).toContain('已停用')
    expect(rowCounts(core)).toEqual(afterUpdate)
    expect(afterUpdate.audit_log).toBe((before.audit_log ?? 0) + 1)
    const post = okValue<Post[]>(await core.invoke('post:list', { keyOnly: true })).find((p) => p.id === org.auditPost)
    expect([post?.a?.name, post?.b?.name]).toEqual(['胡静', '高敏'])
  })

  test('the typed call() throws the Chinese message with its code', async ({ core }) => {
    await expect(core.call('department:delete', { id: 9999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(HAN),
    })
  })
})
