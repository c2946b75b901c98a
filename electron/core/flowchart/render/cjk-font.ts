/**
 * resvg draws no text at all when it has no font for it, silently. So the renderer looks for a
 * Chinese font that exists on the target systems and refuses to render without one.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../../shared/result'

export interface CjkFont {
  file: string
  family: string
}

/** File name patterns → the family name resvg will know the font by, in order of preference. */
const KNOWN: { pattern: RegExp; family: string }[] = [
  { pattern: /^NotoSansCJK(sc)?-Regular\.(ttc|otf)$/i, family: 'Noto Sans CJK SC' },
  { pattern: /^NotoSansSC-Regular\.(otf|ttf)$/i, family: 'Noto Sans SC' },
  { pattern: /^msyh\.(ttc|ttf)$/i, family: 'Microsoft YaHei' },
  { pattern: /^simhei\.ttf$/i, family: 'SimHei' },
  { pattern: /^simsun\.(ttc|ttf)$/i, family: 'SimSun' },
  { pattern: /^SourceHanSans(SC|CN)?-Regular\.(ttc|otf)$/i, family: 'Source Han Sans SC' },
  { pattern: /^NotoSerifCJK(sc)?-Regular\.(ttc|otf)$/i, family: 'Noto Serif CJK SC' },
  { pattern: /^wqy-microhei\.ttc$/i, family: 'WenQuanYi Micro Hei' },
  { pattern: /^wqy-zenhei\.ttc$/i, family: 'WenQuanYi Zen Hei' },
  { pattern: /^DroidSansFallback(Full)?\.ttf$/i, family: 'Droid Sans Fallback' },
]

/** Font folders of Windows, UOS / Kylin / Debian and other Linux desktops. */
export function defaultFontDirs(): string[] {
  const windir = process.env.WINDIR ?? process.env.SystemRoot ?? 'C:\\Windows'
  const home = process.env.HOME ?? ''
  return process.platform === 'win32'
    ? [join(windir, 'Fonts'), join(process.env.LOCALAPPDATA ?? '', 'Microsoft', 'Windows', 'Fonts')]
    : ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')]
}

function filesUnder(dir: string, depth: number): string[] {
  if (!existsSync(dir)) return []
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const out: string[] = []
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isFile()) out.push(join(dir, e.name))
    else if (e.isDirectory() && depth > 0) out.push(...filesUnder(join(dir, e.name), depth - 1))
  }
  return out
}

const cache = new Map<string, CjkFont>()

/** The preferred CJK font in `dirs` (SUNLIGHT_CJK_FONT=file|family overrides); throws in Chinese when none exists. */
export function findCjkFont(dirs: readonly string[] = defaultFontDirs()): CjkFont {
  const key = dirs.join('\n')
  const known = cache.get(key)
  if (known) return known
  const override = process.env.SUNLIGHT_CJK_FONT
  if (override) {
    const [file, family] = override.split('|')
    if (file && family && existsSync(file)) return { file, family }
  }
  const files = dirs.flatMap((d) => filesUnder(d, 4))
  for (const k of KNOWN) {
    const file = files.find((f) => k.pattern.test(f.split(/[\\/]/).pop() ?? ''))
    if (file) {
      const found = { file, family: k.family }
      cache.set(key, found)
      return found
    }
  }
  throw new AppError(
    'INTERNAL',
    '无法生成流程图图片：本机没有找到中文字体（如宋体、微软雅黑、黑体或 Noto Sans CJK），生成的图片将缺少文字。' +
      '请安装中文字体后重试（统信UOS、麒麟系统可安装 fonts-noto-cjk 字体包）。',
  )
}
