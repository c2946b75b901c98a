import { describe, expect } from 'vitest'
import type { PowerDetail, PowerList, PowerType } from '../../shared/domain/power.schema'
import { coreTest as test, okValue } from '../helpers/test-core'

/** `power:list` is the slim row the table needs: every field checked, names and counts resolved by id. */
describe('power:list rows', () => {
  test('carry exactly the table fields, with names, flags, 子项 counts and the 主项-then-子项 order', async ({ core }) => {
    const dept = await core.call('department:create', { name: '行政审批科' })
    const types = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))
    const licence = types.find((t) => t.name === '行政许可')?.id ?? 0
    const penalty = types.find((t) => t.name === '行政处罚')?.id ?? 0
    const create = async (v: Record<string, unknown>) => okValue<PowerDetail>(await core.invoke('power:create', v))
    const b = await create({ code: 'B1', name: '乙处罚', typeId: penalty, isHighConcern: true })
    const a = await create({ code: 'A1', name: '甲许可', typeId: licence, departmentId: dept.id, isProjectApproval: true })
    await create({ code: 'A1-2', name: '甲子项二', typeId: licence, parentId: a.id })
    const a1 = await create({ code: 'A1-1', name: '甲子项一', typeId: licence, parentId: a.id })
    okValue(await core.invoke('power:setStatus', { ids: [a1.id], status: 'confirmed', date: '2026-11-20' }))

    const list = okValue<PowerList>(await core.invoke('power:list', {}))
    expect(list.total).toBe(4)
    expect(list.rows[0]).toEqual({
      id: a.id,
      code: 'A1',
      name: '甲许可',
      parentId: null,
      typeId: licence,
      typeName: '行政许可',
      departmentId: dept.id,
      departmentName: '行政审批科',
      status: 'pending',
      isProjectApproval: true,
      isHighConcern: false,
      childCount: 2,
    })
    expect(list.rows.map((r) => [r.code, r.parentId, r.status, r.childCount])).toEqual([
      ['A1', null, 'pending', 2],
      ['A1-1', a.id, 'confirmed', 0],
      ['A1-2', a.id, 'pending', 0],
      ['B1', null, 'pending', 0],
    ])
    expect(list.rows[3]).toMatchObject({ id: b.id, typeName: '行政处罚', departmentId: null, departmentName: null, isHighConcern: true, isProjectApproval: false })

    // the 子项 count is of all 子项, also when a filter hides them; a renamed department shows its new name
    const mains = okValue<PowerList>(await core.invoke('power:list', { level: 'main' }))
    expect(mains.rows.map((r) => [r.code, r.childCount])).toEqual([['A1', 2], ['B1', 0]])
    await core.call('department:update', { id: dept.id, name: '政务服务科' })
    const byDept = okValue<PowerList>(await core.invoke('power:list', { departmentId: dept.id }))
    expect(byDept.rows.map((r) => [r.code, r.departmentName])).toEqual([['A1', '政务服务科']])
    expect(byDept.byType).toEqual([{ typeId: licence, typeName: '行政许可', count: 1 }])
  })
})
