import type { Rect } from '../../domain/layout'
import type { Viewport } from '../viewport'

/**
 * Side of a pan tile in CSS pixels. Tiles sit on one grid of screen pixels over the whole board at
 * a zoom (tile i covers board x from i * TILE_PX / zoom), so a tile drawn once is right wherever
 * the view goes at that zoom, and neighbouring tiles meet without a seam.
 */
export const TILE_PX = 512

export interface TileRef {
  readonly key: string
  readonly i: number
  readonly j: number
}

/** Tile (i, j), keyed as the tiles are kept. */
export const tileAt = (i: number, j: number): TileRef => ({ key: `${i},${j}`, i, j })

/** The tiles touching a board rect at `zoom`, nearest the rect's centre first (the order they are drawn in). */
export function tilesTouching(rect: Rect, zoom: number): TileRef[] {
  const size = TILE_PX / zoom
  const i0 = Math.floor(rect.x / size)
  const j0 = Math.floor(rect.y / size)
  const i1 = Math.ceil((rect.x + rect.width) / size) - 1
  const j1 = Math.ceil((rect.y + rect.height) / size) - 1
  const ci = (rect.x + rect.width / 2) / size - 0.5
  const cj = (rect.y + rect.height / 2) / size - 0.5
  const tiles: (TileRef & { d: number })[] = []
  for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) tiles.push({ ...tileAt(i, j), d: (i - ci) ** 2 + (j - cj) ** 2 })
  return tiles.sort((a, b) => a.d - b.d).map(({ key, i, j }) => ({ key, i, j }))
}

/** A tile's board rect at `zoom`. */
export function tileRect(tile: Pick<TileRef, 'i' | 'j'>, zoom: number): Rect {
  const size = TILE_PX / zoom
  return { x: tile.i * size, y: tile.j * size, width: size, height: size }
}

/** The board rect on screen at `vp`, grown by `marginPx` screen pixels on every side. */
export function screenArea(vp: Viewport, width: number, height: number, marginPx = 0): Rect {
  const m = marginPx / vp.zoom
  return { x: vp.x - m, y: vp.y - m, width: width / vp.zoom + 2 * m, height: height / vp.zoom + 2 * m }
}

/** Whether `inner` lies wholly inside `outer` (a hair of floating-point slack allowed). */
export function contains(outer: Rect, inner: Rect): boolean {
  const e = 1e-6 * Math.max(1, Math.abs(inner.x), Math.abs(inner.y))
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e
}

/** A rectangle of whole tiles: `columns` x `rows` from tile (i, j). */
export interface TileBlock {
  readonly i: number
  readonly j: number
  readonly columns: number
  readonly rows: number
}

/**
 * Covers `refs` with rectangles of whole tiles that hold no other tile: runs along each row, merged
 * with the same run on the row below. A pinch out uncovers a ring of tiles round the view; drawn
 * as one bounding box, every node in the view would be drawn again to fill its rim.
 */
export function tileBlocks(refs: readonly Pick<TileRef, 'i' | 'j'>[]): TileBlock[] {
  const rows = new Map<number, number[]>()
  for (const r of refs) (rows.get(r.j) ?? rows.set(r.j, []).get(r.j)!).push(r.i)
  const done: TileBlock[] = []
  /** Blocks reaching the row above, by their run's first and last column. */
  let open = new Map<string, TileBlock>()
  let previous: number | null = null
  for (const j of [...rows.keys()].sort((a, b) => a - b)) {
    if (previous !== j - 1) {
      done.push(...open.values())
      open = new Map()
    }
    const next = new Map<string, TileBlock>()
    const columns = [...new Set(rows.get(j))].sort((a, b) => a - b)
    for (let k = 0; k < columns.length; ) {
      let end = k
      while (end + 1 < columns.length && columns[end + 1] === columns[end]! + 1) end++
      const key = `${columns[k]},${columns[end]}`
      const above = open.get(key)
      open.delete(key)
      next.set(key, above ? { ...above, rows: above.rows + 1 } : { i: columns[k]!, j, columns: end - k + 1, rows: 1 })
      k = end + 1
    }
    done.push(...open.values())
    open = next
    previous = j
  }
  return [...done, ...open.values()]
}

/**
 * `block` cut into blocks of at most `columns` x `rows` tiles: the scratch canvas a block is drawn
 * through keeps one size, allocated ahead, instead of growing (a new bitmap of 30 MB cost a pinch
 * frame ~20 ms at 10,000 cards, profile).
 */
export function splitBlock(block: TileBlock, columns: number, rows: number): TileBlock[] {
  const parts: TileBlock[] = []
  for (let j = block.j; j < block.j + block.rows; j += rows) {
    for (let i = block.i; i < block.i + block.columns; i += columns) {
      parts.push({ i, j, columns: Math.min(columns, block.i + block.columns - i), rows: Math.min(rows, block.j + block.rows - j) })
    }
  }
  return parts
}
