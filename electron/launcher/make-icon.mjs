#!/usr/bin/env node
/**
 * Writes resources/icons/icon.png (512×512 RGBA): a golden sun with twelve rays on a red rounded
 * square. Dependency-free (node:zlib), so the icon can be regenerated anywhere:
 *   node electron/launcher/make-icon.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const out = join(root, 'resources', 'icons', 'icon.png')

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** Coverage 0..1 of a shape whose signed distance is d (negative inside), 1px anti-aliasing. */
const cover = (d) => Math.min(1, Math.max(0, 0.5 - d))

function roundedSquareDistance(x, y, half, radius) {
  const qx = Math.abs(x) - (half - radius)
  const qy = Math.abs(y) - (half - radius)
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0))
  return outside + Math.min(Math.max(qx, qy), 0) - radius
}

function sunDistance(x, y) {
  const r = Math.hypot(x, y)
  const disc = r - 118
  // Twelve tapered rays between radius 140 and 210.
  const angle = Math.atan2(y, x)
  const sector = (2 * Math.PI) / 12
  const local = ((angle % sector) + sector) % sector - sector / 2
  const width = 22 * (1 - (r - 140) / 90)
  const across = Math.abs(Math.sin(local) * r) - Math.max(width, 0)
  const along = Math.max(140 - r, r - 210)
  const ray = Math.max(across, along)
  return Math.min(disc, ray)
}

function pixel(px, py) {
  const x = px + 0.5 - SIZE / 2
  const y = py + 0.5 - SIZE / 2
  const bg = cover(roundedSquareDistance(x, y, 248, 96))
  const sun = cover(sunDistance(x, y))
  // Background: deep red with a slight vertical gradient; sun: gold.
  const t = (y + SIZE / 2) / SIZE
  const red = [Math.round(207 - 40 * t), Math.round(19 + 4 * t), Math.round(34 + 6 * t)]
  const gold = [255, 200, 40]
  const rgb = red.map((c, i) => Math.round(c * (1 - sun) + gold[i] * sun))
  return [...rgb, Math.round(255 * bg)]
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4))
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4)
  raw[row] = 0 // filter: none
  for (let x = 0; x < SIZE; x++) {
    const [r, g, b, a] = pixel(x, y)
    raw.set([r, g, b, a], row + 1 + x * 4)
  }
}

const ihdr = Buffer.alloc(13)
ihdr.writeUInt32BE(SIZE, 0)
ihdr.writeUInt32BE(SIZE, 4)
ihdr[8] = 8 // bit depth
ihdr[9] = 6 // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, png)
console.log(`已生成图标 ${out}（${SIZE}×${SIZE}，${png.length} 字节）`)
