import { describe, expect, it } from 'vitest'
import { contains, screenArea, splitBlock, TILE_PX, tileBlocks, tileRect, tilesTouching } from '../../../src/canvas/tiles/tileGrid'
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

describe('tile blocks', () => {
  const cover = (blocks: ReturnType<typeof tileBlocks>) => blocks.flatMap((b) => Array.from({ length: b.columns * b.rows }, (_, k) => `${b.i + (k % b.columns)},${b.j + Math.floor(k / b.columns)}`)).sort()
  const keys = (refs: { i: number; j: number }[]) => refs.map((r) => `${r.i},${r.j}`).sort()

  it('draw a full view of tiles as one rectangle', () => {
    const refs = tilesTouching(screenArea({ x: 100, y: 50, zoom: 1 }, 1300, 1000), 1)
    expect(tileBlocks(refs)).toEqual([{ i: 0, j: 0, columns: 3, rows: 3 }])
  })

  it('draw the ring a pinch out uncovers as its four sides, never the view inside it', () => {
    const ring: { i: number; j: number }[] = []
    for (let i = -1; i <= 4; i++) for (let j = -1; j <= 3; j++) if (i === -1 || i === 4 || j === -1 || j === 3) ring.push({ i, j })
    const blocks = tileBlocks(ring)
    expect(blocks).toHaveLength(4)
    expect(cover(blocks)).toEqual(keys(ring))
    // Every block's area is tiles of the ring: nothing inside it is drawn.
    expect(blocks.reduce((n, b) => n + b.columns * b.rows, 0)).toBe(ring.length)
  })

  it('cover scattered tiles exactly, each once', () => {
    const refs = [{ i: 0, j: 0 }, { i: 2, j: 0 }, { i: 0, j: 1 }, { i: 1, j: 1 }, { i: 2, j: 1 }, { i: 5, j: 3 }, { i: 0, j: 3 }, { i: 0, j: 4 }]
    const blocks = tileBlocks(refs)
    expect(cover(blocks)).toEqual(keys(refs))
    expect(blocks.reduce((n, b) => n + b.columns * b.rows, 0)).toBe(refs.length)
  })
})

describe('a block drawn through the scratch canvas', () => {
  it('is cut into parts no larger than the scratch canvas, covering it once', () => {
    const parts = splitBlock({ i: -2, j: 1, columns: 7, rows: 5 }, 4, 3)
    expect(parts.every((p) => p.columns <= 4 && p.rows <= 3)).toBe(true)
    const keys = parts.flatMap((p) => Array.from({ length: p.columns * p.rows }, (_, k) => `${p.i + (k % p.columns)},${p.j + Math.floor(k / p.columns)}`))
    expect(new Set(keys).size).toBe(35)
    expect(keys).toHaveLength(35)
    expect(splitBlock({ i: 0, j: 0, columns: 4, rows: 3 }, 4, 3)).toEqual([{ i: 0, j: 0, columns: 4, rows: 3 }])
  })
})
