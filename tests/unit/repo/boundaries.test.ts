import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { read, ROOT } from './sourceFiles'

const eslint = new ESLint({ cwd: ROOT })

/** The layer-rule messages ESLint gives a fixture from tests/fixtures/lint when it stands at `at`. */
async function importErrors(fixture: string, at: string): Promise<string[]> {
  const [result] = await eslint.lintText(read(`tests/fixtures/lint/${fixture}`), { filePath: join(ROOT, at) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layer boundaries (eslint.config.js)', () => {
  it.each([
    ['io-imports-canvas.ts.txt', 'src/io/export/wrongWay.ts', /io does not import the board/],
    ['store-imports-io.ts.txt', 'src/store/wrongWay.ts', /store does not import io/],
    ['persistence-imports-store.ts.txt', 'src/persistence/wrongWay.ts', /Persistence sits under the store/],
    ['domain-imports-react.ts.txt', 'src/domain/wrongWay.ts', /stay pure/],
    ['drawing-imports-konva.ts.txt', 'src/drawing/wrongWay.ts', /no framework/],
    ['drawing-imports-konva.ts.txt', 'src/editor/wrongWay.ts', /src\/editor is plain TypeScript/],
  ])('refuses %s at %s', async (fixture, at, message) => {
    const errors = await importErrors(fixture, at)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  }, 60_000)

  it.each([
    ['io-imports-drawing.ts.txt', 'src/io/export/rightWay.ts'],
    ['store-imports-persistence.ts.txt', 'src/store/rightWay.ts'],
    // The same wrong-way import is fine one layer up: the UI may use the board.
    ['io-imports-canvas.ts.txt', 'src/ui/files/rightWay.ts'],
  ])('lets %s through at %s', async (fixture, at) => {
    expect(await importErrors(fixture, at)).toEqual([])
  }, 60_000)
})
