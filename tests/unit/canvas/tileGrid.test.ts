import { describe, expect, it } from 'vitest'
import { contains, screenArea, TILE_PX, tileRect, tilesTouching } from '../../../src/canvas/tiles/tileGrid'
import { CULL_MARGIN_PX, cullRect } from '../../../src/canvas/viewport'

describe('pan tiles', () => {
  it('cover the screen with tiles on one grid, the one in the middle first', () => {
    const vp = { x: 100, y: 50, zoom: 1 }
    const tiles = tilesTouching(screenArea(vp, 1300, 1000), vp.zoom)
    // x 100..1400 touches columns 0..2, y 50..1050 rows 0..2.
    expect(tiles.map((t) => t.key).sort()).toEqual(['0,0', '0,1', '0,2', '1,0', '1,1', '1,2', '2,0', '2,1', '2,2'])
    expect(tiles[0]?.key).toBe('1,1')
  })

  it('are TILE_PX screen pixels at any zoom, so a tile drawn once stays right while the view pans', () => {
    for (const zoom of [0.03, 0.1, 0.5, 1, 1.5, 4]) {
      const r = tileRect({ i: 3, j: -2 }, zoom)
      expect(r.width * zoom).toBeCloseTo(TILE_PX)
      expect(r.x * zoom).toBeCloseTo(3 * TILE_PX)
      expect(r.y * zoom).toBeCloseTo(-2 * TILE_PX)
    }
  })

  it('near the view are always inside the mounted area, at every zoom, so none is drawn from missing nodes', () => {
    for (const zoom of [0.04, 0.1, 0.37, 1, 1.5, 2.25, 4]) {
      for (const [x, y] of [[0, 0], [-33.3, 12.7], [5000.5, -77], [123456.7, 891.1]] as const) {
        const vp = { x, y, zoom }
        const mounted = cullRect(vp, 1310, 1029)
        for (const tile of tilesTouching(screenArea(vp, 1310, 1029, CULL_MARGIN_PX), zoom)) expect(contains(mounted, tileRect(tile, zoom))).toBe(true)
      }
    }
  })

  it('a pan past the mounted area is seen: a tile ahead is no longer inside it', () => {
    const vp = { x: 0, y: 0, zoom: 1 }
    const mounted = cullRect(vp, 1310, 1029)
    const later = { ...vp, x: 600 }
    const ahead = tilesTouching(screenArea(later, 1310, 1029, CULL_MARGIN_PX), 1)
    expect(ahead.some((t) => !contains(mounted, tileRect(t, 1)))).toBe(true)
  })
})
