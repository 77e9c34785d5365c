import { createStore } from 'zustand'
import type { PersonaId } from '../../domain'
import type { Chip, EmotionTarget } from './geometry'

/**
 * Session state of the emotion lanes: which persona's curves take edits, what the pointer is over
 * and which point has the keyboard. Never undone, never saved; kept apart from the app store so a
 * hover wakes only the emotion layer and its tooltip.
 */
export interface EmotionUiState {
  /** The persona chosen in the lane's switcher; null follows the first persona on the map. */
  chosenPersona: PersonaId | null
  hover: { readonly kind: 'handle'; readonly target: EmotionTarget } | { readonly kind: 'chip'; readonly chip: Chip } | null
  /** The point Up and Down change; clicking a handle focuses it. */
  focus: EmotionTarget | null
  /** The handle being dragged, if any. */
  dragging: EmotionTarget | null
  set: (patch: Partial<Omit<EmotionUiState, 'set' | 'reset'>>) => void
  reset: () => void
}

export function createEmotionUi() {
  return createStore<EmotionUiState>()((set) => ({
    chosenPersona: null,
    hover: null,
    focus: null,
    dragging: null,
    set: (patch) => set(patch),
    reset: () => set({ chosenPersona: null, hover: null, focus: null, dragging: null }),
  }))
}

export type EmotionUi = ReturnType<typeof createEmotionUi>

/** One board is open at a time, like the app store it sits beside. */
export const emotionUi = createEmotionUi()
