import type { JourneyDoc } from '../../domain'
import { cardTextMode } from '../../domain/cardFit'
import { cardLayout, gridLayout } from '../../domain/layout'
import { cutsText } from '../../drawing/cardFit'
import { headerTitleFit } from '../../drawing/headerTitle'
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

/**
 * How many stage and step names are cut with "…" in their header even shrunk onto two lines
 * (headerTitle.ts): the export draws them so, and the dialog says it rather than hide it. An
 * untitled header shows `untitled`'s word, which is short, but is fitted all the same.
 */
export function countCutHeaders(doc: JourneyDoc, untitled: { readonly stage: string; readonly step: string }, width: TextWidth): number {
  const grid = gridLayout(doc)
  let count = 0
  for (const band of grid.stages) {
    if (!headerTitleFit('stage', doc.stages[band.stageId]?.title || untitled.stage, band.width, width).whole) count++
  }
  for (const column of grid.columns) {
    if (!headerTitleFit('step', doc.steps[column.stepId]?.title || untitled.step, column.width, width).whole) count++
  }
  return count
}
