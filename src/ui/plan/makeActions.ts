import { newAction, type Action, type ActionId, type Card, type CardId } from '../../domain'
import type { VoteRecord } from '../../domain/facilitation'
import { appStore, type AppStore } from '../../store'

/**
 * Whether a board item can be an action's source: a card of the grid or a sticky note. Free text,
 * rectangles and ellipses are drawing (labels, frames), not something the journey says.
 */
export function isActionSource(card: Card): boolean {
  return card.place.kind === 'cell' || card.shape === 'note'
}

/** The dots each card got in the map's latest revealed vote; none when the map has not voted. */
export function latestVotes(history: readonly VoteRecord[]): ReadonlyMap<CardId, number> {
  const latest = history.at(-1)
  return new Map(latest ? latest.rows.map((row) => [row.cardId, row.votes]) : [])
}

/**
 * The actions made from these cards: one from all of them, or one per card. Each carries the dots
 * its cards got in the latest vote. Those made together are a millisecond apart, so the plan lists
 * them in the order of the cards.
 */
export function actionsFromCards(mapId: Action['mapId'], cards: readonly Card[], perCard: boolean, votes: ReadonlyMap<CardId, number>, now: number): Action[] {
  const sources = cards.filter(isActionSource)
  if (sources.length === 0) return []
  const groups = perCard ? sources.map((c) => [c]) : [sources]
  return groups.map((group, i) => newAction(mapId, group, now + i, group.reduce((sum, c) => sum + (votes.get(c.id) ?? 0), 0)))
}

/**
 * Turns the selected cards into actions as one command (one undo step), then opens the plan on the
 * first new action. Returns its id, or null when nothing was made (no card, a view-only page).
 */
export function makeActionsFromSelection(perCard: boolean, store: AppStore = appStore): ActionId | null {
  const state = store.getState()
  const doc = state.doc
  if (!doc) return null
  const cards = state.selection.flatMap((id) => (Object.prototype.hasOwnProperty.call(doc.cards, id) ? [doc.cards[id] as Card] : []))
  const actions = actionsFromCards(doc.map.id, cards, perCard, latestVotes(state.facilitation.votes), Date.now())
  const first = actions[0]
  if (!first) return null
  state.dispatch({ type: 'addActions', actions })
  // A view-only page (or a refusal) left the document as it was: there is nothing to show.
  if (!store.getState().doc?.actions[first.id]) return null
  store.getState().showAction(first.id)
  return first.id
}
