/** Every sentence the workbook reader shows people, in one place. */
const n = (v: number) => v.toLocaleString('en-US')
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

export const XLSX_MESSAGES = {
  empty: (file: string) => `文件“${file}”是空文件`,
  encrypted: (file: string) =>
    `文件“${file}”已加密，或是旧版 Excel 97-2003（.xls）格式：请在 Excel/WPS 中取消密码保护并另存为 .xlsx 后再导入`,
  notXlsx: (file: string) => `文件“${file}”不是 Excel 工作簿（.xlsx），请选择 .xlsx 文件`,
  corrupt: (file: string) => `文件“${file}”已损坏或不是有效的 .xlsx 工作簿，无法读取`,
  noContent: (file: string) => `文件“${file}”中没有任何内容`,
  tooLarge: (file: string, limit: number) =>
    `文件“${file}”解压后过大（超过 ${mb(limit)}），超出本程序支持的规模，已拒绝读取`,
  tooManyEntries: (file: string, limit: number) =>
    `文件“${file}”包含的部件过多（超过 ${n(limit)} 个），不像是普通的 Excel 工作簿，已拒绝读取`,
  overDeclared: (file: string, part: string) =>
    `文件“${file}”中的部件“${part}”解压后超过其声明的大小，文件已损坏或被篡改，已拒绝读取`,
  tooManyElements: (file: string, limit: number) =>
    `文件“${file}”的结构过于庞大（XML 元素超过 ${n(limit)} 个），超出本程序支持的规模`,
  tooManySheets: (file: string, limit: number) => `文件“${file}”中的工作表超过 ${n(limit)} 个，超出本程序支持的规模`,
  tooManyRows: (sheet: string, limit: number) => `工作表“${sheet}”超过 ${n(limit)} 行，超出本程序支持的规模，请拆分后再导入`,
  cellTooLong: (sheet: string, cell: string, limit: number) =>
    `工作表“${sheet}”的单元格 ${cell} 超过 ${n(limit)} 个字符，超出本程序支持的规模`,
  sharedStringTooLong: (file: string, limit: number) => `文件“${file}”中有超过 ${n(limit)} 个字符的文本，超出本程序支持的规模`,
  tooManySharedStrings: (file: string, limit: number) => `文件“${file}”中的文本条目超过 ${n(limit)} 条，超出本程序支持的规模`,
  tooMuchText: (file: string, limit: number) => `文件“${file}”中的文字总量超过 ${n(limit)} 个字符，超出本程序支持的规模`,
  tooManyCells: (file: string, limit: number) => `文件“${file}”中有内容的单元格超过 ${n(limit)} 个，超出本程序支持的规模`,
  gridTooLarge: (file: string, limit: number) =>
    `文件“${file}”中各工作表的范围过大（行数×列数合计超过 ${n(limit)} 格），超出本程序支持的规模`,
  tooManyMerges: (sheet: string, limit: number) => `工作表“${sheet}”的合并单元格超过 ${n(limit)} 处，超出本程序支持的规模`,
  overlappingMerges: (sheet: string) => `工作表“${sheet}”中的合并单元格互相重叠，文件已损坏，无法读取`,
} as const
