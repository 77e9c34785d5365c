import { fitName, NAME_LINE_HEIGHT, nameFont, type NameFit } from './nameFit'
import type { TextWidth } from './textMeasure'

// Zoomed out past reading the headers, the board draws each stage's name in a strip above the map
// at a size fixed on screen (src/canvas/grid/gridShapes.tsx). A name is there to be read, so it
// wraps, then shrinks, and is cut with "…" only when even that cannot hold it. Everything here is
// in screen px.

/** A stage name's size in the strip, and the smallest it shrinks to before it is cut. */
export const STAGE_NAME_PX = 13
export const STAGE_NAME_MIN_PX = 9
/** More lines than this would make the strip a second header band over a small map. */
export const STAGE_NAME_MAX_LINES = 3
const LINE_HEIGHT = NAME_LINE_HEIGHT
/** A one-line strip, as tall as it always was: one line and a little room around it. */
const ONE_LINE_STRIP = STAGE_NAME_PX * 1.8
const STRIP_PADDING = ONE_LINE_STRIP - STAGE_NAME_PX * LINE_HEIGHT

export type StageNameFit = NameFit

export function stageNameFont(size: number): string {
  return nameFont(size)
}

/**
 * How a stage name fits a strip cell `width` screen px wide (its text width, inside the label's
 * inset): the largest size from STAGE_NAME_PX down to STAGE_NAME_MIN_PX at which it wraps onto at
 * most three lines with no word broken; else the smallest size, cut (nameFit.ts).
 */
export function fitStageName(name: string, width: number, measure: TextWidth): StageNameFit {
  return fitName(name, width, measure, { px: STAGE_NAME_PX, minPx: STAGE_NAME_MIN_PX, maxLines: STAGE_NAME_MAX_LINES })
}

/** The strip's height on screen: one height for every stage, as tall as the name with the most lines needs. */
export function stageStripHeight(fits: Iterable<StageNameFit>): number {
  let height = ONE_LINE_STRIP
  for (const fit of fits) height = Math.max(height, fit.lines * fit.size * LINE_HEIGHT + STRIP_PADDING)
  return height
}
