import { describe, expect, it, vi } from 'vitest'
import type { TFunction } from 'i18next'
import { readImport } from '../../../src/io'
import type { ImportPhase } from '../../../src/io/importJob'
import type { Workspace } from '../../../src/store/workspace'
import type { WorkerImportEnd } from '../../../src/ui/files/importInWorker'
import { startImport, type FileReader } from '../../../src/ui/files/runImport'
import { TITLES } from '../io/helpers'

const MERMAID = 'journey\n  title Commute\n  section A\n    Task: 3: Me\n'
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction

/** A reader that answers with `end` (the real reader's answer for Mermaid unless given), and counts Cancels. */
function reader(end: WorkerImportEnd = { kind: 'read', result: readImport('Pasted text', MERMAID, TITLES) }) {
  const stats = { cancels: 0 }
  const read: FileReader = () => ({ done: Promise.resolve(end), cancel: () => void stats.cancels++ })
  return { read, stats }
}

/** Only what startImport touches of the workspace; importMap resolves when `release` is called. */
function workspace() {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const importMap = vi.fn(async (_workshopId: string, doc: { map: { title: string } }) => {
    await gate
    return { doc, notes: [] }
  })
  return { ws: { importMap, createWorkshop: vi.fn(), purgeWorkshop: vi.fn() } as unknown as Workspace, importMap, release }
}

describe('startImport: Cancel until the write begins, never during it', () => {
  it('a Cancel right after the worker answered still wins: nothing is written', async () => {
    const { ws, importMap } = workspace()
    const { read, stats } = reader()
    const run = startImport(t, ws, 'w1' as never, { name: 'Pasted text', text: MERMAID }, () => {}, read)
    expect(run.cancel()).toBe(true)
    expect(await run.done).toEqual({ kind: 'cancelled' })
    expect(stats.cancels).toBe(1)
    expect(importMap).not.toHaveBeenCalled()
  })

  it('once saving has begun Cancel says no and the import completes', async () => {
    const { ws, importMap, release } = workspace()
    const phases: ImportPhase[] = []
    const run = startImport(t, ws, 'w1' as never, { name: 'Pasted text', text: MERMAID }, (p) => phases.push(p), reader().read)
    await vi.waitFor(() => expect(importMap).toHaveBeenCalledTimes(1))
    expect(phases).toEqual(['saving'])
    expect(run.cancel()).toBe(false)
    release()
    expect(await run.done).toMatchObject({ kind: 'imported', title: 'Commute' })
    expect(importMap).toHaveBeenCalledTimes(1)
  })

  it('a worker that died is a refusal with its reason, and nothing is written', async () => {
    const { ws, importMap } = workspace()
    const run = startImport(t, ws, 'new', { name: 'big.journey', text: '{}' }, () => {}, reader({ kind: 'crashed', message: 'Out of memory' }).read)
    expect(await run.done).toEqual({ kind: 'refused', message: 'import.error.crashed {"message":"Out of memory"}' })
    expect(importMap).not.toHaveBeenCalled()
    expect(ws.createWorkshop).not.toHaveBeenCalled()
  })
})
