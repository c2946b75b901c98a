import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { defaultDataDir } from '../../core/paths'
import { parseCommandArgs, requiredOption } from '../args.parser'
import { CliError, EXIT } from '../cli-error'
import type { CliCommand } from '../cli-command'
import { stderrProgress } from '../job-progress'
import { openExistingCliCore } from '../workspace.opener'

const usage = 'export powers --format xlsx|docx --out 文件 [--data-dir 目录]'

/** Writes next to the target, fsyncs, then renames: a full disk never leaves half a file behind. */
export function writeFileAtomic(path: string, data: Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    const fd = openSync(tmp, 'w')
    try {
      writeSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    const code = (e as { code?: string }).code
    if (code === 'ENOENT') throw new CliError(`目录 ${dirname(path)} 不存在`)
    if (code === 'ENOSPC') throw new CliError('磁盘空间不足，文件没有写出')
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`没有权限写入 ${path}`)
    throw e
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出权力清单（.xlsx，可再导入）或职权目录（.docx）',
  usage,
  details: [
    '  --format xlsx|docx  xlsx 为与导入相同列的权力清单；docx 为按 GB/T 9704 排版的职权目录',
    '  --out 文件          输出文件路径',
    '  --data-dir 目录     工作区所在目录（默认为本机默认工作区目录）',
  ].join('\n'),

  async run(args) {
    const [kind, ...rest] = args
    if (kind !== 'powers') {
      throw new CliError(kind === undefined ? `缺少要导出的内容\n用法：${usage}` : `不支持导出“${kind}”，目前只支持 powers\n用法：${usage}`, EXIT.usage)
    }
    const v = parseCommandArgs(usage, rest, {
      format: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
    })
    const format = requiredOption(v.format, 'format', usage)
    if (format !== 'xlsx' && format !== 'docx') throw new CliError(`--format 只能是 xlsx 或 docx\n用法：${usage}`, EXIT.usage)
    const out = resolve(requiredOption(v.out, 'out', usage))
    const core = openExistingCliCore(resolve(v['data-dir'] ?? defaultDataDir()))
    const progress = stderrProgress(format === 'xlsx' ? '导出权力清单' : '导出职权目录')
    try {
      // the same job runner as the app: the work runs in a worker thread, its progress goes to stderr
      const file = await core.jobs.run('power:export', { format }, progress.onProgress)
      progress.end()
      writeFileAtomic(out, Buffer.from(file.dataBase64, 'base64'))
      console.log(`已导出：${out}`)
    } finally {
      progress.end()
      core.close()
    }
  },
}
