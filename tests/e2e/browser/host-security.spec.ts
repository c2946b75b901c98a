import { request as httpRequest } from 'node:http'
import { expect, test } from '../host.fixture'

/** Raw HTTP so the Host and Origin headers are exactly what an attacker would send. */
function raw(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers, setHost: !opts.headers?.Host },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (body += c))
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', fail)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

test('the host refuses requests without the token (401)', async ({ host }) => {
  const page = await raw(host.port, '/')
  expect(page.status).toBe(401)
  expect(page.body).toContain('访问令牌')
  const asset = await raw(host.port, '/index.html')
  expect(asset.status).toBe(401)
  const wrong = await raw(host.port, '/?token=wrong-token')
  expect(wrong.status).toBe(401)
  const api = await raw(host.port, '/api/invoke', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'person:list' }),
  })
  expect(api.status).toBe(401)
  expect(JSON.parse(api.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' })
})

test('the host refuses a foreign Host header even with the token (403, DNS rebinding)', async ({ host }) => {
  for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1.evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
    const r = await raw(host.port, `/?token=${host.token}`, { headers: { Host: h } })
    expect(r.status, h).toBe(403)
  }
  const ok = await raw(host.port, `/?token=${host.token}`, { headers: { Host: `localhost:${host.port}` } })
  expect(ok.status).toBe(302)
})

test('the token is traded for an HttpOnly cookie and the API answers with Results', async ({ host }) => {
  const first = await raw(host.port, `/?token=${host.token}`)
  expect(first.status).toBe(302)
  const cookie = String(first.headers['set-cookie']).split(';')[0] ?? ''
  expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)
  const page = await raw(host.port, '/', { headers: { Cookie: cookie } })
  expect(page.status).toBe(200)
  expect(page.headers['content-security-policy']).toContain("default-src 'none'")
  const junk = await raw(host.port, '/api/invoke', {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'department:create', input: { name: 42 } }),
  })
  expect(JSON.parse(junk.body)).toMatchObject({ ok: false, code: 'VALIDATION' })
  const crossSite = await raw(host.port, '/api/invoke', {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    body: JSON.stringify({ channel: 'person:list' }),
  })
  expect(crossSite.status).toBe(403)
  const traversal = await raw(host.port, '/..%2f..%2fpackage.json', { headers: { Cookie: cookie } })
  expect(traversal.body).not.toContain('"devDependencies"')
})

test('the built host treats a malformed token cookie as no token (401) and answers a body over 50 MB with 413 in Chinese', async ({ host }) => {
  const name = `sunlight_token_${host.port}`
  for (const value of ['%', '%E0%A4%A']) {
    const page = await raw(host.port, '/', { headers: { Cookie: `${name}=${value}` } })
    expect(page.status, value).toBe(401)
    expect(page.body).toContain('访问令牌')
  }
  const big = await raw(host.port, '/api/invoke', {
    method: 'POST',
    headers: { Cookie: `${name}=${host.token}`, 'Content-Type': 'application/json' },
    body: ' '.repeat(50 * 1024 * 1024 + 1),
  })
  expect(big.status).toBe(413)
  expect(JSON.parse(big.body)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('超过 50 MB') })
  const info = await raw(host.port, '/api/invoke', {
    method: 'POST',
    headers: { Cookie: `${name}=${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'app:info' }),
  })
  expect(JSON.parse(info.body)).toMatchObject({ ok: true })
})
