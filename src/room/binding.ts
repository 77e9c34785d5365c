import type * as Y from 'yjs'
import { diffDocs, type DocDiff, type JourneyDoc } from '../domain'
import { routeAppUndo } from '../editor/undo'
import { appStore, dropStaleSelection, loadDoc, type AppStore } from '../store'
import { overlayPrivate } from './privateOverlay'
import type { PrivateWriting } from './privateWriting'
import { RoomProjector } from './project'
import { createRoomUndo, type RoomUndo } from './roomUndo'
import type { RoomAccess } from './types'
import { ROOM_DOC } from './types'
import { writeChange } from './write'

export interface RoomBindingOptions {
  /** This person's id: new cards are recorded as theirs. */
  readonly participantId: string
  /** 'view' never writes: a local command is taken back by the shared document's state. */
  readonly access: RoomAccess
  /** Route the editor's appUndo to this room's undo while bound. Defaults to true for the app's own store. */
  readonly routeAppUndo?: boolean
  /** A participant's private writing: their new cards go to the host while it is on, and show on their board only. */
  readonly privateWriting?: PrivateWriting
}

export interface RoomBinding {
  /** This person's undo: only their own changes. */
  readonly undo: RoomUndo
  /** Whether this person made the card (a participant edits and deletes their own). */
  isMine(cardId: string): boolean
  /** Stops writing and following; appUndo goes back to the snapshot history. */
  dispose(): void
}

/**
 * Binds the app store to a room's Y.Doc. Local commands go into the shared document as they
 * change it (never gesture previews: those stay local until the gesture's one command). Changes
 * from anyone else (and undo, which is a change like any other) are projected and replace the
 * store's document with history paused, so they leave no undo step. While a gesture previews
 * (history paused) they wait, and are applied just before the gesture's command, so the command
 * applies to the latest document and its end cannot put a remote change back.
 *
 * The store's document becomes the room's when its seed arrives (or at once, if it is there).
 * Dispose before opening another map in the store.
 */
export function bindRoom(store: AppStore, ydoc: Y.Doc, options: RoomBindingOptions): RoomBinding {
  const { participantId, access, privateWriting } = options
  // An object of its own: the identity Y.UndoManager tracks, distinct from every other binding.
  const origin = { room: 'local', participantId }
  const projector = new RoomProjector(ydoc)
  const undo = createRoomUndo(store, ydoc, origin)
  let loaded = false
  let waiting = false
  /** The local command being written, so projecting it back can recognise its own result cheaply. */
  let writing: { readonly prev: JourneyDoc; readonly next: JourneyDoc; readonly diff: DocDiff } | null = null

  const follow = () => {
    const history = store.temporal.getState()
    if (!history.isTracking) {
      waiting = true
      return
    }
    waiting = false
    const current = store.getState().doc
    // The open map's objects are kept wherever the room holds the same values (the host's own
    // window, which seeded the room from it): autosave and the board see nothing changed.
    const own = writing && writing.next === current && writing.prev === projector.current ? writing.diff : undefined
    const shared = projector.project(current, own)
    if (!shared) return
    const doc = privateWriting ? overlayPrivate(shared, privateWriting.state.getState().cards, current) : shared
    if (!loaded) {
      // The room's map replaces whatever was open, with no snapshot history from before: undoing
      // one of those steps would put back a whole document over everyone's edits.
      loaded = true
      if (doc === current) history.clear()
      else loadDoc(store, doc)
      return
    }
    if (doc === current) return
    history.pause()
    store.getState().replaceDoc(doc)
    history.resume()
    dropStaleSelection(store)
  }

  const stopCommands = store.getState().onCommand((prev, next) => {
    // Before the seed has arrived there is no room document to change.
    if (!loaded || access === 'view') {
      follow()
      return
    }
    const diff = diffDocs(prev, next)
    writing = { prev, next, diff: privateWriting ? privateWriting.take(prev, diff) : diff }
    try {
      writeChange(ydoc, prev, next, origin, participantId, writing.diff)
    } finally {
      writing = null
    }
    undo.stopCapturing()
  })
  const afterTransaction = () => follow()
  ydoc.on('afterTransaction', afterTransaction)
  const stopHistory = store.temporal.subscribe((state) => {
    if (waiting && state.isTracking) follow()
  })
  const stopPrivate = privateWriting ? privateWriting.attach(ydoc, () => follow()) : () => {}
  const restoreUndo = (options.routeAppUndo ?? store === appStore) ? routeAppUndo(undo) : () => {}
  follow()

  return {
    undo,
    isMine: (cardId) => ydoc.getMap<unknown>(ROOM_DOC.owners).get(cardId) === participantId || (privateWriting?.state.getState().cards.has(cardId) ?? false),
    dispose: () => {
      // The snapshot history holds this person's commands without anyone else's changes between
      // them: after the room it would undo into documents that never existed.
      store.temporal.getState().clear()
      restoreUndo()
      stopCommands()
      stopHistory()
      stopPrivate()
      ydoc.off('afterTransaction', afterTransaction)
      undo.destroy()
      projector.dispose()
    },
  }
}
