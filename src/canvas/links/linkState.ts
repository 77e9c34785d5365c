import { createStore, useStore } from 'zustand'
import type { CardId, LinkId } from '../../domain'
import type { Point, Rect } from '../../domain/layout'

export interface LinkDraft {
  readonly from: CardId
  /** Where the pointer is, in board pixels. */
  readonly to: Point
  /** The card that would receive the arrow if released now. */
  readonly target: CardId | null
}

/**
 * Whiteboard state that the document does not hold: which arrows are selected (the app's
 * selection holds cards only), the arrow and the item being drawn, and the resize in progress.
 * It changes on pointer moves, so like the board's interaction store it stays out of the app store.
 */
export interface WhiteboardUiState {
  selectedLinks: readonly LinkId[]
  editingLink: LinkId | null
  draft: LinkDraft | null
  /** The rect a creation tool is being dragged over. */
  creating: Rect | null
  /** The card whose connector handle is under the pointer. */
  handleHover: CardId | null
  set: (patch: Partial<Omit<WhiteboardUiState, 'set'>>) => void
}

export const whiteboardUi = createStore<WhiteboardUiState>()((set) => ({
  selectedLinks: [],
  editingLink: null,
  draft: null,
  creating: null,
  handleHover: null,
  set: (patch) => set(patch),
}))

export function useWhiteboardUi<T>(selector: (s: WhiteboardUiState) => T): T {
  return useStore(whiteboardUi, selector)
}

export function resetWhiteboardUi(): void {
  whiteboardUi.getState().set({ selectedLinks: [], editingLink: null, draft: null, creating: null, handleHover: null })
}
