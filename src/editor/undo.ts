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

/** The open map's undo: the keys, the menu and the board all go through this one. */
export const appUndo: UndoManager = snapshotUndo(appStore)
