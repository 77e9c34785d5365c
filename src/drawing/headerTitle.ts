import { LAYOUT } from '../domain/layout'
import { GRID_LABEL_INSET, GRID_TITLE_SIZE } from './gridStyle'
import { fitName, type NameFit } from './nameFit'
import type { TextWidth } from './textMeasure'

/**
 * The smallest a stage or step title shrinks to before it is cut. 12 px is still read at arm's
 * length on a wall screen at 100% (the lane kind is 14, a card 15), and Persian's dots and marks
 * stay apart at it in Vazirmatn. At 12 both bands hold two lines with room (the 40 px step band:
 * 2 × 12 × 1.4 = 33.6). The 48 px stage band would take a third line only below it
 * (3 × 11 × 1.4 = 46.2): three lines of 11 px in a header read as a paragraph, not a title, so
 * both keep to two lines and a name longer than that is cut.
 */
export const HEADER_TITLE_MIN_PX = 12
const HEADER_TITLE_MAX_LINES = 2

/** A stage's or step's header band, or a folded lane's row (as tall as a step header, its title as large). */
export type HeaderKind = 'stage' | 'step' | 'foldedLane'

const HEADER_PX: Record<HeaderKind, number> = { stage: GRID_TITLE_SIZE.stage, step: GRID_TITLE_SIZE.step, foldedLane: 15 }
const HEADER_HEIGHT: Record<HeaderKind, number> = { stage: LAYOUT.stageHeaderHeight, step: LAYOUT.stepHeaderHeight, foldedLane: LAYOUT.collapsedLaneHeight }

/**
 * The smallest size (board px) a header title is fitted at when the board is drawn at `zoom`.
 * Zoomed out, the 12 px that is read at 100% would be 5 to 11 px on screen: too small to read,
 * and the headers are what a person finds their way by on a zoomed-out map (the stage strip above
 * it keeps its names legible on screen for the same reason, stageStrip.ts). So a stage's or step's
 * title keeps HEADER_TITLE_MIN_PX on screen: fewer lines fit the band at that size, and a long
 * title is cut with "…" sooner, but what shows can be read (the whole title is there at 100%,
 * in the rename field and the exports). Whole px, so a pinch passes through a few sizes, not one
 * per frame. A folded lane's title keeps its board size, as the open lanes' titles do.
 */
export function headerTitleMinPx(kind: HeaderKind, zoom = 1): number {
  if (kind === 'foldedLane' || zoom >= 1) return HEADER_TITLE_MIN_PX
  return Math.max(HEADER_TITLE_MIN_PX, Math.ceil(HEADER_TITLE_MIN_PX / zoom - 1e-6))
}

/**
 * How a stage's, step's or folded lane's title fits its header band (or row), `width` board px wide (the band's whole
 * width: the label inset is taken off here): at the header's own size when it fits one line, else
 * shrunk a pixel at a time and wrapped onto as many lines as the band's fixed height holds (two),
 * and cut with "…" only when two lines at HEADER_TITLE_MIN_PX cannot hold it. The band never
 * grows: its height is the grid's (LAYOUT), which every coordinate below it depends on. Drawn at
 * a `zoom` below 100%, a stage's or step's title is fitted no smaller than headerTitleMinPx.
 */
export function headerTitleFit(kind: HeaderKind, title: string, width: number, measure: TextWidth, zoom = 1): NameFit {
  const minPx = headerTitleMinPx(kind, zoom)
  return fitName(title, Math.max(0, width - 2 * GRID_LABEL_INSET), measure, {
    px: Math.max(HEADER_PX[kind], minPx),
    minPx,
    maxLines: HEADER_TITLE_MAX_LINES,
    height: HEADER_HEIGHT[kind],
  })
}

/** A stretch of the board along x (board px). */
export interface Span {
  readonly x: number
  readonly width: number
}

/**
 * How far (board px) a header title drawn in its band, `align`ed to one end of it and `ink` wide
 * (its widest line), moves so that it shows in the part of the band on screen (`shown`), as a
 * sticky section header does. A band scrolled partly out at the title's end (the start of the
 * text: the left of a left-aligned title, the right of a right-aligned one), or under the lane
 * titles pinned there, keeps the title at the start of its part on screen: drawn at its place it
 * showed only its tail ("…post-purchase support") or nothing. The title never leaves its band: it
 * stops at the band's far end, so it slides out with that end. A band wholly on screen, or cut at
 * the other end, leaves it where it is.
 */
export function titleShift(band: Span, shown: Span, ink: number, align: 'left' | 'right', inset = GRID_LABEL_INSET): number {
  if (align === 'left') {
    const at = band.x + inset
    const start = Math.min(Math.max(at, shown.x + inset), band.x + band.width - inset - ink)
    return Math.max(0, start - at)
  }
  const at = band.x + band.width - inset
  const end = Math.max(Math.min(at, shown.x + shown.width - inset), band.x + inset + ink)
  return Math.min(0, end - at)
}
