import { describe, expect, it } from 'vitest'
import { creditCodeCheckChar, normalizeCreditCode, validateCreditCode } from '../../shared/credit-code'

/** Builds a valid code from its first 17 characters. */
const complete = (first17: string) => first17 + creditCodeCheckChar(first17)

/** Replaces the character at 0-based `i`, keeping the length. */
const setChar = (code: string, i: number, ch: string) => code.slice(0, i) + ch + code.slice(i + 1)

const SAMPLE = '91350100M000100Y43'

describe('validateCreditCode: valid codes', () => {
  const valid = [
    SAMPLE,
    complete('11371000004528170'), // 机构编制 · 机关
    complete('12110000400000000'), // 机构编制 · 事业单位
    complete('51440300MJL000001'), // 民政 · 社会团体
    complete('N2330100MA1234567'), // 农业 · 农村集体经济组织
    complete('Y1110000ABCDEFGHJ'), // 其他
    complete('A1000000KLMNPQRTU'), // 军队
  ]
  it.each(valid)('%s is accepted and returned unchanged', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, code })
  })

  it('computes the sample check character', () => {
    expect(creditCodeCheckChar(SAMPLE.slice(0, 17))).toBe('3')
  })

  it.each([
    ['lower case', '91350100m000100y43'],
    ['spaces', ' 9135 0100 M000 100Y 43 '],
    ['hyphens', '913501-00M000-100Y43'],
    ['full-width characters', '９１３５０１００Ｍ０００１００Ｙ４３'],
    ['full-width lower case and an ideographic space', '９１３５０１００ｍ０００１００ｙ４３\u3000'],
  ])('normalises %s', (_label, input) => {
    expect(normalizeCreditCode(input)).toBe(SAMPLE)
    expect(validateCreditCode(input)).toEqual({ ok: true, code: SAMPLE })
  })
})

describe('validateCreditCode: each kind of wrong code names the problem', () => {
  it('empty', () => {
    const r = validateCreditCode('   ')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe('请填写统一社会信用代码')
  })

  it.each([
    [SAMPLE.slice(0, 17), 17],
    [`${SAMPLE}0`, 19],
    ['123', 3],
  ])('wrong length: %s', (code, length) => {
    const r = validateCreditCode(code)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe(`统一社会信用代码应为18位，当前为${length}位`)
  })

  it.each(['I', 'O', 'Z', 'S', 'V'])('illegal letter %s is named with its position', (ch) => {
    const r = validateCreditCode(setChar(SAMPLE, 10, ch))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain(`第11位“${ch}”不是有效字符`)
      expect(r.message).toContain('不使用字母 I、O、Z、S、V')
    }
  })

  it('other illegal characters are named without the I/O/Z/S/V hint', () => {
    const r = validateCreditCode(setChar(SAMPLE, 4, '*'))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain('第5位“*”不是有效字符')
      expect(r.message).not.toContain('不使用字母')
    }
  })

  it.each(['0', 'B', 'X'])('bad registrar character %s (登记管理部门代码)', (ch) => {
    const r = validateCreditCode(complete(setChar(SAMPLE, 0, ch).slice(0, 17)))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe(`统一社会信用代码第1位（登记管理部门代码）“${ch}”无效`)
  })

  it.each([2, 5, 7])('non-digit region code (letter at position %i)', (i) => {
    const r = validateCreditCode(complete(setChar(SAMPLE, i, 'A').slice(0, 17)))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe('统一社会信用代码第3至8位应为6位数字的行政区划码')
  })

  it('wrong check character names the expected and the actual one', () => {
    const r = validateCreditCode('91350100M000100Y44')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain('校验位不正确')
      expect(r.message).toContain('第18位应为“3”')
      expect(r.message).toContain('实为“4”')
    }
  })

  it('a single mistyped character in the body is caught by the check character', () => {
    const typo = setChar(SAMPLE, 12, '2') // 0 → 2 in the organization code
    const r = validateCreditCode(typo)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(`第18位应为“${creditCodeCheckChar(typo.slice(0, 17))}”`)
  })

  it('checks the normalised code, so a lowercase typo still reports the upper-case check char', () => {
    const r = validateCreditCode('91350100m000100y4a')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('实为“A”')
  })
})
