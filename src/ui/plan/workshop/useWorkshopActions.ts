import { useEffect, useMemo, useState } from 'react'
import { actionsOf, type JourneyDoc, type JourneyMap, type MapId, type WorkshopId } from '../../../domain'
import type { WorkshopPlanRow } from '../../../domain/actions/workshopPlan'
import { loadWorkshopActions } from '../../../persistence/workshopPlan'
import { useAppStore } from '../../../store'
import { useWorkspace } from '../../WorkspaceContext'

export interface WorkshopActions {
  readonly status: 'loading' | 'ready' | 'failed'
  readonly rows: readonly WorkshopPlanRow[]
}

/**
 * The actions of every map of the workshop, read from the database each time the view is shown
 * (so coming back from a map shows what changed there). The open map's actions come from the
 * document itself, not its rows: an edit the autosave has not written yet, or one from a room,
 * shows at once, and stays live while the view is open.
 */
export function useWorkshopActions(workshopId: WorkshopId): WorkshopActions {
  const workspace = useWorkspace()
  // What was read, and for which workshop: a read for another workshop is never shown as this one's.
  const [read, setRead] = useState<{ of: WorkshopId; status: 'ready' | 'failed'; rows: readonly WorkshopPlanRow[] } | null>(null)
  useEffect(() => {
    let live = true
    // Through a promise: a database that is not open (yet) fails the read like any other error.
    Promise.resolve()
      .then(() => loadWorkshopActions(workspace.db(), workshopId))
      .then(
        (rows) => live && setRead({ of: workshopId, status: 'ready', rows }),
        () => live && setRead({ of: workshopId, status: 'failed', rows: [] }),
      )
    return () => {
      live = false
    }
  }, [workspace, workshopId])
  const doc = useAppStore((s) => (s.doc?.map.workshopId === workshopId ? s.doc : null))
  const maps = useAppStore((s) => s.maps)
  const stored = read?.of === workshopId ? read : null
  const rows = useMemo(() => (stored?.status === 'ready' ? withOpenMap(stored.rows, doc, maps) : []), [stored, doc, maps])
  return { status: stored?.status ?? 'loading', rows }
}

/** The stored rows with the open map's (and its title) taken from its document, map by map in the map list's order. */
function withOpenMap(rows: readonly WorkshopPlanRow[], doc: JourneyDoc | null, maps: readonly JourneyMap[]): WorkshopPlanRow[] {
  const byMap = new Map<MapId, WorkshopPlanRow[]>()
  for (const row of rows) byMap.set(row.mapId, [...(byMap.get(row.mapId) ?? []), row])
  if (doc) byMap.set(doc.map.id, actionsOf(doc).map((action) => ({ mapId: doc.map.id, mapTitle: doc.map.title, action })))
  // The list's order where it knows the map; a map it does not list yet (just made) keeps the stored order after.
  const listed = maps.map((m) => m.id).filter((id) => byMap.has(id))
  const order = [...new Set([...listed, ...byMap.keys()])]
  // Titles as read with the rows: the list keeps an open map's old title until it is refreshed.
  return order.flatMap((id) => byMap.get(id) ?? [])
}
