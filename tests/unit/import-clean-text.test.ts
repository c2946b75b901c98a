import { describe, expect, it } from 'vitest'
import { cleanText } from '../../electron/core/power/import/power-records'

describe('the import cleans cell text with the contract rule', () => {
  it('removes characters XML cannot carry and trims invisible edges, so our own export re-imports', () => {
    expect(cleanText('\u200B道路\uFFFE运输\u0001条例\u000B\u3000')).toBe('道路运输条例')
    expect(cleanText('\u200B\u3000\uFEFF')).toBe('')
  })

  it('keeps its own layout rules: line breaks kept, blank edge lines and doubled spaces dropped', () => {
    expect(cleanText(' \r\n\u00a0\n第一条\u3000\u3000规定\r\n  第二条 \n\n \u200B')).toBe('第一条 规定\n第二条')
  })

  it('keeps a long run of empty lines inside a cell (a shared string can repeat it in every row)', () => {
    const cell = `甲${'\n'.repeat(32_000)}乙`
    expect(cleanText(`\n${cell}\n`)).toBe(cell)
  })
})
