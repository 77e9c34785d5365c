import { act, createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { visibleRect } from '../../../../src/canvas/viewport'
import { appStore } from '../../../../src/store'
import { HeldBanner, HeldView } from '../../../../src/ui/presence/ViewHold'
import { heldViewport, throttleLatest } from '../../../../src/ui/presence/heldView'
import { useDom } from '../../support/renderDom'

const dom = useDom(() => appStore.setState({ roomHold: null, viewport: { x: 0, y: 0, zoom: 1 } }))

describe('the held view', () => {
  it('shows exactly the facilitator’s rectangle, centred, as large as the screen allows', () => {
    const view = { x: 100, y: 50, width: 800, height: 400 }
    // A wider screen: the height fits, the sides show a little more.
    const vp = heldViewport(view, 1200, 400)
    expect(vp.zoom).toBe(1)
    const seen = visibleRect(vp, 1200, 400)
    expect(seen.x + seen.width / 2).toBe(500)
    expect(seen.y).toBe(50)
    expect(seen.height).toBe(400)
    // A narrower one: the width fits.
    const narrow = visibleRect(heldViewport(view, 400, 400), 400, 400)
    expect(narrow).toMatchObject({ x: 100, width: 800 })
  })

  it('sends the newest of a stream of views at most once per period, and always the last', () => {
    let now = 0
    const timers: { at: number; run: () => void }[] = []
    const sent: number[] = []
    const writer = throttleLatest((v: number) => sent.push(v), 100, {
      now: () => now,
      later: (run, ms) => {
        const t = { at: now + ms, run }
        timers.push(t)
        return () => timers.splice(timers.indexOf(t), 1)
      },
    })
    writer.push(1)
    expect(sent).toEqual([1])
    now = 30
    writer.push(2)
    now = 60
    writer.push(3)
    expect(sent).toEqual([1])
    now = 100
    timers.shift()!.run()
    expect(sent).toEqual([1, 3])
    now = 150
    writer.push(4)
    writer.cancel()
    expect(timers).toHaveLength(0)
    now = 400
    writer.push(5)
    expect(sent).toEqual([1, 3, 5])
  })

  it('holds a participant’s board to the held view, puts their own pans back, says so, and lets go on release', () => {
    const container = createRef<HTMLDivElement>()
    const el = document.createElement('div')
    ;(container as { current: HTMLDivElement }).current = el
    dom.render(<HeldView size={{ width: 1000, height: 500 }} container={container} />)
    expect(dom.host.textContent).toBe('')

    act(() => appStore.setState({ roomHold: { x: 0, y: 0, width: 2000, height: 1000 } }))
    const held = appStore.getState().viewport
    expect(held).toEqual({ x: 0, y: 0, zoom: 0.5 })
    expect(dom.host.querySelector('[role="status"]')?.textContent).toContain("The facilitator is holding everyone's view")

    // Any pan of their own (wheel, drag, keys, minimap all end in setViewport) is put back at once.
    act(() => appStore.getState().setViewport({ x: 300, y: 40, zoom: 2 }))
    expect(appStore.getState().viewport).toEqual(held)
    // The wheel does not even reach the board (nor the browser's page zoom).
    const wheel = new WheelEvent('wheel', { deltaY: 100, cancelable: true, bubbles: true })
    el.dispatchEvent(wheel)
    expect(wheel.defaultPrevented).toBe(true)

    // The facilitator moves: the board follows.
    act(() => appStore.setState({ roomHold: { x: 500, y: 0, width: 1000, height: 500 } }))
    expect(appStore.getState().viewport).toEqual({ x: 500, y: 0, zoom: 1 })

    act(() => appStore.setState({ roomHold: null }))
    expect(dom.host.textContent).toBe('')
    act(() => appStore.getState().setViewport({ x: 300, y: 40, zoom: 2 }))
    expect(appStore.getState().viewport).toEqual({ x: 300, y: 40, zoom: 2 })
    const free = new WheelEvent('wheel', { deltaY: 100, cancelable: true, bubbles: true })
    el.dispatchEvent(free)
    expect(free.defaultPrevented).toBe(false)
  })

  it('on a phone, which has no board view to hold, says that the facilitator is showing something', () => {
    dom.render(<HeldBanner />)
    expect(dom.host.textContent).toBe('')
    act(() => appStore.setState({ roomHold: { x: 0, y: 0, width: 10, height: 10 } }))
    expect(dom.host.querySelector('[role="status"]')?.textContent).toContain('look at the big screen')
    act(() => appStore.setState({ roomHold: null }))
    expect(dom.host.textContent).toBe('')
  })
})
