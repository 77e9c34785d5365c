import { createStore } from 'zustand'
import type { PersonaId } from '../../domain'
import type { EmotionTarget } from '../../drawing/emotionGeometry'

/**
 * Session state of the emotion lanes: which persona's curves take edits, what the pointer is over
 * and which point has the keyboard. Never undone, never saved; kept apart from the app store so a
 * hover wakes only the emotion layer and its tooltip.
 */
export interface EmotionUiState {
  /** The persona chosen in the lane's switcher; null follows the first persona on the map. */
  chosenPersona: PersonaId | null
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
    chosenPersona: null,
    hover: null,
    focus: null,
    dragging: null,
    announce: false,
    set: (patch) => set(patch),
    reset: () => set({ chosenPersona: null, hover: null, focus: null, dragging: null, announce: false }),
  }))
}

export type EmotionUi = ReturnType<typeof createEmotionUi>

/** One board is open at a time, like the app store it sits beside. */
export const emotionUi = createEmotionUi()
