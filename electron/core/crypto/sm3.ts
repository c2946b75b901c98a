import { createHash, getHashes } from 'node:crypto'
import { sm3 as sm3Js } from 'sm-crypto-v2'

/**
 * SM3 digest as lowercase hex. Node's OpenSSL has SM3 (fast); Electron's BoringSSL does not,
 * so there the pure-JS sm-crypto-v2 takes over. Both give identical digests (tested).
 */
const hasNativeSm3 = getHashes().includes('sm3')

export function sm3Hex(data: string | Uint8Array): string {
  if (hasNativeSm3) return createHash('sm3').update(data).digest('hex')
  return sm3Js(typeof data === 'string' ? new TextEncoder().encode(data) : data)
}

export function sm3HexJs(data: string | Uint8Array): string {
  return sm3Js(typeof data === 'string' ? new TextEncoder().encode(data) : data)
}
