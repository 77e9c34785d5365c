import type { StateCreator } from 'zustand'
import { DEFAULT_PLAN_SORT, NO_PLAN_FILTER, type ActionId, type PlanFilter, type PlanSort } from '../domain'

/** The action plan's two views of the same actions (issue 13). */
export type PlanTab = 'list' | 'matrix'

/** How the open map's plan is shown: never saved, never undone, the same for every map of the session. */
export interface PlanView {
  /** The plan takes the board's place beside the side panel. */
  readonly open: boolean
  readonly tab: PlanTab
  /** The action to bring into view and highlight (a card's badge was clicked); null when none. */
  readonly focus: ActionId | null
  readonly filter: PlanFilter
  readonly sort: PlanSort
}

export interface PlanSlice {
  plan: PlanView
  setPlan: (patch: Partial<PlanView>) => void
  /** Opens the plan on one action (from a card's badge): the filter is cleared so it is surely shown. */
  showAction: (id: ActionId) => void
}

export const CLOSED_PLAN: PlanView = { open: false, tab: 'list', focus: null, filter: NO_PLAN_FILTER, sort: DEFAULT_PLAN_SORT }

export const createPlanSlice: StateCreator<PlanSlice, [], [], PlanSlice> = (set) => ({
  plan: CLOSED_PLAN,
  setPlan: (patch) => set((s) => ({ plan: { ...s.plan, ...patch } })),
  showAction: (id) => set((s) => ({ plan: { ...s.plan, open: true, focus: id, filter: NO_PLAN_FILTER } })),
})
