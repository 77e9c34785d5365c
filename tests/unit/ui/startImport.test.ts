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

/**
 * Only what startImport touches of the workspace; importMap resolves when `release` is called,
 * as the real one does: 'cancelled' if its signal was aborted meanwhile, else the stored map.
 */
function workspace() {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  let saved: (ok: boolean) => void = () => {}
  const written = new Promise<boolean>((resolve) => {
    saved = resolve
  })
  const importMap = vi.fn(async (_workshopId: string, doc: { map: { id: string; title: string } }, options?: { signal?: AbortSignal; open?: () => boolean }) => {
    const opened = options?.open?.() ?? true
    await gate
    return options?.signal?.aborted ? 'cancelled' : { doc, notes: [], opened, saved: opened ? written : Promise.resolve(true) }
  })
  const createWorkshop = vi.fn(async () => ({ id: 'fresh-workshop' }))
  const purgeWorkshop = vi.fn(async () => {})
  const showWorkshops = vi.fn(async () => {})
  const store = { getState: () => ({ screen: { kind: 'workshop', workshopId: 'fresh-workshop' } }) }
  const ws = { importMap, createWorkshop, purgeWorkshop, showWorkshops, store } as unknown as Workspace
  return { ws, importMap, createWorkshop, purgeWorkshop, showWorkshops, release, saved }
}

describe('startImport: Cancel while the file is read, and during the write', () => {
  it('a Cancel right after the worker answered still wins: nothing is written', async () => {
    const { ws, importMap } = workspace()
    const { read, stats } = reader()
    const run = startImport(t, ws, 'w1' as never, { name: 'Pasted text', text: MERMAID }, () => {}, read)
    expect(run.cancel()).toBe('stopped')
    expect(await run.done).toEqual({ kind: 'cancelled' })
    expect(stats.cancels).toBe(1)
    expect(importMap).not.toHaveBeenCalled()
  })

  it('a Cancel during the write aborts it: the outcome is cancelled and a workshop made for it is removed', async () => {
    const { ws, importMap, purgeWorkshop, release } = workspace()
    const phases: ImportPhase[] = []
    // The person works on meanwhile, so the map is written before it is offered: that write can be cancelled.
    const run = startImport(t, ws, 'new', { name: 'Pasted text', text: MERMAID }, (p) => phases.push(p), reader().read, () => false)
    await vi.waitFor(() => expect(importMap).toHaveBeenCalledTimes(1))
    expect(phases).toEqual(['saving'])
    expect(run.cancel()).toBe('stopping')
    release()
    expect(await run.done).toEqual({ kind: 'cancelled' })
    expect(purgeWorkshop).toHaveBeenCalledWith('fresh-workshop')
  })

  it('a write left alone completes and tells whether the map was opened', async () => {
    const { ws, importMap, purgeWorkshop, release } = workspace()
    // The person went back to work meanwhile: the map is stored and offered, not shown.
    const run = startImport(t, ws, 'w1' as never, { name: 'Pasted text', text: MERMAID }, () => {}, reader().read, () => false)
    await vi.waitFor(() => expect(importMap).toHaveBeenCalledTimes(1))
    release()
    expect(await run.done).toMatchObject({ kind: 'imported', title: 'Commute', workshopId: 'w1', opened: false })
    expect(purgeWorkshop).not.toHaveBeenCalled()
  })

  it('a map shown before its write whose write then fails takes the workshop made for it away, leaving for the list', async () => {
    const { ws, purgeWorkshop, showWorkshops, release, saved } = workspace()
    const run = startImport(t, ws, 'new', { name: 'Pasted text', text: MERMAID }, () => {}, reader().read, () => true)
    release()
    expect(await run.done).toMatchObject({ kind: 'imported', workshopId: 'fresh-workshop', opened: true })
    expect(purgeWorkshop).not.toHaveBeenCalled()
    saved(false)
    await vi.waitFor(() => expect(purgeWorkshop).toHaveBeenCalledWith('fresh-workshop'))
    expect(showWorkshops).toHaveBeenCalledTimes(1)
  })

  it('a map shown whose write succeeds keeps its new workshop', async () => {
    const { ws, purgeWorkshop, release, saved } = workspace()
    const run = startImport(t, ws, 'new', { name: 'Pasted text', text: MERMAID }, () => {}, reader().read, () => true)
    release()
    expect(await run.done).toMatchObject({ kind: 'imported', opened: true })
    saved(true)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(purgeWorkshop).not.toHaveBeenCalled()
  })

  it('a worker that died is a refusal with its reason, and nothing is written', async () => {
    const { ws, importMap } = workspace()
    const run = startImport(t, ws, 'new', { name: 'big.journey', text: '{}' }, () => {}, reader({ kind: 'crashed', message: 'Out of memory' }).read)
    expect(await run.done).toEqual({ kind: 'refused', message: 'import.error.crashed {"message":"Out of memory"}' })
    expect(importMap).not.toHaveBeenCalled()
    expect(ws.createWorkshop).not.toHaveBeenCalled()
  })
})
