import { join } from 'node:path'
import { writeFileAtomic } from './atomicWrite'
import type { FileSystem } from './fsTypes'

export interface BackupPolicy {
  /** Copies kept per map, newest first. */
  readonly keepPerMap: number
  /** Copies older than this are removed, except each map's newest. */
  readonly maxAgeMs: number
  /**
   * The whole folder's bytes and copies, over all maps. The page names the map id of a backup, so
   * a compromised page could invent ids to dodge the per-map count: this cap holds regardless,
   * removing the oldest copies of any map first.
   */
  readonly maxTotalBytes: number
  readonly maxFiles: number
}

/**
 * Twenty copies of a few dozen maps fit comfortably (a big map's file is a few MB); the disk can
 * lose at most 1 GiB to backups, and one copy can never be larger than that.
 */
export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepPerMap: 20, maxAgeMs: 30 * 24 * 60 * 60 * 1000, maxTotalBytes: 1024 * 1024 * 1024, maxFiles: 1000 }

/** A copy larger than the whole folder may be: refused before anything is written. */
export class BackupTooLargeError extends Error {
  override readonly name = 'BackupTooLargeError'
  readonly code = 'EFBIG'
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`A backup of ${bytes} bytes is larger than the backups folder may hold (${limit} bytes).`)
  }
}

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
  /** Copies removed by the per-map count and age rules and by the folder cap together. */
  readonly removed: number
}

/**
 * Writes a timestamped copy of a map into the backups folder (a folder the person can see and
 * open, outside the app's data), then prunes that map's copies by count and age. The map id in
 * the name keeps two maps with one title apart; the title is there for people.
 */
export async function writeBackup(fs: FileSystem, folder: string, mapId: string, title: string, text: string, now: Date, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): Promise<BackupResult> {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > policy.maxTotalBytes) throw new BackupTooLargeError(bytes, policy.maxTotalBytes)
  await fs.mkdir(folder, { recursive: true })
  const name = `${safeTitle(title)}--${mapId}--${stamp(now)}.journey`
  const path = join(folder, name)
  await writeFileAtomic(fs, path, text)
  const removed = (await pruneBackups(fs, folder, now, policy, mapId)) + (await capBackups(fs, folder, policy, name))
  return { path, removed }
}

/**
 * Holds the whole folder to policy.maxTotalBytes and policy.maxFiles, removing the oldest copies
 * first whatever map they belong to; `keep` (the copy just written) is never removed. Only
 * files whose names the backup writer made are counted or touched.
 */
export async function capBackups(fs: FileSystem, folder: string, policy: BackupPolicy = DEFAULT_BACKUP_POLICY, keep?: string): Promise<number> {
  const entries: { name: string; stamp: string; size: number }[] = []
  for (const name of await fs.readdir(folder)) {
    const match = NAME.exec(name)
    if (!match) continue
    const size = await fs
      .stat(join(folder, name))
      .then((info) => (info.isFile() ? info.size : null))
      .catch(() => null)
    if (size !== null) entries.push({ name, stamp: match[3]!, size })
  }
  // Oldest first; the name breaks a tie so the order never depends on the directory listing.
  entries.sort((a, b) => (a.stamp === b.stamp ? (a.name < b.name ? -1 : 1) : a.stamp < b.stamp ? -1 : 1))
  let total = entries.reduce((sum, entry) => sum + entry.size, 0)
  let count = entries.length
  let removed = 0
  for (const entry of entries) {
    if (total <= policy.maxTotalBytes && count <= policy.maxFiles) break
    if (entry.name === keep) continue
    const gone = await fs.unlink(join(folder, entry.name)).then(
      () => true,
      // Already gone counts as removed; a file that cannot be removed still takes its space.
      (error: { code?: string }) => error?.code === 'ENOENT',
    )
    if (!gone) continue
    total -= entry.size
    count--
    removed++
  }
  return removed
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
