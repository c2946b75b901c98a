/** 从模板添加 through the handler map: codes continue the unit's own scheme from the proposed first code. */
import { expect } from 'vitest'
import type { PowerList, PowerType } from '../../shared/domain/power.schema'
import { nextFreeCode } from '../../shared/domain/power-code'
import { coreTest as test, expectErr, okValue } from '../helpers/test-core'

test('codes count up from the first code in the unit’s scheme, skipping taken ones; a bad first code is refused', async ({ core }) => {
  const typeId = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))[0]?.id ?? 0
  for (const code of ['330275001', '330275002', '330275004']) {
    okValue(await core.invoke('power:create', { code, name: `已有职权${code}`, typeId }))
  }
  const codes = () => core.invoke('power:list', {}).then((r) => okValue<PowerList>(r).rows.map((p) => p.code))
  const firstCode = nextFreeCode(await codes())
  expect(firstCode).toBe('330275005')

  expect(okValue(await core.invoke('template:apply', { key: 'school', indexes: [0, 1, 2], firstCode }))).toEqual({ count: 3 })
  expect((await codes()).sort()).toEqual(['330275001', '330275002', '330275004', '330275005', '330275006', '330275007'])

  // starting below: the taken codes are skipped
  expect(okValue(await core.invoke('template:apply', { key: 'school', indexes: [3, 4], firstCode: '330275001' }))).toEqual({ count: 2 })
  expect(await codes()).toEqual(expect.arrayContaining(['330275003', '330275008']))

  const msg = expectErr(await core.invoke('template:apply', { key: 'school', indexes: [5], firstCode: 'QL' }), 'VALIDATION')
  expect(msg).toContain('以数字结尾')
})
