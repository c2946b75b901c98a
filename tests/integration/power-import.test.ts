import ExcelJS from 'exceljs'
import { describe } from 'vitest'
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import type { PowerList } from '../../shared/domain/power.schema'
import { quirkyWorkbook } from '../fixtures/power-xlsx.fixture'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'
import { expect } from 'vitest'
import type { Core } from '../../electron/core'

const b64 = (b: Buffer) => b.toString('base64')

async function importFile(core: Core, data: Buffer, opts: { dryRun?: boolean; createMissing?: boolean; fileName?: string } = {}) {
  return core.invoke('power:import', {
    fileName: opts.fileName ?? '权责清单.xlsx',
    dataBase64: b64(data),
    dryRun: opts.dryRun ?? false,
    createMissing: opts.createMissing ?? false,
  })
}

async function sheetBuffer(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  rows.forEach((r, i) => (ws.getRow(i + 1).values = r))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A real workbook whose first part claims 1 GB unpacked, as a zip bomb's would. */
async function declaredBomb(): Promise<Buffer> {
  const data = await sheetBuffer([['事项编码', '事项名称', '事项类型']])
  const at = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  data.writeUInt32LE(1024 * 1024 * 1024, at + 24)
  return data
}

const HEADER = ['序号', '事项编码', '事项名称', '事项类型', '实施依据', '承办机构', '责任事项', '法定时限', '承诺时限', '备注']

describe('权责清单 import: the quirks of real files', () => {
  test('finds the two-row header below title rows and reads every quirk correctly (dry run writes nothing)', async ({ core }) => {
    const before = rowCounts(core)
    const r = okValue<PowerImportResult>(await importFile(core, await quirkyWorkbook(), { dryRun: true, createMissing: true }))
    expect(rowCounts(core)).toEqual(before)
    expect(r.committed).toBe(false)
    expect(r.headerRow).toBe(4)
    expect(r.errors).toEqual([])
    expect(r.added).toBe(7)
    expect(r.skippedRows).toBe(4) // empty row, section row, two note rows
    const byCode = new Map(r.preview.map((p) => [p.code, p]))
    // a number cell keeps every digit; a full-width code becomes ASCII
    expect(byCode.get('330275012000')?.name).toBe('道路旅客运输经营许可')
    expect(byCode.get('330276001000')?.type).toBe('行政处罚') // from the section row 「二、行政处罚（2项）」
    // the 主项 merged down over its 子项 rows
    expect(byCode.get('330275014000')?.parentCode).toBeNull()
    expect(byCode.get('330275014001')?.parentCode).toBe('330275014000')
    expect(byCode.get('330275014002')?.parentCode).toBe('330275014000')
    expect(r.missingDepartments.sort()).toEqual(['建设管理科', '综合执法大队', '运输管理科'].sort())
    expect(r.columns.find((c) => c.field === 'childName')?.header).toBe('子项名称')
    expect(r.columns.find((c) => c.field === 'promisedLimit')?.header).toBe('承诺期限（工作日）')
  })

  test('all or nothing: unknown 承办机构 are listed per row and nothing is written', async ({ core }) => {
    const before = rowCounts(core)
    const r = okValue<PowerImportResult>(await importFile(core, await quirkyWorkbook()))
    expect(r.committed).toBe(false)
    expect(r.errors.length).toBe(6)
    expect(r.errors[0]).toEqual({
      row: 5,
      column: '责任科室',
      message: '承办机构“运输管理科”不是本单位的内设机构（可选择“自动创建缺失项”，或修改文件）',
    })
    expect(rowCounts(core)).toEqual(before)
  })

  test('commits with --create-missing, then re-importing the same file changes nothing', async ({ core }) => {
    const file = await quirkyWorkbook()
    const first = okValue<PowerImportResult>(await importFile(core, file, { createMissing: true }))
    expect(first).toMatchObject({ committed: true, added: 7, updated: 0, unchanged: 0 })
    const list = okValue<PowerList>(await core.invoke('power:list', {}))
    expect(list.total).toBe(7)
    const detail = okValue<{ duties: string; basis: string; legalLimit: string; promisedLimit: string; departmentName: string }>(
      await core.invoke('power:get', { id: list.rows.find((p) => p.code === '330275012000')?.id }),
    )
    expect(detail.duties).toBe('1.受理责任：公示依法应当提交的材料。\n2.审查责任：对申请材料进行审查。')
    expect(detail.legalLimit).toBe('20')
    expect(detail.departmentName).toBe('运输管理科')
    const second = okValue<{ basis: string }>(await core.invoke('power:get', { id: list.rows.find((p) => p.code === '330275013000')?.id }))
    expect(second.basis).toBe('《中华人民共和国道路运输条例》 第二十四条') // full-width space made plain
    const counts = rowCounts(core)
    const again = okValue<PowerImportResult>(await importFile(core, file))
    expect(again).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 7, errors: [] })
    expect(rowCounts(core)).toEqual(counts)
  })

  test('an updated file is upserted by 事项编码 with added / updated / unchanged counts', async ({ core }) => {
    await core.call('department:create', { name: '法规科' })
    const v1 = await sheetBuffer([HEADER, [1, 'A001', '甲许可', '行政许可', '依据一', '法规科', '受理审查', '20', '10', ''], [2, 'A002', '乙处罚', '行政处罚', '依据二', '法规科', '调查决定', '', '', '']])
    okValue(await importFile(core, v1))
    const v2 = await sheetBuffer([
      HEADER,
      [1, 'A001', '甲许可', '行政许可', '依据一（2026修订）', '法规科', '受理审查', '20', '10', ''],
      [2, 'A002', '乙处罚', '行政处罚', '依据二', '法规科', '调查决定', '', '', ''],
      [3, 'A003', '丙检查', '行政检查', '依据三', '法规科', '检查', '', '', '新增'],
    ])
    const r = okValue<PowerImportResult>(await importFile(core, v2))
    expect(r).toMatchObject({ committed: true, added: 1, updated: 1, unchanged: 1 })
    expect(r.preview.find((p) => p.code === 'A001')?.action).toBe('update')
  })

  test('every row error is reported with its sheet row, column and a Chinese sentence', async ({ core }) => {
    const file = await sheetBuffer([
      ['某单位权责清单'],
      HEADER,
      [1, 'B001', '正常事项', '行政许可', '', '', '', '', '', ''],
      [2, '', '缺编码', '行政许可', '', '', '', '', '', ''],
      [3, 'B003', '', '行政许可', '', '', '', '', '', ''],
      [4, 'B004', '缺类型', '', '', '', '', '', '', ''],
      [5, 'B001', '重复编码', '行政许可', '', '', '', '', '', ''],
      [6, 'B#6', '编码含非法字符', '行政许可', '', '', '', '', '', ''],
      [7, 'B007', '未知类型', '行政魔法', '', '', '', '', '', ''],
    ])
    const before = rowCounts(core)
    const r = okValue<PowerImportResult>(await importFile(core, file))
    expect(r.committed).toBe(false)
    expect(r.errors).toEqual([
      { row: 4, column: '事项编码', message: '事项编码为空' },
      { row: 5, column: '事项名称', message: '事项名称为空' },
      { row: 6, column: '事项类型', message: '事项类型为空（也没有“一、行政许可”这样的分类标题行）' },
      { row: 7, column: '事项编码', message: '事项编码“B001”与第3行重复' },
      { row: 8, column: '事项编码', message: '事项编码只能包含数字、字母、“-”“_”“.”和括号' },
      { row: 9, column: '事项类型', message: '事项类型“行政魔法”不在类型列表中（可选择“自动创建缺失项”，或修改文件）' },
    ])
    expect(rowCounts(core)).toEqual(before)
  })

  test('a column mapping chosen by the user replaces the detected one', async ({ core }) => {
    const file = await sheetBuffer([
      ['编号', '名称', '分类', '经办科室'],
      ['C001', '丁确认', '行政确认', ''],
    ])
    // 编号 is detected as 序号 and 名称 names nothing: no header is recognised, and the answer offers
    // the first row's columns for the user to map by hand
    const guessed = okValue<PowerImportResult>(await importFile(core, file))
    expect(guessed.committed).toBe(false)
    expect(guessed.headerRow).toBe(1)
    expect(guessed.columns.map((c) => c.header)).toEqual(['编号', '名称', '分类', '经办科室'])
    expect(guessed.errors).toHaveLength(1)
    expect(guessed.errors[0]?.message).toMatch(/找不到表头行.*列对应/)
    const r = okValue<PowerImportResult>(
      await core.invoke('power:import', {
        fileName: 'x.xlsx',
        dataBase64: b64(file),
        dryRun: false,
        mapping: { sheet: 'Sheet1', headerRow: 1, columns: { '1': 'code', '2': 'name', '3': 'type', '4': null } },
      }),
    )
    expect(r).toMatchObject({ committed: true, added: 1 })
  })

  test('the wizard can point at another sheet or header row and the core recognises its columns', async ({ core }) => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('说明').getRow(1).values = ['本工作簿第二页为权责清单']
    const ws = wb.addWorksheet('清单')
    ws.getRow(1).values = ['填报说明：编码为12位']
    ws.getRow(2).values = ['序号', '事项编码', '事项名称', '事项类型']
    ws.getRow(3).values = [1, 'E001', '戊许可', '行政许可']
    const file = Buffer.from(await wb.xlsx.writeBuffer())
    const inSheet = okValue<PowerImportResult>(
      await core.invoke('power:import', { fileName: 'w.xlsx', dataBase64: b64(file), sheet: '清单', dryRun: true }),
    )
    expect(inSheet).toMatchObject({ sheet: '清单', headerRow: 2, added: 1, errors: [] })
    const atRow = okValue<PowerImportResult>(
      await core.invoke('power:import', {
        fileName: 'w.xlsx',
        dataBase64: b64(file),
        mapping: { sheet: '清单', headerRow: 2, columns: {} },
        dryRun: true,
      }),
    )
    expect(atRow.columns.map((c) => [c.header, c.field])).toEqual([
      ['序号', 'seq'],
      ['事项编码', 'code'],
      ['事项名称', 'name'],
      ['事项类型', 'type'],
    ])
    expect(atRow.added).toBe(1)
    expectErr(await core.invoke('power:import', { fileName: 'w.xlsx', dataBase64: b64(file), sheet: '不存在', dryRun: true }), 'VALIDATION')
  })

  test('files that are not a usable xlsx get one clear sentence and change nothing', async ({ core }) => {
    const before = rowCounts(core)
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('序号,事项编码\n1,A'), /不是 Excel 工作簿/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /已加密|\.xls/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /已损坏/],
      [await sheetBuffer([]), /没有任何内容/],
      [await declaredBomb(), /解压后过大/],
    ]
    for (const [data, pattern] of cases) {
      const r = await core.invoke('power:import', { fileName: 'bad.xlsx', dataBase64: b64(data), dryRun: false })
      expect(expectErr(r, 'VALIDATION')).toMatch(pattern)
    }
    expectErr(await core.invoke('power:import', { fileName: 'bad.xlsx', dataBase64: '', dryRun: false }), 'VALIDATION')
    // no recognisable header: one sentence in the error list, nothing written
    const noHeader = okValue<PowerImportResult>(await importFile(core, await sheetBuffer([['会议纪要'], ['时间', '地点', '人员']])))
    expect(noHeader.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^在文件“权责清单.xlsx”中找不到表头行/)])
    expect(noHeader.columns.map((c) => c.header)).toEqual(['时间', '地点', '人员'])
    // a mapping without 事项名称 is refused the same way
    const noName = okValue<PowerImportResult>(
      await core.invoke('power:import', {
        fileName: 'x.xlsx',
        dataBase64: b64(await sheetBuffer([['编码', '备注'], ['A1', '']])),
        dryRun: false,
        mapping: { sheet: 'Sheet1', headerRow: 1, columns: { '1': 'code', '2': 'remark' } },
      }),
    )
    expect(noName.errors[0]?.message).toBe('请在“列对应”中为“事项名称”指定文件中的列')
    expect(rowCounts(core)).toEqual(before)
  })

  test('export to xlsx imports back with zero changes (round trip)', async ({ core }) => {
    okValue(await importFile(core, await quirkyWorkbook(), { createMissing: true }))
    const exported = okValue<{ dataBase64: string; fileName: string }>(await core.invoke('power:export', { format: 'xlsx' }))
    expect(exported.fileName).toMatch(/^权力清单_\d{8}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(exported.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    // codes are text cells, never numbers in scientific notation
    expect(ws?.getCell('B4').value).toBe('330275012000')
    const counts = rowCounts(core)
    const r = okValue<PowerImportResult>(
      await core.invoke('power:import', { fileName: exported.fileName, dataBase64: exported.dataBase64, dryRun: false }),
    )
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 7, errors: [] })
    expect(rowCounts(core)).toEqual(counts)
  })
})
