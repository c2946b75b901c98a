import { describe, expect, it } from 'vitest'
import { readCookie, tokenMatches } from '../../../electron/host/host-guards'

describe('readCookie', () => {
  it('reads the named cookie among others and decodes it', () => {
    expect(readCookie('a=1; sunlight_token_80=abc-_123; b=2', 'sunlight_token_80')).toBe('abc-_123')
    expect(readCookie('sunlight_token_80=%E4%B8%AD', 'sunlight_token_80')).toBe('中')
    expect(readCookie('sunlight_token_8=abc', 'sunlight_token_80')).toBeUndefined()
    expect(readCookie(undefined, 'sunlight_token_80')).toBeUndefined()
  })

  it('a value that is not valid percent-encoding is no cookie, never a throw', () => {
    for (const value of ['%', '%E0%A4%A', 'abc%zz', '%D8%00']) {
      expect(() => readCookie(`sunlight_token_80=${value}`, 'sunlight_token_80'), value).not.toThrow()
      expect(readCookie(`sunlight_token_80=${value}`, 'sunlight_token_80'), value).toBeUndefined()
      expect(tokenMatches(readCookie(`sunlight_token_80=${value}`, 'sunlight_token_80'), 'token')).toBe(false)
    }
  })
})
