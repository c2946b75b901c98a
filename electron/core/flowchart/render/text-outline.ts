/**
 * resvg reads and parses the whole font file for every glyph it draws; with a 20 MB CJK font a
 * chart took seconds. So text is turned into outlines once per distinct string (usvg's own
 * conversion, via Resvg#toString) and reused: charts repeat the same labels and post names.
 */
import { Resvg } from '@resvg/resvg-js'
import type { CjkFont } from './cjk-font'

const TEXT = /<text x="([-\d.]+)" y="([-\d.]+)"([^>]*)>([^<]*)<\/text>/g
const MAX_CACHE = 20_000
const cache = new Map<string, string>()

export function fontOptions(font: CjkFont) {
  return {
    loadSystemFonts: false,
    fontFiles: [font.file],
    defaultFontFamily: font.family,
    sansSerifFamily: font.family,
    serifFamily: font.family,
  }
}

/** Outlines of every string not yet cached, from one usvg conversion of all of them at (0,0). */
function outlineMissing(keys: readonly string[], font: CjkFont): void {
  if (keys.length === 0) return
  const body = keys.map((k, i) => `<g id="t${i}"><text x="0" y="0"${k}</text></g>`).join('')
  const simplified = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`, {
    font: fontOptions(font),
    logLevel: 'off',
  }).toString()
  if (cache.size + keys.length > MAX_CACHE) cache.clear()
  keys.forEach((k, i) => {
    const start = simplified.indexOf(`<g id="t${i}">`)
    const next = simplified.indexOf('<g id="t', start + 1)
    const segment = simplified.slice(start, next === -1 ? simplified.lastIndexOf('</svg>') : next)
    const inner = segment.slice(segment.indexOf('>') + 1, segment.lastIndexOf('</g>'))
    cache.set(`${font.file}\u0000${k}`, inner.trim())
  })
}

/** The same SVG with each `<text>` replaced by its outline, placed where the text was. */
export function outlineTexts(svg: string, font: CjkFont): string {
  const keyOf = (attrs: string, content: string) => `${attrs}>${content}`
  const missing = new Set<string>()
  for (const m of svg.matchAll(TEXT)) {
    const key = keyOf(m[3] ?? '', m[4] ?? '')
    if (!cache.has(`${font.file}\u0000${key}`)) missing.add(key)
  }
  outlineMissing([...missing], font)
  return svg.replace(TEXT, (_all, x: string, y: string, attrs: string, content: string) => {
    const outline = cache.get(`${font.file}\u0000${keyOf(attrs, content)}`) ?? ''
    return `<g transform="translate(${x} ${y})">${outline}</g>`
  })
}
