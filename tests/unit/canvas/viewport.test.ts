import { describe, expect, it } from 'vitest'
import { boardToScreen, cullRect, fitViewport, panBy, screenToBoard, wheelPixels, wheelZoomFactor, zoomAround } from '../../../src/canvas/viewport'

describe('viewport math', () => {
  it('converts between screen and board and back', () => {
    const vp = { x: 100, y: -50, zoom: 2 }
    expect(screenToBoard(vp, { x: 40, y: 20 })).toEqual({ x: 120, y: -40 })
    expect(boardToScreen(vp, { x: 120, y: -40 })).toEqual({ x: 40, y: 20 })
  })

  it('zooms around the pointer: the board point under it stays put', () => {
    const vp = { x: 10, y: 20, zoom: 1 }
    const pointer = { x: 300, y: 200 }
    const before = screenToBoard(vp, pointer)
    const next = zoomAround(vp, pointer, 2.5)
    expect(next.zoom).toBe(2.5)
    const after = screenToBoard(next, pointer)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('clamps the zoom before anchoring, so the anchor holds at the limits too', () => {
    const next = zoomAround({ x: 0, y: 0, zoom: 3 }, { x: 100, y: 100 }, 50)
    expect(next.zoom).toBe(4)
    expect(screenToBoard(next, { x: 100, y: 100 }).x).toBeCloseTo(100 / 3)
    expect(zoomAround({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0 }, 0.001).zoom).toBe(0.01)
  })

  it('pans in screen pixels whatever the zoom', () => {
    expect(panBy({ x: 0, y: 0, zoom: 0.5 }, 100, -20)).toEqual({ x: 200, y: -40, zoom: 0.5 })
  })

  it('fits a rect into the screen with a margin, centred', () => {
    const vp = fitViewport({ x: 0, y: 0, width: 2000, height: 500 }, 1000, 800)
    expect(vp.zoom).toBeCloseTo((1000 - 96) / 2000)
    const centre = screenToBoard(vp, { x: 500, y: 400 })
    expect(centre.x).toBeCloseTo(1000)
    expect(centre.y).toBeCloseTo(250)
    expect(fitViewport({ x: 0, y: 0, width: 10, height: 10 }, 1000, 800).zoom).toBe(1.5)
  })

  it('snaps the culling area to tiles around the screen', () => {
    const a = cullRect({ x: 0, y: 0, zoom: 1 }, 1000, 800)
    const b = cullRect({ x: 30, y: 10, zoom: 1 }, 1000, 800)
    expect(b).toEqual(a)
    expect(a.x).toBeLessThanOrEqual(-200)
    expect(a.x + a.width).toBeGreaterThanOrEqual(1200)
  })

  it('keeps the culling area through a zoomed-out pan of a few dozen screen pixels, and still covers the screen', () => {
    const zoom = 0.1
    const a = cullRect({ x: 0, y: 0, zoom }, 1000, 800)
    // 40 screen pixels at 10% are 400 board pixels: a board-sized tile would have changed the area.
    const b = cullRect({ x: 40 / zoom, y: 20 / zoom, zoom }, 1000, 800)
    expect(b).toEqual(a)
    for (const vp of [{ x: 0, y: 0, zoom }, { x: 40 / zoom, y: 20 / zoom, zoom }]) {
      const area = cullRect(vp, 1000, 800)
      expect(area.x).toBeLessThanOrEqual(vp.x)
      expect(area.y).toBeLessThanOrEqual(vp.y)
      expect(area.x + area.width).toBeGreaterThanOrEqual(vp.x + 1000 / zoom)
      expect(area.y + area.height).toBeGreaterThanOrEqual(vp.y + 800 / zoom)
    }
  })

  it('reads wheel deltas in lines and turns Shift+wheel sideways', () => {
    expect(wheelPixels({ deltaX: 0, deltaY: 3, deltaMode: 1, shiftKey: false }, 800)).toEqual({ x: 0, y: 48 })
    expect(wheelPixels({ deltaX: 0, deltaY: 40, deltaMode: 0, shiftKey: true }, 800)).toEqual({ x: 40, y: 0 })
    expect(wheelZoomFactor(-10)).toBeGreaterThan(1)
    expect(wheelZoomFactor(1000)).toBe(wheelZoomFactor(25))
  })
})
