import ExcelJS from 'exceljs'
import { describe, expect } from 'vitest'
import type { Core } from '../../electron/core'
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import type { PowerDetail, PowerList } from '../../shared/domain/power.schema'
import { CONSTRUCTION_CHILDREN, publishedListWorkbook } from '../fixtures/published-list.fixture'
import { importFile } from '../helpers/power-import.helper'
import { coreTest as test, okValue, rowCounts } from '../helpers/test-core'

/** code → parent code (null for a 主项) of every power in the workspace. */
async function hierarchy(core: Core): Promise<Record<string, string | null>> {
  const list = okValue<PowerList>(await core.invoke('power:list', {}))
  const codeOf = new Map(list.rows.map((r) => [r.id, r.code]))
  return Object.fromEntries(list.rows.map((r) => [r.code, r.parentId === null ? null : (codeOf.get(r.parentId) ?? '?')]))
}

async function detail(core: Core, code: string): Promise<PowerDetail> {
  const list = okValue<PowerList>(await core.invoke('power:list', { search: code }))
  const id = list.rows.find((r) => r.code === code)?.id
  return okValue<PowerDetail>(await core.invoke('power:get', { id }))
}

const PUBLISHED_CODES = {
  '360118001000': null,
  '36011800200Y': null,
  '36011800200Y-01': '36011800200Y',
  '36011800200Y-02': '36011800200Y',
  '36011800200Y-03': '36011800200Y',
  '36011801900Y': null,
  '360118019002': '36011801900Y',
  '360118019003': '36011801900Y',
  '360118019004': '36011801900Y',
  '360218002000': null,
}

describe('a 权责清单 as a city 交通运输局 publishes it', () => {
  test('imports: 子项 codes split off the name or generated from the 主项 code, shown in the preview', async ({ core }) => {
    const before = rowCounts(core)
    const r = okValue<PowerImportResult>(await importFile(core, await publishedListWorkbook(), { dryRun: true }))
    expect(rowCounts(core)).toEqual(before)
    expect(r.errors).toEqual([])
    expect(r.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', 'seq'],
      ['主项编码', 'code'],
      ['主项名称', 'name'],
      ['子项名称及编码', 'childName'],
      ['权力类型', 'type'],
      ['行使层级', 'exerciseLevel'],
      ['备注', 'remark'],
    ])
    expect(r).toMatchObject({ headerRow: 2, rowsRead: 8, added: 10, generatedCodes: 3, rowsAwaitingMapping: 0 })
    const preview = r.preview.map((p) => [p.row, p.code, p.parentCode, p.codeGenerated])
    expect(preview).toEqual([
      [3, '360118001000', null, false],
      [4, '36011800200Y', null, false],
      [4, '36011800200Y-01', '36011800200Y', true],
      [5, '36011800200Y-02', '36011800200Y', true],
      [6, '36011800200Y-03', '36011800200Y', true],
      [7, '36011801900Y', null, false],
      [7, '360118019002', '36011801900Y', false],
      [8, '360118019003', '36011801900Y', false],
      [9, '360118019004', '36011801900Y', false],
      [10, '360218002000', null, false],
    ])
    const names = new Map(r.preview.map((p) => [p.code, p.name]))
    expect(names.get('36011800200Y-02')).toBe(CONSTRUCTION_CHILDREN[1])
    expect(names.get('360118019002')).toBe('跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施的许可')
    expect(names.get('360118019004')).toBe('利用公路桥梁、公路隧道、涵洞铺设电缆等设施的许可')
  })

  test('keeps 主项 codes ending in a letter as written, and 行使层级 and 备注 on the power', async ({ core }) => {
    const r = okValue<PowerImportResult>(await importFile(core, await publishedListWorkbook()))
    expect(r).toMatchObject({ committed: true, added: 10 })
    expect(await hierarchy(core)).toEqual(PUBLISHED_CODES)
    expect(await detail(core, '36011800200Y')).toMatchObject({ name: '公路建设项目施工许可', exerciseLevel: '省、市', typeName: '行政许可' })
    expect(await detail(core, '36011800200Y-03')).toMatchObject({ exerciseLevel: '市、县', remark: '由县级交通运输主管部门实施' })
    expect(await detail(core, '360118019004')).toMatchObject({ exerciseLevel: '县' })
    expect(await detail(core, '360218002000')).toMatchObject({ exerciseLevel: '市、县', remark: '2023年调整', typeName: '行政处罚' })
  })

  test('the same file imported again changes nothing: the generated codes are stable', async ({ core }) => {
    const file = await publishedListWorkbook()
    okValue(await importFile(core, file))
    const counts = rowCounts(core)
    const again = okValue<PowerImportResult>(await importFile(core, file))
    expect(again).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 10, errors: [] })
    expect(again.preview.filter((p) => p.codeGenerated).map((p) => p.code)).toEqual(['36011800200Y-01', '36011800200Y-02', '36011800200Y-03'])
    expect(rowCounts(core)).toEqual(counts)
    expect(await hierarchy(core)).toEqual(PUBLISHED_CODES)
  })

  test('a later edition with reordered and new 子项 keeps each known 子项 on its code (matched by name)', async ({ core }) => {
    okValue(await importFile(core, await publishedListWorkbook()))
    const [highway, secondary, rural] = CONSTRUCTION_CHILDREN
    const edition2 = await publishedListWorkbook({ constructionChildren: ['公路建设项目施工许可（港口建设）', rural ?? '', highway ?? '', secondary ?? ''] })
    const r = okValue<PowerImportResult>(await importFile(core, edition2))
    expect(r.errors).toEqual([])
    const byName = new Map(r.preview.filter((p) => p.parentCode === '36011800200Y').map((p) => [p.name, [p.code, p.action]]))
    // the new 子项 takes the next free suffix; the known ones keep theirs whatever their position
    expect(byName.get('公路建设项目施工许可（港口建设）')).toEqual(['36011800200Y-04', 'add'])
    expect(byName.get(highway ?? '')).toEqual(['36011800200Y-01', 'update']) // its 行使层级 and 备注 moved with the rows
    expect(byName.get(secondary ?? '')?.[0]).toBe('36011800200Y-02')
    expect(byName.get(rural ?? '')?.[0]).toBe('36011800200Y-03')
    expect(r).toMatchObject({ committed: true, added: 1 })
    expect(Object.keys(await hierarchy(core))).toHaveLength(11)
  })

  test('a generated code the user replaced by the official one is kept by the next import of the list', async ({ core }) => {
    const file = await publishedListWorkbook()
    okValue(await importFile(core, file))
    const generated = await detail(core, '36011800200Y-02')
    const { id, typeName: _t, departmentName: _d, parent: _p, children: _c, status: _s, statusDate: _sd, statusReason: _sr, createdAt: _ca, updatedAt: _ua, ...input } = generated
    okValue(await core.invoke('power:update', { ...input, id, code: '360118002002' }))
    const again = okValue<PowerImportResult>(await importFile(core, file))
    expect(again).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 10 })
    expect(again.preview.find((p) => p.name === CONSTRUCTION_CHILDREN[1])?.code).toBe('360118002002')
    expect(await hierarchy(core)).not.toHaveProperty('36011800200Y-02')
  })

  test('our own xlsx export carries 行使层级 and the generated codes, and imports back unchanged', async ({ core }) => {
    okValue(await importFile(core, await publishedListWorkbook()))
    const exported = okValue<{ dataBase64: string; fileName: string }>(await core.invoke('power:export', { format: 'xlsx' }))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(exported.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    const header = (ws?.getRow(3).values as unknown[]).map(String)
    const levelColumn = header.indexOf('行使层级')
    const childCodeColumn = header.indexOf('子项编码')
    expect(levelColumn).toBeGreaterThan(0)
    const rows = [...Array(12).keys()].map((i) => ws?.getRow(4 + i))
    expect(rows.map((row) => row?.getCell(childCodeColumn).value)).toContain('36011800200Y-02')
    expect(rows.map((row) => row?.getCell(levelColumn).value)).toContain('县')
    const counts = rowCounts(core)
    const r = okValue<PowerImportResult>(await core.invoke('power:import', { fileName: exported.fileName, dataBase64: exported.dataBase64, dryRun: false }))
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 10, errors: [], generatedCodes: 0 })
    expect(rowCounts(core)).toEqual(counts)
  })
})
