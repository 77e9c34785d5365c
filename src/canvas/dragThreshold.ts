import type { Point } from '../domain/layout'

/** Screen pixels the pointer must travel before a press becomes a drag, so clicks stay clicks. */
export const DRAG_THRESHOLD = 4

/** Whether the pointer, in screen pixels, has gone far enough from the press to be a drag. */
export function pastDragThreshold(start: Point, p: Point): boolean {
  return Math.hypot(p.x - start.x, p.y - start.y) >= DRAG_THRESHOLD
}
