import { describe, expect, it } from 'vitest'
import { type Channel, contract } from '../../shared/contract'
import {
  calendarDate,
  cleanInputText,
  hasXmlForbidden,
  isCalendarDate,
  requiredText,
  stripXmlForbidden,
  trimBlank,
} from '../../shared/domain/text.schema'

/** Every kind of character XML 1.0 cannot carry, one of each. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF']
const INVISIBLE_ONLY = ['\u200B', '\u3000', '\u200B\u3000 \u00A0\uFEFF', '\u200C\u200D\u2060', ' \t\n ']

describe('the XML character rule', () => {
  it('removes each forbidden character and keeps tab, line breaks, emoji, CJK Extension B and U+FFFD', () => {
    for (const c of FORBIDDEN) {
      expect(stripXmlForbidden(`甲${c}乙`), JSON.stringify(c)).toBe('甲乙')
      expect(hasXmlForbidden(`甲${c}乙`)).toBe(true)
    }
    const kept = '行一\t列\r\n行二\n😀𠀀\uFFFD\uE000'
    expect(stripXmlForbidden(kept)).toBe(kept)
    expect(hasXmlForbidden(kept)).toBe(false)
  })

  it('removes a lone surrogate but keeps the pair next to it', () => {
    expect(stripXmlForbidden('\uD83D😀\uDE00')).toBe('😀')
    expect(stripXmlForbidden('a\uDBFFb')).toBe('ab')
  })

  it('trims white space and invisible characters at the edges only', () => {
    expect(trimBlank('\u200B\u3000 财务科\u200B审核 \uFEFF\u200D')).toBe('财务科\u200B审核')
    expect(cleanInputText('\u200B张\uFFFE三\u0000\u3000')).toBe('张三')
    for (const v of INVISIBLE_ONLY) expect(cleanInputText(v), JSON.stringify(v)).toBe('')
  })

  it('a required field made only of invisible characters is refused as empty', () => {
    for (const v of INVISIBLE_ONLY) {
      expect(requiredText('姓名', 30).safeParse(v).error?.issues[0]?.message).toBe('请填写姓名')
      expect(contract['person:create'].input.safeParse({ name: v, roleLevel: 'staff' }).error?.issues[0]?.message).toBe('请填写姓名')
      expect(contract['department:create'].input.safeParse({ name: v }).error?.issues[0]?.message).toBe('请填写机构名称')
      expect(contract['power:create'].input.safeParse({ code: 'XK-001', name: v, typeId: 1 }).error?.issues[0]?.message).toBe('请填写事项名称')
    }
  })

  it('counts the length limit on the cleaned text', () => {
    const name = `${'字'.repeat(30)}${'\uFFFE'.repeat(10)}\u200B`
    expect(requiredText('姓名', 30).parse(name)).toBe('字'.repeat(30))
  })
})

describe('dates are real calendar dates', () => {
  it('accepts days that exist, including 29 February in leap years', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01']) expect(isCalendarDate(d), d).toBe(true)
  })

  it('refuses days, months and formats that do not exist', () => {
    for (const d of ['2026-99-99', '2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-5', '2026/01/05', '']) {
      expect(isCalendarDate(d), d).toBe(false)
    }
  })

  it('power:setStatus refuses 2026-99-99 and 2026-02-30 with a Chinese sentence naming the date', () => {
    for (const date of ['2026-99-99', '2026-02-30']) {
      const r = contract['power:setStatus'].input.safeParse({ ids: [1], status: 'confirmed', date })
      expect(r.success).toBe(false)
      expect(r.error?.issues[0]?.message).toContain(`“${date}”不是真实存在的日期`)
    }
    expect(contract['power:setStatus'].input.parse({ ids: [1], status: 'confirmed', date: ' 2024-02-29\u200B' }).date).toBe('2024-02-29')
    expect(calendarDate('日期').safeParse('20260101').error?.issues[0]?.message).toBe('日期格式应为 YYYY-MM-DD')
  })
})

describe('id lists are de-duplicated', () => {
  it('keeps each id once, in the order first sent', () => {
    expect(contract['power:delete'].input.parse({ ids: [3, 1, 3, 3, 1] })).toEqual({ ids: [3, 1] })
    expect(contract['power:setDepartment'].input.parse({ ids: [2, 2], departmentId: null })).toEqual({ ids: [2], departmentId: null })
    expect(contract['power:setStatus'].input.parse({ ids: [5, 5], status: 'confirmed', date: '2026-03-01' }).ids).toEqual([5])
    expect(contract['power:create'].input.parse({ code: 'XK-001', name: '许可', typeId: 1, postIds: [4, 4, 2] }).postIds).toEqual([4, 2])
    expect(contract['power:list'].input.parse({ typeIds: [1, 1] })?.typeIds).toEqual([1])
    expect(contract['template:apply'].input.parse({ key: 'education', indexes: [0, 0, 2], firstCode: 'JY001' }).indexes).toEqual([0, 2])
  })

  it('checks the limit on the distinct ids', () => {
    const repeated = Array.from({ length: 60 }, () => 7)
    expect(contract['power:create'].input.parse({ code: 'XK-001', name: '许可', typeId: 1, postIds: repeated }).postIds).toEqual([7])
  })
})

/**
 * Every channel with text input obeys the one rule: a sample input with each string leaf in turn
 * wrapped in forbidden and invisible characters either parses to the same value as the clean
 * sample, or is refused. Nothing that reaches a handler can carry U+FFFE or a NUL.
 */
const TEXT_SAMPLES: [Channel, Record<string, unknown>][] = [
  [
    'unit:save',
    {
      name: '某市交通运输局',
      creditCode: '91350100M000100Y43',
      unitType: '行政机关',
      supervisor: '某市人民政府',
      contactName: '范晓东',
      contactPhone: '0536-8231067',
      officeName: '领导小组办公室',
    },
  ],
  ['department:create', { name: '财务科', duties: '预算编制' }],
  ['department:update', { id: 1, name: '财务科', duties: '预算编制' }],
  ['department:list', { search: '财务' }],
  ['post:create', { departmentId: 1, name: '财务审核岗', duties: '审核报销' }],
  ['post:update', { id: 1, departmentId: 1, name: '财务审核岗', duties: '审核报销' }],
  ['post:list', { search: '审核' }],
  ['person:create', { name: '张志刚', title: '局长', roleLevel: 'principal' }],
  ['person:update', { id: 1, name: '张志刚', title: '局长', roleLevel: 'principal' }],
  ['person:list', { search: '张' }],
  ['powerType:create', { name: '行政备案' }],
  [
    'power:create',
    {
      code: 'XK-001',
      name: '道路运输经营许可',
      typeId: 1,
      basis: '《道路运输条例》第十条',
      subject: '某市交通运输局',
      target: '申请人',
      duties: '受理、审查、决定',
      accountability: '违法许可的',
      legalLimit: '20个工作日',
      promisedLimit: '10个工作日',
      feeBasis: '不收费',
      supervisionPhone: '12345',
      discretionText: '无',
      remark: '备注',
    },
  ],
  ['power:update', { id: 1, code: 'XK-001', name: '道路运输经营许可', typeId: 1, basis: '依据' }],
  ['power:list', { search: '道路运输' }],
  ['power:setStatus', { ids: [1], status: 'cancelled', date: '2026-03-01', reason: '职能划转' }],
  ['power:import', { fileName: '权责清单.xlsx', dataBase64: 'UEsDBA==', sheet: '权责清单' }],
  ['template:apply', { key: 'education', indexes: [0], firstCode: 'JY001' }],
]

/** Paths of every string leaf of a plain JSON value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]))
  return []
}

function withLeaf(value: unknown, path: (string | number)[], map: (s: string) => string): unknown {
  if (path.length === 0) return map(value as string)
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  copy[head as string | number] = withLeaf(copy[head as string | number], rest, map)
  return copy
}

const leaf = (value: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)

describe('one rule for every channel with text input', () => {
  it.each(TEXT_SAMPLES)('%s: forbidden characters never get through, invisible edges are trimmed', (channel, sample) => {
    const schema = contract[channel].input
    const clean = schema.parse(sample)
    const paths = stringPaths(sample)
    expect(paths.length).toBeGreaterThan(0)
    for (const path of paths) {
      const tainted = withLeaf(sample, path, (s) => `\u200B\u3000${s.slice(0, 1)}\uFFFE\u0000\u000B${s.slice(1)}\uFFFF\uD800\u200B`)
      const r = schema.safeParse(tainted)
      if (!r.success) continue // refused (codes, credit code, enums): also obeys the rule
      // exact names (a worksheet) are not trimmed, only made XML-safe
      const exact = path.at(-1) === 'sheet'
      const parsedLeaf = leaf(r.data, path)
      expect(hasXmlForbidden(String(parsedLeaf)), `${channel} ${path.join('.')}`).toBe(false)
      if (!exact) expect(parsedLeaf, `${channel} ${path.join('.')}`).toEqual(leaf(clean, path))
    }
  })
})

describe('long values', () => {
  it('keeps a long run of spaces inside the text and trims the edges of a field-sized value', () => {
    const inner = `甲${' '.repeat(19_990)}乙`
    expect(cleanInputText(`\u200B ${inner} \u3000`)).toBe(inner)
    expect(contract['power:create'].input.parse({ code: 'XK-001', name: '许可', typeId: 1, basis: ` ${inner}\u200B` }).basis).toBe(inner)
  })
})
