import type { StageId } from '../ids'
import type { JourneyDoc } from '../types'
import { ACTION_STATUSES, type Action, type ActionStatus } from './types'

/**
 * What the plan shows: the actions whose cards sit in any of these stages, owned by any of these
 * owners, in any of these statuses. An empty list means "any", so a fresh filter shows everything.
 */
export interface PlanFilter {
  readonly stageIds: readonly StageId[]
  /** Owners as written on the actions; "" stands for "nobody yet". */
  readonly owners: readonly string[]
  readonly statuses: readonly ActionStatus[]
}

/** What filtering reads from the map: where the cards sit, and the stages in their order. */
export type PlanDoc = Pick<JourneyDoc, 'map' | 'cards' | 'steps' | 'stages'>

export const NO_PLAN_FILTER: PlanFilter = { stageIds: [], owners: [], statuses: [] }

export function isFilterEmpty(filter: PlanFilter): boolean {
  return filter.stageIds.length === 0 && filter.owners.length === 0 && filter.statuses.length === 0
}

/** The stages an action's cards sit in, each once, in the map's stage order; free cards and deleted cards add none. */
export function stagesOfAction(doc: PlanDoc, action: Pick<Action, 'cardIds'>): StageId[] {
  const found = new Set<StageId>()
  for (const id of action.cardIds) {
    const place = doc.cards[id]?.place
    if (place?.kind !== 'cell') continue
    const stageId = doc.steps[place.stepId]?.stageId
    if (stageId && doc.stages[stageId]) found.add(stageId)
  }
  return doc.map.stageIds.filter((id) => found.has(id))
}

/** The actions the filter lets through, in the order given. */
export function filterActions(doc: PlanDoc, actions: readonly Action[], filter: PlanFilter): Action[] {
  if (isFilterEmpty(filter)) return [...actions]
  const stages = new Set(filter.stageIds)
  const owners = new Set(filter.owners)
  const statuses = new Set(filter.statuses)
  return actions.filter(
    (a) =>
      (statuses.size === 0 || statuses.has(a.status)) &&
      (owners.size === 0 || owners.has(a.owner)) &&
      (stages.size === 0 || stagesOfAction(doc, a).some((id) => stages.has(id))),
  )
}

/** Every owner named on the actions plus the map's card teams, each once, sorted for the language; "" (nobody) is not one. */
export function ownerChoices(doc: Pick<JourneyDoc, 'cards'>, actions: readonly Action[], locale: string): string[] {
  const names = new Set<string>()
  for (const a of actions) if (a.owner.trim()) names.add(a.owner)
  for (const card of Object.values(doc.cards)) if (card.team.trim()) names.add(card.team.trim())
  return [...names].sort(new Intl.Collator(locale).compare)
}

export type PlanSortKey = 'createdAt' | 'title' | 'owner' | 'due' | 'status' | 'impact' | 'effort' | 'votes'
export interface PlanSort {
  readonly key: PlanSortKey
  readonly descending: boolean
}
export const DEFAULT_PLAN_SORT: PlanSort = { key: 'createdAt', descending: false }

/**
 * The actions sorted by one column; ties keep the plan's own order (oldest first), so sorting by
 * status twice gives the same list. Empty owners and due dates go last whichever way the sort runs:
 * "nobody yet" and "no date" are not the smallest values, they are missing.
 */
export function sortActions(actions: readonly Action[], sort: PlanSort, locale: string): Action[] {
  const collator = new Intl.Collator(locale)
  const sign = sort.descending ? -1 : 1
  const plan = (a: Action, b: Action) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const compare = (a: Action, b: Action): number => {
    switch (sort.key) {
      case 'createdAt':
        return plan(a, b)
      case 'title':
        return collator.compare(a.title, b.title)
      case 'owner':
        return collator.compare(a.owner, b.owner)
      case 'due':
        return a.due < b.due ? -1 : a.due > b.due ? 1 : 0
      case 'status':
        return ACTION_STATUSES.indexOf(a.status) - ACTION_STATUSES.indexOf(b.status)
      default:
        return a[sort.key] - b[sort.key]
    }
  }
  const missing = (a: Action) => (sort.key === 'owner' || sort.key === 'due') && a[sort.key] === ''
  return [...actions].sort((a, b) => {
    const gap = Number(missing(a)) - Number(missing(b))
    if (gap !== 0) return gap
    return sign * compare(a, b) || plan(a, b)
  })
}
