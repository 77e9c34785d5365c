import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { GridEditing } from '../../../src/canvas/grid/GridEditing'
import { createGridUiStore, GridUiContext } from '../../../src/canvas/grid/gridUi'
import { headerKeys } from '../../../src/canvas/grid/headerKeys'
import { BoardEditor } from '../../../src/editor'
import { createMap, createStarterDoc, newId, type JourneyDoc, type LinkId, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { appStore, loadDoc, undo } from '../../../src/store'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

const WIDTH = 2400


const dom = useDom()
/** The grid UI store of the board these tests stand in for (each board makes its own). */
const gridUi = createGridUiStore()

beforeEach(() => gridUi.getState().reset())

function load(): JourneyDoc {
  const doc = createStarterDoc(createMap(newId<WorkshopId>(), 'Keys'), { stages: ['Before', 'During'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions']] })
  loadDoc(appStore, doc)
  appStore.getState().setViewport({ x: -20, y: -10, zoom: 1 })
  return doc
}

/** The board's wrapper with its focusable stage container, as Board renders them, and the board's editor that takes its keys. */
function mount() {
  const host = dom.attach()
  const container = { current: host }
  const stage = document.createElement('div')
  stage.setAttribute('role', 'application')
  stage.tabIndex = 0
  host.append(stage)
  const inner = document.createElement('div')
  host.append(inner)
  dom.render(
    <GridUiContext.Provider value={gridUi}>
      <GridEditing container={container} focusBoard={vi.fn()} width={WIDTH} height={800} />
    </GridUiContext.Provider>,
    inner,
  )
  const editor = new BoardEditor({ store: appStore, claims: [headerKeys({ store: appStore, ui: gridUi, size: () => ({ width: WIDTH, height: 800 }) })] })
  stage.focus()
  // The board's key listener hands the editor the keys pressed on the focused stage.
  const press = (key: string, shiftKey = false) => {
    let handled = false
    act(() => void (handled = editor.keyDown({ key, shiftKey })))
    return handled
  }
  return { press }
}

describe('the grid from the keyboard', () => {
  it('Tab walks the headers with a ring and the header’s toolbar; Enter renames, Esc leaves', () => {
    const doc = load()
    const { press } = mount()
    const [before] = doc.map.stageIds
    const firstStep = doc.stages[before!]!.stepIds[0]!
    act(() => appStore.getState().select([], [doc.map.id as unknown as LinkId]))
    expect(press('Tab')).toBe(true)
    expect(appStore.getState().selectedHeader).toEqual({ kind: 'stage', id: before })
    // One selection: the header takes it over from whatever was selected.
    expect(appStore.getState().selectedLinks).toEqual([])
    expect(dom.host.querySelector('.grid-focus-ring')).not.toBeNull()
    expect(dom.host.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe(`Stage ${isolated('Before')}`)
    expect(press('Tab')).toBe(true)
    expect(appStore.getState().selectedHeader).toEqual({ kind: 'step', id: firstStep })
    expect(press('Tab', true)).toBe(true)
    expect(appStore.getState().selectedHeader).toEqual({ kind: 'stage', id: before })

    // The ring follows pans by style writes.
    const ring = dom.host.querySelector<HTMLElement>('.grid-focus-ring')!
    const band = gridLayout(doc).stages[0]!
    expect(ring.style.left).toBe(`${band.x + 20}px`)
    act(() => appStore.getState().setViewport({ x: 30, y: -10, zoom: 1 }))
    expect(dom.host.querySelector('.grid-focus-ring')).toBe(ring)
    expect(ring.style.left).toBe(`${band.x - 30}px`)

    expect(press('Enter')).toBe(true)
    expect(gridUi.getState().editing).toEqual({ kind: 'stage', id: before })
    expect(dom.host.querySelector('textarea')?.getAttribute('aria-label')).toBe('Stage title')
    act(() => gridUi.getState().set({ editing: null }))
    // Closing the rename field gives the keyboard back to the board (GridEditing's focusBoard).
    act(() => (document.querySelector('[role="application"]') as HTMLElement).focus())
    expect(press('Escape')).toBe(true)
    expect(appStore.getState().selectedHeader).toBeNull()
    expect(dom.host.querySelector('.grid-focus-ring')).toBeNull()
  })

  it('Delete deletes the focused header as one undo step; Tab past the last header leaves the board', () => {
    const doc = load()
    const { press } = mount()
    const laneId = doc.map.laneIds[0]!
    // Two stages of two steps, then the lane: the seventh Tab is on the lane.
    for (let i = 0; i < 7; i++) press('Tab')
    expect(appStore.getState().selectedHeader).toEqual({ kind: 'lane', id: laneId })
    expect(press('Tab')).toBe(false)
    expect(appStore.getState().selectedHeader).toBeNull()

    press('Tab', true)
    expect(appStore.getState().selectedHeader).toBeNull()
    for (let i = 0; i < 7; i++) press('Tab')
    expect(press('Delete')).toBe(true)
    expect(appStore.getState().doc!.map.laneIds).toEqual([])
    act(() => undo(appStore))
    expect(appStore.getState().doc!.map.laneIds).toEqual([laneId])
  })

  it('Shift+F10 moves into the header’s toolbar; the toolbar follows pans by style writes', () => {
    load()
    const { press } = mount()
    press('Tab')
    expect(press('F10', true)).toBe(true)
    const toolbar = dom.host.querySelector<HTMLElement>('[role="toolbar"]')!
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Rename')
    const right = parseFloat(toolbar.style.right)
    act(() => appStore.getState().setViewport({ x: -60, y: -10, zoom: 1 }))
    expect(dom.host.querySelector('[role="toolbar"]')).toBe(toolbar)
    expect(parseFloat(toolbar.style.right)).toBe(right - 40)
  })
})
