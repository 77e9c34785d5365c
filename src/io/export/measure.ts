import { createCanvasTextWidth } from '../../drawing/textMeasure'
import type { Measure } from './svg/text'

/** Text widths in the board's own fonts, so the SVG wraps card text where the board does. */
export function canvasMeasure(): Measure {
  return createCanvasTextWidth()
}
