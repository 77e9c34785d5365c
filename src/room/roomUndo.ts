import * as Y from 'yjs'
import type { UndoManager } from '../editor/undo'
import { startGesture, type AppStore } from '../store'
import { editableTypes } from './shape'

export interface RoomUndo extends UndoManager {
  /** Ends the current undo step: the binding calls it after writing each command, so one command is one step. */
  stopCapturing(): void
  destroy(): void
}

/**
 * Each person's own undo in a room, on Y.UndoManager: it tracks only transactions with this
 * client's `origin`, so undo takes back my changes and never another person's (a snapshot
 * history would roll back everyone's). captureTimeout 0 and stopCapturing() after each command
 * keep one command one step. Gestures preview in the store only (never in the shared document)
 * and end in one command, exactly as without a room; the binding holds remote changes back while
 * a gesture previews.
 *
 * Known edge (Yjs): undoing my creation of a record removes the record, with any field another
 * person set on it since.
 */
export function createRoomUndo(store: AppStore, ydoc: Y.Doc, origin: unknown): RoomUndo {
  const manager = new Y.UndoManager(editableTypes(ydoc), { trackedOrigins: new Set([origin]), captureTimeout: 0 })
  return {
    undo: () => {
      manager.undo()
    },
    redo: () => {
      manager.redo()
    },
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    startGesture: () => startGesture(store),
    subscribe: (listener) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared', 'stack-item-updated'] as const
      for (const event of events) manager.on(event, listener)
      return () => {
        for (const event of events) manager.off(event, listener)
      }
    },
    stopCapturing: () => manager.stopCapturing(),
    destroy: () => manager.destroy(),
  }
}
