import type { ActionId, MapId } from '../../../domain'
import type { Workspace } from '../../../store/workspace'

/**
 * Opens a map through the usual path and then its plan on one action. Opening a map closes the
 * plan (each map opens on its board), so the plan is shown only once the map is open; a map that
 * could not be opened, or another opened meanwhile, is left as it is. True when the plan shows.
 */
export async function openPlannedAction(workspace: Workspace, mapId: MapId, actionId: ActionId): Promise<boolean> {
  await workspace.openMap(mapId)
  const state = workspace.store.getState()
  if (state.openMapId !== mapId || state.doc?.map.id !== mapId) return false
  state.showAction(actionId)
  return true
}
