import type { StateCreator } from 'zustand'
import { applyCommand, type Command, type JourneyDoc } from '../domain'

export interface DocSlice {
  /** The open map's document: durable, undoable, saved. null while no map is open. */
  doc: JourneyDoc | null
  /** Applies a command; a command that changes nothing leaves no undo step. */
  dispatch: (cmd: Command) => void
  /** Replaces the document without an undo step (opening a map); the caller clears history. */
  replaceDoc: (doc: JourneyDoc | null) => void
}

export const createDocSlice: StateCreator<DocSlice, [], [], DocSlice> = (set, get) => ({
  doc: null,
  dispatch: (cmd) => {
    const { doc } = get()
    if (!doc) return
    const next = applyCommand(doc, cmd)
    if (next !== doc) set({ doc: next })
  },
  replaceDoc: (doc) => set({ doc }),
})
