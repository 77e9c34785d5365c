import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { LANE_KINDS, type LaneKind } from '../../../../src/domain'
import { idleTimer, NO_FACILITATION } from '../../../../src/domain/facilitation'
import { changeLanguage } from '../../../../src/i18n'
import { appStore } from '../../../../src/store'
import { createWorkspace, type Workspace } from '../../../../src/store/workspace'
import { AgendaPanel } from '../../../../src/ui/facilitation/agenda/AgendaPanel'
import { StepBanner } from '../../../../src/ui/facilitation/agenda/StepBanner'
import { WorkspaceProvider } from '../../../../src/ui/WorkspaceContext'
import { uniqueName } from '../../persistence/helpers'
import { useDom } from '../../support/renderDom'
import { unmarked } from '../../support/unmarked'

// Shared by the agenda's dom tests: a workspace on a fresh fake-indexeddb database with one map
// open, the agenda panel beside a stand-in board area of a known size, and the step banner in it.

export const BOARD = { width: 1200, height: 800 }
const LANES: readonly LaneKind[] = ['actions', 'touchpoints', 'painPoints', 'tasks']
const STARTER = {
  stages: ['Before', 'During', 'After'],
  step: (n: number) => `Step ${n}`,
  lanes: LANES.map((kind) => [kind, kind] as const),
}

let workspace: Workspace | null = null

export function useAgendaDom() {
  const dom = useDom(async () => {
    for (const root of roots.splice(0)) act(() => root.unmount())
    await workspace?.dispose()
    workspace = null
    appStore.setState({ facilitation: NO_FACILITATION, activeAgendaStepId: null, timer: idleTimer(), notice: null })
    await changeLanguage('en')
  })

  /** Opens a map with lanes of the kinds given (customer actions, touchpoints, pain points, tasks by default) and shows the panel. */
  async function open(lanes: readonly LaneKind[] = LANES): Promise<Workspace> {
    const ws = createWorkspace(appStore, { dbName: uniqueName('agenda'), saveDelayMs: 5 })
    workspace = ws
    await ws.init()
    const workshop = await ws.createWorkshop({ title: 'Agenda', date: '', facilitator: '', notes: '' })
    await ws.openWorkshop(workshop.id)
    await ws.createMap('Run', { ...STARTER, lanes: lanes.map((kind) => [kind, kind] as const) })
    const host = dom.attach()
    const board = document.createElement('div')
    board.className = 'board-area'
    Object.defineProperty(board, 'clientWidth', { value: BOARD.width })
    Object.defineProperty(board, 'clientHeight', { value: BOARD.height })
    const side = document.createElement('div')
    host.append(board, side)
    dom.render(
      <WorkspaceProvider value={ws}>
        <AgendaPanel />
      </WorkspaceProvider>,
      side,
    )
    // The banner gets its own root inside the board area, as MapEditor mounts it.
    const bannerRoot = createRoot(board)
    act(() => bannerRoot.render(<StepBanner />))
    roots.push(bannerRoot)
    return ws
  }

  return { dom, open }
}

const roots: { unmount(): void }[] = []

/** Lets the database and React settle (inside act) until `check` holds. */
export async function until(check: () => void, timeoutMs = 3000): Promise<void> {
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

export const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] => [...root.querySelectorAll<T>(selector)]

/** The button whose accessible name (aria-label, or its text), as heard, is `name`. */
export function button(name: string, root: ParentNode = document): HTMLButtonElement {
  const found = all<HTMLButtonElement>('button', root).find((b) => unmarked(b.getAttribute('aria-label')) === name || unmarked(b.textContent).trim() === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}

export function click(element: HTMLElement): void {
  act(() => element.click())
}

/** Types into a controlled input or textarea as a person would (React listens to input events). */
export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value)
    element.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

export function blur(element: HTMLElement): void {
  act(() => {
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
    element.dispatchEvent(new FocusEvent('blur'))
  })
}

export const steps = () => appStore.getState().facilitation.agenda?.steps ?? []
export const titles = () => all('.agenda-step-title').map((h) => h.textContent)
export const ALL_KINDS = LANE_KINDS
