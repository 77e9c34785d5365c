import { createContext, useContext } from 'react'
import { createStore } from 'zustand'
import type { EmotionTarget } from '../../drawing/emotionGeometry'

/**
 * Pointer state of one board's emotion lanes: what the pointer is over and which point has the
 * keyboard. Never undone, never saved; kept apart from the app store so a hover wakes only the
 * emotion layer and its tooltip. Which persona's curves take edits is session state in the app
 * store (emotionPersonaId), since exports draw it too.
 */
export interface EmotionUiState {
  /** The handle under the pointer. */
  hover: EmotionTarget | null
  /** The point Up and Down change; clicking a handle focuses it. */
  focus: EmotionTarget | null
  /** The handle being dragged, if any. */
  dragging: EmotionTarget | null
  /** True after a key changed or moved the focus: only then does the focused point keep its label up. */
  announce: boolean
  set: (patch: Partial<Omit<EmotionUiState, 'set' | 'reset'>>) => void
  reset: () => void
}

export function createEmotionUi() {
  return createStore<EmotionUiState>()((set) => ({
    hover: null,
    focus: null,
    dragging: null,
    announce: false,
    set: (patch) => set(patch),
    reset: () => set({ hover: null, focus: null, dragging: null, announce: false }),
  }))
}

export type EmotionUi = ReturnType<typeof createEmotionUi>

/** Each board makes its own, like its editor and its grid UI. */
export const EmotionUiContext = createContext<EmotionUi | null>(null)

/** An export draws the lanes with no board around them, so with no pointer: nothing ever sets this one. */
const NO_POINTER = createEmotionUi()

/** The board's emotion UI, or (in an export) one that stays idle. */
export function useEmotionUi(): EmotionUi {
  return useContext(EmotionUiContext) ?? NO_POINTER
}
