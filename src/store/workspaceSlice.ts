import type { CardId } from '../domain'
import type { FacilitatorControl } from '../domain/facilitation'
import type { StateCreator } from 'zustand'
import type { OpenedFile, VisualExportKind } from '../../electron/shared/ipc'
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

/** The one dialog showing over the app, opened from a button, a key or the native menu alike. */
export type AppDialog =
  | { readonly kind: 'newWorkshop' }
  | { readonly kind: 'editWorkshop'; readonly workshop: Workshop }
  | { readonly kind: 'newMap' }
  /** `preset`: a file that arrived (dropped, double-clicked, a recent file) and waits to be imported. */
  | { readonly kind: 'import'; readonly preset: OpenedFile | null }
  | { readonly kind: 'export'; readonly pictureKind: VisualExportKind }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }

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
  /**
   * The map being read from the database. Its board is mounted, empty, while IndexedDB reads:
   * a canvas's first use allocates its bitmap (50-130 ms a layer here), and that is better spent
   * while the read waits than after it, between the rows and the cards on screen.
   */
  openingMapId: MapId | null
  /** The open map has no remembered view yet: the board picks its first one once it knows its size. */
  needsInitialViewport: boolean
  /** The map is shown and nothing may change it (a room's view-only link): commands are refused. */
  viewOnly: boolean
  /**
   * The facilitator's locks as a participant's page holds them (from the room's session): commands
   * touching something locked are refused with a notice. Null on the facilitator's own window,
   * who is never held (its board still shows its own locks, from its facilitation).
   */
  roomControl: FacilitatorControl | null
  /**
   * A room's vote is open on this participant's board: a click on a card gives it a dot (Alt+click
   * takes one back) and nothing else, no drag, no edit. Null otherwise.
   */
  voteTap: ((cardId: CardId, takeBack: boolean) => void) | null
  /** A map that could not be opened, and why (an i18n key). */
  mapError: string | null
  saveStatus: SaveStatus
  saveError: string | null
  notice: Notice | null
  dialog: AppDialog | null
  /** Files offered while another dialog showed; each gets the import dialog in turn. */
  offeredFiles: readonly OpenedFile[]
  /** The file each map was last opened from or saved to, by the token main gave it; this session only, like the tokens. */
  fileTokens: Readonly<Record<MapId, string>>
  patchWorkspace: (patch: Partial<Omit<WorkspaceSlice, WorkspaceActions>>) => void
  notify: (notice: Omit<Notice, 'id'>) => void
  dismissNotice: () => void
  openDialog: (dialog: AppDialog) => void
  /** Closes the dialog; a file still waiting gets the import dialog next. */
  closeDialog: () => void
  /** Offers a file for import: at once, or after the dialog showing now. */
  offerFile: (file: OpenedFile) => void
  rememberFile: (mapId: MapId, token: string) => void
}

type WorkspaceActions = 'patchWorkspace' | 'notify' | 'dismissNotice' | 'openDialog' | 'closeDialog' | 'offerFile' | 'rememberFile'

export const createWorkspaceSlice: StateCreator<WorkspaceSlice, [], [], WorkspaceSlice> = (set) => {
  let noticeSeq = 0
  return {
    dbState: { kind: 'opening' },
    screen: { kind: 'workshops' },
    workshops: [],
    trashedWorkshops: [],
    mapCounts: {},
    maps: [],
    trashedMaps: [],
    openMapId: null,
    openingMapId: null,
    needsInitialViewport: false,
    viewOnly: false,
    roomControl: null,
    voteTap: null,
    mapError: null,
    saveStatus: 'saved',
    saveError: null,
    notice: null,
    dialog: null,
    offeredFiles: [],
    fileTokens: {},
    patchWorkspace: (patch) => set(patch),
    // A fresh id every time, so the same message twice in a row still restarts its timer.
    notify: (notice) => set({ notice: { ...notice, id: ++noticeSeq } }),
    dismissNotice: () => set({ notice: null }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () =>
      set((s) => {
        const [next, ...rest] = s.offeredFiles
        return next ? { dialog: { kind: 'import', preset: next }, offeredFiles: rest } : { dialog: null }
      }),
    offerFile: (file) => set((s) => (s.dialog ? { offeredFiles: [...s.offeredFiles, file] } : { dialog: { kind: 'import', preset: file } })),
    rememberFile: (mapId, token) => set((s) => (token ? { fileTokens: { ...s.fileTokens, [mapId]: token } } : {})),
  }
}
