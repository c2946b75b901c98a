/**
 * `npm start` helper: runs `electron-vite build` when out/ is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const BUILD_OUTPUTS = ['out/main/index.js', 'out/main/host.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const SOURCE_DIRS = ['electron', 'renderer', 'shared']
const SOURCE_FILES = ['electron.vite.config.ts', 'package.json', 'tsconfig.node.json', 'tsconfig.web.json']
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist'])

function newestMtime(path) {
  let st
  try {
    st = statSync(path)
  } catch {
    return 0
  }
  if (!st.isDirectory()) return st.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue
    newest = Math.max(newest, newestMtime(join(path, entry.name)))
  }
  return newest
}

/** Why a build is needed ('' when out/ is complete and newer than every source file). */
export function buildReason(root) {
  const missing = BUILD_OUTPUTS.filter((f) => !existsSync(join(root, f)))
  if (missing.length) return `缺少构建产物 ${missing.join('、')}`
  const oldestOutput = Math.min(...BUILD_OUTPUTS.map((f) => statSync(join(root, f)).mtimeMs))
  const newestSource = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(join(root, p))))
  return newestSource > oldestOutput ? '源代码比构建产物新' : ''
}

/** Builds when needed; returns false (after printing why) when the build failed. */
export function ensureBuilt(root, { log = console.log } = {}) {
  const reason = buildReason(root)
  if (!reason) return true
  log(`[启动] ${reason}，正在构建（electron-vite build）…`)
  // Run the CLI through node itself: works on Windows and does not depend on the .bin shim.
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const r = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error('[启动] 构建失败，请查看上面的错误信息。')
    return false
  }
  return buildReason(root) === ''
}
