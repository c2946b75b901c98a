import { describe, expect } from 'vitest'
import type { Core } from '../../electron/core'
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import type { PowerDetail, PowerList } from '../../shared/domain/power.schema'
import { importFile, sheetBuffer } from '../helpers/power-import.helper'
import { coreTest as test, okValue, rowCounts } from '../helpers/test-core'

const HEADER = ['序号', '事项编码', '事项名称', '子项编码', '子项名称', '事项类型']

async function idsOf(core: Core): Promise<Map<string, number>> {
  const list = okValue<PowerList>(await core.invoke('power:list', {}))
  return new Map(list.rows.map((r) => [r.code, r.id]))
}

describe('import keeps the form’s two levels (主项 → 子项)', () => {
  test('a 主项 that has 子项 in the workspace cannot become a 子项 from a file; nothing changes, and the items still save and delete', async ({ core }) => {
    okValue(await importFile(core, await sheetBuffer([HEADER, [1, 'P1', '主项一', 'C1', '子项一', '行政许可']])))
    const before = rowCounts(core)

    const r = okValue<PowerImportResult>(await importFile(core, await sheetBuffer([HEADER, [1, 'P2', '主项二', 'P1', '主项一', '行政许可']])))
    expect(r.committed).toBe(false)
    expect(r.errors).toEqual([
      { row: 2, column: '子项编码', message: '事项“P1”在本单位清单中已有子项“C1 子项一”，已有子项的事项不能再作为“P2”的子项' },
    ])
    expect(rowCounts(core)).toEqual(before)

    // the workspace is as it was: C1 re-saves unchanged, and P1 deletes together with C1
    const ids = await idsOf(core)
    expect([...ids.keys()].sort()).toEqual(['C1', 'P1'])
    const c1 = okValue<PowerDetail>(await core.invoke('power:get', { id: ids.get('C1') }))
    const { id, typeName: _t, departmentName: _d, parent, children: _c, status: _s, statusDate: _sd, statusReason: _sr, createdAt: _ca, updatedAt: _ua, ...input } = c1
    expect(parent?.code).toBe('P1')
    okValue(await core.invoke('power:update', { id, ...input }))
    expect(okValue(await core.invoke('power:delete', { ids: [ids.get('P1'), ids.get('C1')] }))).toEqual({ count: 2 })
    expect((await idsOf(core)).size).toBe(0)
  })

  test('a file that builds a third level on its own is refused row by row', async ({ core }) => {
    const file = await sheetBuffer([
      HEADER,
      [1, 'P2', '主项二', 'P1', '主项一', '行政许可'],
      [2, 'P1', '主项一', 'C9', '子项九', '行政许可'],
    ])
    const before = rowCounts(core)
    const r = okValue<PowerImportResult>(await importFile(core, file))
    expect(r.committed).toBe(false)
    expect(r.errors).toEqual([
      { row: 2, column: '子项编码', message: '事项“P1”在文件第3行有子项“C9”，已有子项的事项不能再作为“P2”的子项' },
      { row: 3, column: '子项编码', message: '主项“P1”在文件第2行是“P2”的子项，子项下不能再设子项，“C9”不能作为它的子项' },
    ])
    expect(rowCounts(core)).toEqual(before)
  })

  test('a 子项 may move to another 主项, and a 子项 may become a 主项 with 子项 of its own', async ({ core }) => {
    okValue(await importFile(core, await sheetBuffer([HEADER, [1, 'P1', '主项一', 'C1', '子项一', '行政许可'], [2, 'P2', '主项二', '', '', '行政许可']])))
    const moved = okValue<PowerImportResult>(
      await importFile(core, await sheetBuffer([HEADER, [1, 'P2', '主项二', 'C1', '子项一', '行政许可'], [2, 'P1', '主项一', '', '', '行政许可']])),
    )
    expect(moved).toMatchObject({ committed: true, errors: [], updated: 1 })
    const promoted = okValue<PowerImportResult>(await importFile(core, await sheetBuffer([HEADER, [1, 'C1', '子项一', 'C2', '子项二', '行政许可']])))
    expect(promoted).toMatchObject({ committed: true, errors: [], added: 1, updated: 1 })
    const list = okValue<PowerList>(await core.invoke('power:list', {}))
    const c1 = list.rows.find((p) => p.code === 'C1')
    expect(c1).toMatchObject({ parentId: null, childCount: 1 })
  })
})

describe('when no column is mapped to 事项编码 (defect 5)', () => {
  test('the rows are counted as read, and counted separately as waiting for the mapping', async ({ core }) => {
    const file = await sheetBuffer([
      ['某市交通运输局权责清单'],
      ['序号', '编号', '事项名称', '事项类型'],
      [1, '330275012000', '道路旅客运输经营许可', '行政许可'],
      [null, null, null, null],
      [2, '330276001000', '对超限运输车辆的处罚', '行政处罚'],
      ['注：本清单动态调整'],
    ])
    const r = okValue<PowerImportResult>(await importFile(core, file, { dryRun: true }))
    expect(r.columns.find((c) => c.header === '编号')?.field).toBeNull()
    expect(r).toMatchObject({ rowsRead: 2, skippedRows: 2, rowsAwaitingMapping: 2, added: 0, committed: false })
    expect(r.errors).toEqual([{ row: 2, column: '表头', message: '请在“列对应”中为“事项编码”指定文件中的列' }])

    // mapped by hand, the same rows are read and none waits any more
    const mapped = okValue<PowerImportResult>(
      await core.invoke('power:import', {
        fileName: '权责清单.xlsx',
        dataBase64: file.toString('base64'),
        dryRun: true,
        mapping: { sheet: 'Sheet1', headerRow: 2, columns: { '1': 'seq', '2': 'code', '3': 'name', '4': 'type' } },
      }),
    )
    expect(mapped).toMatchObject({ rowsRead: 2, rowsAwaitingMapping: 0, added: 2, errors: [] })
  })

  test('a file without a recognisable header still says how many rows it holds', async ({ core }) => {
    const r = okValue<PowerImportResult>(await importFile(core, await sheetBuffer([['会议纪要'], ['时间', '地点', '人员'], ['周一', '三楼会议室', '全体'], ['周三', '二楼', '班子成员']])))
    expect(r.errors[0]?.message).toMatch(/找不到表头行/)
    expect(r).toMatchObject({ headerRow: 2, rowsRead: 2, rowsAwaitingMapping: 2 })
  })
})
