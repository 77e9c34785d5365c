import type { Row } from '../domain/layout'
import { CANVAS_FONT_FAMILY } from './cardStyle'
import { GRID_LABEL_INSET, GRID_TITLE_SIZE } from './gridStyle'
import type { TextWidth } from './textMeasure'
import { lineCountWidth, wrapText } from './textWrap'

const TITLE_TOP = 10
const TITLE_LINE = GRID_TITLE_SIZE.lane * 1.4
/** A one-line title's box, as it always was: the kind line starts right under it. */
const ONE_LINE_BOX = 26
const KIND_HEIGHT = 24
const MAX_TITLE_LINES = 3
export const LANE_TITLE_FONT = `600 ${GRID_TITLE_SIZE.lane}px ${CANVAS_FONT_FAMILY}`

export interface LaneTitleLayout {
  /** The title's box (before the label inset) and how many lines it wraps to. */
  readonly title: { readonly y: number; readonly height: number; readonly lines: number }
  /** Where the lane kind goes under the title, when it is shown. */
  readonly kind: { readonly y: number; readonly height: number } | null
}

/**
 * A lane title wraps onto as many lines as it needs (up to three, and as many as the lane has room
 * for), so "Jobs to be done" in Turkish, Norwegian or Persian shows in full; the kind moves below
 * it. `width` is the title column's text width before the label inset.
 */
export function laneTitleLayout(title: string, showKind: boolean, row: Pick<Row, 'y' | 'height'>, width: number, measure: TextWidth): LaneTitleLayout {
  const room = Math.max(1, Math.floor((row.height - TITLE_TOP - (showKind ? KIND_HEIGHT : 0) - 4) / TITLE_LINE))
  const max = Math.min(MAX_TITLE_LINES, room)
  const inner = lineCountWidth(width - 2 * GRID_LABEL_INSET, LANE_TITLE_FONT, measure)
  const lines = Math.max(1, wrapText(title, inner, max, (s) => measure(s, LANE_TITLE_FONT)).length)
  const height = lines === 1 ? ONE_LINE_BOX : lines * TITLE_LINE + (ONE_LINE_BOX - TITLE_LINE)
  const y = row.y + TITLE_TOP
  return { title: { y, height, lines }, kind: showKind ? { y: y + height, height: KIND_HEIGHT } : null }
}
