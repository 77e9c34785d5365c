import type { Direction, JourneyDoc, MapId, StarterTitles, Workshop, WorkshopId } from '../domain'
import type { JourneyTemplate } from '../domain/templates'
import { openDatabase, requestPersistentStorage, type JourneyboardDb } from '../persistence/db'
import { getPref, setPref, viewportKey } from '../persistence/prefs'
import type { SaveStatus } from '../platform'
import type { AppStore } from './index'
import { mapActions, type ImportedMapRun, type ImportMapOptions } from './mapActions'
import { createMapSession } from './mapSession'
import type { Viewport } from './sessionSlice'
import { createStorageGate, errorMessage, storageNotice } from './storage'
import { workshopActions } from './workshopActions'
import { createWorkspaceCore } from './workspaceCore'

/**
 * Everything that moves between the store and the database: opening the database, the workshop
 * list (./workshopActions), the maps of a workshop (./mapActions), the open map with its autosave
 * (./mapSession), and remembering where the person was. Every storage call goes through one
 * StorageGate (./storage), so a failure always reaches the person as the same notice. Plain
 * functions over an explicit store and database, so Node tests drive the same code the UI does.
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
  /** Shows the workshop and the map last open in it; with `openMap: false` the workshop only. */
  openWorkshop(id: WorkshopId, options?: { openMap?: boolean }): Promise<void>
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
   * opens it, unless `options.open` answers no when the write is done. Undefined when the write
   * failed; the database is then as it was and a notice says why. 'cancelled' when
   * `options.signal` stopped the write: nothing was stored. `options.facilitation` (a .journey
   * file's agenda and votes, `Imported.facilitation`) is stored with the map and opens with it.
   */
  importMap(workshopId: WorkshopId, doc: JourneyDoc, options?: ImportMapOptions): Promise<ImportedMapRun | 'cancelled' | undefined>
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
  /** Hears every change of the save status (the desktop shell shows it and waits for it on close). */
  onSaveStatus?: (status: SaveStatus) => void
}

export function createWorkspace(store: AppStore, options: WorkspaceOptions = {}): Workspace {
  let db: JourneyboardDb | null = null
  let readOnly = false
  let viewportTimer: ReturnType<typeof setTimeout> | null = null

  const storage = createStorageGate(
    () => db,
    (failure) => store.getState().notify(storageNotice(failure)),
  )
  const session = createMapSession(store, storage, { readOnly: () => readOnly, saveDelayMs: options.saveDelayMs })
  const core = createWorkspaceCore(store, storage, session, options.mapDirection)
  const workshopsPart = workshopActions(core)
  const mapsPart = mapActions(core, workshopsPart.openWorkshop)
  const patch = core.patch

  // The workspace, not a component, follows the store for what must reach storage or the shell.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.saveStatus !== prev.saveStatus) options.onSaveStatus?.(s.saveStatus)
    if (s.viewport !== prev.viewport && s.doc && s.doc === prev.doc) ws.saveViewport(s.viewport)
  })

  const ws: Workspace = {
    store,
    db() {
      if (!db) throw new Error('The database is not open')
      return db
    },
    async init() {
      patch({ dbState: { kind: 'opening' } })
      const opened = await openDatabase(options.dbName)
      if (opened.status === 'failed') {
        patch({ dbState: { kind: 'failed', message: errorMessage(opened.error) } })
        return
      }
      db = opened.db
      readOnly = opened.readOnly
      const language = await storage.run((d) => getPref(d, 'language'))
      if (language.ok && language.value) await options.applyLanguage?.(language.value)
      patch({ dbState: { kind: 'ready', readOnly }, saveStatus: readOnly ? 'readonly' : 'saved' })
      void requestPersistentStorage()
      await core.refreshWorkshops()
      // Reopen where the person left off: same workshop, same map (and its zoom, in the map session).
      const last = await storage.run((d) => getPref(d, 'lastWorkshopId'))
      const lastWorkshopId = last.ok ? last.value : undefined
      if (lastWorkshopId && core.state().workshops.some((w) => w.id === lastWorkshopId)) await workshopsPart.openWorkshop(lastWorkshopId)
    },
    refreshWorkshops: core.refreshWorkshops,
    ...workshopsPart,
    ...mapsPart,
    openMap: session.open,
    saveViewport(viewport) {
      const mapId = core.state().openMapId
      if (!mapId || !db || readOnly) return
      if (viewportTimer) clearTimeout(viewportTimer)
      const d = db
      // A lost viewport is no reason to bother anyone: this write alone stays quiet on failure.
      viewportTimer = setTimeout(() => void setPref(d, viewportKey(mapId), viewport).catch(() => undefined), 400)
    },
    async saveLanguage(language) {
      await storage.run((d) => setPref(d, 'language', language))
    },
    flush: session.flush,
    dismissNotice() {
      store.getState().dismissNotice()
    },
    async dispose() {
      unsubscribe()
      if (viewportTimer) clearTimeout(viewportTimer)
      await session.close()
      db?.close()
      db = null
    },
  }
  return ws
}
