import { Document } from 'docx'
import {
  bodyParagraph,
  type CellSpec,
  columnWidths,
  contentWidth,
  documentStyles,
  fixedTable,
  SIZE,
  section,
  titleParagraph,
  xmlText,
} from '../../docs/gbt9704'
import { packWithStreamedRows, ROWS_MARKER } from '../../docs/docx-stream'
import type { ExportProgress } from '../../docs/progress'
import type { Db } from '../../db/client'
import { getUnit } from '../../org/unit.repo'
import { type ExportGroup, loadExportGroups } from './power-export-data'

const COLUMNS = [
  { header: '序号', weight: 5 },
  { header: '事项编码', weight: 12 },
  { header: '事项名称', weight: 17 },
  { header: '事项类型', weight: 7 },
  { header: '行使层级', weight: 6 },
  { header: '实施依据', weight: 23 },
  { header: '承办机构', weight: 9 },
  { header: '法定时限', weight: 7 },
  { header: '承诺时限', weight: 7 },
  { header: '备注', weight: 7 },
]

/** The table rows, one at a time: 子项 numbered 1.1, 1.2… and indented under their 主项. */
function* catalogueRows(groups: ExportGroup[]): Generator<CellSpec[]> {
  for (const [i, g] of groups.entries()) {
    for (const [j, p] of [g.main, ...g.children].entries()) {
      yield [
        { text: j === 0 ? String(i + 1) : `${i + 1}.${j}`, align: 'center' },
        { text: p.code },
        { text: j === 0 ? p.name : `└ ${p.name}` },
        { text: p.typeName, align: 'center' },
        { text: p.exerciseLevel, align: 'center' },
        { text: p.basis },
        { text: p.departmentName, align: 'center' },
        { text: p.legalLimit, align: 'center' },
        { text: p.promisedLimit, align: 'center' },
        { text: p.remark },
      ]
    }
  }
}

/**
 * 职权目录 (.docx): landscape A4 table of every power that is not 已取消, 子项 indented under 主项.
 * The rows are streamed into the file (docs/docx-stream.ts): memory holds the rows' data and the
 * compressed output, not the docx object model of every cell.
 */
export async function exportPowersDocx(db: Db, progress?: ExportProgress): Promise<Buffer> {
  const unit = getUnit(db)
  progress?.('读取职权数据', 0.02)
  const groups = loadExportGroups(db, { includeCancelled: false })
  const count = groups.reduce((n, g) => n + 1 + g.children.length, 0)
  const width = contentWidth('landscape')
  const skeleton = new Document({
    creator: '阳光权力自查台',
    title: xmlText(`${unit?.name ?? ''}职权目录`),
    styles: documentStyles(SIZE.wu),
    sections: [
      section(
        [
          titleParagraph(`${unit?.name ?? ''}职权目录`),
          bodyParagraph(`共${groups.length}项主项、${count}条职权（不含已取消事项），编制日期：${new Date().toISOString().slice(0, 10)}`, {
            indent: false,
            align: 'center',
          }),
          fixedTable(COLUMNS, [[{ text: ROWS_MARKER }]], width),
        ],
        'landscape',
      ),
    ],
  })
  return packWithStreamedRows(skeleton, catalogueRows(groups), { widths: columnWidths(COLUMNS, width), total: count, progress })
}
