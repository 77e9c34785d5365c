import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { GridEditing } from '../../../src/canvas/grid/GridEditing'
import { createGridUiStore, GridUiContext } from '../../../src/canvas/grid/gridUi'
import { HeaderEditor } from '../../../src/canvas/grid/HeaderEditor'
import { createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { LANE_TITLE_TEXT_INSET, type HeaderTarget } from '../../../src/domain/layoutGrid'
import { appStore, loadDoc, undo } from '../../../src/store'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'

/** Wide enough that every header of the starter grid is on screen at 200%. */
const WIDTH = 2400

const dom = useDom()
/** The grid UI store of the board these tests stand in for (each board makes its own). */
const gridUi = createGridUiStore()

beforeEach(() => {
  gridUi.getState().reset()
})

function load(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'Grid')
  const doc = createStarterDoc(map, { stages: ['Before', 'During'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['touchpoints', 'Touchpoints']] })
  loadDoc(appStore, doc)
  appStore.getState().setViewport({ x: -20, y: -10, zoom: 2 })
  return doc
}

function type(input: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
  act(() => {
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function press(el: Element, key: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

function mountEditing() {
  const container = { current: null as HTMLDivElement | null }
  const focusBoard = vi.fn()
  dom.render(
    <GridUiContext.Provider value={gridUi}>
      <GridEditing container={container} focusBoard={focusBoard} width={WIDTH} height={800} />
    </GridUiContext.Provider>,
  )
  return { focusBoard }
}

/** Starts renaming a header as a double-click does, GridEditing mounted; the rename text box. */
function rename(target: HeaderTarget): HTMLTextAreaElement {
  act(() => gridUi.getState().set({ editing: target }))
  return dom.host.querySelector('textarea')!
}

describe('renaming a header in place', () => {
  it('lays the field over the header at the current zoom, focused, with the title selected', () => {
    const doc = load()
    const stageId = doc.map.stageIds[1]!
    const onDone = vi.fn()
    dom.render(<HeaderEditor target={{ kind: 'stage', id: stageId }} width={WIDTH} height={800} onDone={onDone} />)
    const input = dom.host.querySelector('textarea')!
    const band = gridLayout(doc).stages[1]!
    expect(input.getAttribute('aria-label')).toBe('Stage title')
    expect(input.value).toBe('During')
    expect(document.activeElement).toBe(input)
    expect(input.style.left).toBe(`${(band.x + 20) * 2}px`)
    expect(input.style.width).toBe(`${band.width * 2}px`)
  })

  it('writes in the size the title will be drawn at: smaller as it grows past what the header holds at 18 px', () => {
    load()
    const stageId = appStore.getState().doc!.map.stageIds[0]!
    dom.render(<HeaderEditor target={{ kind: 'stage', id: stageId }} width={WIDTH} height={800} onDone={vi.fn()} />)
    const input = dom.host.querySelector('textarea')!
    const px = () => parseFloat(/(\d+(?:\.\d+)?)px/.exec(input.style.font)![1]!)
    // 18 px at 200%.
    expect(px()).toBe(36)
    type(input, 'Onboarding and account verification with the bank, then the first card arrives in the post')
    expect(px()).toBeLessThan(36)
    expect(px()).toBeGreaterThanOrEqual(24)
  })

  it('lays the field over a lane title pinned to the board’s edge, and keeps it there while the view moves', () => {
    const doc = load()
    const laneId = doc.map.laneIds[1]!
    const grid = gridLayout(doc)
    const row = grid.rowByLane.get(laneId)!
    // Scrolled into the map at 100%, its steps still on screen: the lane title column is pinned at the left edge.
    const into = (grid.width - LAYOUT.laneTitleWidth) / 3
    appStore.getState().setViewport({ x: into, y: 0, zoom: 1 })
    dom.render(<HeaderEditor target={{ kind: 'lane', id: laneId }} width={800} height={600} onDone={vi.fn()} />)
    const input = dom.host.querySelector('textarea')!
    expect(input.value).toBe('Touchpoints')
    expect(input.style.left).toBe(`${LANE_TITLE_TEXT_INSET}px`)
    act(() => appStore.getState().setViewport({ x: 2 * into, y: 40, zoom: 1 }))
    expect(input.style.left).toBe(`${LANE_TITLE_TEXT_INSET}px`)
    expect(parseFloat(input.style.top)).toBeCloseTo(row.y + 6 - 40)
  })

  it('commits one rename on Enter, which one undo takes back', () => {
    const doc = load()
    const stageId = doc.map.stageIds[0]!
    mountEditing()
    const input = rename({ kind: 'stage', id: stageId })
    type(input, 'Discover')
    type(input, 'Discover the need')
    press(input, 'Enter')
    expect(appStore.getState().doc!.stages[stageId]!.title).toBe('Discover the need')
    expect(gridUi.getState().editing).toBeNull()
    expect(dom.host.querySelector('textarea')).toBeNull()
    act(() => undo(appStore))
    expect(appStore.getState().doc!.stages[stageId]!.title).toBe('Before')
  })

  it('wraps a long title as the header does, and keeps it one line of words: a pasted line break is a space', () => {
    const doc = load()
    const stageId = doc.map.stageIds[0]!
    mountEditing()
    const field = rename({ kind: 'stage', id: stageId })
    expect(field.getAttribute('aria-label')).toBe('Stage title')
    type(field, 'Research and\ncompare  \r\n offers')
    expect(field.value).toBe('Research and compare offers')
    press(field, 'Enter')
    expect(appStore.getState().doc!.stages[stageId]!.title).toBe('Research and compare offers')
  })

  it('leaves the title alone on Esc, and commits when the field loses focus', () => {
    const doc = load()
    const laneId = doc.map.laneIds[1]!
    mountEditing()
    let input = rename({ kind: 'lane', id: laneId })
    type(input, 'Channels')
    press(input, 'Escape')
    expect(appStore.getState().doc!.lanes[laneId]!.title).toBe('Touchpoints')
    input = rename({ kind: 'lane', id: laneId })
    type(input, 'Channels')
    act(() => input.blur())
    expect(appStore.getState().doc!.lanes[laneId]!.title).toBe('Channels')
  })

  it('closes by itself when the header goes away under it', () => {
    const doc = load()
    const stepId = doc.stages[doc.map.stageIds[0]!]!.stepIds[0]!
    mountEditing()
    rename({ kind: 'step', id: stepId })
    act(() => appStore.getState().dispatch({ type: 'deleteStep', stepId }))
    expect(gridUi.getState().editing).toBeNull()
    expect(dom.host.querySelector('textarea')).toBeNull()
  })
})

describe('the header toolbar', () => {
  it('adds a step after the hovered one and opens its title for typing', () => {
    const doc = load()
    const stageId = doc.map.stageIds[0]!
    const [first, second] = doc.stages[stageId]!.stepIds
    mountEditing()
    act(() => gridUi.getState().set({ hover: { kind: 'step', id: first! } }))
    const toolbar = dom.host.querySelector('[role="toolbar"]')!
    expect(toolbar.getAttribute('aria-label')).toBe(`Step ${isolated('Step 1')}`)
    act(() => (toolbar.querySelector('[aria-label="Add a step after this one"]') as HTMLButtonElement).click())
    const stepIds = appStore.getState().doc!.stages[stageId]!.stepIds
    expect(stepIds).toHaveLength(3)
    expect(stepIds[0]).toBe(first)
    expect(stepIds[2]).toBe(second)
    expect(gridUi.getState().editing).toEqual({ kind: 'step', id: stepIds[1] })
    expect(dom.host.querySelector('textarea')!.getAttribute('aria-label')).toBe('Step title')
  })

  it('recolours a stage from the swatches and collapses a lane', () => {
    const doc = load()
    const stageId = doc.map.stageIds[1]!
    mountEditing()
    act(() => gridUi.getState().set({ hover: { kind: 'stage', id: stageId } }))
    act(() => (dom.host.querySelector('[aria-label="Stage colour"]') as HTMLButtonElement).click())
    act(() => (dom.host.querySelector('[aria-label="Violet"]') as HTMLButtonElement).click())
    expect(appStore.getState().doc!.stages[stageId]!.color).toBe('#ede9fe')
    expect(gridUi.getState().popover).toBeNull()

    const laneId = doc.map.laneIds[0]!
    act(() => gridUi.getState().set({ hover: { kind: 'lane', id: laneId } }))
    act(() => (dom.host.querySelector('[aria-label="Collapse lane"]') as HTMLButtonElement).click())
    expect(appStore.getState().doc!.lanes[laneId]!.collapsed).toBe(true)
    expect(dom.host.querySelector('[aria-label="Expand lane"]')).not.toBeNull()
  })

  it('adds a lane of the chosen kind below, named in the person’s language', () => {
    const doc = load()
    const laneId = doc.map.laneIds[0]!
    mountEditing()
    act(() => gridUi.getState().set({ hover: { kind: 'lane', id: laneId } }))
    act(() => (dom.host.querySelector('[aria-label="Add a lane below"]') as HTMLButtonElement).click())
    const items = [...dom.host.querySelectorAll('[role="menuitem"]')]
    expect(items).toHaveLength(12)
    act(() => (items.find((b) => b.textContent === 'Opportunities') as HTMLButtonElement).click())
    const laneIds = appStore.getState().doc!.map.laneIds
    expect(laneIds).toHaveLength(3)
    expect(appStore.getState().doc!.lanes[laneIds[1]!]).toMatchObject({ kind: 'opportunities', title: 'Opportunities' })
  })

  it('zooms to its stage and deletes it, each as one step', () => {
    const doc = load()
    const stageId = doc.map.stageIds[1]!
    const { focusBoard } = mountEditing()
    act(() => gridUi.getState().set({ hover: { kind: 'stage', id: stageId } }))
    act(() => (dom.host.querySelector('[aria-label="Zoom to this stage"]') as HTMLButtonElement).click())
    const vp = appStore.getState().viewport
    const band = gridLayout(appStore.getState().doc!).stages[1]!
    expect(vp.x + WIDTH / 2 / vp.zoom).toBeCloseTo(band.x + band.width / 2)
    act(() => gridUi.getState().set({ hover: { kind: 'stage', id: stageId } }))
    act(() => (dom.host.querySelector('[aria-label="Delete stage"]') as HTMLButtonElement).click())
    expect(appStore.getState().doc!.map.stageIds).toEqual([doc.map.stageIds[0]])
    expect(focusBoard).toHaveBeenCalled()
    act(() => undo(appStore))
    expect(appStore.getState().doc!.map.stageIds).toEqual(doc.map.stageIds)
  })
})
