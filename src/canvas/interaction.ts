import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { BoardEditor } from '../editor'
import { createEditorState, type EditorState, type EditorStateStore } from '../editor/state'

export type { CardDrag, Editing } from '../editor/state'

/** The board's pointer and editing state as the layers draw it: the board editor's state (src/editor). */
export type InteractionState = EditorState
export type InteractionStore = EditorStateStore

/** An idle state for a board nobody works on (the picture export renders one). */
export const createInteractionStore = createEditorState

export const InteractionContext = createContext<InteractionStore | null>(null)

/** The open board's editor, for the DOM pieces that end what it started (the arrow label box). */
export const EditorContext = createContext<BoardEditor | null>(null)

export function useBoardEditor(): BoardEditor {
  const editor = useContext(EditorContext)
  if (!editor) throw new Error('useBoardEditor needs a Board around it')
  return editor
}

export function useInteraction<T>(selector: (s: InteractionState) => T): T {
  const store = useContext(InteractionContext)
  if (!store) throw new Error('useInteraction needs a Board around it')
  return useStore(store, selector)
}
