/**
 * Issue 7, item 6 and the search hole: characters XML cannot carry never reach the database through
 * the contract, rows stored before the rule still export as valid .xlsx/.docx that our own import
 * reads back, and a NUL inside a search term is harmless.
 */
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { describe, expect } from 'vitest'
import type { Core } from '../../electron/core'
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import type { PowerDetail, PowerList, PowerType } from '../../shared/domain/power.schema'
import { hasXmlForbidden } from '../../shared/domain/text.schema'
import { VALID_CREDIT_CODE } from '../helpers/org-fixture'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'

const HOSTILE = '\uFFFE\u0000\u0001\u000B\u001F\uFFFF\uD800'
/** What SQLite can hold as it was sent (a lone surrogate is stored as U+FFFD, which XML allows). */
const STORABLE = '\uFFFE\u0000\u0001\u000B\u001F\uFFFF'

async function seedPower(core: Core, extra: Record<string, unknown> = {}): Promise<PowerDetail> {
  const types = await core.call('powerType:list')
  const typeId = types.find((t: PowerType) => t.name === '行政许可')?.id ?? 0
  return core.call('power:create', {
    code: '330275012000',
    name: '道路旅客运输经营许可',
    typeId,
    basis: '《中华人民共和国道路运输条例》第八条',
    ...extra,
  })
}

async function exportFile(core: Core, format: 'xlsx' | 'docx'): Promise<Buffer> {
  const file = await core.call('power:export', { format })
  return Buffer.from(file.dataBase64, 'base64')
}

/** Parses every XML part of an Office file with a strict parser; returns the first error per part. */
async function xmlErrors(office: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(office)
  const errors: string[] = []
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue
    const xml = await entry.async('string')
    const parser = new SaxesParser()
    let first: string | null = null
    parser.on('error', (e) => {
      first ??= `${name}: ${e.message}`
    })
    parser.write(xml).close()
    if (first) errors.push(first)
  }
  return errors
}

async function reimport(core: Core, xlsx: Buffer): Promise<PowerImportResult> {
  return okValue<PowerImportResult>(
    await core.invoke('power:import', { fileName: '权力清单.xlsx', dataBase64: xlsx.toString('base64'), dryRun: true }),
  )
}

describe('text that XML cannot carry', () => {
  test('typed into a power it is removed before storing; both exports stay valid and re-import unchanged', async ({ core }) => {
    const p = await seedPower(core, {
      basis: `《道路运输条例》${HOSTILE}第八条`,
      remark: `\u200B备注${HOSTILE}\u3000`,
    })
    expect(p.basis).toBe('《道路运输条例》第八条')
    expect(p.remark).toBe('备注')
    const stored = core.ws.sqlite.prepare('select basis, remark from powers where id = ?').get(p.id) as { basis: string; remark: string }
    expect(hasXmlForbidden(stored.basis + stored.remark)).toBe(false)

    const xlsx = await exportFile(core, 'xlsx')
    expect(await xmlErrors(xlsx)).toEqual([])
    expect(await xmlErrors(await exportFile(core, 'docx'))).toEqual([])
    const back = await reimport(core, xlsx)
    expect(back.errors).toEqual([])
    expect(back).toMatchObject({ added: 0, updated: 0, unchanged: 1 })
  })

  test('rows stored before the rule still give valid exports that our own import reads back', async ({ core }) => {
    const p = await seedPower(core)
    // as an older version (or a hand-edited database) would have left them
    core.ws.sqlite
      .prepare('update powers set name = ?, basis = ?, duties = ? where id = ?')
      .run(`道路旅客${STORABLE}运输经营许可`, `依据${STORABLE}`, `受理\u000C审查`, p.id)
    await core.call('unit:save', { name: '某市交通运输局', creditCode: VALID_CREDIT_CODE, unitType: '行政机关' })
    core.ws.sqlite.prepare('update unit set name = ?').run(`某市交通运输局${STORABLE}`)

    const xlsx = await exportFile(core, 'xlsx')
    const docx = await exportFile(core, 'docx')
    expect(await xmlErrors(xlsx)).toEqual([])
    expect(await xmlErrors(docx)).toEqual([])
    const documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')
    expect(documentXml).toContain('道路旅客运输经营许可')

    const back = await reimport(core, xlsx)
    expect(back.errors).toEqual([])
    expect(back.preview.map((r) => r.name)).toEqual(['道路旅客运输经营许可'])
  })

  test('a required field made only of invisible characters is refused and nothing is written', async ({ core }) => {
    const before = rowCounts(core)
    const message = expectErr(await core.invoke('department:create', { name: '\u200B\u3000\uFEFF' }), 'VALIDATION')
    expect(message).toContain('请填写机构名称')
    expectErr(await core.invoke('person:create', { name: '\u200B', roleLevel: 'staff' }), 'VALIDATION')
    expect(rowCounts(core)).toEqual(before)
  })

  test('a status date that does not exist is refused and nothing changes', async ({ core }) => {
    const p = await seedPower(core)
    const before = rowCounts(core)
    for (const date of ['2026-99-99', '2026-02-30']) {
      const message = expectErr(await core.invoke('power:setStatus', { ids: [p.id], status: 'confirmed', date }), 'VALIDATION')
      expect(message).toContain(date)
    }
    expect(rowCounts(core)).toEqual(before)
    expect((await core.call('power:get', { id: p.id })).status).toBe('pending')
  })
})

describe('search terms', () => {
  test('a NUL inside a search term of 3+ characters finds the power instead of failing', async ({ core }) => {
    const p = await seedPower(core)
    for (const search of ['道路\u0000旅客', '\u0000\u0000\u0000道路旅客', '旅客运输\u0000', '道\u0000路', '"\u0000"']) {
      const list = okValue<PowerList>(await core.invoke('power:list', { search }))
      if (search.includes('道')) expect(list.rows.map((r) => r.id), JSON.stringify(search)).toEqual([p.id])
    }
    for (const channel of ['department:list', 'post:list', 'person:list'] as const) {
      okValue(await core.invoke(channel, { search: '财务\u0000科\uFFFE' }))
    }
  })
})
