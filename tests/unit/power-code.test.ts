import { describe, expect, test } from 'vitest'
import { codeSequence, DEFAULT_FIRST_CODE, nextFreeCode } from '../../shared/domain/power-code'

describe('nextFreeCode: the unit’s own numbering scheme', () => {
  test('numeric codes continue after the highest one, not with a QL prefix', () => {
    expect(nextFreeCode(['330275001', '330275002', '330275020'])).toBe('330275021')
  })

  test('keeps prefix, separator and zero padding', () => {
    expect(nextFreeCode(['QL-007', 'QL-012', 'QL-003'])).toBe('QL-013')
    expect(nextFreeCode(['XK0099'])).toBe('XK0100')
  })

  test('follows the scheme most codes use; odd codes and codes ending in a letter do not lead it', () => {
    expect(nextFreeCode(['360118001000', '360118002000', '360118019000', 'X1', '36011800200Y'])).toBe('360118019001')
  })

  test('skips a code that is already taken', () => {
    expect(nextFreeCode(['A1', 'A2', 'A3', 'B1'])).toBe('A4')
    expect(nextFreeCode(['10', '11', '12'])).toBe('13')
  })

  test('no numbered codes yet: QL001', () => {
    expect(nextFreeCode([])).toBe(DEFAULT_FIRST_CODE)
    expect(nextFreeCode(['甲', '乙'])).toBe('QL001')
  })

  test('long numeric codes stay exact (no floating point)', () => {
    expect(nextFreeCode(['330275012000000000009'])).toBe('330275012000000000010')
  })
})

describe('codeSequence', () => {
  test('counts up from the first code, skipping used codes and recording what it hands out', () => {
    const used = new Set(['QL002', 'QL004'])
    const next = codeSequence('QL001', used)
    expect([next(), next(), next()]).toEqual(['QL001', 'QL003', 'QL005'])
    expect(used.has('QL005')).toBe(true)
  })

  test('widens past the last number of its width', () => {
    const next = codeSequence('9', new Set())
    expect([next(), next()]).toEqual(['9', '10'])
  })
})
