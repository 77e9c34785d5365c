import type { CardId } from '../ids'
import type { JourneyDoc } from '../types'
import type { Action } from './types'

/** The map's actions, oldest first (ties by id, so every device lists them alike). */
export function actionsOf(doc: JourneyDoc): Action[] {
  return Object.values(doc.actions).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The actions made from a card, oldest first: the card's badge counts them and leads to the first. */
export function actionsForCard(doc: JourneyDoc, cardId: CardId): Action[] {
  return actionsOf(doc).filter((a) => a.cardIds.includes(cardId))
}

/** How many actions each card is part of, for drawing the badges of a whole board in one pass. */
export function actionCountsByCard(doc: JourneyDoc): ReadonlyMap<CardId, number> {
  const counts = new Map<CardId, number>()
  for (const action of Object.values(doc.actions)) for (const id of action.cardIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}
