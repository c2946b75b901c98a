import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FIRST_SCREEN_BUDGET_BYTES,
  firstScreenScriptRefs,
  formatFirstScreenReport,
  measureFirstScreen,
} from '../../electron/cli/bench/first-screen.budget'
import { isAllowedRequestUrl } from '../../electron/main/guards'
import { makeTempDir, removeTempDir } from '../helpers/temp-dir'
import { readBuilt, ROOT } from './security/built-output'

const RENDERER_DIR = join(ROOT, 'out', 'renderer')

describe('firstScreenScriptRefs', () => {
  it('finds the entry script and every modulepreload, not stylesheets or the icon', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
      <link rel="stylesheet" crossorigin href="./assets/index-c.css">
      <link rel="icon" href="data:," />
    </head>`
    expect(firstScreenScriptRefs(html)).toEqual(['./assets/index-a.js', './assets/vendor-b.js'])
  })
})

describe('measureFirstScreen', () => {
  let dir = ''
  afterEach(() => removeTempDir(dir))

  const build = (html: string, files: Record<string, number>) => {
    if (dir) removeTempDir(dir)
    dir = makeTempDir()
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), html)
    for (const [name, size] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), 'x'.repeat(size))
  }

  it('sums the entry and its preloads; lazy chunks are listed apart', () => {
    build('<script type="module" src="./assets/a.js"></script><link rel="modulepreload" href="./assets/b.js">', {
      'a.js': 700,
      'b.js': 300,
      'Page-lazy.js': 5000,
    })
    const r = measureFirstScreen(dir, 1000)
    expect(r.bytes).toBe(1000)
    expect(r.withinBudget).toBe(true)
    expect(r.lazy.map((s) => s.file)).toEqual(['assets/Page-lazy.js'])
    expect(measureFirstScreen(dir, 999).withinBudget).toBe(false)
    expect(formatFirstScreenReport(measureFirstScreen(dir, 999))[0]).toContain('超出预算')
  })

  it('refuses a script from another origin and never reads above the renderer folder', () => {
    build('<script type="module" src="https://cdn.example.com/x.js"></script>', {})
    expect(() => measureFirstScreen(dir)).toThrow(/outside the app/)
    // resolved as the browser does for a page at the root: ../ cannot climb above it
    build('<script type="module" src="../../assets/a.js"></script>', { 'a.js': 10 })
    expect(measureFirstScreen(dir).scripts).toEqual([{ file: 'assets/a.js', bytes: 10 }])
  })
})

describe('the production build (npm run build)', () => {
  it('keeps the JS of the first screen under the budget, minified', () => {
    readBuilt('out/renderer/index.html') // fails with "run npm run build first" when missing
    const r = measureFirstScreen(RENDERER_DIR)
    expect(r.bytes, formatFirstScreenReport(r).join('\n')).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES)
    // minified: lines of thousands of characters (unminified code averages well under 100)
    const lines = r.scripts.reduce((n, s) => n + readFileSync(join(RENDERER_DIR, s.file), 'utf8').split('\n').length, 0)
    expect(r.bytes / lines).toBeGreaterThan(1000)
  })

  it('loads each section other than 工作台 as its own lazy chunk', () => {
    const r = measureFirstScreen(RENDERER_DIR)
    const upFront = r.scripts.map((s) => s.file).join(' ')
    for (const page of ['OrgPage', 'PowersPage', 'SettingsPage']) {
      expect(upFront).not.toContain(page)
      expect(r.lazy.some((s) => s.file.startsWith(`assets/${page}-`)), `${page} chunk`).toBe(true)
    }
  })

  it('Electron may load every chunk from disk (file:// under out/renderer, allowed by the request guard)', () => {
    const appUrl = pathToFileURL(join(RENDERER_DIR, 'index.html')).href
    const r = measureFirstScreen(RENDERER_DIR)
    for (const s of [...r.scripts, ...r.lazy]) {
      const url = new URL(`./${s.file}`, appUrl).href
      expect(isAllowedRequestUrl(url, appUrl), url).toBe(true)
    }
  })
})
