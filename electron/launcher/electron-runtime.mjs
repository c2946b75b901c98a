/**
 * `npm start` helper: decides whether the Electron window can be used here and prepares it.
 *
 * - The Electron binary comes from the `electron` package's own download (node_modules/electron/dist).
 *   When it is missing, one download attempt is made (node_modules/electron/install.js) unless it
 *   failed recently; offline machines fall back to browser mode.
 * - better-sqlite3 in node_modules stays built for Node (tests, CLI, browser mode). A second build for
 *   Electron's ABI goes to .electron-native/better_sqlite3.node (Electron main loads it through
 *   better-sqlite3's `nativeBinding` option): a prebuilt binary via prebuild-install, else node-gyp
 *   against Electron's headers. Both need internet once; the result is reused until versions change.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'

const NATIVE_DIR = '.electron-native'
const NATIVE_FILE = 'better_sqlite3.node'
const DOWNLOAD_MARKER = 'electron-download-failed.json'
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** npm settings a download may need (proxy, certificates, mirrors); every other npm_config_* is dropped. */
const KEPT_NPM_CONFIG = /^npm_config_(https?_proxy|proxy|noproxy|cafile|strict_ssl|.*_binary_host(_mirror)?|.*_mirror)$/i

/**
 * The child environment for the build tools. `npm start` exports its own settings, e.g.
 * npm_config_nodedir (which would make node-gyp compile against Node's headers instead of
 * Electron's) and npm_package_* (which prebuild-install reads): those are removed.
 */
function toolEnv(extra = {}) {
  const env = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'ELECTRON_RUN_AS_NODE' || /^npm_package_/i.test(k)) continue
    if (/^npm_config_/i.test(k) && !KEPT_NPM_CONFIG.test(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

/** Path of the Electron executable, or null when the package has no binary (download blocked). */
export function electronBinary(root) {
  const require = createRequire(join(root, 'package.json'))
  try {
    const id = require.resolve('electron')
    delete require.cache[id]
    const path = require(id)
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

export function electronVersion(root) {
  return readJson(join(root, 'node_modules', 'electron', 'package.json'))?.version
}

/** One download attempt of the Electron binary; remembers a failure for a day so offline starts stay fast. */
export function tryDownloadElectron(root, { log = console.log, timeoutMs = 180_000, force = false } = {}) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { ok: false, reason: '已设置 ELECTRON_SKIP_BINARY_DOWNLOAD，不下载 Electron' }
  const marker = join(root, NATIVE_DIR, DOWNLOAD_MARKER)
  const last = readJson(marker)
  const version = electronVersion(root)
  if (!force && last && last.version === version && Date.now() - last.at < RETRY_AFTER_MS) {
    return { ok: false, reason: `最近一次下载 Electron 失败（${new Date(last.at).toLocaleString('zh-CN')}），24 小时内不再重试（删除 ${NATIVE_DIR}/${DOWNLOAD_MARKER} 可立即重试）` }
  }
  log('[启动] 未找到 Electron 程序文件，尝试下载一次（需要互联网）…')
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: join(root, 'node_modules', 'electron'),
    env: toolEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    encoding: 'utf8',
  })
  if (r.status === 0 && electronBinary(root)) {
    rmSync(marker, { force: true })
    return { ok: true }
  }
  mkdirSync(join(root, NATIVE_DIR), { recursive: true })
  writeFileSync(marker, JSON.stringify({ version, at: Date.now() }))
  const detail = r.error ? r.error.message : (r.stderr || '').trim().split('\n')[0] || `退出码 ${r.status}`
  return { ok: false, reason: `下载 Electron 失败（${detail}）` }
}

/** Runs `code` inside Electron's bundled Node (ELECTRON_RUN_AS_NODE): checks the binary starts at all. */
function runInElectronNode(electron, code, timeoutMs = 60_000) {
  const r = spawnSync(electron, ['-e', code], {
    env: toolEnv({ ELECTRON_RUN_AS_NODE: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    encoding: 'utf8',
  })
  const detail = r.error ? r.error.message : (r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')
  return { ok: r.status === 0, detail }
}

/** Opens an in-memory database with the given build under Electron: the proof it matches Electron's ABI. */
function verifyNative(root, electron, nativePath) {
  const lib = join(root, 'node_modules', 'better-sqlite3')
  const code =
    `const D = require(${JSON.stringify(lib)});` +
    `const db = new D(':memory:', { nativeBinding: ${JSON.stringify(nativePath)} });` +
    `if (db.prepare('select 1 as x').get().x !== 1) process.exit(3); db.close();`
  return runInElectronNode(electron, code)
}

/** The lines of a tool's output that say what went wrong (not node-gyp's version banner). */
function errorSummary(output) {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean)
  const noise = /gyp ERR! (cwd|node -v|node-gyp -v|not ok|command|System)|info looking for|^(gyp ERR! stack\s+)?at /
  const important = lines.filter((l) => /error|ERR!|warn/i.test(l) && !noise.test(l))
  return (important.length ? important.slice(0, 4) : lines.slice(-4)).join('\n    ')
}

function run(cmd, args, cwd, timeoutMs, log) {
  log(`[启动]   ${basename(args[0])} ${args.slice(1).join(' ')}`)
  const r = spawnSync(cmd, args, { cwd, env: toolEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, encoding: 'utf8' })
  const detail = r.error ? r.error.message : errorSummary(`${r.stdout ?? ''}\n${r.stderr ?? ''}`)
  return { ok: r.status === 0, detail }
}

/**
 * Makes sure .electron-native/better_sqlite3.node exists for this Electron version.
 * Returns { ok: true, path } or { ok: false, reason } (Chinese).
 */
export function ensureElectronNative(root, electron, { log = console.log } = {}) {
  const version = electronVersion(root)
  const bsqVersion = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json'))?.version
  const key = { electron: version, betterSqlite3: bsqVersion, platform: process.platform, arch: process.arch }
  const dir = join(root, NATIVE_DIR)
  const target = join(dir, NATIVE_FILE)
  const stampPath = join(dir, 'stamp.json')
  const stamp = readJson(stampPath)
  if (existsSync(target) && stamp && JSON.stringify(stamp) === JSON.stringify(key)) {
    const check = verifyNative(root, electron, target)
    if (check.ok) return { ok: true, path: target }
    log(`[启动] 已有的 Electron 版数据库组件无法加载（${check.detail}），重新准备…`)
  }

  log(`[启动] 为 Electron ${version} 准备数据库组件 better-sqlite3 ${bsqVersion}（只需一次，需要互联网）…`)
  const work = join(dir, 'build', 'better-sqlite3')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const src = join(root, 'node_modules', 'better-sqlite3')
  // A copy without the Node build: node_modules keeps the Node build for tests, CLI and browser mode.
  cpSync(src, work, { recursive: true, filter: (p) => p !== join(src, 'build') && p !== join(src, 'node_modules') })
  const built = join(work, 'build', 'Release', NATIVE_FILE)
  const common = [`--runtime=electron`, `--target=${version}`, `--arch=${process.arch}`]

  const attempts = [
    {
      name: 'prebuild-install（下载预编译文件）',
      args: [join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...common, `--platform=${process.platform}`, '--verbose'],
      timeoutMs: 180_000,
    },
    {
      name: 'node-gyp（按 Electron 头文件本地编译，需要 C++ 编译环境）',
      args: [join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'],
      timeoutMs: 900_000,
    },
  ]
  const failures = []
  for (const attempt of attempts) {
    log(`[启动] 尝试 ${attempt.name}`)
    const r = run(process.execPath, attempt.args, work, attempt.timeoutMs, log)
    if (r.ok && existsSync(built)) {
      const check = verifyNative(root, electron, built)
      if (check.ok) {
        cpSync(built, target)
        writeFileSync(stampPath, JSON.stringify(key))
        rmSync(join(dir, 'build'), { recursive: true, force: true })
        log(`[启动] 数据库组件已就绪：${target}`)
        return { ok: true, path: target }
      }
      failures.push(`${attempt.name}：生成的文件无法在 Electron 中加载（${check.detail}）`)
    } else {
      failures.push(`${attempt.name}：${r.detail || '失败'}`)
    }
  }
  rmSync(join(dir, 'build'), { recursive: true, force: true })
  return { ok: false, reason: `无法为 Electron 准备数据库组件 better-sqlite3：\n  - ${failures.join('\n  - ')}` }
}

/** Checks the Electron binary can start on this machine at all (missing system libraries, etc.). */
export function electronStarts(electron) {
  return runInElectronNode(electron, 'process.exit(0)', 30_000)
}
