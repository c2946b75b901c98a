/** Small text helpers for the chart SVG: escaping, fixed number format, CJK-aware wrapping. */

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Numbers with at most one decimal and no "-0": the same chart always prints the same bytes. */
export const num = (n: number): string => {
  const r = Math.round(n * 10) / 10
  return Object.is(r, -0) ? '0' : String(r)
}

/** Display width in "full-width characters": CJK counts 1, Latin and digits 0.55. */
export function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.55
  return w
}

/** Splits into at most `maxLines` lines of `perLine` full-width characters; the last one ends in "…" when cut. */
export function wrapText(s: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of s) {
    if (textWidth(line + ch) > perLine) {
      lines.push(line)
      line = ''
      if (lines.length === maxLines) break
    }
    line += ch
  }
  if (lines.length < maxLines && line) lines.push(line)
  const used = lines.join('')
  if (used.length < [...s].length && lines.length > 0) {
    const last = lines[lines.length - 1] ?? ''
    lines[lines.length - 1] = `${[...last].slice(0, -1).join('')}…`
  }
  return lines
}
