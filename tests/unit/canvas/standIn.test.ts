import { describe, expect, it } from 'vitest'
import { coversOnCanvas, enclosing, placedAt } from '../../../src/canvas/tiles/standIn'

// The last zoom's picture stands in for the tiles of a new zoom: it must land where the board
// shows the same board points, and only count as covering what it really covers.

describe('the stand-in picture', () => {
  const board = { x: 0, y: 0, width: 1000, height: 800 }

  it('shows where the same board points are at the new view, scaled by the change of zoom', () => {
    const at = { x: 100, y: 50, zoom: 0.5 }
    // The board point (300, 250) is at CSS (100, 100) on the old canvas, (200, 200) at zoom 1 from the same corner.
    const vp = { x: 100, y: 50, zoom: 1 }
    const placed = placedAt(at, board, vp, 1)
    expect(placed).toEqual({ x: 0, y: 0, width: 2000, height: 1600 })
    const moved = placedAt(at, board, { x: 150, y: 50, zoom: 1 }, 1)
    expect(moved.x).toBe(-50)
    // Device pixels: at a ratio of 2 the view's offset counts twice, the canvas part is already in device pixels.
    expect(placedAt(at, { x: 0, y: 0, width: 2000, height: 1600 }, { x: 150, y: 50, zoom: 1 }, 2)).toEqual({ x: -100, y: 0, width: 4000, height: 3200 })
  })

  it('keeps a valid part that did not start at the corner at its place', () => {
    const at = { x: 0, y: 0, zoom: 1 }
    expect(placedAt(at, { x: 100, y: 40, width: 300, height: 200 }, { x: 0, y: 0, zoom: 2 }, 1)).toEqual({ x: 200, y: 80, width: 600, height: 400 })
  })

  it('covers a tile only where the tile is on the canvas, and not a tile reaching past the picture', () => {
    const cover = { x: -200, y: -100, width: 1400, height: 1000 }
    // A tile half off the canvas: only its on-canvas part counts.
    expect(coversOnCanvas(cover, { x: -300, y: 0, width: 512, height: 512 }, 1000, 800)).toBe(true)
    // Zooming out the picture shrinks from the edges: a tile at the edge is not covered.
    const shrunk = { x: 50, y: 40, width: 900, height: 720 }
    expect(coversOnCanvas(shrunk, { x: 0, y: 0, width: 512, height: 512 }, 1000, 800)).toBe(false)
    expect(coversOnCanvas(shrunk, { x: 600, y: 400, width: 512, height: 512 }, 1000, 800)).toBe(false)
    expect(coversOnCanvas(shrunk, { x: 100, y: 100, width: 400, height: 400 }, 1000, 800)).toBe(true)
  })

  it('keeps as valid only what the tiles and the last stand-in covered, on the canvas', () => {
    const tiles = [{ x: -100, y: 0, width: 512, height: 512 }, null, { x: 412, y: 512, width: 512, height: 512 }]
    expect(enclosing(tiles, 800, 600)).toEqual({ x: 0, y: 0, width: 800, height: 600 })
    expect(enclosing([{ x: 100, y: 50, width: 200, height: 100 }], 800, 600)).toEqual({ x: 100, y: 50, width: 200, height: 100 })
    // Nothing drawn, or nothing on the canvas: no picture to stand in.
    expect(enclosing([null], 800, 600)).toBeNull()
    expect(enclosing([{ x: 900, y: 0, width: 100, height: 100 }], 800, 600)).toBeNull()
  })
})
