import type { Direction, JourneyDoc, JourneyMap, WorkshopId } from '../domain'
import * as maps from '../persistence/maps'
import * as workshops from '../persistence/workshops'
import type { AppState, AppStore } from './index'
import type { MapSession } from './mapSession'
import type { StorageGate } from './storage'

/** What the workspace's parts share: the store, the one storage door and the open map. */
export interface WorkspaceCore {
  readonly store: AppStore
  readonly storage: StorageGate
  readonly session: MapSession
  state(): AppState
  patch: AppState['patchWorkspace']
  currentWorkshopId(): WorkshopId | null
  /** A new map reads the way the interface does: right-to-left while it is in Persian. */
  withNewMapDirection(doc: JourneyDoc): JourneyDoc
  refreshWorkshops(): Promise<void>
  /** The workshop's live maps, or null when they could not be read. */
  refreshMaps(workshopId: WorkshopId): Promise<readonly JourneyMap[] | null>
  /**
   * Puts a map whose rows are still being written in the open workshop's list, where reading the
   * list back would not find it yet. The refresh once the write ends confirms it, or takes it off.
   */
  listUnwrittenMap(workshopId: WorkshopId, map: JourneyMap): void
}

export function createWorkspaceCore(store: AppStore, storage: StorageGate, session: MapSession, mapDirection?: () => Direction): WorkspaceCore {
  const state = () => store.getState()
  const patch: AppState['patchWorkspace'] = (p) => store.getState().patchWorkspace(p)
  return {
    store,
    storage,
    session,
    state,
    patch,
    currentWorkshopId() {
      const screen = state().screen
      return screen.kind === 'workshop' ? screen.workshopId : null
    },
    withNewMapDirection(doc) {
      const direction = mapDirection?.() ?? 'ltr'
      return direction === doc.map.direction ? doc : { ...doc, map: { ...doc.map, direction } }
    },
    async refreshWorkshops() {
      const read = await storage.run(async (db) => {
        const [live, trashed] = await Promise.all([workshops.listWorkshops(db), workshops.listWorkshops(db, { trashed: true })])
        const counts = await Promise.all([...live, ...trashed].map(async (w) => [w.id, await workshops.countMaps(db, w.id)] as const))
        return { live, trashed, counts }
      })
      if (read.ok) patch({ workshops: read.value.live, trashedWorkshops: read.value.trashed, mapCounts: Object.fromEntries(read.value.counts) })
    },
    async refreshMaps(workshopId) {
      const read = await storage.run((db) => Promise.all([maps.listMaps(db, workshopId), maps.listMaps(db, workshopId, { trashed: true })]))
      if (!read.ok) return null
      const [live, trashed] = read.value
      patch({ maps: live, trashedMaps: trashed })
      return live
    },
    listUnwrittenMap(workshopId, map) {
      const screen = state().screen
      if (screen.kind !== 'workshop' || screen.workshopId !== workshopId) return
      // In the order listMaps gives: oldest first.
      const maps = [...state().maps.filter((m) => m.id !== map.id), map].sort((a, b) => a.createdAt - b.createdAt)
      patch({ maps })
    },
  }
}
