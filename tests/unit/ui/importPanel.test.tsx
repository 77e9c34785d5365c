import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../src/io'
import { runImportJob } from '../../../src/io/importJob'
import { appStore } from '../../../src/store'
import { createWorkspace, type Workspace } from '../../../src/store/workspace'
import { FilesHost } from '../../../src/ui/files/FilesHost'
import type { WorkerImportEnd } from '../../../src/ui/files/importInWorker'
import type { FileReader } from '../../../src/ui/files/runImport'
import { WorkspaceProvider } from '../../../src/ui/WorkspaceContext'
import { uniqueName } from '../persistence/helpers'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

// The import runs beside the board: the Import dialog closes when the file is handed over, a
// small non-modal panel shows the import, and the open map stays usable. The worker is replaced by
// a stand-in that runs the worker's own job and answers when the test lets it.

const MERMAID = 'journey\n  title Commute\n  section Leave home\n    Make coffee: 4: Me\n'
const STARTER = { stages: ['Before', 'After'], step: (n: number) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] as const }

let workspace: Workspace | null = null
const dom = useDom()
afterEach(async () => {
  await workspace?.dispose()
  workspace = null
  act(() => appStore.getState().patchWorkspace({ dialog: null, notice: null, offeredFiles: [] }))
})

/** Reads the file as the worker would, and hands the answer over on `release()`; counts Cancels. */
function gatedReader() {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const stats = { cancels: 0 }
  const read: FileReader = (request, onPhase) => {
    let result: ImportResult | null = null
    runImportJob(request, (message) => (message.kind === 'phase' ? onPhase(message.phase) : (result = message.result)))
    let settle: (end: WorkerImportEnd) => void = () => {}
    const done = new Promise<WorkerImportEnd>((resolve) => {
      settle = resolve
    })
    void gate.then(() => settle({ kind: 'read', result: result! }))
    return {
      done,
      cancel: () => {
        stats.cancels++
        settle({ kind: 'cancelled' })
      },
    }
  }
  return { read, release, stats }
}

/** A workspace on a fresh database with one workshop and its first map open on the board. */
async function workshopWithMap(): Promise<Workspace> {
  const ws = createWorkspace(appStore, { dbName: uniqueName('import-panel'), saveDelayMs: 5 })
  workspace = ws
  await ws.init()
  const workshop = await ws.createWorkshop({ title: 'Receiving', date: '', facilitator: '', notes: '' })
  await ws.openWorkshop(workshop.id)
  await ws.createMap('Current map', STARTER)
  return ws
}

/** Lets the database and the import run (inside act, so React sees every update) until `check` holds. */
async function until(check: () => void, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5))
    })
    try {
      check()
      return
    } catch (error) {
      if (Date.now() > end) throw error
    }
  }
}

const panel = () => document.querySelector<HTMLElement>('[data-testid="import-panel"]')
const buttonIn = (root: ParentNode | null, label: string) => [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) ?? null

/** The page: the files host and a stand-in for the board, a button that counts its clicks. */
function renderApp(ws: Workspace, read: FileReader) {
  const clicks = { board: 0 }
  dom.render(
    <WorkspaceProvider value={ws}>
      <FilesHost read={read} />
      <button type="button" data-testid="board" onPointerDown={() => clicks.board++} onClick={() => clicks.board++}>
        board
      </button>
    </WorkspaceProvider>,
  )
  const board = dom.host.querySelector<HTMLButtonElement>('[data-testid="board"]')!
  return { board, clicks }
}

/** Offers a file the way a drop does and presses Import in the dialog. */
function importPreset(name: string, text: string) {
  act(() => appStore.getState().offerFile({ token: 'tok', name, text }))
  const importButton = buttonIn(document.querySelector('dialog'), 'Import…')
  if (!importButton) expect.fail('the Import dialog has no Import button')
  act(() => importButton.click())
}

/** A press on the board, as a person's hand makes it: pointer down, then the click. */
function pressBoard(board: HTMLElement) {
  act(() => {
    board.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    board.click()
  })
}

describe('the import panel: the board stays usable while a file is imported', () => {
  it('closes the dialog for a non-modal panel, and offers the new map to someone who went on working', async () => {
    const ws = await workshopWithMap()
    const working = appStore.getState().openMapId
    const reader = gatedReader()
    const { board, clicks } = renderApp(ws, reader.read)
    importPreset('commute.mmd', MERMAID)

    // Nothing modal is left: no open <dialog>, no dialog in the store, and the panel says it is not modal.
    expect(appStore.getState().dialog).toBeNull()
    expect(document.querySelector('dialog')).toBeNull()
    expect(panel()?.getAttribute('aria-modal')).toBe('false')
    expect(panel()?.textContent).toContain('commute.mmd')
    expect(panel()?.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase')).toBe('checking')
    // The person clicks the board and edits the open map while the file is read.
    pressBoard(board)
    expect(clicks.board).toBe(2)
    act(() => appStore.getState().dispatch({ type: 'renameMap', title: 'Edited meanwhile' }))
    expect(appStore.getState().doc?.map.title).toBe('Edited meanwhile')

    reader.release()
    await until(() => expect(panel()?.textContent).toContain(`“${isolated('Commute')}” is imported. Open it when you are ready.`))
    // Not yanked away: the map being edited is still the open one, and the new one is in the list.
    expect(appStore.getState().openMapId).toBe(working)
    expect(appStore.getState().maps.map((m) => m.title)).toContain('Commute')

    act(() => buttonIn(panel(), 'Open map')!.click())
    await until(() => expect(appStore.getState().doc?.map.title).toBe('Commute'))
    expect(panel()).toBeNull()
  })

  it('opens the new map at once for someone who only waited, as before', async () => {
    const ws = await workshopWithMap()
    const working = appStore.getState().openMapId
    const reader = gatedReader()
    renderApp(ws, reader.read)
    importPreset('commute.mmd', MERMAID)
    reader.release()
    // The map shows a moment before the import has told its end: wait for both.
    await until(() => {
      expect(appStore.getState().doc?.map.title).toBe('Commute')
      expect(panel()).toBeNull()
    })
    expect(appStore.getState().openMapId).not.toBe(working)
    expect(appStore.getState().notice?.key).toBe('import.done')
  })

  it('Cancel in the panel stops the import and writes nothing', async () => {
    const ws = await workshopWithMap()
    const before = await ws.db().maps.count()
    const reader = gatedReader()
    const { board } = renderApp(ws, reader.read)
    importPreset('commute.mmd', MERMAID)
    pressBoard(board)
    act(() => buttonIn(panel(), 'Cancel')!.click())
    expect(reader.stats.cancels).toBe(1)
    expect(panel()).toBeNull()
    expect(appStore.getState().notice?.key).toBe('import.cancelled')
    // A worker that answered anyway would have written by now.
    reader.release()
    await until(() => expect(appStore.getState().notice?.key).toBe('import.cancelled'))
    expect(await ws.db().maps.count()).toBe(before)
  })

  it('tells a refusal in the panel to someone at work, and in the dialog, file kept, to someone who waited', async () => {
    const ws = await workshopWithMap()
    const first = gatedReader()
    const { board } = renderApp(ws, first.read)
    importPreset('broken.journey', '{"type": "journeyboard", ')
    pressBoard(board)
    first.release()
    await until(() => expect(panel()?.querySelector('[role="alert"]')?.textContent).toContain(`“${isolated('broken.journey')}” was not imported. Nothing was changed.`))
    expect(appStore.getState().dialog).toBeNull()
    act(() => buttonIn(panel(), 'Choose another file…')!.click())
    expect(appStore.getState().dialog).toEqual({ kind: 'import', preset: null })
    expect(panel()).toBeNull()
    act(() => appStore.getState().closeDialog())

    dom.unmount()
    const second = gatedReader()
    renderApp(ws, second.read)
    importPreset('broken.journey', '{"type": "journeyboard", ')
    second.release()
    await until(() => expect(document.querySelector('dialog [role="alert"]')?.textContent).toContain(`“${isolated('broken.journey')}” was not imported.`))
    // The same file is still there to import again, and no panel is left over.
    expect(appStore.getState().dialog).toMatchObject({ kind: 'import', preset: { name: 'broken.journey' } })
    expect(panel()).toBeNull()
  })
})
