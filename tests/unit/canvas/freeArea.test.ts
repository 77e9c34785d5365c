import { describe, expect, it } from 'vitest'
import { freeArea } from '../../../src/canvas/navigation/freeArea'
import { fitViewport } from '../../../src/canvas/viewport'
import type { Rect } from '../../../src/domain/layout'

const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

// The board of a 1440x900 window: a tool bar at the bottom middle, the minimap corner bottom right, two scrollbars.
const W = 830
const H = 783
const CHROME: Rect[] = [
  { x: 264, y: 717, width: 302, height: 50 },
  { x: 590, y: 604, width: 220, height: 159 },
  { x: 2, y: 769, width: 814, height: 12 },
  { x: 816, y: 2, width: 12, height: 767 },
]

describe('fitting the map clear of the floating controls', () => {
  it('finds a free area that no control overlaps', () => {
    const area = freeArea(W, H, CHROME, { width: 2400, height: 1400 })
    for (const c of CHROME) expect(overlaps(area, c)).toBe(false)
    expect(area.width * area.height).toBeGreaterThan(W * H * 0.5)
  })

  it('a wide map keeps the full width above the controls; a tall one the full height beside them', () => {
    const wide = freeArea(W, H, CHROME, { width: 4000, height: 600 })
    expect(wide.width).toBeGreaterThan(790)
    const tall = freeArea(W, H, CHROME, { width: 300, height: 3000 })
    expect(tall.height).toBeGreaterThan(740)
  })

  it('puts every part of a fitted map inside the free area', () => {
    const bounds = { x: 0, y: 0, width: 2400, height: 1400 }
    const area = freeArea(W, H, CHROME, bounds)
    const vp = fitViewport(bounds, W, H, area)
    const onScreen = { x: (bounds.x - vp.x) * vp.zoom, y: (bounds.y - vp.y) * vp.zoom, width: bounds.width * vp.zoom, height: bounds.height * vp.zoom }
    expect(inside(onScreen, area)).toBe(true)
    for (const c of CHROME) expect(overlaps(onScreen, c)).toBe(false)
  })

  it('without controls the whole board is free', () => {
    expect(freeArea(W, H, [], { width: 10, height: 10 })).toEqual({ x: 0, y: 0, width: W, height: H })
  })
})
