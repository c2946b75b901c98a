/**
 * The unit's own numbering scheme for 事项编码: the next free code after the ones in use
 * (330275020 → 330275021, QL-017 → QL-018), and the run of codes a batch of new powers takes.
 */

const TRAILING_NUMBER = /^(.*?)(\d+)$/

/** When the inventory has no numbered codes yet. */
export const DEFAULT_FIRST_CODE = 'QL001'

interface Scheme {
  prefix: string
  width: number
  max: bigint
  count: number
}

function split(code: string): { prefix: string; digits: string } | null {
  const m = TRAILING_NUMBER.exec(code.trim())
  return m ? { prefix: m[1] ?? '', digits: m[2] ?? '' } : null
}

function format(prefix: string, n: bigint, width: number): string {
  return `${prefix}${n.toString().padStart(width, '0')}`
}

/** The scheme most codes follow: same text before the number, same number of digits. */
function dominantScheme(codes: readonly string[]): Scheme | null {
  const schemes = new Map<string, Scheme>()
  for (const code of codes) {
    const parts = split(code)
    if (!parts) continue
    const key = `${parts.prefix}\u0000${parts.digits.length}`
    const n = BigInt(parts.digits)
    const s = schemes.get(key) ?? { prefix: parts.prefix, width: parts.digits.length, max: n, count: 0 }
    s.count++
    if (n > s.max) s.max = n
    schemes.set(key, s)
  }
  let best: Scheme | null = null
  for (const s of schemes.values()) if (!best || s.count > best.count) best = s
  return best
}

/** The next free code in the scheme most of `codes` (the 主项 codes) follow; QL001 when there is none. */
export function nextFreeCode(codes: readonly string[]): string {
  const scheme = dominantScheme(codes)
  if (!scheme) return DEFAULT_FIRST_CODE
  const used = new Set(codes)
  let n = scheme.max + 1n
  while (used.has(format(scheme.prefix, n, scheme.width))) n++
  return format(scheme.prefix, n, scheme.width)
}

/** Codes from `first` upwards (same prefix and digit count), skipping any in `used`; adds each to `used`. */
export function codeSequence(first: string, used: Set<string>): () => string {
  const parts = split(first)
  if (!parts) throw new Error(`code "${first}" does not end in a number`)
  let n = BigInt(parts.digits)
  return () => {
    for (;;) {
      const code = format(parts.prefix, n++, parts.digits.length)
      if (!used.has(code)) {
        used.add(code)
        return code
      }
    }
  }
}
