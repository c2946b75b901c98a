/**
 * Form helpers that reuse the shared zod schemas, so a field shows the same Chinese message
 * on screen as the core would return.
 */
import type { FormInstance } from 'antd'
import type { Rule } from 'antd/es/form'
import type { z } from 'zod'
import type { Err } from '@shared/result'

const NO_EMPTY = Symbol('no-empty')

/**
 * An antd rule that validates one field with a zod schema. `emptyValue` replaces an
 * untouched/cleared value (antd gives `undefined`) before parsing, e.g. '' for text fields.
 */
export function zodRule(schema: z.ZodType, emptyValue: unknown = NO_EMPTY): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const v = (value === undefined || value === null) && emptyValue !== NO_EMPTY ? emptyValue : value
      const r = schema.safeParse(v)
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? '输入无效')
    },
  }
}

/** Runs a whole-object schema (cross-field rules) and puts its issues on the form's fields. */
export function applySchemaIssues(form: FormInstance, schema: z.ZodType, values: unknown): boolean {
  const r = schema.safeParse(values)
  if (r.success) return true
  form.setFields(
    r.error.issues.map((issue) => ({
      name: (issue.path.filter((p) => typeof p === 'string' || typeof p === 'number') as (string | number)[]),
      errors: [issue.message],
    })),
  )
  return false
}

/**
 * Shows a core VALIDATION/CONFLICT error under the field it names. Returns false when the error
 * names no field of this form, so the caller shows it as a message instead.
 */
export function applyServerError(form: FormInstance, err: Err, fields: readonly string[]): boolean {
  if (!err.field) return false
  const top = err.field.split('.')[0] ?? ''
  if (!fields.includes(top)) return false
  form.setFields([{ name: top, errors: [err.message] }])
  form.scrollToField(top)
  return true
}

/** Chinese collation (pinyin order) for antd sorters. */
export const zhCompare = (a: string | null | undefined, b: string | null | undefined): number =>
  (a ?? '').localeCompare(b ?? '', 'zh-Hans-CN')
