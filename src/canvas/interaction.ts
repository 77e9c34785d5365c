import { createContext, useContext } from 'react'
import { createStore, useStore } from 'zustand'
import type { CardId } from '../domain'
import type { Rect } from '../domain/layout'

export interface CardDrag {
  readonly cardId: CardId
  /** Where the card would land if dropped now: the ghost, in board pixels. */
  readonly ghost: Rect
  /** The cell (span included) that would receive it; null for a drop onto free space. */
  readonly target: Rect | null
  /** Where the rest of a dragged selection would land (see cards/cardMoves.ts). */
  readonly others?: readonly Rect[]
}

export interface Editing {
  readonly cardId: CardId
  /** A card made by double-clicking: it exists only as a preview until the first commit. */
  readonly isNew: boolean
}

/**
 * Pointer and editing state of one board. It changes on every pointer move, so it lives apart from
 * the app store: only the overlay and the cursor follow it, and no app subscriber wakes up.
 */
export interface InteractionState {
  hover: CardId | null
  marquee: Rect | null
  drag: CardDrag | null
  editing: Editing | null
  set: (patch: Partial<Omit<InteractionState, 'set'>>) => void
}

export function createInteractionStore() {
  return createStore<InteractionState>()((set) => ({
    hover: null,
    marquee: null,
    drag: null,
    editing: null,
    set: (patch) => set(patch),
  }))
}

export type InteractionStore = ReturnType<typeof createInteractionStore>

export const InteractionContext = createContext<InteractionStore | null>(null)

export function useInteraction<T>(selector: (s: InteractionState) => T): T {
  const store = useContext(InteractionContext)
  if (!store) throw new Error('useInteraction needs a Board around it')
  return useStore(store, selector)
}
