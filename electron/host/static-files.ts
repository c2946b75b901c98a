import { createReadStream, realpathSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

export interface StaticFile {
  path: string
  size: number
  type: string
}

/**
 * Maps a URL path onto a file inside `root`, or null. Resolves and then checks containment, so
 * `..`, encoded `%2e%2e`, backslashes and absolute paths cannot reach outside the built renderer;
 * then the same check on the real path, so a symbolic link inside the folder (to a file or a
 * folder) cannot either. Only regular files are served, from their real path.
 */
export function resolveStatic(root: string, urlPath: string): StaticFile | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const rootAbs = resolve(root)
  const rel = decoded === '/' ? '/index.html' : decoded
  const target = resolve(rootAbs, `.${rel.replace(/\\/g, '/')}`)
  if (!isInside(rootAbs, target)) return null
  try {
    const real = realpathSync(target)
    if (!isInside(realpathSync(rootAbs), real)) return null
    const st = statSync(real)
    if (!st.isFile()) return null
    return { path: real, size: st.size, type: TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}

const isInside = (root: string, target: string) => target === root || target.startsWith(root + sep)

export const openStatic = (f: StaticFile) => createReadStream(f.path)
