/**
 * Issue 7 through the handler the host and the window call: `power:import` (dry run, then for
 * real) answers each hostile workbook at once, with a bounded result or a Chinese VALIDATION
 * error, and writes nothing. (Before, the host process died on the merge-range file.)
 */
import type { PowerImportResult } from '../../shared/domain/power-import.schema'
import { lyingSizeWorkbook, mergeRangeWorkbook } from '../helpers/hostile-xlsx'
import { coreTest as test, expectErr, okValue, rowCounts } from '../helpers/test-core'
import { describe, expect } from 'vitest'
import { buildXlsx, sheetDataXml } from '../helpers/xlsx-parts'

const input = (data: Buffer, dryRun: boolean) => ({ fileName: '清单.xlsx', dataBase64: data.toString('base64'), dryRun, createMissing: true })

describe('power:import of hostile workbooks', () => {
  test('the merge-range files give a bounded result; the lying-size file a Chinese refusal; nothing is written', async ({ core }) => {
    const before = rowCounts(core)
    for (const dryRun of [true, false]) {
      const merged = okValue<PowerImportResult>(await core.invoke('power:import', input(mergeRangeWorkbook('A5:GR199999'), dryRun)))
      expect(merged).toMatchObject({ headerRow: 4, added: 0, rowsRead: 0, skippedRows: 2 })
      const whole = okValue<PowerImportResult>(await core.invoke('power:import', input(mergeRangeWorkbook('A1:XFD1048576'), dryRun)))
      expect(whole.errors[0]?.message).toMatch(/找不到表头行/)
      expect(expectErr(await core.invoke('power:import', input(lyingSizeWorkbook(), dryRun)), 'VALIDATION')).toMatch(/解压后超过其声明的大小/)
    }
    expect(rowCounts(core)).toEqual(before)
    // and the same handler still imports an honest file afterwards
    const honest = buildXlsx({ sheets: [{ name: '清单', body: sheetDataXml([['事项编码', '事项名称', '事项类型'], ['A001', '道路运输经营许可', '行政许可']]) }] })
    expect(okValue<PowerImportResult>(await core.invoke('power:import', input(honest, false)))).toMatchObject({ committed: true, added: 1 })
  })
})
