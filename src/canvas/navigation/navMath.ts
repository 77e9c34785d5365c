import type { Point, Rect } from '../../domain/layout'
import type { Viewport } from '../viewport'

/** How the whole board maps onto the minimap's small canvas: uniform scale, centred. */
export interface MinimapFrame {
  /** Canvas pixels per board pixel. */
  readonly scale: number
  /** Canvas position of the board's `world.x`, `world.y`. */
  readonly offsetX: number
  readonly offsetY: number
  /** The canvas size that fits the world's shape within the maximum box. */
  readonly width: number
  readonly height: number
  readonly world: Rect
}

/** Margin around the content inside the minimap, as a share of the larger side. */
const WORLD_MARGIN = 0.04

export function minimapFrame(content: Rect, maxWidth: number, maxHeight: number): MinimapFrame {
  const pad = Math.max(content.width, content.height, 1) * WORLD_MARGIN
  const world = { x: content.x - pad, y: content.y - pad, width: Math.max(1, content.width + 2 * pad), height: Math.max(1, content.height + 2 * pad) }
  const scale = Math.min(maxWidth / world.width, maxHeight / world.height)
  // The canvas takes the world's shape (a wide map gives a flat minimap), never an empty box around it.
  const width = Math.max(1, Math.round(world.width * scale))
  const height = Math.max(1, Math.round(world.height * scale))
  return { scale, offsetX: (width - world.width * scale) / 2, offsetY: (height - world.height * scale) / 2, width, height, world }
}

export function boardToMinimap(frame: MinimapFrame, p: Point): Point {
  return { x: frame.offsetX + (p.x - frame.world.x) * frame.scale, y: frame.offsetY + (p.y - frame.world.y) * frame.scale }
}

export function minimapToBoard(frame: MinimapFrame, p: Point): Point {
  return { x: frame.world.x + (p.x - frame.offsetX) / frame.scale, y: frame.world.y + (p.y - frame.offsetY) / frame.scale }
}

/** The visible part of the board on the minimap, cut to the minimap's edges (it may lie partly outside). */
export function minimapViewRect(frame: MinimapFrame, visible: Rect): Rect | null {
  const a = boardToMinimap(frame, visible)
  const b = boardToMinimap(frame, { x: visible.x + visible.width, y: visible.y + visible.height })
  const x0 = Math.max(0, a.x)
  const y0 = Math.max(0, a.y)
  const x1 = Math.min(frame.width, b.x)
  const y1 = Math.min(frame.height, b.y)
  if (x1 <= x0 || y1 <= y0) return null
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/** The same zoom, moved so that `board` is in the middle of a screen of this size. */
export function centreOn(vp: Viewport, board: Point, width: number, height: number): Viewport {
  return { ...vp, x: board.x - width / 2 / vp.zoom, y: board.y - height / 2 / vp.zoom }
}

/**
 * What the scrollbars scroll over: the content with a margin, stretched to include what is on
 * screen, so a view panned past the content still has a thumb at the end of its track.
 */
export function scrollExtent(content: Rect, visible: Rect, marginBoard: number): Rect {
  const x0 = Math.min(content.x - marginBoard, visible.x)
  const y0 = Math.min(content.y - marginBoard, visible.y)
  const x1 = Math.max(content.x + content.width + marginBoard, visible.x + visible.width)
  const y1 = Math.max(content.y + content.height + marginBoard, visible.y + visible.height)
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

export interface Thumb {
  /** False when everything fits on screen: no bar is shown. */
  readonly needed: boolean
  /** From the start of the track, in screen pixels. */
  readonly offset: number
  readonly size: number
}

/** A thumb never gets smaller than this, so a huge map still has something to grab. */
export const MIN_THUMB = 28

/** One axis of a scrollbar: extent and view in board units, track in screen pixels. */
export function scrollThumb(extentStart: number, extentSize: number, viewStart: number, viewSize: number, track: number): Thumb {
  const needed = extentSize - viewSize > 0.5 && track > MIN_THUMB
  if (!needed) return { needed: false, offset: 0, size: track }
  const size = Math.max(MIN_THUMB, Math.min(track, (viewSize / extentSize) * track))
  const travel = track - size
  const offset = travel * clamp01((viewStart - extentStart) / (extentSize - viewSize))
  return { needed, offset, size }
}

/** Board units moved when a thumb is dragged by `deltaPx`; the inverse of `scrollThumb`'s mapping. */
export function thumbDragToBoard(deltaPx: number, extentSize: number, viewSize: number, track: number, thumbSize: number): number {
  const travel = track - thumbSize
  return travel > 0 ? (deltaPx * (extentSize - viewSize)) / travel : 0
}

/** Where a click on the empty track should put the view: the thumb centred on the click. */
export function trackClickToStart(clickPx: number, extentStart: number, extentSize: number, viewSize: number, track: number, thumbSize: number): number {
  const travel = track - thumbSize
  if (travel <= 0) return extentStart
  return extentStart + clamp01((clickPx - thumbSize / 2) / travel) * (extentSize - viewSize)
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0
}
