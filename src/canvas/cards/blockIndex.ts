import type { Rect } from '../../domain/layout'

/** A card drawn as a block zoomed out: its rect, its fill, and the colour of its sentiment strip. */
export interface Block extends Rect {
  readonly fill: string
  readonly edge: string
}

/**
 * Blocks in drawing order, bucketed on a grid of board squares by their top-left corner, so a
 * canvas that shows a small part of the map (a pan tile) visits only the blocks near it. Zoomed
 * out, every block was tested against every tile drawn: at 10,000 cards the blocks' loop was the
 * biggest part of drawing the fitted map (a profile of the bench's pan at fit: 334 of 950 ms).
 */
export interface BlockIndex {
  readonly blocks: readonly Block[]
  readonly cell: number
  /** The widest and tallest block: a block whose corner is this far before an area can still reach into it. */
  readonly reach: { readonly width: number; readonly height: number }
  readonly buckets: ReadonlyMap<string, readonly number[]>
}

const key = (i: number, j: number) => `${i},${j}`

export function indexBlocks(blocks: readonly Block[], cell = 1024): BlockIndex {
  const buckets = new Map<string, number[]>()
  let width = 0
  let height = 0
  blocks.forEach((b, n) => {
    const k = key(Math.floor(b.x / cell), Math.floor(b.y / cell))
    const list = buckets.get(k)
    if (list) list.push(n)
    else buckets.set(k, [n])
    width = Math.max(width, b.width)
    height = Math.max(height, b.height)
  })
  return { blocks, cell, reach: { width, height }, buckets }
}

/** The blocks touching `area` (board units), as indices in drawing order. */
export function blocksIn(index: BlockIndex, area: Rect): number[] {
  const { cell, reach, buckets, blocks } = index
  const x1 = area.x + area.width
  const y1 = area.y + area.height
  const i0 = Math.floor((area.x - reach.width) / cell)
  const j0 = Math.floor((area.y - reach.height) / cell)
  const i1 = Math.floor(x1 / cell)
  const j1 = Math.floor(y1 / cell)
  const found: number[] = []
  // Few buckets hold anything on a map far bigger than the area; visiting the area's is cheaper
  // than scanning them all, and a huge area (a zoomed-out export) scans the buckets instead.
  if ((i1 - i0 + 1) * (j1 - j0 + 1) <= buckets.size) {
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) for (const n of buckets.get(key(i, j)) ?? []) found.push(n)
  } else for (const list of buckets.values()) for (const n of list) found.push(n)
  const inside = found.filter((n) => {
    const b = blocks[n] as Block
    return b.x <= x1 && b.y <= y1 && b.x + b.width >= area.x && b.y + b.height >= area.y
  })
  return inside.sort((a, b) => a - b)
}
