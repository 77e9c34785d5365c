import type { JourneyDoc } from '../../domain'
import type { Rect } from '../../domain/layout'
import { sameTarget } from './gridUi'
import type { HeaderTarget } from '../../domain/layoutGrid'
import type { Viewport } from '../viewport'

/** The headers in reading order, as Tab walks them: each stage followed by its steps, then the lanes top down. */
export function headerOrder(doc: JourneyDoc): HeaderTarget[] {
  const order: HeaderTarget[] = []
  for (const stageId of doc.map.stageIds) {
    const stage = doc.stages[stageId]
    if (!stage) continue
    order.push({ kind: 'stage', id: stageId })
    for (const stepId of stage.stepIds) if (doc.steps[stepId]) order.push({ kind: 'step', id: stepId })
  }
  for (const laneId of doc.map.laneIds) if (doc.lanes[laneId]) order.push({ kind: 'lane', id: laneId })
  return order
}

/**
 * The header Tab (or Shift+Tab) goes to from `current`, or null when it leaves the grid: past the
 * last header Tab goes on to the controls after the board, as a person expects of Tab.
 */
export function nextHeader(order: readonly HeaderTarget[], current: HeaderTarget | null, backwards: boolean): HeaderTarget | null {
  if (order.length === 0) return null
  const index = current ? order.findIndex((t) => sameTarget(t, current)) : -1
  if (index < 0) return backwards ? null : (order[0] ?? null)
  return order[index + (backwards ? -1 : 1)] ?? null
}

const MARGIN_PX = 24

/** The smallest pan that brings `rect` on screen (with a margin), or null when it already is. */
export function panToShow(vp: Viewport, rect: Rect, width: number, height: number): Viewport | null {
  const margin = MARGIN_PX / vp.zoom
  const seenW = width / vp.zoom
  const seenH = height / vp.zoom
  const shift = (start: number, size: number, seen: number, view: number) => {
    if (start - margin < view) return start - margin - view
    // Wider than the screen: show its start, where the title is.
    if (start + size + margin > view + seen) return Math.min(start + size + margin - (view + seen), start - margin - view)
    return 0
  }
  const dx = shift(rect.x, rect.width, seenW, vp.x)
  const dy = shift(rect.y, rect.height, seenH, vp.y)
  return dx === 0 && dy === 0 ? null : { ...vp, x: vp.x + dx, y: vp.y + dy }
}
