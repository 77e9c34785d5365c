import type { StateCreator } from 'zustand'
import type { CardId } from '../domain'

import type { Viewport } from '../persistence/prefs'

export type { Viewport }

export const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 }
export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 4

export type Tool = 'select' | 'hand'

/** What the person is doing right now: never undone, never saved into a file. */
export interface SessionSlice {
  selection: readonly CardId[]
  tool: Tool
  viewport: Viewport
  select: (ids: readonly CardId[]) => void
  setTool: (tool: Tool) => void
  setViewport: (viewport: Viewport) => void
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => ({
  selection: [],
  tool: 'select',
  viewport: DEFAULT_VIEWPORT,
  select: (ids) => set({ selection: ids }),
  setTool: (tool) => set({ tool }),
  setViewport: (viewport) =>
    set({ viewport: { ...viewport, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, viewport.zoom)) } }),
})
