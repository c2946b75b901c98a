/**
 * The first-screen JS budget: what the browser (or Electron) must download and parse before 工作台
 * can appear — the entry script of the built index.html plus every module it preloads. Lazily
 * loaded section chunks do not count. `npm run build` prints it (see `firstScreenReportPlugin`),
 * a unit test fails above the budget, and `npm run bench` shows it beside the first-screen time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import type { Plugin } from 'vite'

/** 1.2 MB of minified JS (the same bytes the repository's before-stop check counts). */
export const FIRST_SCREEN_BUDGET_BYTES = 1_200_000

export interface ScriptFile {
  /** path relative to the renderer folder, with forward slashes */
  file: string
  bytes: number
}

export interface FirstScreenReport {
  scripts: ScriptFile[]
  bytes: number
  budgetBytes: number
  withinBudget: boolean
  /** every other .js file of the build: the lazily loaded chunks */
  lazy: ScriptFile[]
}

const TAG = /<(script|link)\b([^>]*)>/gi
const ATTR = /([a-zA-Z-]+)\s*=\s*"([^"]*)"/g

function attributes(source: string): Map<string, string> {
  return new Map([...source.matchAll(ATTR)].map((m) => [(m[1] ?? '').toLowerCase(), m[2] ?? '']))
}

/** The script files index.html loads up front: `<script src>` and `<link rel="modulepreload" href>`. */
export function firstScreenScriptRefs(html: string): string[] {
  const refs = new Set<string>()
  for (const m of html.matchAll(TAG)) {
    const a = attributes(m[2] ?? '')
    const ref = m[1]?.toLowerCase() === 'script' ? a.get('src') : a.get('rel') === 'modulepreload' ? a.get('href') : undefined
    if (ref && ref.endsWith('.js')) refs.add(ref)
  }
  return [...refs]
}

/** A reference of index.html as a file inside the renderer folder; refuses anything that leaves it. */
function insideRenderer(rendererDir: string, ref: string): string {
  const url = new URL(ref, 'http://renderer.invalid/')
  if (url.origin !== 'http://renderer.invalid') throw new Error(`index.html loads a script from outside the app: ${ref}`)
  const file = resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`)
  const rel = relative(rendererDir, file)
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`index.html refers outside the renderer folder: ${ref}`)
  return file
}

function scriptFile(rendererDir: string, path: string): ScriptFile {
  return { file: relative(rendererDir, path).split('\\').join('/'), bytes: statSync(path).size }
}

function allScripts(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allScripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
}

/** Measures a built renderer folder (throws when there is no index.html: build first). */
export function measureFirstScreen(rendererDir: string, budgetBytes = FIRST_SCREEN_BUDGET_BYTES): FirstScreenReport {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
  const paths = firstScreenScriptRefs(html).map((ref) => insideRenderer(rendererDir, ref))
  const scripts = paths.map((p) => scriptFile(rendererDir, p))
  const upFront = new Set(paths)
  const lazy = allScripts(rendererDir)
    .filter((p) => !upFront.has(p))
    .map((p) => scriptFile(rendererDir, p))
  const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0)
  return { scripts, bytes, budgetBytes, withinBudget: bytes <= budgetBytes, lazy }
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** The lines `npm run build` prints after the renderer bundle is written. */
export function formatFirstScreenReport(r: FirstScreenReport): string[] {
  const verdict = r.withinBudget ? '在预算内' : '超出预算：请把大的页面或库改为按需加载（renderer/src/app/lazy-pages.tsx）'
  return [
    `首屏 JS（入口及其预加载模块，${r.scripts.length} 个文件）：${kB(r.bytes)} / 预算 ${kB(r.budgetBytes)}，${verdict}`,
    ...r.scripts.map((s) => `  首屏  ${s.file}  ${kB(s.bytes)}`),
    `按需加载的分块 ${r.lazy.length} 个，共 ${kB(r.lazy.reduce((sum, s) => sum + s.bytes, 0))}`,
  ]
}

/** Vite plugin for the renderer build: prints the first-screen total against the budget. */
export function firstScreenReportPlugin(): Plugin {
  let outDir = ''
  return {
    name: 'sunlight-first-screen-budget',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      if (!existsSync(join(outDir, 'index.html'))) return
      const report = measureFirstScreen(outDir)
      const print = report.withinBudget ? console.log : console.warn
      print(['', ...formatFirstScreenReport(report)].join('\n'))
    },
  }
}
