import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { checkZipBudget, MAX_UNPACKED } from '../../electron/core/power/import/zip-budget'

describe('checkZipBudget', () => {
  it('accepts a real workbook and reports what it declares', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('清单').addRow(['事项编码', '事项名称'])
    const r = checkZipBudget(new Uint8Array(await wb.xlsx.writeBuffer()))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.entries).toBeGreaterThan(3)
  })

  it('refuses a workbook whose parts declare more than the budget unpacked (a zip bomb)', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('清单').addRow(['事项编码', '事项名称'])
    const data = new Uint8Array(await wb.xlsx.writeBuffer())
    // declare one part as 512 MB unpacked, as a bomb's deflated zeros would
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    let patched = 0
    for (let i = 0; i + 4 <= data.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, MAX_UNPACKED + 1, true)
        patched++
        break
      }
    }
    expect(patched).toBe(1)
    expect(checkZipBudget(data)).toEqual({ ok: false, reason: 'too-large' })
  })

  it('refuses a real bomb: many megabytes of zeros in a small file', async () => {
    const zip = new JSZip()
    const chunk = Buffer.alloc(40 * 1024 * 1024)
    for (let i = 0; i < 8; i++) zip.file(`xl/worksheets/sheet${i}.xml`, chunk)
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } })
    expect(data.length).toBeLessThan(4 * 1024 * 1024)
    expect(checkZipBudget(data)).toEqual({ ok: false, reason: 'too-large' })
  }, 60_000)

  it('refuses bytes without a central directory', () => {
    expect(checkZipBudget(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...deflateRawSync(Buffer.from('x'))]))).toEqual({ ok: false, reason: 'corrupt' })
  })
})
