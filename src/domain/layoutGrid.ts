import type { LaneId, StageId, StepId } from './ids'
import { containsPoint } from './cardHits'
import { LAYOUT, type GridLayout, type Point, type Rect } from './layout'

/**
 * Which part of the grid's frame is under a point: the headers people rename, drag and resize.
 * Everything is in board pixels; `edge` is how close (in board pixels) the pointer must be to a
 * resize edge, so the caller can keep the grab zone the same size on screen at any zoom.
 */
export type HeaderHit =
  | { readonly kind: 'stage'; readonly stageId: StageId; readonly rect: Rect }
  | { readonly kind: 'step'; readonly stepId: StepId; readonly stageId: StageId; readonly rect: Rect }
  | { readonly kind: 'stepEdge'; readonly stepId: StepId; readonly rect: Rect }
  | { readonly kind: 'lane'; readonly laneId: LaneId; readonly rect: Rect }
  | { readonly kind: 'laneEdge'; readonly laneId: LaneId; readonly rect: Rect }
  | { readonly kind: 'laneToggle'; readonly laneId: LaneId; readonly rect: Rect }

/** The collapse chevron sits at the start of a lane title, where a reader's eye begins. */
export const LANE_CHEVRON = { size: 20, inset: 8, top: 13 } as const

/** Extra start inset for lane title text (on top of the label's own), so it clears the chevron. */
export const LANE_TITLE_TEXT_INSET = LANE_CHEVRON.inset + LANE_CHEVRON.size - 4

export function laneChevronRect(grid: GridLayout, row: { y: number; height: number; collapsed: boolean }): Rect {
  const { size, inset, top } = LANE_CHEVRON
  const x = grid.direction === 'rtl' ? grid.laneTitleX + LAYOUT.laneTitleWidth - inset - size : grid.laneTitleX + inset
  const y = row.collapsed ? row.y + (row.height - size) / 2 : row.y + top
  return { x, y, width: size, height: size }
}

export function hitHeader(grid: GridLayout, p: Point, edge = 5): HeaderHit | null {
  const { stageHeaderHeight, laneTitleWidth } = LAYOUT
  if (p.x < 0 || p.x > grid.width || p.y < 0 || p.y > grid.height + edge) return null
  const rtl = grid.direction === 'rtl'

  if (p.y < grid.bodyTop) {
    if (p.y >= stageHeaderHeight) {
      for (const column of grid.columns) {
        // The trailing edge in reading order: right in a left-to-right map, left in a right-to-left one.
        const edgeX = rtl ? column.x : column.x + column.width
        if (Math.abs(p.x - edgeX) <= edge) return { kind: 'stepEdge', stepId: column.stepId, rect: stepHeaderRect(grid, column) }
      }
      const column = grid.columnsByX.find((c) => p.x >= c.x && p.x < c.x + c.width)
      if (column) return { kind: 'step', stepId: column.stepId, stageId: column.stageId, rect: stepHeaderRect(grid, column) }
      return null
    }
    const band = grid.stages.find((b) => p.x >= b.x && p.x < b.x + b.width)
    return band ? { kind: 'stage', stageId: band.stageId, rect: band } : null
  }

  if (p.x < grid.laneTitleX || p.x >= grid.laneTitleX + laneTitleWidth) return null
  for (const row of grid.rows) {
    const bottom = row.y + row.height
    if (!row.collapsed && Math.abs(p.y - bottom) <= edge) return { kind: 'laneEdge', laneId: row.laneId, rect: laneTitleRect(grid, row) }
    if (p.y >= row.y && p.y < bottom) {
      const chevron = laneChevronRect(grid, row)
      if (containsPoint(grow(chevron, 4), p)) return { kind: 'laneToggle', laneId: row.laneId, rect: chevron }
      return { kind: 'lane', laneId: row.laneId, rect: laneTitleRect(grid, row) }
    }
  }
  return null
}

export function stepHeaderRect(grid: GridLayout, column: { x: number; width: number }): Rect {
  return { x: column.x, y: LAYOUT.stageHeaderHeight, width: column.width, height: LAYOUT.stepHeaderHeight }
}

export function laneTitleRect(grid: GridLayout, row: { y: number; height: number }): Rect {
  return { x: grid.laneTitleX, y: row.y, width: LAYOUT.laneTitleWidth, height: row.height }
}

/** The header rect of a stage, step or lane, for placing an editor or toolbar over it. */
export function headerRect(grid: GridLayout, target: HeaderTarget): Rect | null {
  if (target.kind === 'stage') return grid.stages.find((b) => b.stageId === target.id) ?? null
  if (target.kind === 'step') {
    const column = grid.columnByStep.get(target.id)
    return column ? stepHeaderRect(grid, column) : null
  }
  const row = grid.rowByLane.get(target.id)
  return row ? laneTitleRect(grid, row) : null
}

export type HeaderTarget =
  | { readonly kind: 'stage'; readonly id: StageId }
  | { readonly kind: 'step'; readonly id: StepId }
  | { readonly kind: 'lane'; readonly id: LaneId }

/** A drop position for a dragged header: where the gap is, and the line that shows it. */
export interface Insertion {
  /** Gap before the item at this index (0..n) in the list the item came from, counting the item itself. */
  readonly gap: number
  /** The marker: a vertical line at `at` for stages and steps, a horizontal one for lanes. */
  readonly at: number
}

/** Where a stage would go if dropped at board x: halfway across a stage is the turning point. */
export function stageInsertion(grid: GridLayout, x: number): Insertion | null {
  const bands = grid.stages
  if (bands.length === 0) return null
  const rtl = grid.direction === 'rtl'
  let gap = 0
  for (const band of bands) {
    const mid = band.x + band.width / 2
    if (rtl ? x < mid : x > mid) gap++
    else break
  }
  return { gap, at: boundaryX(bands, gap, rtl) }
}

/** The stage and index within it where a step would go if dropped at board x. */
export interface StepInsertion extends Insertion {
  readonly stageId: StageId
  /** Index among that stage's steps, counting the dragged step if it is already there. */
  readonly index: number
}

export function stepInsertion(grid: GridLayout, x: number): StepInsertion | null {
  const rtl = grid.direction === 'rtl'
  const band = nearestBand(grid, x)
  if (!band) return null
  const columns = grid.columns.filter((c) => c.stageId === band.stageId)
  // An empty stage still takes a drop: its only gap is its middle.
  if (columns.length === 0) return { stageId: band.stageId, index: 0, gap: 0, at: band.x + band.width / 2 }
  let index = 0
  for (const column of columns) {
    const mid = column.x + column.width / 2
    if (rtl ? x < mid : x > mid) index++
    else break
  }
  const first = columns[0]
  const gap = (first?.index ?? 0) + index
  return { stageId: band.stageId, index, gap, at: boundaryX(columns, index, rtl) }
}

export function laneInsertion(grid: GridLayout, y: number): Insertion | null {
  const rows = grid.rows
  if (rows.length === 0) return null
  let gap = 0
  for (const row of rows) {
    if (y > row.y + row.height / 2) gap++
    else break
  }
  const last = rows[rows.length - 1]
  const at = gap < rows.length ? (rows[gap]?.y ?? 0) : last ? last.y + last.height : grid.bodyTop
  return { gap, at }
}

/**
 * Commands take the index an item ends up at after it left its old place; a gap counts the item
 * itself, so a gap after the item's own position is one less.
 */
export function gapToIndex(from: number, gap: number): number {
  return from >= 0 && gap > from ? gap - 1 : gap
}

function nearestBand(grid: GridLayout, x: number) {
  let best: (typeof grid.stages)[number] | null = null
  let distance = Infinity
  for (const band of grid.stages) {
    const d = x < band.x ? band.x - x : x >= band.x + band.width ? x - (band.x + band.width) : 0
    if (d < distance) {
      best = band
      distance = d
    }
  }
  return best
}

/** The x of the boundary before item `gap` in chronological order (after the last for gap = n). */
function boundaryX(items: readonly { x: number; width: number }[], gap: number, rtl: boolean): number {
  const item = items[Math.min(gap, items.length - 1)]
  if (!item) return 0
  const before = gap < items.length
  if (rtl) return before ? item.x + item.width : item.x
  return before ? item.x : item.x + item.width
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by }
}
