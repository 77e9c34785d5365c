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
 * How a stage's, step's or folded lane's title fits its header band (or row), `width` board px wide (the band's whole
 * width: the label inset is taken off here): at the header's own size when it fits one line, else
 * shrunk a pixel at a time and wrapped onto as many lines as the band's fixed height holds (two),
 * and cut with "…" only when two lines at HEADER_TITLE_MIN_PX cannot hold it. The band never
 * grows: its height is the grid's (LAYOUT), which every coordinate below it depends on.
 */
export function headerTitleFit(kind: HeaderKind, title: string, width: number, measure: TextWidth): NameFit {
  return fitName(title, Math.max(0, width - 2 * GRID_LABEL_INSET), measure, {
    px: HEADER_PX[kind],
    minPx: HEADER_TITLE_MIN_PX,
    maxLines: HEADER_TITLE_MAX_LINES,
    height: HEADER_HEIGHT[kind],
  })
}
