/**
 * Table conventions every list page shares: short columns sized to their content from character
 * counts, one long column that takes the rest, full text in a tooltip where a cell must cut.
 *
 * Widths are estimated, not measured: at the tables' 14 px font a Chinese character is about
 * 14 px wide and a digit or Latin letter about 8 px; a tag's 12 px text about 12 px a character.
 */
import { Tooltip } from 'antd'
import type { ReactNode } from 'react'

/** Horizontal padding antd gives a cell (8 px each side in the middle/small sizes) plus a little air. */
export const CELL_PADDING = 20
/** Room the sort arrows take beside a sortable column's title. */
export const SORTER_WIDTH = 26
/** The row-selection checkbox column. */
export const SELECTION_WIDTH = 44

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** Estimated width in px of `text` at `px` font size (wide characters ≈ 1 em, others ≈ 0.57 em). */
export function textWidth(text: string, px = 14): number {
  let w = 0
  for (const ch of text) w += WIDE.test(ch) ? px : Math.ceil(px * 0.57)
  return w
}

/** Width of a tag holding `text` (12 px font, 7 px padding and a border each side, 8 px gap after). */
export function tagWidth(text: string): number {
  return textWidth(text, 12) + 16 + 8
}

export interface FitOptions {
  /** sortable columns need room for the arrows beside the title */
  sortable?: boolean
  /** never narrower than this */
  min?: number
  /** never wider than this: longer text is cut, with the full text in a tooltip */
  max?: number
  /** content width of something other than text (tags, icons), already in px */
  contentWidths?: number[]
}

/** A short column's width: its title or its longest value, whichever is wider, within [min, max]. */
export function fitWidth(title: string, values: Iterable<string>, opts: FitOptions = {}): number {
  let widest = textWidth(title) + (opts.sortable ? SORTER_WIDTH : 0)
  for (const v of values) widest = Math.max(widest, textWidth(v))
  for (const w of opts.contentWidths ?? []) widest = Math.max(widest, w)
  const width = widest + CELL_PADDING
  return Math.min(opts.max ?? Infinity, Math.max(opts.min ?? 0, width))
}

/** The table's scroll width: the short columns plus the least the long column may shrink to. */
export function scrollWidth(shortWidths: number[], longMin: number): number {
  return shortWidths.reduce((a, b) => a + b, 0) + longMin
}

/** A search box wide enough for its whole placeholder (input padding, clear icon and button included). */
export const searchBoxWidth = (placeholder: string) => Math.max(220, textWidth(placeholder) + 86)

/**
 * One line of text that is cut with “…” when it does not fit; then, and only then, the full text
 * shows in a tooltip (and is the cell's accessible name, so nothing is lost to a screen reader).
 */
export function CellText({ text, width, children }: { text: string; width?: number; children?: ReactNode }) {
  const cut = width !== undefined && textWidth(text) + CELL_PADDING > width
  const body = <span className="cell-text">{children ?? text}</span>
  return cut ? (
    <Tooltip title={text} placement="topLeft" mouseEnterDelay={0.3}>
      <span className="cell-text" aria-label={text}>
        {children ?? text}
      </span>
    </Tooltip>
  ) : (
    body
  )
}
