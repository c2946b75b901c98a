/**
 * 子项 codes in published 权责清单: most 子项 have no code of their own, and many lists keep the
 * code inside the name cell (「子项名称及编码」). Pure rules, no IO.
 */

/** A power code as lists print it: 6–30 digits, optionally ending in one letter (36011800200Y). */
const CODE = String.raw`\d{6,30}[A-Za-z]?`
/** 「… 360118019002」「…（360118019002）」「…（编码：360118019002）」「…/360118019002」 */
const TRAILING = new RegExp(String.raw`(?:[（(]\s*)?((?:子项)?(?:编码|代码)\s*[:：]?\s*)?(${CODE})\s*[)）]?$`)
/** 「360118019002 …」「360118019002、…」: a leading code needs a separator before the name */
const LEADING = new RegExp(String.raw`^(${CODE})[\s:：、.．\-—]+(\S.*)$`, 's')
const SEPARATORS = /[\s:：,，;；、/／|｜\-—]+$/
const ASCII_ALNUM = /[0-9A-Za-z]$/

export interface SplitName {
  name: string
  /** the code found in the cell, or null when the cell holds only a name */
  code: string | null
}

/**
 * Splits a code off a 子项 name cell: 「跨越、穿越公路修建桥梁…的许可 360118019002」 →
 * {name: 「跨越、穿越公路修建桥梁…的许可」, code: 「360118019002」}. A run of digits glued to
 * letters or digits of the name (「GB50268」) is part of the name, not a code.
 */
export function splitNameAndCode(cell: string): SplitName {
  const text = cell.trim()
  const lead = LEADING.exec(text)
  if (lead?.[1] && lead[2]) return { name: lead[2].trim(), code: lead[1] }
  const m = TRAILING.exec(text)
  const code = m?.[2]
  if (!m || !code) return { name: text, code: null }
  const whole = m[0]
  const opened = /^[（(]/.test(whole)
  const closed = /[)）]$/.test(whole)
  if (opened !== closed) return { name: text, code: null }
  const before = text.slice(0, m.index)
  const name = before.replace(SEPARATORS, '').trim()
  const separated = before !== name || opened
  // 「…车辆识别代码 360118019002」: a 编码/代码 glued to the name is the name's own word
  const label = m[1]
  if (label && !separated) return { name: `${name}${label}`.trim(), code }
  if (!separated && whole === code && ASCII_ALNUM.test(name)) return { name: text, code: null }
  return { name, code }
}

/** The code given to the n-th (1-based) uncoded 子项 of a 主项: 36011800200Y-01. */
export function generatedChildCode(mainCode: string, n: number): string {
  return `${mainCode}-${String(n).padStart(2, '0')}`
}

/** A 子项 the file gives no code: it gets one from its 主项 (`parentCode`). */
export interface UncodedChild {
  /** null only for a record that is no 子项, which is left alone */
  readonly parentCode: string | null
  readonly name: string
  code: string
}

export interface ExistingPower {
  code: string
  name: string
  parentCode: string | null
}

const normName = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

/**
 * Gives every uncoded 子项 a stable code, in place:
 * 1. an existing 子项 of the same 主项 with the same name keeps its code (so a re-import, or a
 *    file whose 子项 were reordered or added to, updates the same powers);
 * 2. the others get the next free `主项编码-NN`, skipping every code the workspace or the file
 *    already uses.
 */
export function assignChildCodes(uncoded: UncodedChild[], existing: readonly ExistingPower[], fileCodes: ReadonlySet<string>): void {
  const taken = new Set([...existing.map((p) => p.code), ...fileCodes])
  const claimed = new Set(fileCodes)
  const childrenOf = new Map<string, ExistingPower[]>()
  for (const p of existing) {
    if (p.parentCode === null) continue
    const list = childrenOf.get(p.parentCode) ?? []
    list.push(p)
    childrenOf.set(p.parentCode, list)
  }
  const rest: { child: UncodedChild; parent: string }[] = []
  for (const child of uncoded) {
    const parent = child.parentCode
    if (parent === null) continue
    const match = childrenOf.get(parent)?.find((p) => !claimed.has(p.code) && normName(p.name) === normName(child.name))
    if (match) {
      child.code = match.code
      claimed.add(match.code)
    } else {
      rest.push({ child, parent })
    }
  }
  const next = new Map<string, number>()
  for (const { child, parent } of rest) {
    let n = next.get(parent) ?? 1
    while (taken.has(generatedChildCode(parent, n)) || claimed.has(generatedChildCode(parent, n))) n++
    child.code = generatedChildCode(parent, n)
    claimed.add(child.code)
    next.set(parent, n + 1)
  }
}
