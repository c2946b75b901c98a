import { createHash, getHashes, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sm3Hex, sm3HexJs } from '../../electron/core/crypto/sm3'

// GB/T 32905-2016 Appendix A test vectors.
const ABC = '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
const ABCD16 = 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732'

const nodeHasSm3 = getHashes().includes('sm3')
if (!nodeHasSm3) console.warn('[sm3.test] skipping the node:crypto comparison: this Node build has no SM3')

describe('sm3', () => {
  it('matches the standard vector for "abc"', () => {
    expect(sm3Hex('abc')).toBe(ABC)
    expect(sm3HexJs('abc')).toBe(ABC)
    expect(sm3Hex(new TextEncoder().encode('abc'))).toBe(ABC)
  })

  it('matches the standard vector for the 64-byte message', () => {
    expect(sm3Hex('abcd'.repeat(16))).toBe(ABCD16)
    expect(sm3HexJs('abcd'.repeat(16))).toBe(ABCD16)
  })

  it('hashes strings as UTF-8 in both implementations', () => {
    const text = '阳光权力自查台 — 廉政风险点'
    expect(sm3HexJs(text)).toBe(sm3Hex(Buffer.from(text, 'utf8')))
  })

  it('native and pure-JS digests agree on random buffers of many lengths', () => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4096 + 7]) {
      const buf = randomBytes(len)
      expect(sm3HexJs(buf), `length ${len}`).toBe(sm3Hex(buf))
    }
  })

  it.skipIf(!nodeHasSm3)('equals node:crypto createHash("sm3")', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(ABC)
    for (let i = 0; i < 20; i++) {
      const buf = randomBytes(1 + ((i * 97) % 3000))
      const expected = createHash('sm3').update(buf).digest('hex')
      expect(sm3Hex(buf)).toBe(expected)
      expect(sm3HexJs(buf)).toBe(expected)
    }
  })
})
