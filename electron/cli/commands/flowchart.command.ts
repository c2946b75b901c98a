import { mkdirSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import type { Core } from '../../core'
import { defaultDataDir } from '../../core/paths'
import { parseCommandArgs, requiredOption } from '../args.parser'
import { CliError, EXIT } from '../cli-error'
import type { CliCommand } from '../cli-command'
import { openExistingCliCore } from '../workspace.opener'
import { writeFileAtomic } from './export.command'

const usage = 'flowchart export --power 事项编码 --out 文件.png|文件.svg [--data-dir 目录] | flowchart export-all --out 目录 [--format png|svg] [--data-dir 目录]'

async function powerIdByCode(core: Core, code: string): Promise<number> {
  const row = (await core.call('flowchart:list')).find((r) => r.code === code)
  if (!row) throw new CliError(`没有事项编码为“${code}”的职权（已取消的职权不需要流程图）`)
  return row.powerId
}

function formatOfFile(out: string): 'png' | 'svg' {
  const ext = extname(out).toLowerCase()
  if (ext === '.png' || ext === '.svg') return ext === '.png' ? 'png' : 'svg'
  throw new CliError(`输出文件应以 .png 或 .svg 结尾：${out}\n用法：npm run cli -- ${usage}`, EXIT.usage)
}

async function exportOne(core: Core, rest: string[]): Promise<void> {
  const v = parseCommandArgs(usage, rest, { power: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' } })
  const code = requiredOption(v.power, 'power', usage)
  const out = resolve(requiredOption(v.out, 'out', usage))
  const format = formatOfFile(out)
  const file = await core.call('flowchart:export', { powerId: await powerIdByCode(core, code), format })
  writeFileAtomic(out, Buffer.from(file.dataBase64, 'base64'))
  console.log(`已导出：${out}`)
}

async function exportAll(core: Core, outDir: string, format: 'png' | 'svg'): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const drawn = (await core.call('flowchart:list')).filter((r) => r.state !== 'empty')
  for (const row of drawn) {
    const file = await core.call('flowchart:export', { powerId: row.powerId, format })
    writeFileAtomic(join(outDir, file.fileName), Buffer.from(file.dataBase64, 'base64'))
  }
  const invalid = drawn.filter((r) => r.state === 'invalid').length
  console.log(`已导出${drawn.length}张流程图到：${outDir}${invalid > 0 ? `（其中${invalid}张有问题，请在“二·查点”中修改）` : ''}`)
}

/** Parses the sub-command's options before the workspace is opened, so a usage error touches nothing. */
function parseAll(rest: string[]) {
  const v = parseCommandArgs(usage, rest, { out: { type: 'string' }, format: { type: 'string' }, 'data-dir': { type: 'string' } })
  const format = v.format ?? 'png'
  if (format !== 'png' && format !== 'svg') throw new CliError(`--format 只能是 png 或 svg\n用法：npm run cli -- ${usage}`, EXIT.usage)
  return { outDir: resolve(requiredOption(v.out, 'out', usage)), format, dataDir: v['data-dir'] } as const
}

const dataDirOf = (rest: string[]) => {
  const i = rest.indexOf('--data-dir')
  return resolve((i >= 0 ? rest[i + 1] : undefined) ?? defaultDataDir())
}

export const flowchartCommand: CliCommand = {
  name: 'flowchart',
  summary: '导出权力运行流程图图片（单个职权或全部）',
  usage,
  details: [
    '  export       导出一个职权的流程图',
    '    --power 事项编码   要导出的职权',
    '    --out 文件         .png（约 190 dpi，白底）或 .svg',
    '  export-all   导出所有已绘制的流程图，文件名为“编码_名称_流程图.png”',
    '    --out 目录         输出目录（不存在时创建）',
    '    --format png|svg   图片格式（默认 png）',
    '  --data-dir 目录      工作区所在目录（默认为本机默认工作区目录）',
    '',
    'PNG 需要本机有中文字体（宋体、微软雅黑、黑体或 Noto Sans CJK），找不到时会报错而不会生成缺字的图片。',
  ].join('\n'),

  async run(args) {
    const [sub, ...rest] = args
    if (sub !== 'export' && sub !== 'export-all') {
      throw new CliError(sub === undefined ? `缺少子命令\n用法：npm run cli -- ${usage}` : `不支持的子命令“${sub}”\n用法：npm run cli -- ${usage}`, EXIT.usage)
    }
    const all = sub === 'export-all' ? parseAll(rest) : null
    if (!all) {
      requiredOption(parseCommandArgs(usage, rest, { power: { type: 'string' }, out: { type: 'string' }, 'data-dir': { type: 'string' } }).out, 'out', usage)
    }
    const core = openExistingCliCore(dataDirOf(rest))
    try {
      if (all) await exportAll(core, all.outDir, all.format)
      else await exportOne(core, rest)
    } finally {
      core.close()
    }
  },
}
