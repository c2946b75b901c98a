/** Pure request checks of the browser host (no IO), unit-tested on their own. */
import { timingSafeEqual } from 'node:crypto'

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * DNS-rebinding defence: the Host header must name a loopback address and our port. Parsed with
 * `new URL`, never substring-matched (`127.0.0.1.evil.com`, `127.0.0.1@evil` must fail).
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader || /[\s/@?#\\]/.test(hostHeader)) return false
  let url: URL
  try {
    url = new URL(`http://${hostHeader}/`)
  } catch {
    return false
  }
  if (!LOOPBACK_NAMES.has(url.hostname)) return false
  return url.port === String(port)
}

/** An Origin header, when present, must be exactly this server's origin (CSRF defence on POST). */
export function isSameOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true
  let url: URL
  try {
    url = new URL(originHeader)
  } catch {
    return false
  }
  return url.protocol === 'http:' && LOOPBACK_NAMES.has(url.hostname) && url.port === String(port)
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The named cookie's value; a value that is not valid percent-encoding counts as no cookie (never a throw). */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() !== name) continue
    try {
      return decodeURIComponent(part.slice(eq + 1).trim())
    } catch {
      return undefined
    }
  }
  return undefined
}
