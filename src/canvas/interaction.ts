import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import { createEditorState, type EditorState, type EditorStateStore } from '../editor/state'

export type { CardDrag, Editing } from '../editor/state'

/** The board's pointer and editing state as the layers draw it: the board editor's state (src/editor). */
export type InteractionState = EditorState
export type InteractionStore = EditorStateStore

/** An idle state for a board nobody works on (the picture export renders one). */
export const createInteractionStore = createEditorState

export const InteractionContext = createContext<InteractionStore | null>(null)

export function useInteraction<T>(selector: (s: InteractionState) => T): T {
  const store = useContext(InteractionContext)
  if (!store) throw new Error('useInteraction needs a Board around it')
  return useStore(store, selector)
}
