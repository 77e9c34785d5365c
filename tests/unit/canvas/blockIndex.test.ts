import { describe, expect, it } from 'vitest'
import { blocksIn, indexBlocks, type Block } from '../../../src/canvas/cards/blockIndex'

// Zoomed out, each canvas drawn (a pan tile, the board, an export) paints the blocks touching it:
// the index must find exactly those a test of every block finds, in drawing order.

/** A small seeded generator: the same blocks every run. */
function random(seed: number) {
  let s = seed
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296
    return s / 4294967296
  }
}

function blocks(count: number, next: () => number): Block[] {
  return Array.from({ length: count }, () => ({
    x: Math.round(next() * 20000) - 2000,
    y: Math.round(next() * 12000) - 500,
    width: 80 + Math.round(next() * 900),
    height: 40 + Math.round(next() * 600),
    fill: '#ffffff',
    edge: '#000000',
  }))
}

const touching = (all: readonly Block[], a: { x: number; y: number; width: number; height: number }) =>
  all.flatMap((b, n) => (b.x <= a.x + a.width && b.y <= a.y + a.height && b.x + b.width >= a.x && b.y + b.height >= a.y ? [n] : []))

describe('the zoomed-out blocks’ index', () => {
  it('finds every block touching an area, and only those, in drawing order', () => {
    const next = random(7)
    const all = blocks(3000, next)
    const index = indexBlocks(all, 1024)
    for (let k = 0; k < 200; k++) {
      const area = { x: next() * 22000 - 3000, y: next() * 13000 - 1000, width: 50 + next() * 6000, height: 50 + next() * 4000 }
      expect(blocksIn(index, area)).toEqual(touching(all, area))
    }
  })

  it('takes blocks reaching into the area from a cell before it, edges touching, and an area bigger than the map', () => {
    const all: Block[] = [
      { x: 0, y: 0, width: 3000, height: 100, fill: '#fff', edge: '#000' },
      { x: 5000, y: 5000, width: 100, height: 100, fill: '#fff', edge: '#000' },
      { x: -50, y: 2000, width: 50, height: 50, fill: '#fff', edge: '#000' },
    ]
    const index = indexBlocks(all, 1024)
    // The first block starts two cells to the left of this area and reaches into it.
    expect(blocksIn(index, { x: 2900, y: 50, width: 10, height: 10 })).toEqual([0])
    // Touching edges count, as the board's own culling counts them.
    expect(blocksIn(index, { x: 5100, y: 5100, width: 10, height: 10 })).toEqual([1])
    expect(blocksIn(index, { x: 0, y: 2050, width: 10, height: 10 })).toEqual([2])
    expect(blocksIn(index, { x: -100000, y: -100000, width: 300000, height: 300000 })).toEqual([0, 1, 2])
    expect(blocksIn(index, { x: 3100, y: 3100, width: 100, height: 100 })).toEqual([])
  })
})
