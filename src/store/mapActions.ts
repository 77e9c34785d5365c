import type { JourneyDoc, MapId, WorkshopId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import { createMap, createStarterDoc, type StarterTitles } from '../domain'
import { instantiateTemplate, type JourneyTemplate } from '../domain/templates'
import { adoptWorkshopPersonas, prepareImport, type ImportedMap } from '../persistence/importMap'
import * as maps from '../persistence/maps'
import type { WorkspaceCore } from './workspaceCore'

export interface ImportMapOptions {
  /** Whether to show the new map (asked once the file is read); it is, unless this says no. */
  readonly open?: () => boolean
  /** Cancels the write of a map not shown while it runs: nothing is stored, and importMap answers 'cancelled'. */
  readonly signal?: AbortSignal
  /** The file's agenda and vote history (a .journey file's `facilitation`), stored with the map. */
  readonly facilitation?: MapFacilitation
  /** The file names people only by name (a CSV, Mermaid): the workshop's personas of those names stand in for its own. */
  readonly personasByName?: boolean
}

/** An imported map: shown (`opened`) or offered, and whether its rows were stored (`saved`). */
export interface ImportedMapRun extends ImportedMap {
  readonly opened: boolean
  /** Settles once the write is done: false when nothing could be stored (the map was taken off the board again). */
  readonly saved: Promise<boolean>
}

/** The maps of the open workshop: making, renaming, copying, binning them and importing one. */
export function mapActions(core: WorkspaceCore, openWorkshop: (id: WorkshopId, options?: { openMap?: boolean }) => Promise<void>) {
  const { storage, session, state } = core

  async function createFromDoc(workshopId: WorkshopId, doc: JourneyDoc): Promise<void> {
    const created = await storage.run((db) => maps.createMapDoc(db, doc))
    await core.refreshMaps(workshopId)
    if (created.ok) await session.open(doc.map.id)
  }

  async function restoreMap(id: MapId): Promise<void> {
    const workshopId = core.currentWorkshopId()
    await storage.run((db) => maps.restoreMap(db, id))
    if (workshopId) await core.refreshMaps(workshopId)
    if (!state().openMapId) await session.open(id)
  }

  return {
    restoreMap,
    async createMap(title: string, starter: StarterTitles): Promise<void> {
      const workshopId = core.currentWorkshopId()
      if (workshopId) await createFromDoc(workshopId, core.withNewMapDirection(createStarterDoc(createMap(workshopId, title), starter)))
    },
    async createMapFromTemplate(template: JourneyTemplate, title: string, t: (key: string) => string): Promise<void> {
      const workshopId = core.currentWorkshopId()
      if (workshopId) await createFromDoc(workshopId, core.withNewMapDirection(instantiateTemplate(template, { workshopId, title, t })))
    },
    async renameMap(id: MapId, title: string): Promise<void> {
      if (state().openMapId === id) {
        state().dispatch({ type: 'renameMap', title })
        return
      }
      const workshopId = core.currentWorkshopId()
      await storage.run((db) => maps.renameMap(db, id, title))
      if (workshopId) await core.refreshMaps(workshopId)
    },
    async duplicateMap(id: MapId, title: string): Promise<void> {
      const workshopId = core.currentWorkshopId()
      if (!workshopId) return
      if (state().openMapId === id) await session.flush()
      const copy = await storage.run((db) => maps.duplicateMap(db, id, title))
      await core.refreshMaps(workshopId)
      if (!copy.ok) return
      if (copy.value.ok) await session.open(copy.value.value.map.id)
      else state().notify({ key: 'errors.mapUnreadable', tone: 'error' })
    },
    async trashMap(id: MapId): Promise<void> {
      const workshopId = core.currentWorkshopId()
      if (!workshopId) return
      const title = state().maps.find((m) => m.id === id)?.title ?? ''
      if (state().openMapId === id) await session.close()
      const trashed = await storage.run((db) => maps.trashMap(db, id))
      const live = await core.refreshMaps(workshopId)
      if (trashed.ok) state().notify({ key: 'notices.mapTrashed', values: { title }, tone: 'info', undo: () => void restoreMap(id) })
      if (!state().openMapId && live?.[0]) await session.open(live[0].id)
    },
    async purgeMap(id: MapId): Promise<void> {
      const workshopId = core.currentWorkshopId()
      await storage.run((db) => maps.purgeMap(db, id))
      if (workshopId) await core.refreshMaps(workshopId)
    },
    /**
     * Stores an imported document as a new map of the workshop. When `open` says so (asked once
     * the file is read), the map is shown at once and its rows are written behind it, as a
     * 10,000-card write takes seconds; the answer comes once it shows, with `saved` telling how the
     * write ended. Otherwise (the person went back to work) it is written first, then offered, and
     * `signal` can cancel that write.
     */
    async importMap(workshopId: WorkshopId, doc: JourneyDoc, options: ImportMapOptions = {}): Promise<ImportedMapRun | 'cancelled' | undefined> {
      const { signal, facilitation } = options
      const prepared = await storage.run(async (db) => prepareImport(db, workshopId, options.personasByName ? await adoptWorkshopPersonas(db, workshopId, doc) : doc))
      if (!prepared.ok) return undefined
      const written = prepared.value.doc
      if (!(options.open?.() ?? true)) {
        const stored = await storage.run(async (db) => {
          try {
            await maps.createMapDoc(db, written, signal, facilitation)
            return 'stored' as const
          } catch (error) {
            // The person's Cancel, not a storage failure: no "could not save" notice for it.
            if (signal?.aborted) return 'cancelled' as const
            throw error
          }
        })
        if (stored.ok && stored.value === 'cancelled') return 'cancelled'
        await core.refreshWorkshops()
        if (!stored.ok) return undefined
        if (core.currentWorkshopId() === workshopId) await core.refreshMaps(workshopId)
        return { ...prepared.value, opened: false, saved: Promise.resolve(true) }
      }
      // The workshop's list is read before the write starts: the write holds its tables until it commits.
      if (core.currentWorkshopId() !== workshopId) await openWorkshop(workshopId, { openMap: false })
      let writing: Promise<boolean> | null = null
      const start = () => (writing ??= storage.run((db) => maps.createMapDoc(db, written, undefined, facilitation)).then((r) => r.ok))
      // A 10,000-card write takes seconds, shown as "Saving…": the map is in the list from the start, not only once stored.
      core.listUnwrittenMap(workshopId, written.map)
      await session.open(written.map.id, (db) => maps.loadUnwrittenDoc(db, written, facilitation), start)
      // Another map was asked for meanwhile, or the read failed: the map is stored all the same.
      const saved = start().then(async (ok) => {
        await core.refreshWorkshops()
        if (core.currentWorkshopId() === workshopId) await core.refreshMaps(workshopId)
        return ok
      })
      return { ...prepared.value, opened: true, saved }
    },
  }
}
