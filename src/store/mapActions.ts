import type { JourneyDoc, MapId, WorkshopId } from '../domain'
import type { MapFacilitation } from '../domain/facilitation'
import { createMap, createStarterDoc, type StarterTitles } from '../domain'
import { instantiateTemplate, type JourneyTemplate } from '../domain/templates'
import { adoptWorkshopPersonas, importMapInto, type ImportedMap } from '../persistence/importMap'
import * as maps from '../persistence/maps'
import type { WorkspaceCore } from './workspaceCore'

export interface ImportMapOptions {
  /** Whether to show the new map once it is stored (asked then); it is, unless this says no. */
  readonly open?: () => boolean
  /** Cancels the write while it runs: nothing is stored, and importMap answers 'cancelled'. */
  readonly signal?: AbortSignal
  /** The file's agenda and vote history (a .journey file's `facilitation`), stored with the map. */
  readonly facilitation?: MapFacilitation
  /** The file names people only by name (a CSV, Mermaid): the workshop's personas of those names stand in for its own. */
  readonly personasByName?: boolean
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
    async importMap(workshopId: WorkshopId, doc: JourneyDoc, options: ImportMapOptions = {}): Promise<ImportedMap | 'cancelled' | undefined> {
      const { signal } = options
      const imported = await storage.run(async (db) => {
        try {
          const named = options.personasByName ? await adoptWorkshopPersonas(db, workshopId, doc) : doc
          return await importMapInto(db, workshopId, named, Date.now(), signal, options.facilitation)
        } catch (error) {
          // The person's Cancel, not a storage failure: no "could not save" notice for it.
          if (signal?.aborted) return 'cancelled' as const
          throw error
        }
      })
      if (imported.ok && imported.value === 'cancelled') return 'cancelled'
      await core.refreshWorkshops()
      if (!imported.ok || imported.value === 'cancelled') return undefined
      const stored = imported.value
      // Asked once the write is done: the person may have gone back to work while it ran.
      const open = options.open?.() ?? true
      if (core.currentWorkshopId() === workshopId) await core.refreshMaps(workshopId)
      else if (open) await openWorkshop(workshopId, { openMap: false })
      if (!open) return stored
      // The document just written is the map: it opens from memory instead of being read back.
      const written = stored.doc
      await session.open(written.map.id, (db) => maps.loadWrittenDoc(db, written))
      return stored
    },
  }
}
