import { exportJson } from '../../io'
import type { Platform } from '../../platform'
import type { AppStore } from '../../store'

/** A rolling backup of the open map at most this often, once its edits are saved (desktop only). */
export const BACKUP_EVERY_MS = 5 * 60 * 1000

/**
 * Writes a backup copy of the open map through the platform each time its edits are saved, at most
 * once per BACKUP_EVERY_MS per map. Started once beside the workspace (main.tsx), not by a component,
 * so it runs whatever screen shows. Returns the function that stops it.
 */
export function startBackups(store: AppStore, platform: Pick<Platform, 'appInfo' | 'files'>, now: () => number = Date.now): () => void {
  if (!platform.files.native) return () => undefined
  const lastBackup = new Map<string, number>()
  return store.subscribe((s, prev) => {
    // A change to the map or to its agenda and votes, once saved.
    const changed = prev.doc !== s.doc || prev.facilitationRevision !== s.facilitationRevision
    if (!s.doc || s.saveStatus !== 'saved' || (prev.saveStatus === 'saved' && !changed)) return
    const mapId = s.doc.map.id
    const at = now()
    if (at - (lastBackup.get(mapId) ?? 0) < BACKUP_EVERY_MS) return
    lastBackup.set(mapId, at)
    const { doc, facilitation } = s
    void platform
      .appInfo()
      .then((info) => platform.files.backup(mapId, doc.map.title, exportJson(doc, { name: info.name, version: info.version }, facilitation)))
      // A backup is a second copy: failing it must not interrupt work, and the next one retries.
      .catch(() => lastBackup.delete(mapId))
  })
}
