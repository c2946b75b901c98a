import { z } from 'zod'
import { exactText, text } from './text.schema'

/** The columns a 权责清单 spreadsheet can carry, in export order. */
export const IMPORT_FIELDS = [
  'seq',
  'code',
  'name',
  'childCode',
  'childName',
  'type',
  'exerciseLevel',
  'basis',
  'subject',
  'department',
  'target',
  'duties',
  'accountability',
  'legalLimit',
  'promisedLimit',
  'feeBasis',
  'supervisionPhone',
  'remark',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  seq: '序号',
  code: '事项编码',
  name: '事项名称',
  childCode: '子项编码',
  childName: '子项名称',
  type: '事项类型',
  exerciseLevel: '行使层级',
  basis: '设定和实施依据',
  subject: '实施主体',
  department: '承办机构',
  target: '行使对象',
  duties: '责任事项',
  accountability: '追责情形',
  legalLimit: '法定时限',
  promisedLimit: '承诺时限',
  feeBasis: '收费依据及标准',
  supervisionPhone: '监督电话',
  remark: '备注',
}

/** Header variants seen in provincial 权责清单 files (compared after removing spaces and line breaks). */
export const IMPORT_FIELD_ALIASES: Record<ImportField, string[]> = {
  seq: ['序号', '编号'],
  code: ['事项编码', '职权编码', '权力编码', '主项编码', '事项代码', '职权代码', '编码'],
  name: ['事项名称', '职权名称', '权力名称', '主项名称', '权力事项名称', '职权事项名称', '项目名称'],
  childCode: ['子项编码', '子项代码'],
  // a published list often keeps a 子项's code in its name cell: 「子项名称及编码」
  childName: ['子项名称', '子项名称及编码', '子项名称和编码', '子项名称及代码', '子项编码及名称', '子项代码及名称', '子项编码和名称'],
  type: ['事项类型', '职权类型', '权力类别', '权力类型', '职权类别', '事项类别', '类别', '类型'],
  exerciseLevel: ['行使层级', '实施层级', '行权层级', '层级'],
  basis: ['设定和实施依据', '设定及实施依据', '设定依据', '实施依据', '法律依据', '依据'],
  subject: ['实施主体', '行使主体', '责任主体', '执法主体'],
  department: ['承办机构', '责任科室', '承办科室', '责任处室', '承办处室', '内设机构', '责任股室', '承办股室'],
  target: ['行使对象', '服务对象', '管理对象'],
  duties: ['责任事项'],
  accountability: ['追责情形', '责任追究情形', '问责情形', '追责对象范围'],
  legalLimit: ['法定时限', '法定期限', '法定办结时限'],
  promisedLimit: ['承诺时限', '承诺期限', '承诺办结时限'],
  feeBasis: ['收费依据及标准', '收费标准', '收费依据', '收费项目及标准'],
  supervisionPhone: ['监督电话', '投诉电话', '监督投诉电话'],
  remark: ['备注', '说明'],
}

export const importMappingSchema = z.object({
  sheet: exactText(100),
  headerRow: z.number().int().min(1).max(1_000_000),
  /** column number (1-based) → field; unmapped columns are ignored. Empty: recognise the columns of `headerRow` by name. */
  columns: z.record(z.string().regex(/^\d{1,4}$/), z.enum(IMPORT_FIELDS).nullable()),
})
export type ImportMapping = z.infer<typeof importMappingSchema>

/** ~40 MB of base64 → ~30 MB xlsx, far above any 权责清单. */
export const MAX_IMPORT_BASE64 = 40 * 1024 * 1024

export const powerImportInputSchema = z.object({
  fileName: text('文件名', 255).min(1, '缺少文件名'),
  dataBase64: z
    .string()
    .min(1, '文件为空')
    .max(MAX_IMPORT_BASE64, '文件过大（超过30MB），请检查是否选错了文件')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件数据无效：不是 base64 编码的内容'),
  mapping: importMappingSchema.optional(),
  /** without a mapping: look for the header in this sheet only (default: the first sheet that has one) */
  sheet: exactText(100).optional(),
  createMissing: z.boolean().default(false),
  dryRun: z.boolean().default(true),
})
export type PowerImportInput = z.input<typeof powerImportInputSchema>

export const importErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() })
export type ImportError = z.infer<typeof importErrorSchema>

export const importColumnSchema = z.object({
  column: z.number().int(),
  header: z.string(),
  field: z.enum(IMPORT_FIELDS).nullable(),
})

export const powerImportResultSchema = z.object({
  fileName: z.string(),
  sheet: z.string(),
  sheets: z.array(z.string()),
  headerRow: z.number().int(),
  columns: z.array(importColumnSchema),
  rowsRead: z.number().int(),
  skippedRows: z.number().int(),
  /** rows read that cannot be used until 事项编码 / 事项名称 are mapped to columns (all of them, or 0) */
  rowsAwaitingMapping: z.number().int(),
  /** 子项 without a code of their own, given one derived from their 主项 code (36011800200Y-01) */
  generatedCodes: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importErrorSchema),
  missingDepartments: z.array(z.string()),
  missingTypes: z.array(z.string()),
  /** what would be written (first 200 records) so the user sees the result before committing */
  preview: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      parentCode: z.string().nullable(),
      /** the code was generated for a 子项 the file gives none */
      codeGenerated: z.boolean(),
      type: z.string(),
      department: z.string(),
      action: z.enum(['add', 'update', 'unchanged']),
    }),
  ),
  committed: z.boolean(),
})
export type PowerImportResult = z.infer<typeof powerImportResultSchema>
