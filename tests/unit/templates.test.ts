// Validates the unit-type starter libraries in resources/templates/*.json against the shared schema.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { UNIT_TYPES } from '../../shared/domain/labels'
import { templateLibrarySchema, type TemplateLibrary } from '../../shared/domain/template.schema'

const TEMPLATE_DIR = fileURLToPath(new URL('../../resources/templates/', import.meta.url))

/** The libraries the app offers (key = file name), with the title and unit types each must carry. */
const EXPECTED: Record<string, { title: string; unitTypes: string[] }> = {
  transport: { title: '交通运输局', unitTypes: ['行政机关'] },
  education: { title: '教育局', unitTypes: ['行政机关'] },
  'market-supervision': { title: '市场监管所', unitTypes: ['基层站所', '行政机关'] },
  tax: { title: '税务所', unitTypes: ['基层站所'] },
  'police-station': { title: '派出所', unitTypes: ['基层站所'] },
  hospital: { title: '医院', unitTypes: ['医院', '事业单位'] },
  school: { title: '学校', unitTypes: ['学校', '事业单位'] },
  'power-supply': { title: '电力所', unitTypes: ['基层站所', '国有企业'] },
  township: { title: '乡镇', unitTypes: ['乡镇/街道'] },
  village: { title: '村/社区', unitTypes: ['村/社区'] },
}

const files = readdirSync(TEMPLATE_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()

function load(file: string): TemplateLibrary {
  const raw: unknown = JSON.parse(readFileSync(join(TEMPLATE_DIR, file), 'utf8'))
  const parsed = templateLibrarySchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`${file} does not match templateLibrarySchema:\n${issues}`)
  }
  return parsed.data
}

describe('starter libraries (resources/templates)', () => {
  it('contains exactly the ten expected libraries', () => {
    expect(files.map((f) => basename(f, '.json'))).toEqual(Object.keys(EXPECTED).sort())
  })

  describe.each(files)('%s', (file) => {
    const lib = load(file)

    it('has the key, title and unit types of its file name', () => {
      const key = basename(file, '.json')
      expect(lib.key).toBe(key)
      expect(lib.title).toBe(EXPECTED[key]?.title)
      expect(lib.unitTypes).toEqual(EXPECTED[key]?.unitTypes)
      for (const t of lib.unitTypes) expect(UNIT_TYPES).toContain(t)
    })

    it('has at least 15 powers with unique names', () => {
      expect(lib.powers.length).toBeGreaterThanOrEqual(15)
      const names = lib.powers.map((p) => p.name)
      const dupes = names.filter((n, i) => names.indexOf(n) !== i)
      expect(dupes).toEqual([])
    })

    it('gives every power at least one risk point, 追责情形 and 收费依据', () => {
      for (const p of lib.powers) {
        expect(p.risks.length, p.name).toBeGreaterThanOrEqual(1)
        expect(p.accountability.length, p.name).toBeGreaterThan(0)
        expect(p.feeBasis.length, p.name).toBeGreaterThan(0)
      }
    })

    it('keeps risk descriptions unique within a power', () => {
      for (const p of lib.powers) {
        const d = p.risks.map((r) => r.description)
        expect(new Set(d).size, p.name).toBe(d.length)
      }
    })
  })

  it('makes the village library a 村权清单 with 低保 and 宅基地 entries', () => {
    const village = load('village.json')
    const names = village.powers.map((p) => p.name)
    expect(names.some((n) => n.includes('低保') || n.includes('最低生活保障'))).toBe(true)
    expect(names.some((n) => n.includes('宅基地'))).toBe(true)
    expect(names.some((n) => n.includes('四议两公开'))).toBe(true)
  })
})
