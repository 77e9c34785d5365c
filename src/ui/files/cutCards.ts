import type { JourneyDoc, LaneKind } from '../../domain'
import { cardTextMode } from '../../domain/cardFit'
import { cardLayout, gridLayout, LAYOUT } from '../../domain/layout'
import { LANE_TITLE_TEXT_INSET } from '../../domain/layoutGrid'
import { cutsText } from '../../drawing/cardFit'
import { headerTitleFit } from '../../drawing/headerTitle'
import { laneTitleLayout, laneTitleSpan } from '../../drawing/laneTitle'
import type { StagePart } from '../../io/export/pages'
import type { TextWidth } from '../../drawing/textMeasure'

/**
 * How many grid cards a compact map draws with their text cut short: what an export of it would
 * hide, said in the export dialog so it never happens silently. 0 on a map that fits cards to text.
 */
export function countCutCards(doc: JourneyDoc, width: TextWidth): number {
  if (cardTextMode(doc.map) === 'fit') return 0
  const layout = cardLayout(doc)
  let count = 0
  for (const id of layout.order) {
    const card = doc.cards[id]
    const rect = layout.rects.get(id)
    if (card && rect && card.place.kind === 'cell' && cutsText(card, rect, width)) count++
  }
  return count
}

/** The words the board writes for an untitled stage or step and for each kind of lane. */
export interface TitleWords {
  readonly stage: string
  readonly step: string
  readonly laneKind: (kind: LaneKind) => string
}

/**
 * How many stage, step and lane titles are cut with "…" even shrunk or wrapped as far as their
 * place allows (headerTitle.ts, laneTitle.ts): the export draws them so, and the dialog says it
 * rather than hide it. An untitled one shows `words`' word, which is short, but is fitted all the same.
 * With `stageParts` (a PDF's pages, see exportPreview) a stage the pages show counts as cut when
 * some page's part of its band cuts its name: what the file shows, not what the whole band holds.
 */
export function countCutTitles(doc: JourneyDoc, words: TitleWords, width: TextWidth, stageParts?: readonly StagePart[]): number {
  const grid = gridLayout(doc)
  let count = 0
  for (const band of grid.stages) {
    const parts = stageParts?.filter((p) => p.id === band.stageId) ?? []
    const whole = parts.length > 0 ? parts.every((p) => p.whole) : headerTitleFit('stage', doc.stages[band.stageId]?.title || words.stage, band.width, width).whole
    if (!whole) count++
  }
  for (const column of grid.columns) {
    if (!headerTitleFit('step', doc.steps[column.stepId]?.title || words.step, column.width, width).whole) count++
  }
  for (const row of grid.rows) {
    const lane = doc.lanes[row.laneId]
    if (!lane) continue
    const kind = words.laneKind(lane.kind)
    // As the board writes them (gridShapes.laneTitleShapes): a folded lane's title in its low row, an open one's over its kind.
    const whole = row.collapsed
      ? headerTitleFit('foldedLane', lane.title || kind, LAYOUT.laneTitleWidth - LANE_TITLE_TEXT_INSET, width).whole
      : laneTitleLayout(lane.title.trim() || kind, kind, row, laneTitleSpan(grid, lane.kind === 'emotions').width, width).title.whole
    if (!whole) count++
  }
  return count
}
