import { temporal } from 'zundo'
import { createStore, useStore as useZustandStore } from 'zustand'
import type { Command, JourneyDoc } from '../domain'
import { applyCommand } from '../domain'
import { createDocSlice, type DocSlice } from './docSlice'
import { createFacilitationSlice, type FacilitationSlice } from './facilitationSlice'
import { createPlanSlice, type PlanSlice } from './planSlice'
import { createSessionSlice, type SessionSlice } from './sessionSlice'
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice'

export type AppState = DocSlice & SessionSlice & WorkspaceSlice & FacilitationSlice & PlanSlice

/**
 * One store from typed slices. History (zundo) tracks the document only: selection, tool and
 * viewport never enter the undo stack. Equality by reference: a command that changed nothing
 * returns the same document and records nothing.
 */
export function createAppStore() {
  return createStore<AppState>()(
    temporal(
      (...a) => ({
        ...createDocSlice(...a),
        ...createSessionSlice(...a),
        ...createWorkspaceSlice(...a),
        ...createFacilitationSlice(...a),
        ...createPlanSlice(...a),
      }),
      {
        partialize: (s): { doc: JourneyDoc | null } => ({ doc: s.doc }),
        equality: (past, current) => past.doc === current.doc,
        limit: 500,
      },
    ),
  )
}

export type AppStore = ReturnType<typeof createAppStore>

export const appStore = createAppStore()

/** Narrow selectors only; wrap selectors that build arrays or objects in `useShallow`. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useZustandStore(appStore, selector)
}

export function useHistoryState<T>(selector: (s: ReturnType<AppStore['temporal']['getState']>) => T): T {
  return useZustandStore(appStore.temporal, selector)
}

/** Opens a document: no undo step for the load itself, and no history from the previous map. */
export function loadDoc(store: AppStore, doc: JourneyDoc | null): void {
  const history = store.temporal.getState()
  history.pause()
  store.getState().replaceDoc(doc)
  store.getState().select([])
  history.clear()
  history.resume()
}

export function undo(store: AppStore = appStore): void {
  store.temporal.getState().undo()
  dropStaleSelection(store)
}

export function redo(store: AppStore = appStore): void {
  store.temporal.getState().redo()
  dropStaleSelection(store)
}

/** After a change the selection keeps only what still exists (an undone card or arrow drops out of it). */
export function dropStaleSelection(store: AppStore): void {
  const { doc, selection, selectedLinks, selectedHeader, select } = store.getState()
  if (!doc) return
  const cards = selection.filter((id) => id in doc.cards)
  const links = selectedLinks.filter((id) => id in doc.links)
  const header = selectedHeader && selectedHeader.id in doc[`${selectedHeader.kind}s`] ? selectedHeader : null
  if (cards.length !== selection.length || links.length !== selectedLinks.length || header !== selectedHeader) select(cards, links, header)
}

/**
 * A drag or a slider: live previews of the document that leave no trace in history, then one
 * command that becomes the single undo step for the whole gesture.
 */
export function startGesture(store: AppStore = appStore) {
  const base = store.getState().doc
  const history = store.temporal.getState()
  history.pause()
  let ended = false
  return {
    preview(cmd: Command): void {
      if (ended || !base) return
      store.getState().replaceDoc(applyCommand(base, cmd))
    },
    end(cmd: Command | null): void {
      if (ended) return
      ended = true
      store.getState().replaceDoc(base)
      history.resume()
      if (cmd) store.getState().dispatch(cmd)
    },
  }
}
