import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { newAction, type Action, type MapId, type WorkshopId } from '../../../src/domain'
import { changeLanguage } from '../../../src/i18n'
import { appStore } from '../../../src/store'
import { CLOSED_PLAN } from '../../../src/store/planSlice'
import { createWorkspace, type Workspace } from '../../../src/store/workspace'
import { MapList } from '../../../src/ui/MapList'
import { WorkshopPlan } from '../../../src/ui/plan/workshop/WorkshopPlan'
import { WorkspaceProvider } from '../../../src/ui/WorkspaceContext'
import { uniqueName } from '../persistence/helpers'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

const STARTER = { stages: ['Before', 'After'], step: (n: number) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] as const }

let workspace: Workspace | null = null
const dom = useDom(async () => {
  await workspace?.dispose()
  workspace = null
  act(() => appStore.getState().setPlan(CLOSED_PLAN))
  await changeLanguage('en')
})
afterEach(() => vi.restoreAllMocks())

function plan(mapId: MapId, title: string, at: number, fields: Partial<Action> = {}): Action {
  return { ...newAction(mapId, [], at), title, ...fields }
}

/**
 * A workshop of two maps: Sign-up (made first) with two saved actions, and Returns, open, with
 * two actions of which the last is not saved yet when the plan is shown.
 */
async function twoMaps() {
  const ws = createWorkspace(appStore, { dbName: uniqueName('workshop-plan'), saveDelayMs: 5 })
  workspace = ws
  await ws.init()
  const workshop = await ws.createWorkshop({ title: 'Kick-off', date: '', facilitator: '', notes: '' })
  await ws.openWorkshop(workshop.id)
  await ws.createMap('Sign-up', STARTER)
  const signup = appStore.getState().doc!.map.id
  const shorter = plan(signup, 'Shorter form', 1_000, { owner: 'Web', status: 'doing', impact: 4, votes: 2, due: '2026-05-01' })
  const welcome = plan(signup, 'Welcome mail', 1_001, { status: 'done', impact: 2 })
  act(() => appStore.getState().dispatch({ type: 'addActions', actions: [shorter, welcome] }))
  await ws.flush()
  await ws.createMap('Returns', STARTER)
  const returns = appStore.getState().doc!.map.id
  const label = plan(returns, 'Prepaid label', 2_000, { owner: 'Support', status: 'doing', impact: 5, votes: 6 })
  act(() => appStore.getState().dispatch({ type: 'addActions', actions: [label] }))
  await ws.flush()
  const refund = plan(returns, 'Refund in two days', 2_001, { owner: 'Web', votes: 3 })
  act(() => appStore.getState().dispatch({ type: 'addActions', actions: [refund] }))
  return { ws, workshopId: workshop.id as WorkshopId, signup, returns, actions: { shorter, welcome, label, refund } }
}

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

const cells = () => [...dom.host.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
const titles = () => cells().map((row) => row[1])
const heading = (name: string) => [...dom.host.querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent === name)!
function choose(label: string, value: string) {
  const select = [...dom.host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('select')!
  act(() => {
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

function show(workshopId: WorkshopId, ws: Workspace, onClose = vi.fn()) {
  dom.render(
    <WorkspaceProvider value={ws}>
      <WorkshopPlan workshopId={workshopId} onClose={onClose} />
    </WorkspaceProvider>,
  )
  return onClose
}

describe('the workshop-wide action plan', () => {
  it('gathers the actions of both maps, the open map’s unsaved one too, map by map with every column', async () => {
    const { ws, workshopId } = await twoMaps()
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    expect(cells()).toEqual([
      ['Sign-up', 'Shorter form', 'Web', 'May 1, 2026', 'Doing', '4', '3', 'Quick wins', '2'],
      ['Sign-up', 'Welcome mail', 'Nobody yet', 'No date', 'Done', '2', '3', 'Fill-ins', '0'],
      ['Returns', 'Prepaid label', 'Support', 'No date', 'Doing', '5', '3', 'Quick wins', '6'],
      ['Returns', 'Refund in two days', 'Web', 'No date', 'Idea', '3', '3', 'Fill-ins', '3'],
    ])
    expect(dom.host.querySelector('[role="status"]')?.textContent).toBe('4 actions')
  })

  it('sorts by a column heading, high votes first, and back by map', async () => {
    const { ws, workshopId } = await twoMaps()
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    act(() => heading('Votes').click())
    expect(titles()).toEqual(['Prepaid label', 'Refund in two days', 'Shorter form', 'Welcome mail'])
    expect(heading('Votes').closest('th')!.getAttribute('aria-sort')).toBe('descending')
    act(() => heading('Votes').click())
    expect(titles()).toEqual(['Welcome mail', 'Shorter form', 'Refund in two days', 'Prepaid label'])
    act(() => heading('Map').click())
    expect(titles()).toEqual(['Shorter form', 'Welcome mail', 'Prepaid label', 'Refund in two days'])
  })

  it('filters by status and by owner, nobody yet included, and says how many it shows', async () => {
    const { ws, workshopId } = await twoMaps()
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    choose('Status', 'doing')
    expect(titles()).toEqual(['Shorter form', 'Prepaid label'])
    expect(dom.host.querySelector('[role="status"]')?.textContent).toBe('2 of 4 actions')
    choose('Owner', 'Web')
    expect(titles()).toEqual(['Shorter form'])
    choose('Status', '')
    expect(titles()).toEqual(['Shorter form', 'Refund in two days'])
    choose('Owner', '\t')
    expect(titles()).toEqual(['Welcome mail'])
    choose('Status', 'dropped')
    expect(titles()).toEqual([])
    expect(dom.host.textContent).toContain('No action matches the filter.')
  })

  it('opens the map of a chosen action and its plan on that action, then closes', async () => {
    const { ws, workshopId, signup, actions } = await twoMaps()
    const onClose = show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    const open = dom.host.querySelector<HTMLButtonElement>(`[aria-label="Open “${isolated('Welcome mail')}” on the map ${isolated('Sign-up')}"]`)!
    act(() => open.click())
    await until(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(appStore.getState().openMapId).toBe(signup)
    expect(appStore.getState().plan).toMatchObject({ open: true, focus: actions.welcome.id })
  })

  it('reads again when shown again: what changed on a map meanwhile is there', async () => {
    const { ws, workshopId, signup } = await twoMaps()
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    dom.unmount()
    await ws.openMap(signup)
    act(() => appStore.getState().dispatch({ type: 'addActions', actions: [plan(signup, 'Fewer fields', 3_000)] }))
    await ws.flush()
    await ws.renameMap(signup, 'Sign-up flow')
    // Another map open: Sign-up's rows now come from the database.
    await ws.openMap(appStore.getState().maps.find((m) => m.id !== signup)!.id)
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(5))
    expect(cells().slice(0, 3).map((row) => [row[0], row[1]])).toEqual([
      ['Sign-up flow', 'Shorter form'],
      ['Sign-up flow', 'Welcome mail'],
      ['Sign-up flow', 'Fewer fields'],
    ])
  })

  it('writes due dates in the Persian calendar with Persian digits', async () => {
    const { ws, workshopId } = await twoMaps()
    await changeLanguage('fa')
    show(workshopId, ws)
    await until(() => expect(titles()).toHaveLength(4))
    expect(cells()[0]![3]).toBe('۱۱ اردیبهشت ۱۴۰۵')
    expect(cells()[0]![8]).toBe('۲')
  })
})

describe('the map list’s way to the workshop’s plan', () => {
  it('shows and hides the plan, and a chosen map hides it', async () => {
    const { ws } = await twoMaps()
    const onShowPlan = vi.fn()
    dom.render(
      <WorkspaceProvider value={ws}>
        <MapList planShown onShowPlan={onShowPlan} />
      </WorkspaceProvider>,
    )
    const toggle = dom.host.querySelector<HTMLButtonElement>('[data-testid="workshop-plan-toggle"]')!
    expect(toggle.textContent).toBe('Action plan of all maps')
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    act(() => toggle.click())
    expect(onShowPlan).toHaveBeenLastCalledWith(false)
    onShowPlan.mockClear()
    act(() => dom.host.querySelector<HTMLButtonElement>('.map-item-title')!.click())
    expect(onShowPlan).toHaveBeenCalledWith(false)
  })
})
