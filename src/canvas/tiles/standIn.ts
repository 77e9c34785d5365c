import type { Rect } from '../../domain/layout'
import type { Viewport } from '../viewport'

/**
 * The picture the board showed when a zoom started its tiles over at a new zoom, standing in for
 * the tiles not yet drawn there, as map viewers show the last zoom level's picture, scaled, while
 * the next one loads. Without it every tile in view was drawn in the frame the new zoom's nodes
 * arrived: 30-40 ms at 10,000 cards (a profile of the pinch bench), several times per pinch.
 *
 * It is one canvas the size of the board, kept off the page: a copy of the board canvas, with
 * the view it was copied at.
 */
export class StandIn {
  private readonly canvas = document.createElement('canvas')
  private at: Viewport | null = null
  /** The part of the copy that had tiles on it, in its device pixels. */
  private valid: Rect | null = null

  /** Gives the canvas its bitmap ahead of the first zoom; returns whether it had to. */
  warm(width: number, height: number): boolean {
    if (this.canvas.width === width && this.canvas.height === height) return false
    this.canvas.width = width
    this.canvas.height = height
    this.canvas.getContext('2d')!.clearRect(0, 0, 1, 1)
    return true
  }

  /**
   * Copies `pictures` (the board canvas, or the layers' canvases bottom first), which show the board
   * at `at`; `valid` is where they have a picture, in their device pixels.
   */
  capture(pictures: readonly HTMLCanvasElement[], at: Viewport, valid: Rect): void {
    const first = pictures[0]
    if (!first) return
    this.warm(first.width, first.height)
    const context = this.canvas.getContext('2d')!
    context.setTransform(1, 0, 0, 1, 0, 0)
    context.clearRect(0, 0, this.canvas.width, this.canvas.height)
    for (const picture of pictures) context.drawImage(picture, 0, 0)
    this.at = at
    this.valid = valid
  }

  active(): boolean {
    return this.at !== null
  }

  drop(): void {
    this.at = null
    this.valid = null
  }

  /** Where the copy's valid part shows on a board canvas at `vp`, in device pixels (`ratio` per CSS pixel). */
  placedOn(vp: Viewport, ratio: number): Rect | null {
    return this.at && this.valid ? placedAt(this.at, this.valid, vp, ratio) : null
  }

  /** Draws the copy's valid part, scaled and moved to `vp`, into a board canvas. */
  drawInto(context: CanvasRenderingContext2D, vp: Viewport, ratio: number): void {
    const to = this.placedOn(vp, ratio)
    const from = this.valid
    if (!to || !from) return
    context.drawImage(this.canvas, from.x, from.y, from.width, from.height, to.x, to.y, to.width, to.height)
  }

  /** Whether the copy, at `vp`, covers `box` (device pixels of a board canvas of `width` x `height`). */
  covers(box: Rect, vp: Viewport, ratio: number, width: number, height: number): boolean {
    const to = this.placedOn(vp, ratio)
    return !!to && coversOnCanvas(to, box, width, height)
  }

  dispose(): void {
    this.drop()
    this.canvas.width = 0
    this.canvas.height = 0
  }
}

/**
 * Where `valid`, a part of a board canvas showing the board at `at`, shows on one at `vp`: both in
 * device pixels, `ratio` of them per CSS pixel.
 */
export function placedAt(at: Viewport, valid: Rect, vp: Viewport, ratio: number): Rect {
  const s = vp.zoom / at.zoom
  return { x: (at.x - vp.x) * vp.zoom * ratio + valid.x * s, y: (at.y - vp.y) * vp.zoom * ratio + valid.y * s, width: valid.width * s, height: valid.height * s }
}

/** Whether `cover` covers the part of `box` on a canvas of `width` x `height` (a pixel of slack for rounding). */
export function coversOnCanvas(cover: Rect, box: Rect, width: number, height: number): boolean {
  const x0 = Math.max(0, box.x)
  const y0 = Math.max(0, box.y)
  const x1 = Math.min(width, box.x + box.width)
  const y1 = Math.min(height, box.y + box.height)
  return x0 >= cover.x - 1 && y0 >= cover.y - 1 && x1 <= cover.x + cover.width + 1 && y1 <= cover.y + cover.height + 1
}

/** The rect enclosing `boxes` (nulls skipped), clipped to a canvas of `width` x `height`; null when nothing of it is on the canvas. */
export function enclosing(boxes: readonly (Rect | null)[], width: number, height: number): Rect | null {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const b of boxes) {
    if (!b) continue
    x0 = Math.min(x0, b.x)
    y0 = Math.min(y0, b.y)
    x1 = Math.max(x1, b.x + b.width)
    y1 = Math.max(y1, b.y + b.height)
  }
  x0 = Math.max(0, x0)
  y0 = Math.max(0, y0)
  x1 = Math.min(width, x1)
  y1 = Math.min(height, y1)
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null
}
