/**
 * 统一社会信用代码 validator (GB 32100-2015).
 *
 * Layout: 1 登记管理部门代码 · 1 机构类别代码 · 6 登记管理机关行政区划码 · 9 主体标识码(组织机构代码) · 1 校验码.
 * The check character is computed over the first 17 characters with the weights 3^i mod 31.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
/** 登记管理部门代码: 1 机构编制 … 9 市场监管(工商), A 军队, N 农业, Y 其他 */
const REGISTRAR_CODES = '123456789ANY'

export type CreditCodeResult = { ok: true; code: string } | { ok: false; message: string }

/** Accepts lower case, spaces and full-width characters the way people type or paste them. */
export function normalizeCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase()
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i))
    if (v < 0) throw new Error(`invalid character at ${i}`)
    sum += v * (WEIGHTS[i] ?? 0)
  }
  const c = (31 - (sum % 31)) % 31
  return CREDIT_CODE_CHARSET.charAt(c)
}

export function validateCreditCode(raw: string): CreditCodeResult {
  const code = normalizeCreditCode(raw)
  if (code.length === 0) return { ok: false, message: '请填写统一社会信用代码' }
  if (code.length !== 18) {
    return { ok: false, message: `统一社会信用代码应为18位，当前为${code.length}位` }
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i)
    if (!CREDIT_CODE_CHARSET.includes(ch)) {
      const hint = 'IOZSV'.includes(ch) ? `（代码中不使用字母 I、O、Z、S、V）` : ''
      return { ok: false, message: `统一社会信用代码第${i + 1}位“${ch}”不是有效字符${hint}` }
    }
  }
  if (!REGISTRAR_CODES.includes(code.charAt(0))) {
    return { ok: false, message: `统一社会信用代码第1位（登记管理部门代码）“${code.charAt(0)}”无效` }
  }
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) {
    return { ok: false, message: '统一社会信用代码第3至8位应为6位数字的行政区划码' }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17))
  if (code.charAt(17) !== expected) {
    return {
      ok: false,
      message: `统一社会信用代码校验位不正确：第18位应为“${expected}”，实为“${code.charAt(17)}”，请核对是否有字符录入错误`,
    }
  }
  return { ok: true, code }
}
