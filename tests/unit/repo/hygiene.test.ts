import { describe, expect, it } from 'vitest'
import { filesUnder, read } from './sourceFiles'

const ALL = filesUnder('.')

/** Paths that name the same file, or the same module, on a case-insensitive disk (macOS, Windows). */
function caseCollisions(paths: readonly string[]): string[][] {
  const groups = new Map<string, Set<string>>()
  const add = (key: string, path: string) => {
    const group = groups.get(key.toLowerCase()) ?? new Set<string>()
    groups.set(key.toLowerCase(), group.add(path))
  }
  for (const path of paths) {
    // Folders too: src/UI/a.ts and src/ui/b.ts land in one folder there.
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) add(`dir:${parts.slice(0, i).join('/')}`, `${parts.slice(0, i).join('/')}/`)
    add(`file:${path}`, path)
    // An import names a module without its extension: './spanHandle' finds SpanHandle.tsx there.
    const module = path.match(/^(.*)\.(ts|tsx|js|jsx|mjs|cjs)$/)
    if (module) add(`module:${module[1]}`, module[1]!)
  }
  return [...groups.values()].filter((g) => g.size > 1).map((g) => [...g].sort())
}

const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|css|html|json)$/
const MAX_LINES = 400

/** Long on purpose: the translation catalogues (one key per line) and test fixtures (real files). */
function exempt(path: string): boolean {
  return /^src\/i18n\/locales\/[^/]+\.json$/.test(path) || path.startsWith('tests/fixtures/')
}

describe('repository hygiene', () => {
  it('has no two paths that differ only in case', () => {
    expect(caseCollisions(ALL)).toEqual([])
  })

  it('sees a case-only pair when there is one', () => {
    expect(caseCollisions(['src/a/SpanHandle.tsx', 'src/a/spanHandle.ts', 'src/x.test.ts', 'src/x.test.tsx'])).toEqual([['src/a/SpanHandle', 'src/a/spanHandle']])
    expect(caseCollisions(['src/UI/a.ts', 'src/ui/b.ts'])).toEqual([['src/UI/', 'src/ui/']])
  })

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const long = ['src', 'electron', 'tests', 'bench', 'scripts']
      .flatMap((dir) => filesUnder(dir))
      .filter((path) => SOURCE.test(path) && !exempt(path))
      .map((path) => ({ path, lines: read(path).split('\n').length - (read(path).endsWith('\n') ? 1 : 0) }))
      .filter((file) => file.lines > MAX_LINES)
    expect(long).toEqual([])
  })
})
