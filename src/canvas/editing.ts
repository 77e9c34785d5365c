import type { Card, CardId, MapId } from '../domain'
import { startGesture, type AppStore } from '../store'
import type { GestureSession } from '../editor/undo'

/**
 * A card made by double-clicking: a history-free preview until its text is committed, so adding
 * and typing it is one undo step and cancelling leaves no trace.
 */
export interface NewCardSession {
  readonly gesture: GestureSession
  readonly card: Card
  readonly mapId: MapId
}

export function previewNewCard(store: AppStore, card: Card, begin: () => GestureSession = () => startGesture(store)): NewCardSession | null {
  const doc = store.getState().doc
  if (!doc) return null
  const gesture = begin()
  gesture.preview({ type: 'addCards', cards: [card] })
  store.getState().select([card.id])
  return { gesture, card, mapId: doc.map.id }
}

/** Ends the preview; `text` null cancels. Returns whether the card was kept. */
export function finishNewCard(store: AppStore, session: NewCardSession, text: string | null): boolean {
  // Another map was opened meanwhile: the loader reset history, and the preview went with the old document.
  if (store.getState().doc?.map.id !== session.mapId) return false
  // An empty note is noise on a projected board: a new card with no text is not kept. A drawn
  // rectangle or ellipse is a shape in its own right, kept with or without words in it.
  const isShape = session.card.shape === 'rect' || session.card.shape === 'ellipse'
  const keep = isShape || (text !== null && text.trim() !== '')
  session.gesture.end(keep ? { type: 'addCards', cards: [{ ...session.card, text: text ?? '' }] } : null)
  if (!keep) {
    const { selection, select } = store.getState()
    select(selection.filter((id) => id !== session.card.id))
  }
  return keep
}

/** One `updateCards` for an edit of an existing card, and none when the text did not change. */
export function commitCardText(store: AppStore, cardId: CardId, text: string): void {
  const { doc, dispatch } = store.getState()
  const card = doc?.cards[cardId]
  if (card && card.text !== text) dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text } })
}
