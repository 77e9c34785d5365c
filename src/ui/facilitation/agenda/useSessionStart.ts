import { useEffect, useState } from 'react'
import { agendaStartKey, getPref, setPref } from '../../../persistence/prefs'
import { useAppStore } from '../../../store'
import { useWorkspace } from '../../WorkspaceContext'

/** When the workshop on the open map starts ("HH:MM" or ''), remembered per map on this machine. */
export function useSessionStart(): [string, (hhmm: string) => void] {
  const workspace = useWorkspace()
  const mapId = useAppStore((s) => s.openMapId)
  // Kept with the map it belongs to, so another map's start never shows while this one's loads.
  const [stored, setStored] = useState<{ mapId: string | null; value: string }>({ mapId: null, value: '' })
  useEffect(() => {
    let live = true
    if (!mapId) return
    getPref(workspace.db(), agendaStartKey(mapId)).then(
      // A start typed while this was read wins over the stored one.
      (saved) => live && setStored((prev) => (prev.mapId === mapId ? prev : { mapId, value: typeof saved === 'string' ? saved : '' })),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [workspace, mapId])
  const start = stored.mapId === mapId ? stored.value : ''
  const change = (hhmm: string) => {
    setStored({ mapId, value: hhmm })
    // Losing the start time is no reason to bother anyone: the write stays quiet on failure.
    if (mapId) void setPref(workspace.db(), agendaStartKey(mapId), hhmm).catch(() => undefined)
  }
  return [start, change]
}
