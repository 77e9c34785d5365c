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
  for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) tiles.push({ key: `${i},${j}`, i, j, d: (i - ci) ** 2 + (j - cj) ** 2 })
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
