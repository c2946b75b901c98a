import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Core, openCore } from '../core'
import { DB_FILE_NAME } from '../core/paths'
import { CliError } from './cli-error'

export const workspacePath = (dataDir: string) => join(resolve(dataDir), DB_FILE_NAME)

/**
 * Opens (creating and migrating when needed) the workspace in `dataDir`, or with `readonly` only
 * reads an existing one at this version; refusals become Chinese CliErrors.
 */
export function openCliCore(dataDir: string, opts: { readonly?: boolean } = {}): Core {
  try {
    return openCore({ dataDir: resolve(dataDir), mode: 'cli', readonly: opts.readonly })
  } catch (e) {
    const err = e as { code?: string; message?: string }
    if (err.code === 'SCHEMA_TOO_NEW' || err.code === 'INTERNAL' || err.code === 'NOT_FOUND') throw new CliError(err.message ?? String(e))
    if (err.code === 'EACCES' || err.code === 'EPERM') {
      throw new CliError(`没有权限访问目录 ${dataDir}，请换一个目录或检查权限。`)
    }
    if (err.code === 'SQLITE_CANTOPEN') throw new CliError(`无法打开工作区文件 ${workspacePath(dataDir)}。`)
    throw e
  }
}

/**
 * For read-only commands (stats, export): opens an existing workspace read-only — nothing is
 * created, migrated or backed up, and no write can happen.
 */
export function openExistingCliCore(dataDir: string): Core {
  if (!existsSync(workspacePath(dataDir))) {
    throw new CliError(
      `目录 ${resolve(dataDir)} 中没有工作区（未找到 ${DB_FILE_NAME}）。请检查 --data-dir，或先用 demo 命令创建演示工作区。`,
    )
  }
  return openCliCore(dataDir, { readonly: true })
}
