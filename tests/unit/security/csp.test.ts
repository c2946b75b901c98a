/** The built renderer page carries a strict Content-Security-Policy (meta tag injected at build time). */
import { describe, expect, it } from 'vitest'
import { readBuilt } from './built-output'

const INDEX = 'out/renderer/index.html'

function cspMeta(html: string): string | undefined {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? []
  const csp = metas.filter((m) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(m))
  if (csp.length !== 1) return undefined
  return /content\s*=\s*"([^"]*)"/i.exec(csp[0]!)?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(csp[0]!)?.[1]
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) map.set(name.toLowerCase(), values)
  }
  return map
}

describe('built index.html CSP', () => {
  const html = readBuilt(INDEX)
  const policy = cspMeta(html)

  it('has exactly one CSP meta tag, placed before any script', () => {
    expect(policy, 'no (or more than one) <meta http-equiv="Content-Security-Policy"> in the built index.html').toBeDefined()
    const metaAt = html.search(/http-equiv\s*=\s*["']Content-Security-Policy["']/i)
    const firstScript = html.search(/<script\b/i)
    if (firstScript >= 0) expect(metaAt).toBeLessThan(firstScript)
  })

  it("starts from default-src 'none'", () => {
    expect(directives(policy!).get('default-src')).toEqual(["'none'"])
  })

  it("allows scripts from 'self' only: no 'unsafe-eval', no 'unsafe-inline', no remote hosts", () => {
    const d = directives(policy!)
    const script = d.get('script-src')
    expect(script).toEqual(["'self'"])
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toContain('unsafe-hashes')
    for (const [name, values] of d) {
      for (const v of values) expect(v, `${name} allows a remote source`).not.toMatch(/^(https?:|wss?:|\*)/)
    }
  })

  it('forbids plugins, <base> hijacking and form posts', () => {
    const d = directives(policy!)
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('form-action')).toEqual(["'none'"])
  })

  it('has no inline scripts or inline event handlers the CSP would block', () => {
    const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []
    for (const s of scripts) {
      expect(s, 'inline <script> in the built index.html').toMatch(/<script\b[^>]*\bsrc\s*=/i)
      expect(s.replace(/<script\b[^>]*>|<\/script>/gi, '').trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  })
})
