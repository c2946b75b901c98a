/**
 * Issue 7, smaller holes in the browser host: a malformed cookie, symbolic links in the renderer
 * folder and an oversized body. The host runs in-process on a real port with its own renderer
 * folder and workspace; requests are raw HTTP so headers and bodies are exactly what a hostile
 * client would send.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { vi } from 'vitest'
import type { Core } from '../../electron/core'
import { DB_FILE_NAME } from '../../electron/core/paths'
import { type RunningHost, startHost } from '../../electron/host/server'
import { openTestCore } from '../helpers/test-core'
import { describe, expect, test } from '../helpers/temp-dir'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One raw request; `body` may be a Buffer (sent with Content-Length) or chunks (sent chunked). */
function raw(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer; chunks?: Buffer[] } = {},
): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', fail)
    if (opts.body) req.end(opts.body)
    else if (opts.chunks) {
      for (const c of opts.chunks) req.write(c)
      req.end()
    } else req.end()
  })
}

interface HostFixture {
  host: RunningHost
  core: Core
  rendererDir: string
  /** a file outside the renderer folder that must never be served */
  secret: string
  consoleErrors: unknown[][]
}

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER'

const hostTest = test.extend<{ fx: HostFixture }>({
  fx: async ({ dataDir }, use) => {
    const rendererDir = join(dataDir, 'renderer')
    const outside = join(dataDir, 'outside')
    mkdirSync(join(rendererDir, 'assets'), { recursive: true })
    mkdirSync(outside)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>阳光权力自查台</title>')
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
    const secret = join(outside, 'secret.js')
    writeFileSync(secret, SECRET)
    const core = openTestCore(join(dataDir, 'ws'))
    const consoleErrors: unknown[][] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleErrors.push(args))
    const host = await startHost({ core, rendererDir })
    try {
      await use({ host, core, rendererDir, secret, consoleErrors })
    } finally {
      await host.close()
      core.close()
      spy.mockRestore()
    }
  },
})

const cookieOf = (h: RunningHost) => `sunlight_token_${h.port}=${h.token}`

describe('token cookie', () => {
  hostTest('a malformed % in the cookie is treated as no token: 401, no 500, nothing logged', async ({ fx }) => {
    const name = `sunlight_token_${fx.host.port}`
    for (const value of ['%', '%E0%A4%A', 'abc%zz', `${fx.host.token}%`]) {
      const page = await raw(fx.host.port, '/', { headers: { Cookie: `${name}=${value}` } })
      expect(page.status, value).toBe(401)
      expect(page.body).toContain('访问令牌')
      const api = await raw(fx.host.port, '/api/invoke', {
        method: 'POST',
        headers: { Cookie: `other=1; ${name}=${value}`, 'Content-Type': 'application/json' },
        body: Buffer.from(JSON.stringify({ channel: 'app:info' })),
      })
      expect(api.status, value).toBe(401)
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' })
    }
    expect(fx.consoleErrors).toEqual([])
    // the real cookie still works
    expect((await raw(fx.host.port, '/', { headers: { Cookie: cookieOf(fx.host) } })).status).toBe(200)
  })
})

describe('static files', () => {
  hostTest('symbolic links that leave the renderer folder are not followed (a file, a folder, a nested folder)', async ({ fx, dataDir }) => {
    symlinkSync(fx.secret, join(fx.rendererDir, 'leak.js'))
    symlinkSync(join(dataDir, 'outside'), join(fx.rendererDir, 'linked'))
    symlinkSync(join(dataDir, 'ws'), join(fx.rendererDir, 'assets', 'workspace'))
    const headers = { Cookie: cookieOf(fx.host) }
    for (const path of ['/leak.js', '/linked/secret.js', `/assets/workspace/${DB_FILE_NAME}`]) {
      const r = await raw(fx.host.port, path, { headers })
      expect(r.status, path).toBe(404)
      expect(r.body).not.toContain(SECRET)
    }
    // ordinary files, and a link that stays inside the folder, are served
    symlinkSync(join(fx.rendererDir, 'assets', 'app.js'), join(fx.rendererDir, 'alias.js'))
    for (const path of ['/assets/app.js', '/alias.js']) {
      const r = await raw(fx.host.port, path, { headers })
      expect(r.status, path).toBe(200)
      expect(r.body).toBe('console.log("app")')
    }
  })

  hostTest('a renderer folder reached through a symbolic link is still served', async ({ fx, dataDir }) => {
    const linkedRoot = join(dataDir, 'renderer-link')
    symlinkSync(fx.rendererDir, linkedRoot)
    const other = await startHost({ core: fx.core, rendererDir: linkedRoot })
    try {
      const r = await raw(other.port, '/assets/app.js', { headers: { Cookie: cookieOf(other) } })
      expect(r.status).toBe(200)
    } finally {
      await other.close()
    }
  })
})

describe('request size', () => {
  const OVER = 50 * 1024 * 1024 + 1024

  hostTest('a body over 50 MB gets 413 with the Chinese message, declared or chunked, and the host keeps answering', async ({ fx }) => {
    const headers = { Cookie: cookieOf(fx.host), 'Content-Type': 'application/json' }
    const declared = await raw(fx.host.port, '/api/invoke', { method: 'POST', headers, body: Buffer.alloc(OVER, 0x20) })
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('超过 50 MB') })

    const chunk = Buffer.alloc(1024 * 1024, 0x20)
    const chunked = await raw(fx.host.port, '/api/invoke', { method: 'POST', headers, chunks: Array.from({ length: 51 }, () => chunk) })
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.body).message).toContain('超过 50 MB')

    const info = await raw(fx.host.port, '/api/invoke', { method: 'POST', headers, body: Buffer.from(JSON.stringify({ channel: 'app:info' })) })
    expect(JSON.parse(info.body)).toMatchObject({ ok: true })
    expect(fx.consoleErrors).toEqual([])
  })
})
