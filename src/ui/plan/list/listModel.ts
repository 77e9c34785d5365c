import type { Action, ActionId, PlanSort, PlanSortKey } from '../../../domain'
import type { ActionPatch } from '../../../domain/commands'
import { appStore, type AppStore } from '../../../store'

/** The columns of the list that sort it, in the order they stand; the others (deliverable, cards) do not sort. */
export const SORTABLE: ReadonlySet<PlanSortKey> = new Set(['title', 'owner', 'due', 'status', 'impact', 'effort', 'votes'])

/** Clicking a column's header: by that column ascending, or the other way when it already sorts by it. */
export function nextSort(current: PlanSort, key: PlanSortKey): PlanSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false }
}

export function ariaSort(current: PlanSort, key: PlanSortKey): 'ascending' | 'descending' | undefined {
  if (current.key !== key) return undefined
  return current.descending ? 'descending' : 'ascending'
}

/** One field of one action changed: one command, so one undo step. */
export function updateAction(id: ActionId, patch: ActionPatch, store: AppStore = appStore): void {
  store.getState().dispatch({ type: 'updateActions', actionIds: [id], patch })
}

/** Deletes an action; the notice's Undo puts it back as it was (the cards it came from that are gone stay gone). */
export function deleteAction(action: Action, untitled: string, store: AppStore = appStore): void {
  const state = store.getState()
  state.dispatch({ type: 'deleteActions', actionIds: [action.id] })
  if (store.getState().doc?.actions[action.id]) return
  state.notify({
    key: 'plan.list.deleted',
    values: { title: action.title || untitled },
    tone: 'info',
    undo: () => store.getState().dispatch({ type: 'addActions', actions: [action] }),
  })
}
