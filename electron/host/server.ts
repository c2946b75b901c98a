import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { CSP } from '../../shared/csp'
import type { Err } from '../../shared/result'
import type { Core } from '../core'
import { isLoopbackHost, isSameOrigin, readCookie, tokenMatches } from './host-guards'
import { openStatic, resolveStatic } from './static-files'

export interface HostOptions {
  core: Core
  rendererDir: string
  port?: number
  token?: string
}

export interface RunningHost {
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

const MAX_BODY = 50 * 1024 * 1024
/** How long a refused oversized body may keep arriving (read and dropped) before the connection is cut. */
const DRAIN_TIMEOUT_MS = 30_000
const BODY_TOO_LARGE = '请求数据超过 50 MB，本机服务没有处理。导入的文件不能超过 30 MB，请检查是否选错了文件。'
const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body))
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  })
  res.end(data)
}

function sendText(res: ServerResponse, status: number, text: string): void {
  const data = Buffer.from(text)
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': data.length,
    'Cache-Control': 'no-store',
  })
  res.end(data)
}

const fail = (code: Err['code'], message: string): Err => ({ ok: false, code, message })

/** The request body, or null as soon as it grows past MAX_BODY (the rest is left unread). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        req.off('data', onData)
        chunks.length = 0
        resolveBody(null)
        return
      }
      chunks.push(c)
    }
    req.on('data', onData)
    req.on('end', () => resolveBody(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * 413 with the Chinese message first, then keep reading and dropping what the client is still
 * sending: closing a socket with unread data resets it, and the client would never see the answer.
 * A client that keeps sending is cut off after DRAIN_TIMEOUT_MS.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  sendJson(res, 413, fail('VALIDATION', BODY_TOO_LARGE), { Connection: 'close' })
  const cutOff = setTimeout(() => req.destroy(), DRAIN_TIMEOUT_MS)
  cutOff.unref()
  req.once('close', () => clearTimeout(cutOff))
  req.resume()
}

/**
 * Browser mode: serves the built renderer and the core's handler map on 127.0.0.1 only.
 * Every request needs the per-launch token (query `?token=` once, then an HttpOnly cookie) and
 * a loopback Host header; nothing outside `rendererDir` is ever served.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const cookieName = () => `sunlight_token_${port}`

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[host] request failed', e)
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', '本机服务内部错误'))
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, port)) {
      sendText(res, 403, '拒绝访问：请求的主机名不是本机地址（已阻止可能的 DNS 重绑定攻击）。')
      return
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const queryToken = url.searchParams.get('token')
    const authed = tokenMatches(readCookie(req.headers.cookie, cookieName()), token) || tokenMatches(queryToken, token)
    const isApi = url.pathname.startsWith('/api/')

    if (!authed) {
      if (isApi) sendJson(res, 401, fail('UNAUTHORIZED', '访问令牌缺失或无效，请使用程序启动时打印的完整地址打开。'))
      else sendText(res, 401, '需要访问令牌：请使用“阳光权力自查台”启动时打印的完整地址（含 ?token=）打开本页面。')
      return
    }

    if (queryToken !== null && req.method === 'GET' && !isApi) {
      // Trade the token in the address bar for an HttpOnly cookie, then drop it from the URL.
      url.searchParams.delete('token')
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
      })
      res.end()
      return
    }

    if (isApi) {
      if (url.pathname !== '/api/invoke') return sendJson(res, 404, fail('UNKNOWN_CHANNEL', '未知的接口地址'))
      if (req.method !== 'POST') return sendJson(res, 405, fail('VALIDATION', '接口只接受 POST 请求'))
      if (!isSameOrigin(req.headers.origin, port)) {
        return sendJson(res, 403, fail('UNAUTHORIZED', '拒绝跨站请求'))
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, fail('VALIDATION', '请求格式无效：需要 JSON'))
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return refuseTooLarge(req, res)
      const body = await readBody(req)
      if (body === null) return refuseTooLarge(req, res)
      let msg: unknown
      try {
        msg = JSON.parse(body.toString('utf8'))
      } catch {
        return sendJson(res, 400, fail('VALIDATION', '请求格式无效：不是合法的 JSON'))
      }
      if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
        return sendJson(res, 400, fail('VALIDATION', '请求格式无效'))
      }
      const { channel, input } = msg as { channel?: unknown; input?: unknown }
      sendJson(res, 200, await opts.core.invoke(channel, input))
      return
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, '不支持的请求方法')
      return
    }
    // Client-side routes fall back to index.html; anything with an extension must exist.
    const file =
      resolveStatic(opts.rendererDir, url.pathname) ??
      (/\.[a-z0-9]+$/i.test(url.pathname) ? null : resolveStatic(opts.rendererDir, '/index.html'))
    if (!file) {
      sendText(res, 404, '未找到')
      return
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Content-Length': file.size,
      'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'private, max-age=3600',
    })
    if (req.method === 'HEAD') res.end()
    else openStatic(file).pipe(res)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

export const defaultRendererDir = (appRoot: string) => join(appRoot, 'out', 'renderer')
