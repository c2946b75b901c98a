/**
 * Building blocks for 党政机关公文格式 (GB/T 9704) Word documents that lay out the same in Word and
 * WPS: A4, 方正小标宋/宋体 二号 title, 仿宋 三号 body, "— 1 —" page numbers, and tables with explicit
 * fixed column widths (w:gridCol in DXA) and no generated fields other than PAGE.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  type IStylesOptions,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'
import { stripXmlForbidden } from '../../../shared/domain/text.schema'

export const FONT = {
  title: '方正小标宋简体',
  titleFallback: '宋体',
  body: '仿宋_GB2312',
  bodyFallback: '仿宋',
  heading: '黑体',
  song: '宋体',
} as const

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 } as const

const MM = 56.7 // twips per millimetre
export const A4 = { width: 11906, height: 16838 }
/** GB/T 9704 margins: 天头 37mm, 订口 28mm; the type area is 156mm × 225mm. */
export const MARGINS = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) }

/**
 * Every text that enters a document passes here: rows stored before the contract cleaned its input
 * may still hold characters XML cannot carry (U+FFFE, C0 controls), which would make the .docx unreadable.
 */
export const xmlText = stripXmlForbidden

export function contentWidth(orientation: 'portrait' | 'landscape'): number {
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height
  return orientation === 'portrait' ? pageWidth - MARGINS.left - MARGINS.right : pageWidth - 2 * Math.round(25 * MM)
}

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name })

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240, line: 560 },
    children: [new TextRun({ text: xmlText(text), font: font(FONT.title), size: SIZE.er })],
  })
}

export function bodyParagraph(text: string, opts: { indent?: boolean; align?: 'left' | 'right' | 'center' } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text: xmlText(text), font: font(FONT.body), size: SIZE.san })],
  })
}

export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560 },
    children: [new TextRun({ text: xmlText(text), font: font(FONT.heading), size: SIZE.san })],
  })
}

/** 「— 1 —」 in 宋体 四号, centred (a simplification of the odd/even placement). */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: '— ', font: font(FONT.song), size: SIZE.si }),
          new TextRun({ children: [PageNumber.CURRENT], font: font(FONT.song), size: SIZE.si }),
          new TextRun({ text: ' —', font: font(FONT.song), size: SIZE.si }),
        ],
      }),
    ],
  })
}

export function section(children: ISectionOptions['children'], orientation: 'portrait' | 'landscape' = 'portrait'): ISectionOptions {
  const margin =
    orientation === 'portrait'
      ? MARGINS
      : { top: Math.round(28 * MM), bottom: Math.round(25 * MM), left: Math.round(25 * MM), right: Math.round(25 * MM) }
  return {
    properties: {
      page: {
        size: { ...A4, orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE },
        margin: { ...margin, header: Math.round(15 * MM), footer: Math.round(15 * MM) },
      },
    },
    footers: { default: pageNumberFooter() },
    children,
  }
}

export interface Column {
  header: string
  /** relative weight; turned into DXA so the widths sum to the type area */
  weight: number
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const tableBorders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

export const TABLE_TEXT_STYLE = 'SunlightTableText'
export const TABLE_HEADER_STYLE = 'SunlightTableHeader'

/**
 * Document styles every generated document uses: 仿宋 三号 body, and two table paragraph styles so
 * table cells carry no run formatting of their own (thousands of cells stay small and fast).
 */
export function documentStyles(tableFontSize: number = SIZE.xiaosi): IStylesOptions {
  return {
    default: { document: { run: { font: font(FONT.bodyFallback), size: SIZE.san } } },
    paragraphStyles: [
      { id: TABLE_TEXT_STYLE, name: '表格正文', basedOn: 'Normal', run: { font: font(FONT.bodyFallback), size: tableFontSize } },
      {
        id: TABLE_HEADER_STYLE,
        name: '表格标题',
        basedOn: 'Normal',
        run: { font: font(FONT.heading), size: tableFontSize },
        paragraph: { alignment: AlignmentType.CENTER },
      },
    ],
  }
}

function cellParagraphs(text: string, header: boolean, align: 'left' | 'center' = 'left'): Paragraph[] {
  return (xmlText(text) || ' ').split('\n').map(
    (line) =>
      new Paragraph({
        style: header ? TABLE_HEADER_STYLE : TABLE_TEXT_STYLE,
        alignment: align === 'center' || header ? AlignmentType.CENTER : undefined,
        text: line,
      }),
  )
}

export interface CellSpec {
  text: string
  /** hex fill such as cf1322 (level colours) */
  shading?: string
  align?: 'left' | 'center'
  /** vertical merge: 'restart' on the first row of a merged run, 'continue' below it */
  vMerge?: 'restart' | 'continue'
}

/** Column widths in DXA from relative weights, summing to at most `totalWidth`. */
export function columnWidths(columns: Column[], totalWidth: number): number[] {
  const sum = columns.reduce((n, c) => n + c.weight, 0)
  return columns.map((c) => Math.floor((c.weight / sum) * totalWidth))
}

/**
 * A table with fixed layout, explicit grid and cell widths, and a repeating header row; its text
 * size comes from the document's table styles (documentStyles).
 */
export function fixedTable(columns: Column[], rows: CellSpec[][], totalWidth: number): Table {
  const widths = columnWidths(columns, totalWidth)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EEF8' },
          children: cellParagraphs(c.header, true),
        }),
    ),
  })
  const body = rows.map(
    (cells) =>
      new TableRow({
        children: cells.map(
          (cell, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              verticalAlign: VerticalAlign.CENTER,
              verticalMerge: cell.vMerge,
              shading: cell.shading ? { type: ShadingType.CLEAR, color: 'auto', fill: cell.shading } : undefined,
              children: cell.vMerge === 'continue' ? [new Paragraph({ style: TABLE_TEXT_STYLE })] : cellParagraphs(cell.text, false, cell.align),
            }),
        ),
      }),
  )
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  })
}
