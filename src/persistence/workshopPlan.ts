import {
  ACTION_STATUSES,
  AUTOMATION_LEVELS,
  boundScore,
  cleanLine,
  cleanParagraph,
  isDueDate,
  isSafeId,
  MAX_ACTION_VOTES,
  type Action,
  type ActionId,
  type CardId,
  type MapId,
  type WorkshopId,
} from '../domain'
import type { WorkshopPlanRow } from '../domain/actions/workshopPlan'
import { mapTables, type JourneyboardDb } from './db'

/**
 * The actions of every map of a workshop, for the workshop-wide plan: map by map in the map list's
 * order (oldest map first), each map's actions oldest first. Maps in the bin are left out. Read
 * straight from the rows without opening each map (a workshop may hold many large ones), so each
 * row is read field by field as the map's own load would: a damaged row costs its field or itself,
 * never the list. A database without the plan's table (opened read-only from an older app) has none.
 */
export async function loadWorkshopActions(db: JourneyboardDb, workshopId: WorkshopId): Promise<WorkshopPlanRow[]> {
  if (!mapTables(db).includes('actions')) return []
  return db.transaction('r', ['maps', 'actions'], async () => {
    const maps = (await db.maps.where('workshopId').equals(workshopId).toArray()).filter((m) => m.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt)
    if (maps.length === 0) return []
    const rows = (await db.actions.where('mapId').anyOf(maps.map((m) => m.id)).toArray()) as unknown[]
    const byMap = new Map<string, Action[]>()
    for (const row of rows) {
      const action = readAction(row)
      if (!action) continue
      const list = byMap.get(action.mapId) ?? []
      list.push(action)
      byMap.set(action.mapId, list)
    }
    return maps.flatMap((map) =>
      (byMap.get(map.id) ?? [])
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((action) => ({ mapId: map.id, mapTitle: map.title, action })),
    )
  })
}

type Row = Readonly<Record<string, unknown>>

function readAction(value: unknown): Action | null {
  if (typeof value !== 'object' || value === null) return null
  const row = value as Row
  if (!isSafeId(row.id) || !isSafeId(row.mapId)) return null
  const text = (key: string, clean: (s: string) => string) => (typeof row[key] === 'string' ? clean(row[key]) : '')
  const score = (key: string) => (typeof row[key] === 'number' ? boundScore(row[key]) : boundScore(Number.NaN))
  const count = (key: string, max: number) => (typeof row[key] === 'number' && Number.isFinite(row[key]) ? Math.min(max, Math.max(0, Math.round(row[key]))) : 0)
  return {
    id: row.id as ActionId,
    mapId: row.mapId as MapId,
    title: text('title', cleanLine),
    deliverable: text('deliverable', cleanParagraph),
    cardIds: Array.isArray(row.cardIds) ? (row.cardIds.filter(isSafeId) as CardId[]) : [],
    owner: text('owner', cleanLine),
    due: isDueDate(row.due) ? row.due : '',
    status: ACTION_STATUSES.find((s) => s === row.status) ?? 'idea',
    impact: score('impact'),
    effort: score('effort'),
    automation: AUTOMATION_LEVELS.find((a) => a === row.automation) ?? 'no',
    automationNote: text('automationNote', cleanParagraph),
    votes: count('votes', MAX_ACTION_VOTES),
    createdAt: count('createdAt', 8.64e15),
  }
}
