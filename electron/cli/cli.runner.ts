import { CliError, EXIT } from './cli-error'
import type { CliCommand } from './cli-command'
import { benchCommand } from './commands/bench.command'
import { demoCommand } from './commands/demo.command'
import { exportCommand } from './commands/export.command'
import { flowchartCommand } from './commands/flowchart.command'
import { importCommand } from './commands/import.command'
import { statsCommand } from './commands/stats.command'
import { displayWidth } from './table.format'

export const COMMANDS: readonly CliCommand[] = [demoCommand, statsCommand, importCommand, exportCommand, flowchartCommand, benchCommand]

export interface CliOutput {
  out(text: string): void
  err(text: string): void
}

const consoleOutput: CliOutput = { out: (t) => console.log(t), err: (t) => console.error(t) }

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => displayWidth(c.name))) + 2
  return [
    '阳光权力自查台 · 命令行',
    '',
    '用法：npm run cli -- <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}显示本帮助；help <命令> 显示该命令的详细说明`,
    '',
    '示例：',
    '  npm run cli -- demo --data-dir ./演示工作区',
    '  npm run cli -- stats --data-dir ./演示工作区 --json',
    '  npm run cli -- import powers 权责清单.xlsx --data-dir ./演示工作区 --dry-run',
    '  npm run cli -- export powers --format docx --data-dir ./演示工作区 --out 职权目录.docx',
    '  npm run bench',
  ].join('\n')
}

const commandHelp = (c: CliCommand) => `用法：npm run cli -- ${c.usage}\n\n${c.summary}。\n${c.details}`

function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name)
}

/** Runs one command line; returns the process exit code and never throws. */
export async function runCli(argv: string[], io: CliOutput = consoleOutput): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined
    if (name === 'help' && rest[0] !== undefined && !topic) {
      io.err(`没有名为“${rest[0]}”的命令。\n\n${helpText()}`)
      return EXIT.usage
    }
    io.out(topic ? commandHelp(topic) : helpText())
    return EXIT.ok
  }
  const command = findCommand(name)
  if (!command) {
    io.err(`未知命令“${name}”。\n\n${helpText()}`)
    return EXIT.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command))
    return EXIT.ok
  }
  try {
    await command.run(rest)
    return EXIT.ok
  } catch (e) {
    if (e instanceof CliError) {
      if (e.message) io.err(e.message)
      return e.exitCode
    }
    const err = e as { code?: string; message?: string; stack?: string }
    // Core refusals (AppError or core.call's error) carry a Chinese message already.
    if (typeof err.code === 'string' && /^[A-Z_]+$/.test(err.code) && err.message) {
      io.err(`操作未完成：${err.message}`)
      return EXIT.failure
    }
    io.err(`命令执行失败：${err.message ?? String(e)}`)
    if (process.env.SUNLIGHT_DEBUG) io.err(err.stack ?? '')
    return EXIT.failure
  }
}
