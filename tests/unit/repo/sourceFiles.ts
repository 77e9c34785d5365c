import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..', '..')

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', 'release', 'coverage', 'test-results'])

/** Every file under `dir` (relative to the repository root), as forward-slash paths. */
export function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue
      const path = join(abs, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) out.push(relative(ROOT, path).split(sep).join('/'))
    }
  }
  walk(join(ROOT, dir))
  return out.sort()
}

export function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
}
