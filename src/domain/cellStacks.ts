import type { CardId, LaneId, StepId } from './ids'
import type { Card, JourneyDoc } from './types'
import { laneEntries } from './cardStack'
import { columnIndexOf, gridLayout, type CellRef } from './layout'

/**
 * The cards stacked in one cell (those that start there), in rank order. Read from the lane's
 * cards as the layout groups them (cardStack.ts), not from every card of the map: filtering all of
 * them took ~10 ms a call at 10,000 cards, and a drop asks twice (profile of the drag bench).
 */
export function cardsInCell(doc: JourneyDoc, laneId: LaneId, stepId: StepId): Card[] {
  const grid = gridLayout(doc)
  const column = grid.columnByStep.get(stepId)
  // A card whose step is not a column (not drawn) is in no lane's grouping.
  const cards = column
    ? laneEntries(doc.cards, columnIndexOf(grid.columns), grid.columns.length, laneId).flatMap((e) => (e.first === column.index ? [e.card] : []))
    : Object.values(doc.cards).filter((c) => c.place.kind === 'cell' && c.place.laneId === laneId && c.place.stepId === stepId)
  return cards.sort((a, b) => rankOf(a) - rankOf(b) || (a.id < b.id ? -1 : 1))
}

function rankOf(card: Card): number {
  return card.place.kind === 'cell' ? card.place.rank : 0
}

/** A rank that puts a card at stack position `index` of a cell (clamped), leaving `exclude` out of the count. */
export function rankAt(doc: JourneyDoc, cell: CellRef, index: number, exclude?: CardId): number {
  const ranks = cardsInCell(doc, cell.laneId, cell.stepId)
    .filter((c) => c.id !== exclude)
    .map(rankOf)
  const i = Math.max(0, Math.min(ranks.length, Math.floor(index)))
  const before = ranks[i - 1]
  const after = ranks[i]
  if (before === undefined) return after === undefined ? 0 : after - 1
  if (after === undefined) return before + 1
  return (before + after) / 2
}
