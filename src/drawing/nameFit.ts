import { CANVAS_FONT_FAMILY } from './cardStyle'
import type { TextWidth } from './textMeasure'
import { lineCountWidth, wrapText } from './textWrap'

// A name someone typed (a stage's, a step's) is there to be read, so where it is drawn in a box of
// fixed size it shrinks and wraps to show whole, and is cut with "…" only when even the smallest
// size on every line the box holds cannot hold it. One fitting for every drawer (the board, its
// pinned headers, the SVG and PDF exports, the zoomed-out stage strip), so they never disagree.

/** Line height of every name drawn (Konva's `lineHeight`, the SVG's line spacing): Persian needs >= 1.4. */
export const NAME_LINE_HEIGHT = 1.4

export interface NameFit {
  /** Font size, in the units of the width given (board px, or screen px for the strip). */
  readonly size: number
  /** How many lines the name takes (at least one). */
  readonly lines: number
  /** False when the name is cut with "…" even at the smallest size. */
  readonly whole: boolean
}

export interface NameFitOptions {
  /** The size a name is drawn at when it fits, and the smallest it shrinks to before it is cut (whole px). */
  readonly px: number
  readonly minPx: number
  /** The most lines a name may take. */
  readonly maxLines: number
  /** The box's height, when fixed: a size may use only as many lines as fit in it at NAME_LINE_HEIGHT. */
  readonly height?: number
  /** CSS font weight; titles are drawn semibold. */
  readonly weight?: string
}

export function nameFont(size: number, weight = '600'): string {
  return `${weight} ${size}px ${CANVAS_FONT_FAMILY}`
}

/** How many lines of `size` px text a box `height` high holds, as Konva counts them (never less than one). */
function linesIn(height: number | undefined, size: number): number {
  if (height === undefined) return Number.POSITIVE_INFINITY
  return Math.max(1, Math.floor(height / (size * NAME_LINE_HEIGHT) + 1e-9))
}

/**
 * How `name` fits a text box `width` wide: the largest size from `px` down to `minPx` at which it
 * wraps onto the lines allowed at that size (maxLines, and no more than `height` holds) with no
 * word broken; else the smallest size, cut. Lines are counted as the lane titles count them
 * (lineCountWidth), so Konva, which keeps room for "…" on a line that may be the last, and the
 * SVG export, which wraps as Konva does, never need more.
 */
export function fitName(name: string, width: number, measure: TextWidth, options: NameFitOptions): NameFit {
  const { px, minPx, maxLines, height, weight } = options
  const words = name.split(/\s+/).filter((w) => w !== '')
  const spaced = words.join(' ')
  for (let size = px; size >= minPx; size--) {
    const font = nameFont(size, weight)
    const line = (s: string) => measure(s, font)
    const inner = lineCountWidth(width, font, measure)
    const max = Math.min(maxLines, linesIn(height, size))
    // Lines hold no more than their width each (and the spaces they break at): a name far too long
    // for them is passed over with one measure, not wrapped word by word.
    if (line(spaced) > max * (inner + measure(' ', font) + 1)) continue
    if (!words.every((w) => line(w) <= inner)) continue
    const lines = wrapText(name, inner, max + 1, line).length
    if (lines <= max) return { size, lines: Math.max(1, lines), whole: true }
  }
  const font = nameFont(minPx, weight)
  const max = Math.min(maxLines, linesIn(height, minPx))
  const lines = wrapText(name, lineCountWidth(width, font, measure), max, (s) => measure(s, font)).length
  return { size: minPx, lines: Math.max(1, lines), whole: false }
}
