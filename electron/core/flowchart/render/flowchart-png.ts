/** SVG → PNG with @resvg/resvg-js, using a CJK font found on this machine (see cjk-font.ts). */
import { Resvg } from '@resvg/resvg-js'
import { type CjkFont, findCjkFont } from './cjk-font'
import { outlineTexts } from './text-outline'

export interface PngOptions {
  /** Pixels per CSS pixel; 2 gives about 190 dpi on an A4 page. */
  zoom?: number
  font?: CjkFont
}

export interface RenderedPng {
  png: Buffer
  width: number
  height: number
  /** Raw RGBA pixels, for checks. */
  pixels: Buffer
}

export function svgToPng(svg: string, opts: PngOptions = {}): RenderedPng {
  const font = opts.font ?? findCjkFont()
  const resvg = new Resvg(outlineTexts(svg, font), {
    fitTo: { mode: 'zoom', value: opts.zoom ?? 2 },
    background: '#ffffff',
    // every text is an outline by now: no font needs loading for the raster
    font: { loadSystemFonts: false },
    logLevel: 'off',
  })
  const image = resvg.render()
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels }
}
