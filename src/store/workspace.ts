import type { Direction, JourneyDoc, JourneyMap, MapId, Workshop, WorkshopId } from '../domain'
import { createMap, createWorkshop as newWorkshop, createStarterDoc, type StarterTitles } from '../domain'
import type { JourneyboardDb } from '../persistence/db'
import { openDatabase, requestPersistentStorage } from '../persistence/db'
import { createAutosave } from '../persistence/autosave'
import * as maps from '../persistence/maps'
import * as workshops from '../persistence/workshops'
import { getPref, setPref, viewportKey } from '../persistence/prefs'
import { createSampleWorkshop } from '../domain/sample'
import { instantiateTemplate, type JourneyTemplate } from '../domain/templates'
import { importMapInto, type ImportedMap } from '../io/importMap'
import { loadDoc, type AppStore } from './index'
import type { Notice } from './workspaceSlice'
import { DEFAULT_VIEWPORT, type Viewport } from './sessionSlice'

type Autosave = ReturnType<typeof createAutosave>

/**
 * Everything that moves between the store and the database: opening the database, the workshop
 * list, opening a map with its autosave, and remembering where the person was. Plain functions
 * over an explicit store and database, so Node tests drive the same code the UI does.
 */
export interface Workspace {
  readonly store: AppStore
  db(): JourneyboardDb
  init(): Promise<void>
  refreshWorkshops(): Promise<void>
  createWorkshop(fields: Pick<Workshop, 'title' | 'date' | 'facilitator' | 'notes'>): Promise<Workshop>
  updateWorkshop(id: WorkshopId, patch: Partial<Pick<Workshop, 'title' | 'date' | 'facilitator' | 'notes'>>): Promise<void>
  duplicateWorkshop(id: WorkshopId, title: string): Promise<void>
  trashWorkshop(id: WorkshopId): Promise<void>
  restoreWorkshop(id: WorkshopId): Promise<void>
  purgeWorkshop(id: WorkshopId): Promise<void>
  openWorkshop(id: WorkshopId): Promise<void>
  showWorkshops(): Promise<void>
  createMap(title: string, starter: StarterTitles): Promise<void>
  /** A new map in the open workshop from a template; `t` translates a built-in template's keys. */
  createMapFromTemplate(template: JourneyTemplate, title: string, t: (key: string) => string): Promise<void>
  /** Creates the day-in-the-life sample workshop (offered on an empty first start) and opens its map. */
  openSampleWorkshop(t: (key: string, values?: Record<string, string>) => string): Promise<void>
  openMap(id: MapId): Promise<void>
  renameMap(id: MapId, title: string): Promise<void>
  duplicateMap(id: MapId, title: string): Promise<void>
  trashMap(id: MapId): Promise<void>
  restoreMap(id: MapId): Promise<void>
  purgeMap(id: MapId): Promise<void>
  /**
   * Stores an imported document as a new map of the workshop (never over an existing one) and
   * opens it. Undefined when the write failed; the database is then as it was and a notice says why.
   */
  importMap(workshopId: WorkshopId, doc: JourneyDoc): Promise<ImportedMap | undefined>
  saveViewport(viewport: Viewport): void
  /** Remembers the interface language (prefs `language`) for the next start. */
  saveLanguage(language: string): Promise<void>
  /** Writes everything pending; resolves when it is in the database. */
  flush(): Promise<void>
  dismissNotice(): void
  dispose(): Promise<void>
}

export interface WorkspaceOptions {
  dbName?: string
  saveDelayMs?: number
  /** Applies the saved interface language once storage is open, before the first screen shows. */
  applyLanguage?: (language: string) => Promise<void> | void
  /** The direction a new map takes (right-to-left while the interface is Persian). */
  mapDirection?: () => Direction
}

export function createWorkspace(store: AppStore, options: WorkspaceOptions = {}): Workspace {
  let db: JourneyboardDb | null = null
  let readOnly = false
  let autosave: Autosave | null = null
  let unsubscribeDoc: (() => void) | null = null
  let viewportTimer: ReturnType<typeof setTimeout> | null = null
  let noticeSeq = 0

  const patch = store.getState().patchWorkspace
  const state = () => store.getState()
  const requireDb = () => {
    if (!db) throw new Error('The database is not open')
    return db
  }

  function notify(notice: Omit<Notice, 'id'>): void {
    patch({ notice: { ...notice, id: ++noticeSeq } })
  }

  /** Every database call from the UI goes through here, so a failure becomes a visible message. */
  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work()
    } catch (error) {
      notify({ key: 'errors.storage', values: { message: errorMessage(error) }, tone: 'error' })
      return undefined
    }
  }

  async function refreshWorkshops(): Promise<void> {
    const d = requireDb()
    const [live, trashed] = await Promise.all([workshops.listWorkshops(d), workshops.listWorkshops(d, { trashed: true })])
    const counts = await Promise.all([...live, ...trashed].map(async (w) => [w.id, await workshops.countMaps(d, w.id)] as const))
    patch({ workshops: live, trashedWorkshops: trashed, mapCounts: Object.fromEntries(counts) })
  }

  async function refreshMaps(workshopId: WorkshopId): Promise<JourneyMap[]> {
    const d = requireDb()
    const [live, trashed] = await Promise.all([maps.listMaps(d, workshopId), maps.listMaps(d, workshopId, { trashed: true })])
    patch({ maps: live, trashedMaps: trashed })
    return live
  }

  async function closeMap(): Promise<void> {
    unsubscribeDoc?.()
    unsubscribeDoc = null
    if (autosave) {
      const closing = autosave
      autosave = null
      await closing.dispose()
    }
    loadDoc(store, null)
    patch({ openMapId: null, mapError: null })
  }

  async function openMap(id: MapId): Promise<void> {
    if (state().openMapId === id && state().doc) return
    // The start of "first render" for `npm run bench` and for anyone profiling a slow open.
    performance.mark('journeyboard:map-open')
    await closeMap()
    const d = requireDb()
    const loaded = await maps.loadMapDoc(d, id)
    if (!loaded.ok) {
      patch({ openMapId: id, mapError: loaded.error.kind === 'notFound' ? 'errors.mapNotFound' : 'errors.mapUnreadable' })
      return
    }
    const doc = loaded.value.doc
    const saved = await getPref(d, viewportKey(id))
    // From here to the autosave subscription nothing awaits: the map appears with its id, view and
    // status in one go, and no edit can slip in before autosave is listening.
    loadDoc(store, doc)
    state().setViewport(saved ?? DEFAULT_VIEWPORT)
    patch({ openMapId: id, mapError: null, needsInitialViewport: !saved, saveStatus: readOnly ? 'readonly' : 'saved', saveError: null })
    autosave = createAutosave({
      db: d,
      initial: doc,
      readOnly,
      delayMs: options.saveDelayMs ?? 300,
      onStatus: (status, error) => patch({ saveStatus: status, saveError: error ? errorMessage(error) : null }),
    })
    const current = autosave
    unsubscribeDoc = store.subscribe((s, prev) => {
      if (s.doc && s.doc !== prev.doc && s.doc.map.id === id) current.update(s.doc)
    })
    await setPref(d, 'lastMapId', id)
    // A stored row the map could not use as it was (a text past the limit, a value it does not
    // know) was repaired on the way in and written back: the person hears about it once.
    const repaired = loaded.value.repairs.reduce((sum, r) => sum + r.count, 0)
    if (repaired > 0) notify({ key: 'notices.mapRepaired', values: { count: repaired }, tone: 'info' })
  }

  async function openWorkshop(id: WorkshopId): Promise<void> {
    await closeMap()
    patch({ screen: { kind: 'workshop', workshopId: id }, maps: [], trashedMaps: [] })
    const live = await refreshMaps(id)
    const d = requireDb()
    await setPref(d, 'lastWorkshopId', id)
    const lastMapId = await getPref(d, 'lastMapId')
    const target = live.find((m) => m.id === lastMapId) ?? live[0]
    if (target) await openMap(target.id)
  }

  /** A new map reads the way the interface does: right-to-left while it is in Persian. */
  function withNewMapDirection(doc: JourneyDoc): JourneyDoc {
    const direction = options.mapDirection?.() ?? 'ltr'
    return direction === doc.map.direction ? doc : { ...doc, map: { ...doc.map, direction } }
  }

  function currentWorkshopId(): WorkshopId | null {
    const screen = state().screen
    return screen.kind === 'workshop' ? screen.workshopId : null
  }

  const ws: Workspace = {
    store,
    db: requireDb,
    async init() {
      patch({ dbState: { kind: 'opening' } })
      const opened = await openDatabase(options.dbName)
      if (opened.status === 'failed') {
        patch({ dbState: { kind: 'failed', message: errorMessage(opened.error) } })
        return
      }
      db = opened.db
      readOnly = opened.readOnly
      const language = await getPref(db, 'language').catch(() => undefined)
      if (language) await options.applyLanguage?.(language)
      patch({ dbState: { kind: 'ready', readOnly }, saveStatus: readOnly ? 'readonly' : 'saved' })
      void requestPersistentStorage()
      await refreshWorkshops()
      // Reopen where the person left off: same workshop, same map (and its zoom, in openMap).
      const lastWorkshopId = await getPref(db, 'lastWorkshopId')
      if (lastWorkshopId && state().workshops.some((w) => w.id === lastWorkshopId)) await openWorkshop(lastWorkshopId)
    },
    refreshWorkshops,
    async createWorkshop(fields) {
      const workshop = newWorkshop(fields)
      await guarded(() => workshops.createWorkshop(requireDb(), workshop))
      await refreshWorkshops()
      return workshop
    },
    async updateWorkshop(id, fields) {
      await guarded(() => workshops.updateWorkshop(requireDb(), id, fields))
      await refreshWorkshops()
    },
    async duplicateWorkshop(id, title) {
      await guarded(() => workshops.duplicateWorkshop(requireDb(), id, title))
      await refreshWorkshops()
    },
    async trashWorkshop(id) {
      const title = state().workshops.find((w) => w.id === id)?.title ?? ''
      if (currentWorkshopId() === id) await ws.showWorkshops()
      await guarded(() => workshops.trashWorkshop(requireDb(), id))
      await refreshWorkshops()
      notify({ key: 'notices.workshopTrashed', values: { title }, tone: 'info', undo: () => void ws.restoreWorkshop(id) })
    },
    async restoreWorkshop(id) {
      await guarded(() => workshops.restoreWorkshop(requireDb(), id))
      await refreshWorkshops()
    },
    async purgeWorkshop(id) {
      await guarded(() => workshops.purgeWorkshop(requireDb(), id))
      await refreshWorkshops()
    },
    openWorkshop,
    async showWorkshops() {
      await closeMap()
      await setPref(requireDb(), 'lastWorkshopId', null)
      patch({ screen: { kind: 'workshops' }, maps: [], trashedMaps: [] })
      await refreshWorkshops()
    },
    async createMap(title, starter) {
      const workshopId = currentWorkshopId()
      if (!workshopId) return
      const doc: JourneyDoc = withNewMapDirection(createStarterDoc(createMap(workshopId, title), starter))
      const created = await guarded(async () => {
        await maps.createMapDoc(requireDb(), doc)
        return true
      })
      await refreshMaps(workshopId)
      if (created) await openMap(doc.map.id)
    },
    async createMapFromTemplate(template, title, t) {
      const workshopId = currentWorkshopId()
      if (!workshopId) return
      const doc = withNewMapDirection(instantiateTemplate(template, { workshopId, title, t }))
      const created = await guarded(async () => {
        await maps.createMapDoc(requireDb(), doc)
        return true
      })
      await refreshMaps(workshopId)
      if (created) await openMap(doc.map.id)
    },
    async openSampleWorkshop(t) {
      const sample = createSampleWorkshop(t)
      const created = await guarded(async () => {
        await workshops.createWorkshop(requireDb(), sample.workshop)
        await maps.createMapDoc(requireDb(), withNewMapDirection(sample.doc))
        return true
      })
      await refreshWorkshops()
      if (created) await openWorkshop(sample.workshop.id)
    },
    openMap,
    async renameMap(id, title) {
      if (state().openMapId === id) {
        state().dispatch({ type: 'renameMap', title })
        return
      }
      const workshopId = currentWorkshopId()
      await guarded(() => maps.renameMap(requireDb(), id, title))
      if (workshopId) await refreshMaps(workshopId)
    },
    async duplicateMap(id, title) {
      const workshopId = currentWorkshopId()
      if (!workshopId) return
      if (state().openMapId === id) await ws.flush()
      const copy = await guarded(() => maps.duplicateMap(requireDb(), id, title))
      await refreshMaps(workshopId)
      if (copy?.ok) await openMap(copy.value.map.id)
      else if (copy) notify({ key: 'errors.mapUnreadable', tone: 'error' })
    },
    async trashMap(id) {
      const workshopId = currentWorkshopId()
      if (!workshopId) return
      const title = state().maps.find((m) => m.id === id)?.title ?? ''
      if (state().openMapId === id) await closeMap()
      await guarded(() => maps.trashMap(requireDb(), id))
      const live = await refreshMaps(workshopId)
      notify({ key: 'notices.mapTrashed', values: { title }, tone: 'info', undo: () => void ws.restoreMap(id) })
      if (!state().openMapId && live[0]) await openMap(live[0].id)
    },
    async restoreMap(id) {
      const workshopId = currentWorkshopId()
      await guarded(() => maps.restoreMap(requireDb(), id))
      if (workshopId) await refreshMaps(workshopId)
      if (!state().openMapId) await openMap(id)
    },
    async purgeMap(id) {
      const workshopId = currentWorkshopId()
      await guarded(() => maps.purgeMap(requireDb(), id))
      if (workshopId) await refreshMaps(workshopId)
    },
    async importMap(workshopId, doc) {
      const imported = await guarded(() => importMapInto(requireDb(), workshopId, doc))
      await refreshWorkshops()
      if (!imported) return undefined
      if (currentWorkshopId() === workshopId) await refreshMaps(workshopId)
      else await openWorkshop(workshopId)
      await openMap(imported.doc.map.id)
      return imported
    },
    saveViewport(viewport) {
      const mapId = state().openMapId
      if (!mapId || !db || readOnly) return
      if (viewportTimer) clearTimeout(viewportTimer)
      const d = db
      viewportTimer = setTimeout(() => void setPref(d, viewportKey(mapId), viewport).catch(() => undefined), 400)
    },
    async saveLanguage(language) {
      await guarded(() => setPref(requireDb(), 'language', language))
    },
    async flush() {
      await autosave?.flush()
    },
    dismissNotice() {
      patch({ notice: null })
    },
    async dispose() {
      if (viewportTimer) clearTimeout(viewportTimer)
      await closeMap()
      db?.close()
      db = null
    },
  }
  return ws
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message
  return String(error)
}
