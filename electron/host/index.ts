/**
 * Browser mode entry: `node out/main/host.js [--data-dir DIR] [--port N]` (what `npm start` runs
 * where no Electron binary exists), or `tsx electron/host/index.ts` from the source tree.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openCore } from '../core'
import { defaultDataDir, findAppRoot } from '../core/paths'
import { defaultRendererDir, startHost } from './server'

async function main(): Promise<void> {
  let values: { 'data-dir'?: string; port?: string }
  try {
    ;({ values } = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    }))
  } catch (e) {
    console.error(`参数错误：${(e as Error).message}\n用法：host [--data-dir 目录] [--port 端口]`)
    process.exit(2)
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口号无效：${values.port}（应为 0–65535 的整数）`)
    process.exit(2)
  }
  const rendererDir = defaultRendererDir(findAppRoot(__dirname))
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`找不到界面文件 ${rendererDir}/index.html，请先运行 npm run build。`)
    process.exit(1)
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
  let core
  try {
    core = openCore({ dataDir, mode: 'browser', jobs: { prewarm: true } })
  } catch (e) {
    console.error(`无法打开工作区 ${dataDir}：${(e as Error).message}`)
    process.exit(1)
  }
  let host
  try {
    host = await startHost({ core, rendererDir, port })
  } catch (e) {
    core.close()
    const code = (e as { code?: string }).code
    console.error(code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请换一个端口或去掉 --port。` : `本机服务启动失败：${(e as Error).message}`)
    process.exit(1)
  }
  console.log('阳光权力自查台（浏览器模式）已启动。')
  console.log(`工作区：${dataDir}`)
  console.log('请在本机浏览器中打开以下地址（含访问令牌，请勿发给他人）：')
  console.log(`    ${host.url}`)
  console.log('按 Ctrl+C 退出。')
  const shutdown = () => {
    void host.close().finally(() => {
      core.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

void main()
