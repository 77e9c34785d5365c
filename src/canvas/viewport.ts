import type { Point, Rect } from '../domain/layout'
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from '../store/sessionSlice'
import { TILE_PX } from './tiles/tileGrid'

export type { Viewport }

/** Each key press or menu zoom step multiplies the zoom by this. */
export const ZOOM_STEP = 1.25
/** Zoom to fit never enlarges a small map past this: it would look broken, not helpful. */
const MAX_FIT_ZOOM = 1.5
const FIT_MARGIN = 48

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

export function screenToBoard(vp: Viewport, screen: Point): Point {
  return { x: vp.x + screen.x / vp.zoom, y: vp.y + screen.y / vp.zoom }
}

export function boardToScreen(vp: Viewport, board: Point): Point {
  return { x: (board.x - vp.x) * vp.zoom, y: (board.y - vp.y) * vp.zoom }
}

/** A new zoom that keeps the board point under `screen` where it is, so zooming follows the pointer. */
export function zoomAround(vp: Viewport, screen: Point, zoom: number): Viewport {
  const next = clampZoom(zoom)
  const anchor = screenToBoard(vp, screen)
  return { zoom: next, x: anchor.x - screen.x / next, y: anchor.y - screen.y / next }
}

export function panBy(vp: Viewport, dxScreen: number, dyScreen: number): Viewport {
  return { ...vp, x: vp.x + dxScreen / vp.zoom, y: vp.y + dyScreen / vp.zoom }
}

/**
 * The viewport that shows all of `bounds` centred in a screen of the given size, or in `area` of
 * it (screen px from the board's corner) when controls float over the rest.
 */
export function fitViewport(bounds: Rect, width: number, height: number, area: Rect = { x: 0, y: 0, width, height }): Viewport {
  const w = Math.max(1, bounds.width)
  const h = Math.max(1, bounds.height)
  const margin = Math.min(FIT_MARGIN, area.width / 8, area.height / 8)
  const zoom = clampZoom(Math.min((area.width - 2 * margin) / w, (area.height - 2 * margin) / h, MAX_FIT_ZOOM))
  const cx = area.x + area.width / 2
  const cy = area.y + area.height / 2
  return { zoom, x: bounds.x + w / 2 - cx / zoom, y: bounds.y + h / 2 - cy / zoom }
}

/** The part of the board on screen. */
export function visibleRect(vp: Viewport, width: number, height: number): Rect {
  return { x: vp.x, y: vp.y, width: width / vp.zoom, height: height / vp.zoom }
}

/** Where the board's stage stands to show `vp`: its scale, and its position in screen px. */
export function stagePlacement(vp: Viewport): { scale: number; x: number; y: number } {
  return { scale: vp.zoom, x: -vp.x * vp.zoom, y: -vp.y * vp.zoom }
}

/** Screen px mounted past each edge; the pan tiles (tiles/panTiles.ts) ahead of the view reach this far. */
export const CULL_MARGIN_PX = 320

/**
 * The board area whose cards are mounted: the screen plus a margin, snapped outwards to the pan
 * tiles' grid (TILE_PX screen pixels at this zoom), so that panning a few pixels leaves the set of
 * mounted cards (and React) alone, and every tile near the view is wholly built or not at all.
 */
export function cullRect(vp: Viewport, width: number, height: number, marginPx = CULL_MARGIN_PX): Rect {
  const margin = marginPx / vp.zoom
  const tile = TILE_PX / vp.zoom
  const x0 = Math.floor((vp.x - margin) / tile) * tile
  const y0 = Math.floor((vp.y - margin) / tile) * tile
  const x1 = Math.ceil((vp.x + width / vp.zoom + margin) / tile) * tile
  const y1 = Math.ceil((vp.y + height / vp.zoom + margin) / tile) * tile
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/** Below this zoom card text is too small to read, so cards are drawn as plain coloured blocks. */
export const DETAIL_ZOOM = 0.4

/** Normalises a wheel event's deltas to screen pixels. */
export function wheelPixels(e: Pick<WheelEvent, 'deltaX' | 'deltaY' | 'deltaMode' | 'shiftKey'>, pageHeight: number): Point {
  const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? pageHeight : 1
  let dx = e.deltaX * unit
  let dy = e.deltaY * unit
  // A mouse wheel with Shift scrolls sideways on every other canvas app people know.
  if (e.shiftKey && dx === 0) [dx, dy] = [dy, 0]
  return { x: dx, y: dy }
}

/** Zoom factor for a Ctrl/Cmd+wheel or a trackpad pinch (which Chromium reports as Ctrl+wheel). */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(-Math.max(-25, Math.min(25, deltaY)) * 0.01)
}
