import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError, EXIT } from './cli-error'

type Options = NonNullable<ParseArgsConfig['options']>

/** node:util parseArgs with its English errors turned into Chinese ones that end with the usage line. */
export function parseCommandArgs<const O extends Options>(usage: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (e) {
    throw new CliError(`${translateParseError(e)}\n用法：${usage}`, EXIT.usage)
  }
}

function translateParseError(e: unknown): string {
  const err = e as { code?: string; message?: string }
  const quoted = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? ''
  const option = quoted.split(' ')[0] ?? quoted
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知的选项：${option}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message ?? '')
        ? `选项 ${option} 不接受取值`
        : `选项 ${option} 缺少取值`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数：${quoted}`
    default:
      return `参数错误：${err.message ?? String(e)}`
  }
}

/** A whole number option within [min, max]; `undefined` gives the default. */
export function intOption(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`选项 --${name} 的取值“${raw}”无效，应为 ${min}–${max} 之间的整数`, EXIT.usage)
  }
  return n
}

/** The value of a required string option, with a Chinese error naming it when absent or empty. */
export function requiredOption(raw: string | undefined, name: string, usage: string): string {
  if (raw === undefined || raw.trim() === '') {
    throw new CliError(`缺少必填选项 --${name}\n用法：${usage}`, EXIT.usage)
  }
  return raw
}
