import type { StateCreator } from 'zustand'
import { applyCommand, carriesOverLengthText, LIMITS, type Command, type JourneyDoc } from '../domain'
import { lockRefusal } from '../domain/facilitation'
import type { WorkspaceSlice } from './workspaceSlice'

export interface DocSlice {
  /** The open map's document: durable, undoable, saved. null while no map is open. */
  doc: JourneyDoc | null
  /** Applies a command; a command that changes nothing leaves no undo step. */
  dispatch: (cmd: Command) => void
  /** Replaces the document without an undo step (opening a map); the caller clears history. */
  replaceDoc: (doc: JourneyDoc | null) => void
  /**
   * Calls `listener` after each command that changed the document, with the document before and
   * after it (the shared room writes exactly that change). Returns the unsubscribe.
   */
  onCommand: (listener: CommandListener) => () => void
}

export type CommandListener = (prev: JourneyDoc, next: JourneyDoc, cmd: Command) => void

export const createDocSlice: StateCreator<DocSlice & Pick<WorkspaceSlice, 'notice' | 'viewOnly' | 'roomControl' | 'notify'>, [], [], DocSlice> = (set, get) => {
  // Outside the state: listeners are wiring, not document data, and must not enter history.
  const listeners = new Set<CommandListener>()
  return {
    doc: null,
    dispatch: (cmd) => {
      const { doc, viewOnly, roomControl } = get()
      // A view-only page changes nothing, whatever asked (the board, a key, the inspector).
      if (!doc || viewOnly) return
      const next = applyCommand(doc, cmd)
      // A participant's page refuses what the facilitator locked (the host would undo it anyway).
      const refused = roomControl ? lockRefusal(doc, next, roomControl) : null
      if (refused) {
        get().notify({ key: `room.control.refused.${refused}`, tone: 'info' })
        return
      }
      if (next !== doc) {
        set({ doc: next })
        // After the set, so a listener that reads the store sees the document the command made.
        for (const listener of [...listeners]) listener(doc, next, cmd)
      }
      // The command cut a text to the format's limit (so the map always loads again): say so, in
      // every editor at once, rather than cutting a person's words silently.
      if (carriesOverLengthText(cmd)) {
        set({ notice: { id: Date.now(), key: 'notices.textCut', values: { limit: LIMITS.stringLength }, tone: 'info' } })
      }
    },
    replaceDoc: (doc) => set({ doc }),
    onCommand: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
