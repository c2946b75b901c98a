import JSZip from 'jszip'
import { describe, expect } from 'vitest'
import type { PowerDetail, PowerList, PowerType } from '../../shared/domain/power.schema'
import type { Core } from '../../electron/core'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'

async function seed(core: Core) {
  const dept = await core.call('department:create', { name: '行政审批科' })
  const post = await core.call('post:create', { departmentId: dept.id, name: '审批岗', isKey: true })
  const leader = await core.call('person:create', { name: '王副局长', title: '副局长', roleLevel: 'member' })
  const types = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))
  const typeId = (name: string) => types.find((t) => t.name === name)?.id ?? 0
  return { dept, post, leader, typeId }
}

describe('power inventory through the handler map', () => {
  test('the 11 seeded types exist and the list is user-extensible', async ({ core }) => {
    const types = okValue<PowerType[]>(await core.invoke('powerType:list', undefined))
    expect(types.map((t) => t.name)).toEqual([
      '行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力', '内部管理权',
    ])
    const added = okValue<PowerType>(await core.invoke('powerType:create', { name: '公共服务' }))
    expect(added.builtin).toBe(false)
    expectErr(await core.invoke('powerType:create', { name: '公共服务' }), 'CONFLICT')
    expectErr(await core.invoke('powerType:delete', { id: types[0]?.id }), 'IN_USE')
    okValue(await core.invoke('powerType:delete', { id: added.id }))
  })

  test('create with every reference, edit, parent/child rules and code conflicts', async ({ core }) => {
    const { dept, post, leader, typeId } = await seed(core)
    const main = okValue<PowerDetail>(
      await core.invoke('power:create', {
        code: '330275012000',
        name: '道路旅客运输经营许可',
        typeId: typeId('行政许可'),
        basis: '《中华人民共和国道路运输条例》第八条',
        departmentId: dept.id,
        postIds: [post.id],
        leaderPersonId: leader.id,
        decisionPostId: post.id,
        implementationPostId: post.id,
        discretion: 'narrow',
        annualFrequency: 120,
        isProjectApproval: true,
        disclosures: { basis: { disclosed: true, medium: '政府网站' } },
      }),
    )
    expect(main).toMatchObject({ status: 'pending', departmentName: '行政审批科', postIds: [post.id], annualFrequency: 120 })
    expect(main.disclosures.basis).toEqual({ disclosed: true, medium: '政府网站' })
    expect(main.disclosures.result).toEqual({ disclosed: false, medium: '' })
    const child = okValue<PowerDetail>(
      await core.invoke('power:create', { code: '330275012001', name: '班车客运', typeId: typeId('行政许可'), parentId: main.id }),
    )
    expect(child.parent).toEqual({ id: main.id, code: '330275012000', name: '道路旅客运输经营许可' })
    expect(okValue<PowerDetail>(await core.invoke('power:get', { id: main.id })).children.map((c) => c.code)).toEqual(['330275012001'])
    // no 子项 under a 子项; a power with 子项 cannot become one
    expect(expectErr(await core.invoke('power:create', { code: 'X1', name: '孙项', typeId: typeId('行政许可'), parentId: child.id }), 'VALIDATION')).toMatch(/子项下不能再设子项/)
    const other = okValue<PowerDetail>(await core.invoke('power:create', { code: 'X2', name: '其他', typeId: typeId('行政检查') }))
    expectErr(await core.invoke('power:update', { id: main.id, code: main.code, name: main.name, typeId: main.typeId, parentId: other.id }), 'VALIDATION')
    const clash = await core.invoke('power:create', { code: '３３０２７５０１２０００', name: '重复', typeId: typeId('行政许可') })
    expect(expectErr(clash, 'CONFLICT')).toContain('道路旅客运输经营许可')
    // bad input: nothing written
    const before = rowCounts(core)
    expectErr(await core.invoke('power:create', { code: 'Y1', name: '频次为负', typeId: typeId('行政许可'), annualFrequency: -1 }), 'VALIDATION')
    expectErr(await core.invoke('power:create', { code: 'Y2', name: '类型不存在', typeId: 9999 }), 'NOT_FOUND')
    expectErr(await core.invoke('power:create', { code: 'Y3', name: '岗位不存在', typeId: typeId('行政许可'), postIds: [9999] }), 'NOT_FOUND')
    expectErr(await core.invoke('power:create', { code: 'a b;drop', name: 'x', typeId: 1 }), 'VALIDATION')
    expect(rowCounts(core)).toEqual(before)
    // the department, post and person it uses cannot be deleted
    expect(expectErr(await core.invoke('department:delete', { id: dept.id }), 'IN_USE')).toMatch(/职权/)
    expect(expectErr(await core.invoke('post:delete', { id: post.id }), 'IN_USE')).toMatch(/职权/)
    expect(expectErr(await core.invoke('person:delete', { id: leader.id }), 'IN_USE')).toMatch(/分管领导/)
  })

  test('确权 workflow, bulk department and delete with 子项', async ({ core }) => {
    const { dept, typeId } = await seed(core)
    const a = okValue<PowerDetail>(await core.invoke('power:create', { code: 'A1', name: '甲', typeId: typeId('行政许可') }))
    const a1 = okValue<PowerDetail>(await core.invoke('power:create', { code: 'A1-1', name: '甲子项', typeId: typeId('行政许可'), parentId: a.id }))
    const b = okValue<PowerDetail>(await core.invoke('power:create', { code: 'B1', name: '乙', typeId: typeId('行政处罚') }))
    okValue(await core.invoke('power:setStatus', { ids: [a.id, a1.id], status: 'confirmed', date: '2026-11-20' }))
    expect(expectErr(await core.invoke('power:setStatus', { ids: [b.id], status: 'cancelled', date: '2026-11-20' }), 'VALIDATION')).toBe('取消职权时请填写原因')
    okValue(await core.invoke('power:setStatus', { ids: [b.id], status: 'cancelled', date: '2026-11-21', reason: '法规已废止' }))
    const stats = await core.call('dashboard:stats')
    expect(stats.powers).toEqual({ total: 3, pending: 0, confirmed: 2, cancelled: 1 })
    expect(okValue<PowerDetail>(await core.invoke('power:get', { id: b.id }))).toMatchObject({ status: 'cancelled', statusDate: '2026-11-21', statusReason: '法规已废止' })
    // 层级 filter: 主项 only / 子项 only
    expect(okValue<PowerList>(await core.invoke('power:list', { level: 'main' })).rows.map((r) => r.code)).toEqual(['A1', 'B1'])
    expect(okValue<PowerList>(await core.invoke('power:list', { level: 'child' })).rows.map((r) => r.code)).toEqual(['A1-1'])
    expectErr(await core.invoke('power:list', { level: 'grand' }), 'VALIDATION')
    okValue(await core.invoke('power:setDepartment', { ids: [a.id, b.id], departmentId: dept.id }))
    expect(okValue<PowerList>(await core.invoke('power:list', { departmentId: dept.id })).total).toBe(2)
    expect(expectErr(await core.invoke('power:delete', { ids: [a.id] }), 'IN_USE')).toMatch(/子项/)
    expect(okValue<{ count: number }>(await core.invoke('power:delete', { ids: [a.id, a1.id] })).count).toBe(2)
    expectErr(await core.invoke('power:delete', { ids: [] }), 'VALIDATION')
  })

  test('filters, per-type counts and Chinese substring search (trigram FTS and short terms)', async ({ core }) => {
    const { typeId } = await seed(core)
    await core.call('power:create', { code: 'P1', name: '道路运输经营许可', typeId: typeId('行政许可'), basis: '《中华人民共和国道路运输条例》', isHighConcern: true })
    await core.call('power:create', { code: 'P2', name: '超限运输处罚', typeId: typeId('行政处罚'), duties: '调查取证、审查决定' })
    await core.call('power:create', { code: 'P3', name: '公路养护检查', typeId: typeId('行政检查') })
    const search = async (q: object) => okValue<PowerList>(await core.invoke('power:list', q))
    expect((await search({ search: '运输条例' })).rows.map((r) => r.code)).toEqual(['P1'])
    expect((await search({ search: '运输' })).total).toBe(2)
    expect((await search({ search: '取证' })).rows.map((r) => r.code)).toEqual(['P2'])
    expect((await search({ search: 'P3' })).total).toBe(1)
    expect((await search({ search: '100%_"' })).total).toBe(0)
    expect((await search({ highConcern: true })).rows.map((r) => r.code)).toEqual(['P1'])
    const typed = await search({ search: '运输', typeIds: [typeId('行政处罚')] })
    expect(typed.rows.map((r) => r.code)).toEqual(['P2'])
    // the per-type counts ignore the type filter so the user sees every type's hits
    expect(typed.byType.map((t) => [t.typeName, t.count])).toEqual([['行政许可', 1], ['行政处罚', 1]])
  })

  test('职权目录 docx: A4 landscape, fixed column widths, page numbers, every power', async ({ core }) => {
    const { typeId } = await seed(core)
    await core.call('unit:save', { name: '某市交通运输局', creditCode: '91350100M000100Y43', unitType: '行政机关' })
    await core.call('power:create', {
      code: 'D1', name: '道路运输经营许可', typeId: typeId('行政许可'), basis: '依据甲', legalLimit: '20', promisedLimit: '即办',
      exerciseLevel: '省、市、县', remark: '2026年调整',
    })
    const file = okValue<{ dataBase64: string; fileName: string; mimeType: string }>(await core.invoke('power:export', { format: 'docx' }))
    expect(file.fileName).toMatch(/^职权目录_\d{8}\.docx$/)
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(xml).toContain('某市交通运输局职权目录')
    expect(xml).toContain('道路运输经营许可')
    // 行使层级 and 备注 are written back, each in its own column
    expect(xml).toContain('行使层级')
    expect(xml).toContain('省、市、县')
    expect(xml).toContain('2026年调整')
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    expect(xml).toMatch(/<w:tblLayout w:type="fixed"\/>/)
    expect((xml.match(/<w:gridCol w:w="\d+"\/>/g) ?? []).length).toBe(10)
    expect(xml).not.toContain('TOC \\')
    const footer = Object.keys(zip.files).find((f) => /word\/footer\d*\.xml/.test(f)) ?? ''
    expect(await zip.file(footer)?.async('string')).toContain('PAGE')
  })
})
