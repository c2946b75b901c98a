#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR] [--port N] [--browser]`
 *
 * Builds when needed, then opens the Electron window where an Electron binary (and a better-sqlite3
 * build for it) can be had; otherwise starts browser mode (out/main/host.js on 127.0.0.1) and says why.
 */
import { spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { electronBinary, electronStarts, ensureElectronNative, tryDownloadElectron } from './electron-runtime.mjs'
import { ensureBuilt } from './start-build.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const USAGE = `用法：npm start -- [选项]
  --data-dir 目录      工作区文件夹（默认：本机用户配置目录下的 SunlightDesk）
  --port 端口          浏览器模式使用的端口（默认：随机空闲端口）
  --browser            不打开 Electron 窗口，直接使用浏览器模式
  --retry-electron     忽略最近一次 Electron 下载失败的记录，立即重试下载
  --prepare-electron   只构建并准备 Electron 运行环境，然后退出（供端到端测试使用）
  -h, --help           显示本说明`

function parseOptions() {
  let parsed
  try {
    parsed = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        browser: { type: 'boolean' },
        'retry-electron': { type: 'boolean' },
        'prepare-electron': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    })
  } catch (e) {
    console.error(`参数错误：${e.message}\n\n${USAGE}`)
    process.exit(2)
  }
  const v = parsed.values
  return {
    dataDir: v['data-dir'] ? resolve(v['data-dir']) : undefined,
    port: v.port,
    browser: v.browser ?? false,
    retryElectron: v['retry-electron'] ?? false,
    prepareOnly: v['prepare-electron'] ?? false,
    help: v.help ?? false,
  }
}

/** Returns { electron } when the window can be used here, else { reason } in Chinese. */
function prepareElectron(opts) {
  let electron = electronBinary(root)
  if (!electron) {
    const download = tryDownloadElectron(root, { force: opts.retryElectron })
    electron = download.ok ? electronBinary(root) : null
    if (!electron) return { reason: `本机没有 Electron 程序文件：${download.reason ?? '下载后仍未找到'}` }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: '未检测到图形界面（没有 DISPLAY / WAYLAND_DISPLAY），无法打开窗口' }
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    return { reason: '当前以 root 身份运行，Electron 只能关闭沙箱运行；出于安全考虑不这样做（请用普通用户运行）' }
  }
  const starts = electronStarts(electron)
  if (!starts.ok) return { reason: `Electron 无法在本机启动（可能缺少系统库）：${starts.detail}` }
  const native = ensureElectronNative(root, electron)
  if (!native.ok) return { reason: native.reason }
  return { electron }
}

/** Runs a child with the terminal attached and exits with its status. Ctrl-C reaches the child directly. */
function runAttached(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
  // Stay alive until the child has shut down cleanly; pass the signal on in case only this process got it
  // (Ctrl-C in a terminal reaches the whole process group, so the child may see it twice: harmless).
  process.on('SIGINT', () => child.kill('SIGINT'))
  process.on('SIGTERM', () => child.kill('SIGTERM'))
  child.on('error', (e) => {
    console.error(`[启动] 无法启动 ${command}：${e.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function main() {
  const opts = parseOptions()
  if (opts.help) {
    console.log(USAGE)
    return
  }
  if (!ensureBuilt(root)) process.exit(1)

  let reason = '按 --browser 参数要求使用浏览器模式'
  if (!opts.browser) {
    const prepared = prepareElectron(opts)
    if (opts.prepareOnly) {
      if (prepared.electron) console.log(`[启动] Electron 运行环境已就绪：${prepared.electron}`)
      else console.error(`[启动] Electron 运行环境不可用：${prepared.reason}`)
      process.exit(prepared.electron ? 0 : 3)
    }
    if (prepared.electron) {
      if (opts.port) console.log('[启动] 提示：--port 只用于浏览器模式，Electron 窗口不需要端口。')
      console.log('[启动] 正在打开阳光权力自查台窗口…')
      const env = { ...process.env }
      delete env.ELECTRON_RUN_AS_NODE
      runAttached(prepared.electron, [root, ...(opts.dataDir ? ['--data-dir', opts.dataDir] : [])], env)
      return
    }
    reason = prepared.reason
  }

  console.log(`[启动] 使用浏览器模式。原因：${reason}`)
  const hostArgs = [join(root, 'out', 'main', 'host.js')]
  if (opts.dataDir) hostArgs.push('--data-dir', opts.dataDir)
  if (opts.port) hostArgs.push('--port', opts.port)
  runAttached(process.execPath, hostArgs, process.env)
}

main()
