import { describe, expect, test } from 'vitest'
import { assignChildCodes, generatedChildCode, splitNameAndCode, type UncodedChild } from '../../electron/core/power/import/child-codes'

describe('splitNameAndCode: a 子项 code written in its name cell', () => {
  test.each([
    ['跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施的许可 360118019002', '跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施的许可', '360118019002'],
    ['利用公路桥梁铺设电缆等设施的许可360118019004', '利用公路桥梁铺设电缆等设施的许可', '360118019004'],
    ['公路建设项目施工许可\u3000360118002001Y', '公路建设项目施工许可', '360118002001Y'],
    ['公路建设项目施工许可（360118002001）', '公路建设项目施工许可', '360118002001'],
    ['公路建设项目施工许可(编码：360118002001)', '公路建设项目施工许可', '360118002001'],
    ['公路建设项目施工许可 编码:360118002001', '公路建设项目施工许可', '360118002001'],
    ['公路建设项目施工许可／360118002001', '公路建设项目施工许可', '360118002001'],
    ['360118019002 跨越公路修建桥梁的许可', '跨越公路修建桥梁的许可', '360118019002'],
    ['360118019002、跨越公路修建桥梁的许可', '跨越公路修建桥梁的许可', '360118019002'],
    ['360118019002', '', '360118019002'],
    // a 编码/代码 that ends the name is kept with it
    ['核发车辆识别代码 360118019005', '核发车辆识别代码', '360118019005'],
  ])('%s', (cell, name, code) => {
    expect(splitNameAndCode(cell)).toEqual({ name, code })
  })

  test.each([
    '公路建设项目施工许可（二级及以下公路）',
    '对违反《公路安全保护条例》第六十四条的处罚',
    '2023年度道路运输企业质量信誉考核', // a year is no code: fewer than 6 digits
    '执行GB50268标准的验收', // digits glued to letters belong to the name
    '执行标准GB502681234', // ditto, even when long
    '许可 360118019002abc', // more than one trailing letter
    '许可（360118019002', // an unclosed bracket
    '第1234567890123456789012345678901234567890号', // longer than any code
  ])('keeps 「%s」 whole', (cell) => {
    expect(splitNameAndCode(cell)).toEqual({ name: cell, code: null })
  })
})

describe('assignChildCodes: stable codes for 子项 without their own', () => {
  const uncoded = (parentCode: string, ...names: string[]): UncodedChild[] => names.map((name) => ({ parentCode, name, code: '' }))

  test('numbers the 子项 of each 主项 in file order from 01', () => {
    const kids = [...uncoded('36011800200Y', '甲', '乙', '丙'), ...uncoded('360118003000', '丁')]
    assignChildCodes(kids, [], new Set(['36011800200Y', '360118003000']))
    expect(kids.map((k) => k.code)).toEqual(['36011800200Y-01', '36011800200Y-02', '36011800200Y-03', '360118003000-01'])
    expect(generatedChildCode('A', 123)).toBe('A-123')
  })

  test('an existing 子项 of the same 主项 keeps its code by name; new ones take the next free suffix', () => {
    const existing = [
      { code: 'M', name: '主项', parentCode: null },
      { code: 'M-01', name: '甲', parentCode: 'M' },
      { code: 'M-02', name: '乙', parentCode: 'M' },
      { code: 'M-03', name: '丙', parentCode: 'M' },
      // the same name under another 主项 is not a match
      { code: 'N-01', name: '新增', parentCode: 'N' },
    ]
    // reordered, 乙 dropped from the file (it stays in the workspace), one added at the top
    const kids = uncoded('M', '新增', '丙', '甲 ')
    assignChildCodes(kids, existing, new Set(['M']))
    expect(kids.map((k) => k.code)).toEqual(['M-04', 'M-03', 'M-01'])
  })

  test('skips codes the file itself uses and never hands one existing 子项 to two rows', () => {
    const existing = [{ code: 'M-01', name: '甲', parentCode: 'M' }]
    const kids = uncoded('M', '甲', '甲', '乙')
    assignChildCodes(kids, existing, new Set(['M', 'M-02']))
    expect(kids.map((k) => k.code)).toEqual(['M-01', 'M-03', 'M-04'])
  })

  test('a 子项 whose existing code the file now gives to another row explicitly gets a new one', () => {
    const existing = [{ code: 'M-01', name: '甲', parentCode: 'M' }]
    const kids = uncoded('M', '甲')
    assignChildCodes(kids, existing, new Set(['M', 'M-01']))
    expect(kids.map((k) => k.code)).toEqual(['M-02'])
  })
})
