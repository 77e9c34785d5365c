import type { Command } from '../domain'
import { appStore, redo, startGesture, undo, type AppStore } from '../store'

/** A drag or a slider: live previews that leave no trace in history, then one command as its one undo step. */
export interface GestureSession {
  preview(cmd: Command): void
  /** Ends the gesture; null leaves no undo step (a cancel, or a drop where it started). */
  end(cmd: Command | null): void
}

/**
 * Undo as the editor sees it. Today it is the whole document's snapshot history (zundo); a shared
 * document would put each person's own undo behind the same four calls.
 */
export interface UndoManager {
  undo(): void
  redo(): void
  canUndo(): boolean
  canRedo(): boolean
  startGesture(): GestureSession
  /** Calls `listener` when what can be undone or redone changes (the undo and redo buttons follow it). */
  subscribe(listener: () => void): () => void
}

/** The snapshot history of the app store (src/store/index.ts): every command is one step. */
export function snapshotUndo(store: AppStore): UndoManager {
  return {
    undo: () => undo(store),
    redo: () => redo(store),
    canUndo: () => store.temporal.getState().pastStates.length > 0,
    canRedo: () => store.temporal.getState().futureStates.length > 0,
    startGesture: () => startGesture(store),
    subscribe: (listener) => store.temporal.subscribe(listener),
  }
}

const snapshotAppUndo = snapshotUndo(appStore)
let currentAppUndo: UndoManager = snapshotAppUndo
const appUndoListeners = new Set<() => void>()
let unsubscribeCurrent: (() => void) | null = null

function notifyAppUndo(): void {
  for (const listener of [...appUndoListeners]) listener()
}

/**
 * The open map's undo: the keys, the menu and the board all go through this one. It delegates, so
 * a shared room can put each person's own undo behind it (routeAppUndo) and hand it back after.
 */
export const appUndo: UndoManager = {
  undo: () => currentAppUndo.undo(),
  redo: () => currentAppUndo.redo(),
  canUndo: () => currentAppUndo.canUndo(),
  canRedo: () => currentAppUndo.canRedo(),
  startGesture: () => currentAppUndo.startGesture(),
  subscribe: (listener) => {
    appUndoListeners.add(listener)
    unsubscribeCurrent ??= currentAppUndo.subscribe(notifyAppUndo)
    return () => {
      appUndoListeners.delete(listener)
      if (appUndoListeners.size === 0 && unsubscribeCurrent) {
        unsubscribeCurrent()
        unsubscribeCurrent = null
      }
    }
  },
}

/**
 * Routes appUndo to `manager` (a room's per-person undo) until the returned function is called,
 * which restores the snapshot history. Subscribers stay subscribed across the swap and hear of it,
 * since what can be undone changes with it.
 */
export function routeAppUndo(manager: UndoManager): () => void {
  swapAppUndo(manager)
  return () => {
    if (currentAppUndo === manager) swapAppUndo(snapshotAppUndo)
  }
}

function swapAppUndo(manager: UndoManager): void {
  if (unsubscribeCurrent) {
    unsubscribeCurrent()
    unsubscribeCurrent = null
  }
  currentAppUndo = manager
  if (appUndoListeners.size > 0) unsubscribeCurrent = manager.subscribe(notifyAppUndo)
  notifyAppUndo()
}
