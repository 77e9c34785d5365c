import type { MapId } from '../domain'
import { createAutosave } from '../persistence/autosave'
import type { JourneyboardDb } from '../persistence/db'
import * as maps from '../persistence/maps'
import { getPref, setPref, viewportKey } from '../persistence/prefs'
import { loadDoc, type AppStore } from './index'
import { DEFAULT_VIEWPORT } from './sessionSlice'
import { errorMessage, type StorageGate } from './storage'

type Autosave = ReturnType<typeof createAutosave>

/** How a map's document is read for opening; loadMapDoc unless the caller knows better. */
export type ReadMap = (db: JourneyboardDb) => ReturnType<typeof maps.loadMapDoc>

/** The open map: loading it, its autosave, and closing it. */
export interface MapSession {
  /**
   * Shows the map. Opening another map (or closing) while this one still loads discards this
   * load: the last map asked for is the one shown, with the only autosave. `read` replaces the
   * read from the database, for a map whose document the caller already holds (a fresh import).
   */
  open(id: MapId, read?: ReadMap): Promise<void>
  close(): Promise<void>
  flush(): Promise<void>
}

export function createMapSession(store: AppStore, storage: StorageGate, options: { readOnly: () => boolean; saveDelayMs?: number }): MapSession {
  let autosave: Autosave | null = null
  let unsubscribeDoc: (() => void) | null = null
  // Bumped by every open and close; a load that finds it changed after an await was overtaken.
  let generation = 0
  // Closing an autosave flushes it; a later open waits for that, so reopening the same map reads what was just written.
  let closing: Promise<void> = Promise.resolve()

  const patch = (p: Parameters<ReturnType<AppStore['getState']>['patchWorkspace']>[0]) => store.getState().patchWorkspace(p)

  async function detach(): Promise<void> {
    unsubscribeDoc?.()
    unsubscribeDoc = null
    if (autosave) {
      const done = autosave
      autosave = null
      // A failed final write is reported through the save status; it must not wedge later opens.
      closing = closing.then(() => done.dispose()).catch(() => undefined)
    }
    await closing
  }

  async function close(): Promise<void> {
    generation++
    await detach()
    loadDoc(store, null)
    patch({ openMapId: null, mapError: null })
  }

  async function open(id: MapId, read: ReadMap = (db) => maps.loadMapDoc(db, id)): Promise<void> {
    const state = store.getState()
    if (state.openMapId === id && state.doc) return
    const mine = ++generation
    const current = () => mine === generation
    // The start of "first render" for `npm run bench` and for anyone profiling a slow open.
    performance.mark('journeyboard:map-open')
    await detach()
    if (!current()) return
    loadDoc(store, null)
    patch({ openMapId: null, mapError: null })
    const got = await storage.run(async (db) => {
      const loaded = await read(db)
      return { loaded, saved: loaded.ok ? await getPref(db, viewportKey(id)) : undefined }
    })
    if (!current() || !got.ok) return
    const { loaded, saved } = got.value
    if (!loaded.ok) {
      patch({ openMapId: id, mapError: loaded.error.kind === 'notFound' ? 'errors.mapNotFound' : 'errors.mapUnreadable' })
      return
    }
    const db = storage.current()
    if (!db) return
    const doc = loaded.value.doc
    const readOnly = options.readOnly()
    // From here to the autosave subscription nothing awaits: the map appears with its id, view and
    // status in one go, and no edit can slip in before autosave is listening.
    loadDoc(store, doc)
    store.getState().setViewport(saved ?? DEFAULT_VIEWPORT)
    patch({ openMapId: id, mapError: null, needsInitialViewport: !saved, saveStatus: readOnly ? 'readonly' : 'saved', saveError: null })
    const saving = createAutosave({
      db,
      initial: doc,
      readOnly,
      delayMs: options.saveDelayMs ?? 300,
      onStatus: (status, error) => patch({ saveStatus: status, saveError: error ? errorMessage(error) : null }),
    })
    autosave = saving
    unsubscribeDoc = store.subscribe((s, prev) => {
      if (s.doc && s.doc !== prev.doc && s.doc.map.id === id) saving.update(s.doc)
    })
    await storage.run((d) => setPref(d, 'lastMapId', id))
    // A stored row the map could not use as it was (a text past the limit, a value it does not
    // know) was repaired on the way in and written back: the person hears about it once.
    const repaired = loaded.value.repairs.reduce((sum, r) => sum + r.count, 0)
    if (repaired > 0 && current()) store.getState().notify({ key: 'notices.mapRepaired', values: { count: repaired }, tone: 'info' })
  }

  return {
    open,
    close,
    async flush() {
      await autosave?.flush()
    },
  }
}
