import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../../..')

/** Reads a file of the production build, or fails with a message that says how to make it. */
export function readBuilt(relativePath: string): string {
  const file = join(ROOT, relativePath)
  if (!existsSync(file)) {
    throw new Error(
      `${relativePath} is missing: these security tests check the production build. ` +
        'Run `npm run build` (electron-vite build) first, then run the tests again.',
    )
  }
  return readFileSync(file, 'utf8')
}
