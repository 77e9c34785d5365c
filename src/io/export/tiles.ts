import type { Rect } from '../../domain/layout'

/**
 * Browsers cap one canvas near 16,384 px a side and 268M pixels (and past it toDataURL quietly
 * returns "data:,"). Tiles stay far under both, so every tile's canvas is real.
 */
export const CANVAS_MAX_SIDE = 16_384
export const CANVAS_MAX_PIXELS = 268_435_456
/** Tile side in output pixels: a few tiles per second, and a band of them is a few tens of MB. */
export const TILE_PX = 2048
/** Output pixels held at once (one band of tiles, RGBA): bands get shorter as the image gets wider. */
export const BAND_BUDGET_BYTES = 96 * 1024 * 1024
/** PNG and the stitching code count in 32-bit sizes; this keeps far from that (and from memory limits). */
export const MAX_OUTPUT_PIXELS = 1_500_000_000

export interface Tile {
  readonly row: number
  readonly col: number
  /** The tile in board pixels (100% zoom). */
  readonly board: Rect
  /** The tile in output pixels: always whole numbers, left to right and top to bottom without gaps. */
  readonly px: Rect
}

export interface TilePlan {
  readonly width: number
  readonly height: number
  readonly scale: number
  /** Rows of tiles: each band is rendered, then its pixel rows are streamed into the PNG. */
  readonly bands: readonly (readonly Tile[])[]
}

/**
 * Splits an export rect (whole board pixels) at `scale` into tiles: integer board sizes so the
 * output pixel grid is exact, tiles at most `tilePx` a side, bands short enough for the budget.
 */
export function planTiles(area: Rect, scale: number, tilePx = TILE_PX, budget = BAND_BUDGET_BYTES): TilePlan {
  if (!(scale > 0) || !Number.isInteger(scale)) throw new Error(`scale ${scale} must be a whole number`)
  const bx = Math.floor(area.x)
  const by = Math.floor(area.y)
  const bw = Math.max(1, Math.ceil(area.x + area.width) - bx)
  const bh = Math.max(1, Math.ceil(area.y + area.height) - by)
  const width = bw * scale
  const height = bh * scale
  if (width * height > MAX_OUTPUT_PIXELS) throw new Error(`an image of ${width}×${height} px is too large`)
  const side = Math.max(1, Math.floor(Math.min(tilePx, CANVAS_MAX_SIDE) / scale))
  // A band is one tile tall; at 40,000 px wide it shrinks so its pixels stay within the budget.
  const budgetRows = Math.floor(budget / (width * 4) / scale)
  const tall = Math.max(1, Math.min(side, budgetRows))
  const bands: Tile[][] = []
  for (let y = 0, row = 0; y < bh; y += tall, row++) {
    const h = Math.min(tall, bh - y)
    const band: Tile[] = []
    for (let x = 0, col = 0; x < bw; x += side, col++) {
      const w = Math.min(side, bw - x)
      band.push({ row, col, board: { x: bx + x, y: by + y, width: w, height: h }, px: { x: x * scale, y: y * scale, width: w * scale, height: h * scale } })
    }
    bands.push(band)
  }
  return { width, height, scale, bands }
}
