import type { JourneyDoc, StageId } from '../../domain'
import { gridLayout, LAYOUT } from '../../domain/layout'
import { fitViewport, type Viewport } from '../viewport'

/**
 * The view that shows one whole stage, headers to the last lane, centred on screen: what a
 * facilitator wants when the room moves on to the next part of the journey.
 */
export function stageViewport(doc: JourneyDoc, stageId: StageId, width: number, height: number): Viewport | null {
  const grid = gridLayout(doc)
  const band = grid.stages.find((b) => b.stageId === stageId)
  if (!band) return null
  // The stage beside the lane titles brings them along: rows without names are hard to read, and
  // the titles cost that one stage little room.
  const titles = { x: grid.laneTitleX, width: LAYOUT.laneTitleWidth }
  const beside = band.x === titles.x + titles.width || band.x + band.width === titles.x
  const x = beside ? Math.min(band.x, titles.x) : band.x
  const right = beside ? Math.max(band.x + band.width, titles.x + titles.width) : band.x + band.width
  return fitViewport({ x, y: 0, width: right - x, height: grid.height }, width, height)
}

/** Stage number `n` (1-based, chronological) of the map, as the Alt+digit keys count them. */
export function stageIdAt(doc: JourneyDoc, n: number): StageId | null {
  const stages = gridLayout(doc).stages
  return stages[n - 1]?.stageId ?? null
}
