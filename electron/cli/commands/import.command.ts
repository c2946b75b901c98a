import { readFileSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { PowerImportResult } from '../../../shared/domain/power-import.schema'
import { defaultDataDir } from '../../core/paths'
import { parseCommandArgs } from '../args.parser'
import { CliError, EXIT } from '../cli-error'
import type { CliCommand } from '../cli-command'
import { stderrProgress } from '../job-progress'
import { formatTable } from '../table.format'
import { openCliCore } from '../workspace.opener'

const usage = 'import powers 文件.xlsx [--data-dir 目录] [--create-missing] [--dry-run] [--json]'
const MAX_BYTES = 30 * 1024 * 1024

function readInput(file: string): Buffer {
  const path = resolve(file)
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new CliError(`找不到文件 ${path}`)
  }
  if (size > MAX_BYTES) throw new CliError(`文件 ${path} 超过30MB，请确认是否选错了文件`)
  return readFileSync(path)
}

/** The JSON an import prints: what was (or would be) written, and every refused row. */
export function importJson(r: PowerImportResult, dryRun: boolean) {
  // a refused import wrote nothing; a dry run reports what it would write
  const refused = r.errors.length > 0 && !dryRun
  return {
    added: refused ? 0 : r.added,
    updated: refused ? 0 : r.updated,
    unchanged: refused ? 0 : r.unchanged,
    errors: r.errors,
  }
}

function printHuman(r: PowerImportResult, dryRun: boolean): void {
  console.log(`文件：${r.fileName}\u3000工作表：${r.sheet}\u3000表头在第${r.headerRow}行`)
  console.log(`读取 ${r.rowsRead} 行数据，跳过 ${r.skippedRows} 行（空行、分类标题行、注释行）`)
  if (r.rowsAwaitingMapping > 0) console.log(`其中 ${r.rowsAwaitingMapping} 行要等表头中认出“事项编码”“事项名称”两列后才能导入`)
  if (r.generatedCodes > 0) console.log(`有 ${r.generatedCodes} 个子项没有自己的编码，已按主项编码和顺序生成（形如“主项编码-01”）`)
  if (r.errors.length > 0) {
    console.log(`\n发现 ${r.errors.length} 个问题，本次没有写入任何数据：`)
    console.log(formatTable(['行号', '列', '问题'], r.errors.map((e) => [e.row, e.column, e.message]), ['right', 'left', 'left']))
    if (r.missingDepartments.length > 0) console.log(`\n不在本单位内设机构中的承办机构：${r.missingDepartments.join('、')}`)
    if (r.missingTypes.length > 0) console.log(`不在类型列表中的事项类型：${r.missingTypes.join('、')}`)
    if (r.missingDepartments.length + r.missingTypes.length > 0) console.log('如需自动创建这些机构和类型，请加 --create-missing；或者修改文件后重新导入。')
    return
  }
  const verb = dryRun ? '将' : '已'
  console.log(`\n${verb}新增 ${r.added} 项，${verb}更新 ${r.updated} 项，${r.unchanged} 项无变化。${dryRun ? '（试运行，未写入）' : ''}`)
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: '导入权责清单（.xlsx），全部通过才写入',
  usage,
  details: [
    '自动识别标题行下方的表头、合并单元格（主项/子项）、单元格内换行、全角空格、数值形式的编码等。',
    '按事项编码更新已有职权；重复导入同一文件不会产生任何变化。任何一行有问题时，整份文件都不写入。',
    '',
    '  --data-dir 目录     工作区所在目录（默认为本机默认工作区目录）',
    '  --create-missing    自动创建文件中出现、但本单位还没有的承办机构和事项类型',
    '  --dry-run           只检查并报告，不写入',
    '  --json              输出一个 JSON 对象 {added, updated, unchanged, errors:[{row, column, message}]}',
    '',
    '有问题被拒绝时退出码为 1。',
  ].join('\n'),

  async run(args) {
    const [kind, file, ...rest] = args
    if (kind !== 'powers') {
      throw new CliError(kind === undefined ? `缺少要导入的内容\n用法：${usage}` : `不支持导入“${kind}”，目前只支持 powers\n用法：${usage}`, EXIT.usage)
    }
    if (file === undefined || file.startsWith('--')) throw new CliError(`缺少要导入的 .xlsx 文件\n用法：${usage}`, EXIT.usage)
    const v = parseCommandArgs(usage, rest, {
      'data-dir': { type: 'string' },
      'create-missing': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    })
    const data = readInput(file)
    const core = openCliCore(resolve(v['data-dir'] ?? defaultDataDir()))
    const progress = stderrProgress('导入权责清单')
    let r: PowerImportResult
    try {
      // the same job runner as the app: the work runs in a worker thread, its progress goes to stderr
      r = await core.jobs.run(
        'power:import',
        {
          fileName: basename(file),
          dataBase64: data.toString('base64'),
          createMissing: v['create-missing'] ?? false,
          dryRun: v['dry-run'] ?? false,
        },
        progress.onProgress,
      )
    } finally {
      progress.end()
      core.close()
    }
    if (v.json) console.log(JSON.stringify(importJson(r, v['dry-run'] ?? false)))
    else printHuman(r, v['dry-run'] ?? false)
    if (r.errors.length > 0) throw new CliError(v.json ? '' : '导入被拒绝：请按上表修改文件后重试。', EXIT.failure)
  },
}
