import { join } from 'node:path'
import { writeFileAtomic } from './atomicWrite'
import type { FileSystem } from './fsTypes'

export interface BackupPolicy {
  /** Copies kept per map, newest first. */
  readonly keepPerMap: number
  /** Copies older than this are removed, except each map's newest. */
  readonly maxAgeMs: number
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepPerMap: 20, maxAgeMs: 30 * 24 * 60 * 60 * 1000 }

const NAME = /^(.*)--([A-Za-z0-9_-]{1,64})--(\d{8}-\d{6}(?:-\d{3})?)\.journey$/

/** "2025-01-02 03:04:05.678" as 20250102-030405-678: sortable, and legal in every file system. */
export function stamp(now: Date): string {
  const p = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}-${p(now.getMilliseconds(), 3)}`
}

function safeTitle(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
  const cleaned = title.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '')
  return cleaned.slice(0, 60) || 'map'
}

export interface BackupResult {
  readonly path: string
  readonly removed: number
}

/**
 * Writes a timestamped copy of a map into the backups folder (a folder the person can see and
 * open, outside the app's data), then prunes that map's copies by count and age. The map id in
 * the name keeps two maps with one title apart; the title is there for people.
 */
export async function writeBackup(fs: FileSystem, folder: string, mapId: string, title: string, text: string, now: Date, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): Promise<BackupResult> {
  await fs.mkdir(folder, { recursive: true })
  const path = join(folder, `${safeTitle(title)}--${mapId}--${stamp(now)}.journey`)
  await writeFileAtomic(fs, path, text)
  const removed = await pruneBackups(fs, folder, now, policy, mapId)
  return { path, removed }
}

/** Removes old copies; only files whose names the backup writer made are ever touched. */
export async function pruneBackups(fs: FileSystem, folder: string, now: Date, policy: BackupPolicy = DEFAULT_BACKUP_POLICY, onlyMapId?: string): Promise<number> {
  const names = await fs.readdir(folder)
  const byMap = new Map<string, { name: string; stamp: string }[]>()
  for (const name of names) {
    const match = NAME.exec(name)
    if (!match) continue
    const [, , mapId, when] = match
    if (onlyMapId && mapId !== onlyMapId) continue
    const list = byMap.get(mapId!) ?? []
    list.push({ name, stamp: when! })
    byMap.set(mapId!, list)
  }
  const oldest = stamp(new Date(now.getTime() - policy.maxAgeMs))
  let removed = 0
  for (const list of byMap.values()) {
    list.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    for (const [i, entry] of list.entries()) {
      const tooMany = i >= policy.keepPerMap
      const tooOld = i > 0 && entry.stamp < oldest
      if (!tooMany && !tooOld) continue
      await fs.unlink(join(folder, entry.name)).catch(() => undefined)
      removed++
    }
  }
  return removed
}
