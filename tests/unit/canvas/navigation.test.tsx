import { act } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { Minimap } from '../../../src/canvas/navigation/Minimap'
import { minimapFrame, minimapToBoard } from '../../../src/canvas/navigation/navMath'
import { Scrollbars } from '../../../src/canvas/navigation/Scrollbars'
import { ZoomControls } from '../../../src/canvas/navigation/ZoomControls'
import { ZOOM_STEP, screenToBoard } from '../../../src/canvas/viewport'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { cardLayout } from '../../../src/domain/layout'
import { appStore, loadDoc } from '../../../src/store'
import { afterIdle, useDom } from '../support/renderDom'

const WIDTH = 800
const HEIGHT = 600

const dom = useDom()

beforeAll(() => {
  // happy-dom has no pointer capture; the components only need it to exist.
  HTMLElement.prototype.setPointerCapture ??= () => undefined
})

function load() {
  const map = createMap(newId<WorkshopId>(), 'Nav')
  const doc = createStarterDoc(map, { stages: ['A', 'B', 'C', 'D'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['touchpoints', 'Touchpoints']] })
  loadDoc(appStore, doc)
  appStore.getState().setViewport({ x: -24, y: -24, zoom: 1 })
  return doc
}

function pointer(el: Element, type: string, clientX: number, clientY: number) {
  act(() => {
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX, clientY, pointerId: 1 }))
  })
}



describe('zoom controls', () => {
  it('zoom out, reset, in and fit, and show the zoom as a percentage', () => {
    load()
    const panZoom = { zoomBy: vi.fn(), zoomReset: vi.fn(), zoomToFit: vi.fn() }
    const toggle = vi.fn()
    dom.render(<ZoomControls panZoom={panZoom} minimapShown onToggleMinimap={toggle} />)
    const button = (label: string) => dom.host.querySelector(`[aria-label="${label}"]`) as HTMLButtonElement
    act(() => button('Zoom out').click())
    expect(panZoom.zoomBy).toHaveBeenLastCalledWith(1 / ZOOM_STEP)
    act(() => button('Zoom in').click())
    expect(panZoom.zoomBy).toHaveBeenLastCalledWith(ZOOM_STEP)
    act(() => button('Zoom to fit').click())
    expect(panZoom.zoomToFit).toHaveBeenCalledOnce()
    act(() => appStore.getState().setViewport({ x: 0, y: 0, zoom: 0.456 }))
    const percent = button('Zoom 46%, reset to 100%')
    expect(percent.textContent).toBe('46%')
    act(() => percent.click())
    expect(panZoom.zoomReset).toHaveBeenCalledOnce()
    act(() => button('Minimap').click())
    expect(toggle).toHaveBeenCalledOnce()
  })
})

describe('minimap', () => {
  it('takes the map’s shape and moves the view to where it is pressed', async () => {
    const doc = load()
    dom.render(<Minimap width={WIDTH} height={HEIGHT} />)
    // The shape is there at once, before the drawing that waits for an idle moment: a map opening
    // fitted reads the corner's size to keep clear of it.
    const el = dom.host.querySelector('.board-minimap') as HTMLDivElement
    const frame = minimapFrame(cardLayout(doc).bounds, 220, 140)
    expect(el.style.width).toBe(`${frame.width}px`)
    expect(el.style.height).toBe(`${frame.height}px`)
    await afterIdle()
    const target = minimapToBoard(frame, { x: frame.width * 0.8, y: frame.height / 2 })
    pointer(el, 'pointerdown', frame.width * 0.8, frame.height / 2)
    const centre = screenToBoard(appStore.getState().viewport, { x: WIDTH / 2, y: HEIGHT / 2 })
    expect(centre.x).toBeCloseTo(target.x)
    expect(centre.y).toBeCloseTo(target.y)
    // Dragging keeps the view under the pointer.
    pointer(el, 'pointermove', frame.width * 0.5, frame.height / 2)
    const moved = screenToBoard(appStore.getState().viewport, { x: WIDTH / 2, y: HEIGHT / 2 })
    expect(moved.x).toBeCloseTo(minimapToBoard(frame, { x: frame.width * 0.5, y: 0 }).x)
    pointer(el, 'pointerup', frame.width * 0.5, frame.height / 2)
  })

  it('frames the part of the map on screen, following pans without React', async () => {
    load()
    dom.render(<Minimap width={WIDTH} height={HEIGHT} />)
    await afterIdle()
    const view = dom.host.querySelector('.board-minimap__view') as HTMLDivElement
    const left = () => Number(/^translate\((-?[\d.]+)px, -?[\d.]+px\)$/.exec(view.style.transform)?.[1])
    const before = left()
    const width = view.style.width
    act(() => appStore.getState().setViewport({ x: 600, y: -24, zoom: 1 }))
    expect(left()).toBeGreaterThan(before)
    // A pan moves the frame, its size stays.
    expect(view.style.width).toBe(width)
    act(() => appStore.getState().setViewport({ x: 600, y: -24, zoom: 2 }))
    expect(parseFloat(view.style.width)).toBeLessThan(parseFloat(width))
  })
})

describe('the minimap’s drawing', () => {
  it('waits for the change’s save before it redraws every card, and no longer than a second', async () => {
    load()
    dom.render(<Minimap width={WIDTH} height={HEIGHT} />)
    await afterIdle()
    const canvas = dom.host.querySelector('.board-minimap canvas') as HTMLCanvasElement
    const drawnHeight = () => canvas.height
    const first = drawnHeight()
    // A taller map, changed while its save is under way: the drawing waits (it held up the save's completion).
    const taller = () => {
      const map = createMap(newId<WorkshopId>(), 'Nav')
      const lanes = (['actions', 'touchpoints', 'thoughts', 'painPoints', 'opportunities', 'backstage'] as const).map((kind) => [kind, kind] as const)
      return createStarterDoc(map, { stages: ['A', 'B'], step: (n) => `Step ${n}`, lanes })
    }
    act(() => {
      appStore.getState().patchWorkspace({ saveStatus: 'saving' })
      loadDoc(appStore, taller())
    })
    await afterIdle()
    expect(drawnHeight()).toBe(first)
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'saved' }))
    await afterIdle()
    const second = drawnHeight()
    expect(second).not.toBe(first)

    // A write that takes long (a big import shown while stored) is waited for a second at most.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    try {
      act(() => {
        appStore.getState().patchWorkspace({ saveStatus: 'saving' })
        load()
      })
      act(() => vi.advanceTimersByTime(500))
      expect(drawnHeight()).toBe(second)
      act(() => vi.advanceTimersByTime(1_100))
    } finally {
      vi.useRealTimers()
    }
    await afterIdle()
    expect(drawnHeight()).toBe(first)
    act(() => appStore.getState().patchWorkspace({ saveStatus: 'saved' }))
  })
})

describe('scrollbars', () => {
  it('shows a thumb for the share of the map on screen and scrolls when it is dragged', () => {
    load()
    dom.render(<Scrollbars width={WIDTH} height={HEIGHT} />)
    const track = dom.host.querySelector('.board-scrollbar--x') as HTMLDivElement
    const thumb = track.querySelector('.board-scrollbar__thumb') as HTMLDivElement
    expect(track.style.display).toBe('')
    const size = parseFloat(thumb.style.width)
    expect(size).toBeGreaterThan(0)
    expect(size).toBeLessThan(WIDTH)
    const x0 = appStore.getState().viewport.x
    pointer(thumb, 'pointerdown', 10, 5)
    pointer(thumb, 'pointermove', 110, 5)
    pointer(thumb, 'pointerup', 110, 5)
    expect(appStore.getState().viewport.x).toBeGreaterThan(x0 + 100)
    expect(thumb.style.transform).toMatch(/^translateX\((\d|\.)+px\)$/)
  })

  it('hides when the whole map fits on screen', () => {
    load()
    act(() => appStore.getState().setViewport({ x: -500, y: -500, zoom: 0.2 }))
    dom.render(<Scrollbars width={WIDTH} height={HEIGHT} />)
    expect((dom.host.querySelector('.board-scrollbar--x') as HTMLDivElement).style.display).toBe('none')
    expect((dom.host.querySelector('.board-scrollbar--y') as HTMLDivElement).style.display).toBe('none')
  })
})
