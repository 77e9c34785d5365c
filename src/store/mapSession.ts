import type { JourneyDoc, MapId } from '../domain'
import { NO_FACILITATION, type MapFacilitation } from '../domain/facilitation'
import { createAutosave, type SaveStatus } from '../persistence/autosave'
import type { JourneyboardDb } from '../persistence/db'
import { createFacilitationAutosave } from '../persistence/facilitationAutosave'
import * as maps from '../persistence/maps'
import { getPref, setPref, viewportKey } from '../persistence/prefs'
import { loadDoc, type AppStore } from './index'
import { DEFAULT_VIEWPORT } from './sessionSlice'
import { CLOSED_PLAN } from './planSlice'
import { errorMessage, type StorageGate } from './storage'

type Autosave = Pick<ReturnType<typeof createAutosave>, 'flush' | 'dispose'>

/** How a map's document is read for opening; loadMapDoc unless the caller knows better. */
export type ReadMap = (db: JourneyboardDb) => ReturnType<typeof maps.loadMapDoc>

/**
 * The open map: loading it (its document and its facilitation), their autosaves, and closing it.
 */
export interface MapSession {
  /**
   * Shows the map. Opening another map (or closing) while this one still loads discards this
   * load: the last map asked for is the one shown, with the only autosave. `read` replaces the
   * read from the database, for a map whose document the caller already holds (a fresh import).
   * `write` stores a map that is not stored yet (a fresh import): it is started once the map
   * shown before is let go and `read` is done, and the map shows while it runs ("Saving…"). Edits
   * made meanwhile are saved once it answers true; false (nothing stored) closes the map again.
   */
  open(id: MapId, read?: ReadMap, write?: () => Promise<boolean>): Promise<void>
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
  // The write of a map shown before it was stored (saveAfterWrite), and the saving of what changed meanwhile.
  let pendingWrite: Promise<void> = Promise.resolve()

  const patch = (p: Parameters<ReturnType<AppStore['getState']>['patchWorkspace']>[0]) => store.getState().patchWorkspace(p)

  async function detach(): Promise<void> {
    unsubscribeDoc?.()
    unsubscribeDoc = null
    // The agenda and votes leave with their map; this is not a change the person made.
    store.getState().loadFacilitation(NO_FACILITATION)
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
    patch({ openMapId: null, mapError: null, openingMapId: null })
  }

  async function open(id: MapId, read: ReadMap = (db) => maps.loadMapDoc(db, id), write?: () => Promise<boolean>): Promise<void> {
    const state = store.getState()
    if (state.openMapId === id && state.doc) return
    const mine = ++generation
    const current = () => mine === generation
    // The start of "first render" for `npm run bench` and for anyone profiling a slow open.
    performance.mark('journeyboard:map-open')
    await detach()
    if (!current()) return
    loadDoc(store, null)
    // Another map's plan filter would name stages this map lacks: each map opens on its board.
    store.getState().setPlan(CLOSED_PLAN)
    patch({ openMapId: null, mapError: null, openingMapId: id })
    const got = await storage.run(async (db) => {
      const loaded = await read(db)
      return { loaded, saved: loaded.ok ? await getPref(db, viewportKey(id)) : undefined }
    })
    if (!current()) return
    patch({ openingMapId: null })
    if (!got.ok) return
    const { loaded, saved } = got.value
    if (!loaded.ok) {
      patch({ openMapId: id, mapError: loaded.error.kind === 'notFound' ? 'errors.mapNotFound' : 'errors.mapUnreadable' })
      return
    }
    const db = storage.current()
    if (!db) return
    const doc = loaded.value.doc
    const facilitation = loaded.value.facilitation ?? NO_FACILITATION
    const readOnly = options.readOnly()
    const writing = write?.()
    // From here to the autosave subscription nothing awaits: the map appears with its id, view and
    // status in one go, and no edit can slip in before autosave is listening.
    loadDoc(store, doc)
    store.getState().loadFacilitation(facilitation)
    store.getState().setViewport(saved ?? DEFAULT_VIEWPORT, true)
    patch({ openMapId: id, mapError: null, needsInitialViewport: !saved, saveStatus: readOnly ? 'readonly' : writing ? 'saving' : 'saved', saveError: null })
    if (writing) saveAfterWrite(db, id, { doc, facilitation }, writing, current)
    else attach(db, id, { doc, facilitation })
    await storage.run((d) => setPref(d, 'lastMapId', id))
    // A stored row the map could not use as it was (a text past the limit, a value it does not
    // know) was repaired on the way in and written back: the person hears about it once.
    const repaired = loaded.value.repairs.reduce((sum, r) => sum + r.count, 0)
    if (repaired > 0 && current()) store.getState().notify({ key: 'notices.mapRepaired', values: { count: repaired }, tone: 'info' })
  }

  /** The map's autosaves, starting from what is stored (`stored`), reporting to `report`. */
  function autosaves(db: JourneyboardDb, id: MapId, stored: MapState, report: (status: SaveStatus, error?: unknown) => void) {
    // One save status for the map: its document and its facilitation each report, the worse shows.
    const status = combinedStatus(report)
    const delayMs = options.saveDelayMs ?? 300
    const readOnly = options.readOnly()
    return {
      saving: createAutosave({ db, initial: stored.doc, readOnly, delayMs, onStatus: status.reporter('doc') }),
      savingFacilitation: createFacilitationAutosave({ db, mapId: id, initial: stored.facilitation, readOnly, delayMs, onStatus: status.reporter('facilitation') }),
    }
  }

  /** Calls back with every change the person makes to map `id`'s document and to its facilitation; returns the unsubscribe. */
  function followChanges(id: MapId, onDoc: (doc: JourneyDoc) => void, onFacilitation: (facilitation: MapFacilitation) => void): () => void {
    return store.subscribe((s, prev) => {
      if (s.doc && s.doc !== prev.doc && s.doc.map.id === id) onDoc(s.doc)
      if (s.facilitationRevision !== prev.facilitationRevision && s.openMapId === id) onFacilitation(s.facilitation)
    })
  }

  /** Saves the open map from now on: its autosaves start from what is stored and get every later change. */
  function attach(db: JourneyboardDb, id: MapId, stored: MapState) {
    const made = autosaves(db, id, stored, (s, error) => patch({ saveStatus: s, saveError: error ? errorMessage(error) : null }))
    const { saving, savingFacilitation } = made
    autosave = both(saving, savingFacilitation)
    unsubscribeDoc = followChanges(id, (doc) => saving.update(doc), (facilitation) => savingFacilitation.update(facilitation))
    return made
  }

  /**
   * A map shown while `writing` stores it: what the person changes meanwhile is kept, and saved
   * by autosaves that start from the written map once the write is done. A failed write (the
   * storage failure is already told) takes the map off the board again, as nothing of it is
   * stored. Closing or leaving the map meanwhile waits for the write, then saves its changes.
   */
  function saveAfterWrite(db: JourneyboardDb, id: MapId, written: MapState, writing: Promise<boolean>, shown: () => boolean): void {
    let latest = { doc: written.doc, facilitation: written.facilitation }
    unsubscribeDoc = followChanges(
      id,
      (doc) => (latest = { ...latest, doc }),
      (facilitation) => (latest = { ...latest, facilitation }),
    )
    const settled = writing.then(async (ok) => {
      if (!ok) {
        // Not awaited: closing waits for this very write to settle.
        if (shown()) void close()
        return
      }
      if (!shown()) {
        // Left for another map meanwhile: this map's changes are written now, without its status.
        const { saving, savingFacilitation } = autosaves(db, id, written, () => {})
        saving.update(latest.doc)
        savingFacilitation.update(latest.facilitation)
        await both(saving, savingFacilitation).dispose()
        return
      }
      unsubscribeDoc?.()
      const { saving, savingFacilitation } = attach(db, id, written)
      if (latest.doc !== written.doc) saving.update(latest.doc)
      if (latest.facilitation !== written.facilitation) savingFacilitation.update(latest.facilitation)
      if (latest.doc === written.doc && latest.facilitation === written.facilitation) patch({ saveStatus: 'saved' })
    })
    pendingWrite = settled.catch(() => undefined)
    // Leaving the map waits for it, so a map opened next (this one again, say) reads what was written.
    closing = closing.then(() => pendingWrite)
  }

  return {
    open,
    close,
    async flush() {
      await pendingWrite
      await autosave?.flush()
    },
  }
}

interface MapState {
  readonly doc: JourneyDoc
  readonly facilitation: MapFacilitation
}

type SavePart = 'doc' | 'facilitation'

/** Worst first: a failure shows until the part that failed has saved. */
const SEVERITY: readonly SaveStatus[] = ['readonly', 'failed', 'saving', 'unsaved', 'saved']

/** Folds the statuses of the map's parts into the one the person sees, with the failing part's error. */
function combinedStatus(report: (status: SaveStatus, error?: unknown) => void) {
  const parts: Record<SavePart, { status: SaveStatus; error?: unknown }> = { doc: { status: 'saved' }, facilitation: { status: 'saved' } }
  return {
    reporter: (part: SavePart) => (status: SaveStatus, error?: unknown) => {
      parts[part] = { status, error }
      const worst = Object.values(parts).reduce((a, b) => (SEVERITY.indexOf(b.status) < SEVERITY.indexOf(a.status) ? b : a))
      report(worst.status, worst.status === 'failed' ? worst.error : undefined)
    },
  }
}

/** Flushes and disposes the map's autosaves together; a failure of either is the call's failure. */
function both(a: Autosave, b: Autosave): Autosave {
  const all = async (f: (x: Autosave) => Promise<void>): Promise<void> => {
    const results = await Promise.allSettled([f(a), f(b)])
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }
  return { flush: () => all((x) => x.flush()), dispose: () => all((x) => x.dispose()) }
}
