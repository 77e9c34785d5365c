import { LAYOUT, type GridLayout, type Row } from '../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../domain/layoutGrid'
import { EMOTION_FACE_COLUMN } from './emotionGeometry'
import { CANVAS_FONT_FAMILY } from './cardStyle'
import { GRID_LABEL_INSET, GRID_TITLE_SIZE } from './gridStyle'
import type { TextWidth } from './textMeasure'
import { lineCountWidth, wrapText } from './textWrap'

const TITLE_TOP = 10
const TITLE_LINE = GRID_TITLE_SIZE.lane * 1.4
/** A one-line title's box, as it always was: the kind line starts right under it. */
const ONE_LINE_BOX = 26
/** The kind under the title: its size, and a one-line kind's box as it always was. */
export const LANE_KIND_SIZE = 14
const KIND_LINE = LANE_KIND_SIZE * 1.4
const KIND_HEIGHT = 24
const MAX_TITLE_LINES = 3
const MAX_KIND_LINES = 3
export const LANE_TITLE_FONT = `600 ${GRID_TITLE_SIZE.lane}px ${CANVAS_FONT_FAMILY}`
const LANE_KIND_FONT = `400 ${LANE_KIND_SIZE}px ${CANVAS_FONT_FAMILY}`

/**
 * The stretch of the title column (board x and width) a lane's title and kind are written in:
 * after the collapse chevron at its outer edge and, in an open emotion lane, clear of the level
 * faces at its inner edge (a Persian title wrapped onto them).
 */
export function laneTitleSpan(grid: Pick<GridLayout, 'direction' | 'laneTitleX'>, faces: boolean): { x: number; width: number } {
  const clear = faces ? EMOTION_FACE_COLUMN : 0
  const width = LAYOUT.laneTitleWidth - LANE_TITLE_TEXT_INSET - clear
  return { x: grid.direction === 'rtl' ? grid.laneTitleX + clear : grid.laneTitleX + LANE_TITLE_TEXT_INSET, width }
}

export interface LaneTitleLayout {
  /** The title's box (before the label inset) and how many lines it wraps to. */
  readonly title: { readonly y: number; readonly height: number; readonly lines: number; readonly whole: boolean }
  /** Where the lane kind goes under the title, and how many lines it wraps to, when it is shown. */
  readonly kind: { readonly y: number; readonly height: number; readonly lines: number } | null
}

/** A box of `lines` lines keeps the padding a one-line box always had around its line. */
const boxHeight = (lines: number, line: number, oneLine: number) => (lines === 1 ? oneLine : lines * line + (oneLine - line))

/**
 * A lane title wraps onto as many lines as it needs (up to three, and as many as the lane has room
 * for), so "Jobs to be done" in Turkish, Norwegian or Persian shows in full; the kind moves below
 * it and wraps too ("احساس تجربه‌شده و مطلوب" is wider than the column), never cut with "…".
 * The kind is left out under a title that says the same. `width` is the title column's text width
 * before the label inset.
 */
export function laneTitleLayout(title: string, kind: string, row: Pick<Row, 'y' | 'height'>, width: number, measure: TextWidth): LaneTitleLayout {
  const showKind = title.toLocaleLowerCase() !== kind.toLocaleLowerCase()
  const inner = (font: string) => lineCountWidth(width - 2 * GRID_LABEL_INSET, font, measure)
  const kindLines = showKind ? Math.max(1, wrapText(kind, inner(LANE_KIND_FONT), MAX_KIND_LINES, (s) => measure(s, LANE_KIND_FONT)).length) : 0
  const kindHeight = showKind ? boxHeight(kindLines, KIND_LINE, KIND_HEIGHT) : 0
  const room = Math.max(1, Math.floor((row.height - TITLE_TOP - kindHeight - 4) / TITLE_LINE))
  const max = Math.min(MAX_TITLE_LINES, room)
  // One line more than is shown tells whether the title is cut (the export dialog says so).
  const wrapped = wrapText(title, inner(LANE_TITLE_FONT), max + 1, (s) => measure(s, LANE_TITLE_FONT)).length
  const lines = Math.max(1, Math.min(max, wrapped))
  const height = boxHeight(lines, TITLE_LINE, ONE_LINE_BOX)
  const y = row.y + TITLE_TOP
  return { title: { y, height, lines, whole: wrapped <= max }, kind: showKind ? { y: y + height, height: kindHeight, lines: kindLines } : null }
}
