import type { MapId } from '../ids'
import { sortActions, type PlanSortKey } from './filter'
import type { Action, ActionStatus } from './types'

/** One action of a workshop-wide plan, with the map it belongs to (issue 13: "a workshop-wide view"). */
export interface WorkshopPlanRow {
  readonly mapId: MapId
  readonly mapTitle: string
  readonly action: Action
}

/**
 * The workshop-wide plan's filter: owners and statuses, as in a map's plan. Stages are left out,
 * since every map has its own. An empty list means "any"; "" among the owners means "nobody yet".
 */
export interface WorkshopPlanFilter {
  readonly owners: readonly string[]
  readonly statuses: readonly ActionStatus[]
}

export const NO_WORKSHOP_PLAN_FILTER: WorkshopPlanFilter = { owners: [], statuses: [] }

/** The workshop's plan sorts by a map plan's columns (not by creation across maps), and by the map. */
export type WorkshopPlanSortKey = Exclude<PlanSortKey, 'createdAt'> | 'map'
export interface WorkshopPlanSort {
  readonly key: WorkshopPlanSortKey
  readonly descending: boolean
}
/** Map by map as the workshop lists them, each map's actions oldest first. */
export const DEFAULT_WORKSHOP_PLAN_SORT: WorkshopPlanSort = { key: 'map', descending: false }

/** Scores and votes read best first: a first press on their column sorts high to low. */
const HIGH_FIRST: ReadonlySet<WorkshopPlanSortKey> = new Set(['impact', 'effort', 'votes'])

/** A press on a column's heading: the same column turns the order round, another starts its own way. */
export function nextWorkshopPlanSort(current: WorkshopPlanSort, key: WorkshopPlanSortKey): WorkshopPlanSort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: HIGH_FIRST.has(key) }
}

export function filterPlanRows(rows: readonly WorkshopPlanRow[], filter: WorkshopPlanFilter): WorkshopPlanRow[] {
  const owners = new Set(filter.owners)
  const statuses = new Set(filter.statuses)
  return rows.filter(({ action }) => (owners.size === 0 || owners.has(action.owner)) && (statuses.size === 0 || statuses.has(action.status)))
}

/**
 * The rows sorted by one column. The map column keeps the workshop's order of maps (the order the
 * rows come in, which is the map list's), reversed when descending, each map's actions oldest
 * first. Every other column sorts as a map's plan does (sortActions: empty owners and dates last
 * whichever way), and a tie keeps the map order, so one action reads alike in both views.
 */
export function sortPlanRows(rows: readonly WorkshopPlanRow[], sort: WorkshopPlanSort, locale: string): WorkshopPlanRow[] {
  const mapOrder = new Map<MapId, number>()
  for (const row of rows) if (!mapOrder.has(row.mapId)) mapOrder.set(row.mapId, mapOrder.size)
  const sign = sort.key === 'map' && sort.descending ? -1 : 1
  const base = [...rows].sort(
    (a, b) =>
      sign * (mapOrder.get(a.mapId)! - mapOrder.get(b.mapId)!) ||
      a.action.createdAt - b.action.createdAt ||
      (a.action.id < b.action.id ? -1 : a.action.id > b.action.id ? 1 : 0),
  )
  if (sort.key === 'map') return base
  // sortActions breaks a tie by creation time: a stand-in created at its place in `base` makes
  // that tie fall back to the map order instead.
  const standIns = base.map((row, i) => ({ ...row.action, createdAt: i }))
  return sortActions(standIns, { key: sort.key, descending: sort.descending }, locale).map((stand) => base[stand.createdAt]!)
}

/** Owners named on the rows, each once, sorted for the language; "" (nobody yet) is not one. */
export function planRowOwners(rows: readonly WorkshopPlanRow[], locale: string): string[] {
  const names = new Set<string>()
  for (const { action } of rows) if (action.owner.trim()) names.add(action.owner)
  return [...names].sort(new Intl.Collator(locale).compare)
}
