import { createStore, useStore } from 'zustand'

/**
 * The cards on this page's board that are its participant's private writing (held by the room's
 * host, seen by nobody else until the reveal). Session state only; the board and the phone's
 * tiles draw these cards in their private look. Empty everywhere but a participant's page.
 */
export const privateCardsStore = createStore<{ ids: ReadonlySet<string> }>()(() => ({ ids: new Set<string>() }))

export function usePrivateCardIds(): ReadonlySet<string> {
  return useStore(privateCardsStore, (s) => s.ids)
}
