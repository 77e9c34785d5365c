import type { JourneyDoc } from '../../domain'
import { cardTextMode } from '../../domain/cardFit'
import { cardLayout } from '../../domain/layout'
import { cutsText } from '../../drawing/cardFit'
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
