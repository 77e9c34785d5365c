import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { gridLayout } from '../../../../src/domain/layout'
import { agendaStartKey, getPref } from '../../../../src/persistence/prefs'
import { appStore } from '../../../../src/store'
import { all, BOARD, blur, button, click, steps, titles, type, until, useAgendaDom } from './agendaHarness'
import { isolated } from '../../../../src/i18n/isolated'
import { unmarked } from '../../support/unmarked'

const { open } = useAgendaDom()

const METHOD_TITLES = [
  'Preparation: personas and jobs to be done',
  'What the customer does',
  'A touchpoint for each action',
  'Effort versus impact',
  'Touchpoints into tasks',
  'Automate the tasks',
]

async function withMethodAgenda() {
  const ws = await open()
  click(button("Use the workshop method's agenda"))
  return ws
}

const item = (title: string) => all('.agenda-step').find((li) => li.querySelector('.agenda-step-title')?.textContent === title)!

describe('the agenda panel', () => {
  it('explains itself on a map without an agenda and creates the method agenda', async () => {
    await open()
    expect(document.querySelector('.agenda-intro')?.textContent).toMatch(/workshop method/)
    expect(unmarked(document.body.textContent)).toContain('about 1 hr 40 min')
    await withMethodAgendaOnOpenMap()
    expect(steps().map((s) => s.kind)).toEqual(['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks', 'automation'])
    expect(titles()).toEqual(METHOD_TITLES)
    expect(unmarked(document.querySelector('[data-testid="agenda-total"]')?.textContent)).toBe('Total: 1 hr 40 min')
    // Each step shows its time and lanes; a lane the map lacks is marked.
    const touch = item('A touchpoint for each action')
    expect(touch.querySelector('.agenda-step-minutes')?.textContent).toBe('20 min')
    expect(all('.agenda-lane', touch).map((l) => l.textContent)).toEqual(['Customer actions', 'Touchpoints', 'Channels (not on this map)'])
    expect(touch.querySelector('.agenda-lane--absent')?.textContent).toMatch(/^Channels/)
  })

  it('shows clock times once the session start is set, and remembers the start for the map', async () => {
    const ws = await withMethodAgenda()
    expect(all('[data-testid="agenda-step-time"]')).toHaveLength(0)
    type(document.querySelector<HTMLInputElement>('input[type="time"]')!, '09:00')
    const times = all('[data-testid="agenda-step-time"]').map((e) => unmarked(e.textContent))
    expect(times[0]).toBe('9:00 AM–9:15 AM')
    expect(times[1]).toBe('9:15 AM–9:35 AM')
    expect(unmarked(document.querySelector('[data-testid="agenda-total"]')?.textContent)).toBe('Total: 1 hr 40 min, until 10:40 AM')
    await until(() => undefined)
    expect(await getPref(ws.db(), agendaStartKey(appStore.getState().openMapId!))).toBe('09:00')
  })

  it('renames a step, writes its instruction, sets its minutes and lanes', async () => {
    await withMethodAgenda()
    click(button('Edit What the customer does'))
    const editor = item('What the customer does').querySelector('.agenda-step-editor')!
    const title = editor.querySelector<HTMLInputElement>('[data-control="title"]')!
    expect(title.placeholder).toBe('What the customer does')
    type(title, 'Walk the journey ')
    blur(title)
    expect(steps()[1]?.title).toBe('Walk the journey')
    const text = editor.querySelector('textarea')!
    type(text, 'One card per action.')
    blur(text)
    expect(steps()[1]?.instruction).toBe('One card per action.')
    type(editor.querySelector<HTMLInputElement>('input[type="number"]')!, '35')
    expect(steps()[1]?.minutes).toBe(35)
    expect(unmarked(document.querySelector('[data-testid="agenda-total"]')?.textContent)).toBe('Total: 1 hr 55 min')

    // The map's own kinds are offered first; every kind on request.
    const boxes = () => all<HTMLInputElement>('.agenda-lanes-field input[type="checkbox"]', editor)
    const labels = () => boxes().map((b) => b.parentElement?.textContent?.trim())
    expect(labels()).toEqual(['Customer actions', 'Touchpoints', 'Pain points', 'Tasks', 'Show every kind of lane'])
    click(boxes()[2]!)
    expect(steps()[1]?.laneKinds).toEqual(['actions', 'painPoints'])
    click(boxes()[0]!)
    expect(steps()[1]?.laneKinds).toEqual(['painPoints'])
    click(boxes().at(-1)!)
    expect(boxes()).toHaveLength(13)
    click(button('Done', editor))
    expect(item('Walk the journey').querySelector('.agenda-step-editor')).toBeNull()
    expect(all('.agenda-lane', item('Walk the journey')).map((l) => l.textContent)).toEqual(['Pain points'])
  })

  it('moves steps with the buttons and with Alt+arrows, keeping the focus and announcing the place', async () => {
    await withMethodAgenda()
    expect(button('Move Preparation: personas and jobs to be done up').disabled).toBe(true)
    click(button('Move What the customer does up'))
    expect(titles().slice(0, 2)).toEqual(['What the customer does', 'Preparation: personas and jobs to be done'])
    expect(document.activeElement).toBe(item('What the customer does'))
    expect(document.querySelector('[role="status"]')?.textContent).toBe(`${isolated('What the customer does')} is now step 1 of 6.`)

    const down = button('Move Effort versus impact down')
    act(() => down.focus())
    act(() => {
      down.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }))
    })
    expect(titles()[4]).toBe('Effort versus impact')
    expect(document.activeElement).toBe(button('Move Effort versus impact down'))
  })

  it('removes a step with a notice that puts it back, and adds a step after another', async () => {
    await withMethodAgenda()
    click(button('Remove Effort versus impact'))
    expect(titles()).not.toContain('Effort versus impact')
    const notice = appStore.getState().notice!
    expect(notice.key).toBe('agenda.removed')
    expect(notice.values).toEqual({ title: 'Effort versus impact' })
    act(() => notice.undo?.())
    expect(titles()).toEqual(METHOD_TITLES)

    click(button('Add a step after What the customer does'))
    expect(steps()[2]?.kind).toBe('custom')
    expect(titles()[2]).toBe('New step')
    // The new step opens for editing with its title focused.
    expect(document.activeElement).toBe(item('New step').querySelector('[data-control="title"]'))
    click(button('Add a step'))
    expect(steps().at(-1)?.kind).toBe('custom')
    expect(steps()).toHaveLength(8)
  })

  it('starts a step: active, its timer running, the board on its lanes, and the banner; then ends it', async () => {
    await withMethodAgenda()
    const before = appStore.getState().viewport
    click(button('Start step: Touchpoints into tasks'))
    const state = appStore.getState()
    const tasks = steps()[4]!
    expect(state.activeAgendaStepId).toBe(tasks.id)
    expect(state.timer.status).toBe('running')
    expect(state.timer.durationMs).toBe(20 * 60_000)

    // The view holds the touchpoints and tasks lanes, below the banner's room and above the tool bar.
    const doc = state.doc!
    const grid = gridLayout(doc)
    const rowOf = (kind: string) => grid.rows.find((r) => doc.lanes[r.laneId]?.kind === kind)!
    const vp = state.viewport
    expect(vp).not.toEqual(before)
    const screenY = (y: number) => (y - vp.y) * vp.zoom
    expect(screenY(rowOf('touchpoints').y)).toBeGreaterThanOrEqual(150)
    expect(screenY(rowOf('tasks').y + rowOf('tasks').height)).toBeLessThanOrEqual(BOARD.height - 88)
    expect((grid.width - vp.x) * vp.zoom).toBeLessThanOrEqual(BOARD.width)

    const running = item('Touchpoints into tasks')
    expect(running.getAttribute('aria-current')).toBe('step')
    expect(running.className).toContain('agenda-step--running')
    const banner = document.querySelector('[data-testid="step-banner"]')!
    expect(banner.closest('.board-area')).not.toBeNull()
    expect(banner.querySelector('h2')?.textContent).toBe('Touchpoints into tasks')
    expect(banner.querySelector('p')?.textContent).toMatch(/owner, a deadline/)

    click(button('End step', running))
    expect(appStore.getState().activeAgendaStepId).toBeNull()
    expect(document.querySelector('[data-testid="step-banner"]')).toBeNull()

    // The banner ends a step too.
    click(button('Start step: What the customer does'))
    click(button('End step', document.querySelector('[data-testid="step-banner"]')!))
    expect(appStore.getState().activeAgendaStepId).toBeNull()
  })

  it('keeps the view when none of the map lanes match the step', async () => {
    await open(['touchpoints', 'tasks'])
    click(button("Use the workshop method's agenda"))
    const before = appStore.getState().viewport
    click(button('Start step: What the customer does'))
    expect(appStore.getState().activeAgendaStepId).toBe(steps()[1]!.id)
    expect(appStore.getState().viewport).toBe(before)
  })

  it('prints a run sheet with every step, its times and instruction, gone after printing', async () => {
    await withMethodAgenda()
    type(document.querySelector<HTMLInputElement>('input[type="time"]')!, '13:30')
    const print = vi.fn()
    vi.stubGlobal('print', print)
    click(button('Print run sheet'))
    await until(() => expect(print).toHaveBeenCalledTimes(1))
    vi.unstubAllGlobals()
    const sheet = document.querySelector('body > .run-sheet')!
    expect(sheet.querySelector('h1')?.textContent).toBe(`Run sheet: ${isolated('Run')}`)
    expect(all('h2', sheet).map((h) => h.textContent)).toEqual(METHOD_TITLES)
    expect(unmarked(all('.run-sheet-meta', sheet)[1]?.textContent)).toBe('1:45 PM–2:05 PM20 minCustomer actions')
    expect(sheet.textContent).toContain('Turn each chosen touchpoint into a task')
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(document.querySelector('.run-sheet')).toBeNull()
  })

  it('clears the agenda after asking, with an undo', async () => {
    await withMethodAgenda()
    vi.stubGlobal('confirm', () => true)
    click(button('Clear the agenda'))
    vi.unstubAllGlobals()
    expect(appStore.getState().facilitation.agenda).toBeNull()
    expect(document.querySelector('.agenda-intro')).not.toBeNull()
    act(() => appStore.getState().notice?.undo?.())
    expect(steps()).toHaveLength(6)
  })
})

async function withMethodAgendaOnOpenMap() {
  click(button("Use the workshop method's agenda"))
  await until(() => expect(titles()).toHaveLength(6))
}
