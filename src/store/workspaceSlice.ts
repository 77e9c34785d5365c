import type { StateCreator } from 'zustand'
import type { JourneyMap, MapId, Workshop, WorkshopId } from '../domain'
import type { SaveStatus } from '../platform'

export type Screen = { readonly kind: 'workshops' } | { readonly kind: 'workshop'; readonly workshopId: WorkshopId }

export type DbState =
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready'; readonly readOnly: boolean }
  | { readonly kind: 'failed'; readonly message: string }

/** A short message at the bottom of the window, with an optional way back. */
export interface Notice {
  readonly id: number
  /** An i18n key and its values; the UI translates it. */
  readonly key: string
  readonly values?: Readonly<Record<string, string | number>>
  readonly tone: 'info' | 'error'
  readonly undo?: () => void
}

/** Where the person is in the app and what the workshop list shows. Never undone. */
export interface WorkspaceSlice {
  dbState: DbState
  screen: Screen
  workshops: readonly Workshop[]
  trashedWorkshops: readonly Workshop[]
  /** How many live maps each workshop holds, for the list. */
  mapCounts: Readonly<Record<string, number>>
  /** Maps of the open workshop, in their order; the open map's title comes from its document. */
  maps: readonly JourneyMap[]
  trashedMaps: readonly JourneyMap[]
  openMapId: MapId | null
  /** The open map has no remembered view yet: the board picks its first one once it knows its size. */
  needsInitialViewport: boolean
  /** A map that could not be opened, and why (an i18n key). */
  mapError: string | null
  saveStatus: SaveStatus
  saveError: string | null
  notice: Notice | null
  patchWorkspace: (patch: Partial<Omit<WorkspaceSlice, 'patchWorkspace'>>) => void
}

export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set) => ({
  dbState: { kind: 'opening' },
  screen: { kind: 'workshops' },
  workshops: [],
  trashedWorkshops: [],
  mapCounts: {},
  maps: [],
  trashedMaps: [],
  openMapId: null,
  needsInitialViewport: false,
  mapError: null,
  saveStatus: 'saved',
  saveError: null,
  notice: null,
  patchWorkspace: (patch) => set(patch),
})
