import { CANVAS_FONT_FAMILY } from './cardStyle'
import type { TextWidth } from './textMeasure'
import { lineCountWidth, wrapText } from './textWrap'

// Zoomed out past reading the headers, the board draws each stage's name in a strip above the map
// at a size fixed on screen (src/canvas/grid/gridShapes.tsx). A name is there to be read, so it
// wraps, then shrinks, and is cut with "…" only when even that cannot hold it. Everything here is
// in screen px.

/** A stage name's size in the strip, and the smallest it shrinks to before it is cut. */
export const STAGE_NAME_PX = 13
export const STAGE_NAME_MIN_PX = 9
/** More lines than this would make the strip a second header band over a small map. */
export const STAGE_NAME_MAX_LINES = 3
const LINE_HEIGHT = 1.4
/** A one-line strip, as tall as it always was: one line and a little room around it. */
const ONE_LINE_STRIP = STAGE_NAME_PX * 1.8
const STRIP_PADDING = ONE_LINE_STRIP - STAGE_NAME_PX * LINE_HEIGHT

export interface StageNameFit {
  /** Font size, in screen px. */
  readonly size: number
  /** How many lines the name takes (at least one). */
  readonly lines: number
  /** False when the name is cut with "…" even at the smallest size. */
  readonly whole: boolean
}

export function stageNameFont(size: number): string {
  return `600 ${size}px ${CANVAS_FONT_FAMILY}`
}

/**
 * How a stage name fits a strip cell `width` screen px wide (its text width, inside the label's
 * inset): the largest size from STAGE_NAME_PX down to STAGE_NAME_MIN_PX at which it wraps onto at
 * most three lines with no word broken; else the smallest size, cut. Lines are counted as the
 * lane titles count them (lineCountWidth), so Konva, which keeps room for "…", never needs more.
 */
export function fitStageName(name: string, width: number, measure: TextWidth): StageNameFit {
  const words = name.split(/\s+/).filter((w) => w !== '')
  for (let size = STAGE_NAME_PX; size >= STAGE_NAME_MIN_PX; size--) {
    const font = stageNameFont(size)
    const inner = lineCountWidth(width, font, measure)
    const line = (s: string) => measure(s, font)
    if (!words.every((w) => line(w) <= inner)) continue
    const lines = wrapText(name, inner, STAGE_NAME_MAX_LINES + 1, line).length
    if (lines <= STAGE_NAME_MAX_LINES) return { size, lines: Math.max(1, lines), whole: true }
  }
  const font = stageNameFont(STAGE_NAME_MIN_PX)
  const lines = wrapText(name, lineCountWidth(width, font, measure), STAGE_NAME_MAX_LINES, (s) => measure(s, font)).length
  return { size: STAGE_NAME_MIN_PX, lines: Math.max(1, lines), whole: false }
}

/** The strip's height on screen: one height for every stage, as tall as the name with the most lines needs. */
export function stageStripHeight(fits: Iterable<StageNameFit>): number {
  let height = ONE_LINE_STRIP
  for (const fit of fits) height = Math.max(height, fit.lines * fit.size * LINE_HEIGHT + STRIP_PADDING)
  return height
}
