import { basename } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomicWrite'
import type { FileSystem } from './fsTypes'

export const MAX_RECENT = 10

export interface RecentFile {
  readonly path: string
  readonly name: string
}

const stored = z.object({ version: z.literal(1), paths: z.array(z.string().min(1).max(4096)).max(100) })

export interface RecentFiles {
  /** The list, newest first, without files that no longer exist. */
  list(): Promise<RecentFile[]>
  add(path: string): Promise<void>
  remove(path: string): Promise<void>
  clear(): Promise<void>
  has(path: string): Promise<boolean>
}

/**
 * The recent-files list, kept as JSON in the app's data folder (written atomically, so a crash
 * never leaves a broken list). A list that cannot be read starts empty rather than failing the app.
 */
export function createRecentFiles(fs: FileSystem, file: string, onChange: () => void = () => undefined): RecentFiles {
  let cache: string[] | null = null

  async function load(): Promise<string[]> {
    if (cache) return cache
    try {
      const parsed = stored.safeParse(JSON.parse(await fs.readFile(file, 'utf8')))
      cache = parsed.success ? parsed.data.paths.slice(0, MAX_RECENT) : []
    } catch {
      cache = []
    }
    return cache
  }

  async function save(paths: string[]): Promise<void> {
    const changed = JSON.stringify(paths) !== JSON.stringify(cache)
    cache = paths
    if (!changed) return
    await writeFileAtomic(fs, file, `${JSON.stringify({ version: 1, paths }, null, 2)}\n`)
    onChange()
  }

  async function exists(path: string): Promise<boolean> {
    try {
      return (await fs.stat(path)).isFile()
    } catch {
      return false
    }
  }

  return {
    async list() {
      const paths = await load()
      const present = (await Promise.all(paths.map(async (p) => ((await exists(p)) ? p : null)))).filter((p): p is string => p !== null)
      if (present.length !== paths.length) await save(present)
      return present.map((path) => ({ path, name: basename(path) }))
    },
    async add(path) {
      const paths = await load()
      await save([path, ...paths.filter((p) => p !== path)].slice(0, MAX_RECENT))
    },
    async remove(path) {
      await save((await load()).filter((p) => p !== path))
    },
    async clear() {
      await save([])
    },
    async has(path) {
      return (await load()).includes(path)
    },
  }
}
