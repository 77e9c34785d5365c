import type { StateCreator } from 'zustand'
import type { CardId, LinkId, PersonaId } from '../domain'
import type { HeaderTarget } from '../domain/layoutGrid'

import type { Viewport } from '../persistence/prefs'

export type { Viewport }

export const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 }
/** Far enough out to see a map of hundreds of steps whole (a 120-step map fits a projector at about 4%). */
export const MIN_ZOOM = 0.01
export const MAX_ZOOM = 4

/** Board tools; the creation tools make a free item of that shape, `link` draws arrows between cards. */
export type Tool = 'select' | 'hand' | 'note' | 'text' | 'rect' | 'ellipse' | 'link'

/** What the person is doing right now: never undone, never saved into a file. */
export interface SessionSlice {
  /**
   * The one selection, cards, arrows and a header together, always written together by `select`:
   * picking cards drops the arrows and the header, and so on, with nothing to keep in step.
   */
  selection: readonly CardId[]
  selectedLinks: readonly LinkId[]
  /** The stage, step or lane header the keyboard is on (Tab walks them while the board has focus). */
  selectedHeader: HeaderTarget | null
  tool: Tool
  viewport: Viewport
  /**
   * Counts the views set as a jump (a map opening at its view, its first fit, an agenda step's
   * view) rather than moved to by a pan: the board draws a jump at once instead of sliding tiles.
   */
  viewJumps: number
  /** The persona the board is focused on: other personas' cards dim and only their emotion curves show. null: everyone. */
  focusPersonaId: PersonaId | null
  /** The persona whose curves the emotion lanes edit (the lane's switcher); null follows the first on the map. Exports draw it too. */
  emotionPersonaId: PersonaId | null
  select: (cards: readonly CardId[], links?: readonly LinkId[], header?: HeaderTarget | null) => void
  setTool: (tool: Tool) => void
  setViewport: (viewport: Viewport, jump?: boolean) => void
  setFocusPersona: (id: PersonaId | null) => void
  setEmotionPersona: (id: PersonaId | null) => void
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set, get) => ({
  selection: [],
  selectedLinks: [],
  selectedHeader: null,
  tool: 'select',
  viewport: DEFAULT_VIEWPORT,
  viewJumps: 0,
  focusPersonaId: null,
  emotionPersonaId: null,
  select: (cards, links = [], header = null) => set({ selection: cards, selectedLinks: links, selectedHeader: header }),
  setTool: (tool) => set({ tool }),
  setViewport: (viewport, jump = false) =>
    set({ viewport: { ...viewport, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, viewport.zoom)) }, ...(jump ? { viewJumps: get().viewJumps + 1 } : {}) }),
  setFocusPersona: (id) => set({ focusPersonaId: id }),
  setEmotionPersona: (id) => set({ emotionPersonaId: id }),
})
