import type { CardId, LaneId, StageId, StepId } from './ids'
import type { Card, Direction, JourneyDoc, JourneyMap, Lane, RecordMap, Stage, Step } from './types'
import { MIN_STEP_WIDTH } from './types'
import { cardHeightGeneration, cardHeightRule, cardTextMode, type CardHeightRule } from './cardFit'
import { cardsByLane, freeCards, stackKey, stackLaneOnce, type LaneEntry, type LaneStack } from './cardStack'

/**
 * Where everything sits on the board, in board pixels at 100% zoom, computed from the document
 * alone so the canvas, exports and end-to-end tests agree on every coordinate. The grid's top-left
 * corner is the board's origin.
 *
 * Cards in a cell stack from the top in rank order. A compact map draws every card at a fixed
 * height and shows as many as the lane's own height holds: the rest are hidden behind a "+N"
 * overflow marker, so one busy cell cannot push the whole lane out of proportion. A map that fits
 * cards to their text promises that nothing is hidden, so there each card grows to its whole text,
 * every card of a cell is drawn, and a lane grows to hold its tallest stack. A folded lane hides
 * its cards either way (it still counts them), as folding is the person's own choice.
 */
export const LAYOUT = {
  stageHeaderHeight: 48,
  stepHeaderHeight: 40,
  laneTitleWidth: 200,
  collapsedLaneHeight: 40,
  /** Width a stage without steps still takes, so it can be seen and given steps. */
  emptyStageWidth: MIN_STEP_WIDTH,
  cellPadding: 10,
  cardGap: 8,
  /** Two lines of 15px text at line height 1.4, plus the card's own padding. */
  cardHeight: 64,
  overflowMarkerWidth: 44,
  overflowMarkerHeight: 24,
} as const

export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface Point {
  readonly x: number
  readonly y: number
}

export interface StageBand extends Rect {
  readonly stageId: StageId
  /** The stage's title as typed ('' when it has none): zoomed out, the stage strip sizes itself to every name. */
  readonly title: string
}

export interface Column {
  readonly stepId: StepId
  readonly stageId: StageId
  /** Chronological position among all steps of the map. */
  readonly index: number
  readonly x: number
  readonly width: number
}

export interface Row {
  readonly laneId: LaneId
  readonly index: number
  readonly y: number
  readonly height: number
  readonly collapsed: boolean
}

export interface GridLayout {
  readonly direction: Direction
  /** Whole grid including headers and the lane title column. */
  readonly width: number
  readonly height: number
  /** Top of the first lane (below both header rows). */
  readonly bodyTop: number
  /** Left edge of the lane title column: 0 in a left-to-right map, the right end in a right-to-left one. */
  readonly laneTitleX: number
  readonly stages: readonly StageBand[]
  /** In chronological order (not screen order: a right-to-left map runs them leftwards). */
  readonly columns: readonly Column[]
  readonly rows: readonly Row[]
  readonly columnByStep: ReadonlyMap<StepId, Column>
  readonly rowByLane: ReadonlyMap<LaneId, Row>
  /** Columns ordered by x, for hit testing. */
  readonly columnsByX: readonly Column[]
}

export interface CellRef {
  readonly laneId: LaneId
  readonly stepId: StepId
}

export interface Overflow extends CellRef {
  /** Where the "+N" marker is drawn: the bottom end corner of the cell. */
  readonly rect: Rect
  readonly count: number
}

export interface CardLayout {
  readonly grid: GridLayout
  /** Rects of the cards that are drawn; cards hidden by overflow or placed in a missing lane or step have none. */
  readonly rects: ReadonlyMap<CardId, Rect>
  /** Drawing order, back to front: grid cards lane by lane, then free cards. */
  readonly order: readonly CardId[]
  /** Where each lane's cards are in `order` (`from` up to `to`); the free cards come after the last. */
  readonly laneOrder: ReadonlyMap<LaneId, { readonly from: number; readonly to: number }>
  readonly overflow: readonly Overflow[]
  /** Everything drawn: the grid plus free cards that lie outside it. */
  readonly bounds: Rect
}

interface GridCacheEntry {
  readonly stages: RecordMap<StageId, Stage>
  readonly steps: RecordMap<StepId, Step>
  readonly lanes: RecordMap<LaneId, Lane>
  /** The cards the rows were grown for; null when cards do not move the grid (a compact map). */
  cards: RecordMap<CardId, Card> | null
  readonly generation: number
  readonly layout: GridLayout
}

// Records are immutable and commands keep the identity of what they did not touch, so identity
// is a complete cache key: a card edit reuses the grid, an undo finds the earlier layouts again.
const gridCache = new WeakMap<JourneyMap, GridCacheEntry>()
const cardCache = new WeakMap<RecordMap<CardId, Card>, CardLayout>()

function own<V>(records: Readonly<Record<string, V>>, id: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined
}

/** What the grid depends on; cards move it only when they grow to fit their text. */
export type GridSource = Pick<JourneyDoc, 'map' | 'stages' | 'steps' | 'lanes' | 'cards'>

/** The rule that grows cards, or null when every card has the standard height. */
function growthRule(map: JourneyMap): CardHeightRule | null {
  return cardTextMode(map) === 'fit' ? cardHeightRule() : null
}

/** How many cards a cell of this lane draws: all of them on a map fitted to text, even before the fonts that measure cards are ready. */
function stackSlots(map: JourneyMap, lane: Pick<Lane, 'collapsed' | 'height'>): number {
  if (lane.collapsed) return 0
  return cardTextMode(map) === 'fit' ? Number.POSITIVE_INFINITY : laneSlots(lane)
}

export function gridLayout(doc: GridSource): GridLayout {
  const cached = gridCache.get(doc.map)
  const generation = cardHeightGeneration()
  const cards = cardTextMode(doc.map) === 'fit' ? doc.cards : null
  const sameFrame = cached && cached.stages === doc.stages && cached.steps === doc.steps && cached.lanes === doc.lanes && cached.generation === generation
  if (sameFrame && cached.cards === cards) return cached.layout
  const layout = computeGrid(doc)
  // A card edit that leaves every lane as tall as before keeps the grid object, so nothing that draws the grid redraws.
  if (sameFrame && sameRows(cached.layout, layout)) {
    cached.cards = cards
    return cached.layout
  }
  gridCache.set(doc.map, { stages: doc.stages, steps: doc.steps, lanes: doc.lanes, cards, generation, layout })
  return layout
}

function sameRows(a: GridLayout, b: GridLayout): boolean {
  return a.rows.length === b.rows.length && a.rows.every((r, i) => r.height === b.rows[i]?.height)
}

/** How many cards a compact lane of its own height shows. */
function laneSlots(lane: Pick<Lane, 'collapsed' | 'height'>): number {
  return slotsInRow({ laneId: '' as LaneId, index: 0, y: 0, height: lane.height, collapsed: lane.collapsed })
}

/** A stacked card's height: the standard one, or taller to show its whole text at the cell's width. */
function cardHeightFor(rule: CardHeightRule | null, entry: LaneEntry, cellWidth: number): number {
  const { cardHeight, cellPadding } = LAYOUT
  return rule ? Math.max(cardHeight, Math.ceil(rule(entry.card, Math.max(0, cellWidth - 2 * cellPadding)))) : cardHeight
}

function computeGrid(doc: GridSource): GridLayout {
  const { stageHeaderHeight, stepHeaderHeight, laneTitleWidth, collapsedLaneHeight, emptyStageWidth } = LAYOUT
  const bodyTop = stageHeaderHeight + stepHeaderHeight
  const stages: StageBand[] = []
  const columns: Column[] = []
  // Laid out left to right first; a right-to-left map is mirrored at the end.
  let x = laneTitleWidth
  for (const stageId of doc.map.stageIds) {
    const stage = own(doc.stages, stageId)
    if (!stage) continue
    const start = x
    for (const stepId of stage.stepIds) {
      const step = own(doc.steps, stepId)
      if (!step) continue
      columns.push({ stepId, stageId, index: columns.length, x, width: step.width })
      x += step.width
    }
    if (x === start) x += emptyStageWidth
    stages.push({ stageId, title: stage.title, x: start, y: 0, width: x - start, height: stageHeaderHeight })
  }
  const width = x
  const rule = growthRule(doc.map)
  const byLane = cardTextMode(doc.map) === 'fit' ? cardsByLane(doc.cards, columnIndexOf(columns), columns.length) : null
  const spanWidth = (e: LaneEntry) => (columns[e.last]?.x ?? 0) + (columns[e.last]?.width ?? 0) - (columns[e.first]?.x ?? 0)
  const rows: Row[] = []
  let y = bodyTop
  for (const laneId of doc.map.laneIds) {
    const lane = own(doc.lanes, laneId)
    if (!lane) continue
    let height = lane.collapsed ? collapsedLaneHeight : lane.height
    const entries = !lane.collapsed && byLane?.get(laneId)
    if (entries) {
      const fits = stackSlots(doc.map, lane)
      const stack = stackLaneOnce(lane, stackKey(columns, fits, rule ? cardHeightGeneration() : -1), entries, columns.length, fits, LAYOUT.cardGap, (e) => cardHeightFor(rule, e, spanWidth(e)))
      height = Math.max(height, Math.ceil(stack.contentHeight + 2 * LAYOUT.cellPadding))
    }
    rows.push({ laneId, index: rows.length, y, height, collapsed: lane.collapsed })
    y += height
  }
  const rtl = doc.map.direction === 'rtl'
  const mirror = <T extends { x: number; width: number }>(r: T): T => (rtl ? { ...r, x: width - r.x - r.width } : r)
  const finalColumns = columns.map(mirror)
  const finalStages = stages.map(mirror)
  return {
    direction: doc.map.direction,
    width,
    height: y,
    bodyTop,
    laneTitleX: rtl ? width - laneTitleWidth : 0,
    stages: finalStages,
    columns: finalColumns,
    rows,
    columnByStep: new Map(finalColumns.map((c) => [c.stepId, c])),
    rowByLane: new Map(rows.map((r) => [r.laneId, r])),
    columnsByX: rtl ? [...finalColumns].reverse() : finalColumns,
  }
}

/** The rect covered by `span` steps from `stepId` on, within one lane; the span is cut at the last step. */
export function cellRect(grid: GridLayout, laneId: LaneId, stepId: StepId, span = 1): Rect | null {
  const row = grid.rowByLane.get(laneId)
  const first = grid.columnByStep.get(stepId)
  if (!row || !first) return null
  const last = grid.columns[Math.min(grid.columns.length, first.index + Math.max(1, Math.floor(span))) - 1] ?? first
  const left = Math.min(first.x, last.x)
  const right = Math.max(first.x + first.width, last.x + last.width)
  return { x: left, y: row.y, width: right - left, height: row.height }
}

/** How many cards fit on top of each other in a lane of this height. */
export function slotsInRow(row: Row): number {
  if (row.collapsed) return 0
  const { cellPadding, cardGap, cardHeight } = LAYOUT
  return Math.max(0, Math.floor((row.height - 2 * cellPadding + cardGap) / (cardHeight + cardGap)))
}

/** The rect of the card in stack position `slot` of a cell (span included). */
export function slotRect(cell: Rect, slot: number): Rect {
  const { cellPadding, cardGap, cardHeight } = LAYOUT
  return {
    x: cell.x + cellPadding,
    y: cell.y + cellPadding + slot * (cardHeight + cardGap),
    width: Math.max(0, cell.width - 2 * cellPadding),
    height: cardHeight,
  }
}

/** The lane and step under a board point, or null outside the grid's cells (headers included). */
export function hitCell(grid: GridLayout, point: Point): CellRef | null {
  const row = findSpan(grid.rows, point.y, (r) => r.y, (r) => r.height)
  const column = findSpan(grid.columnsByX, point.x, (c) => c.x, (c) => c.width)
  return row && column ? { laneId: row.laneId, stepId: column.stepId } : null
}

function findSpan<T>(items: readonly T[], at: number, start: (t: T) => number, size: (t: T) => number): T | null {
  let lo = 0
  let hi = items.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const item = items[mid] as T
    if (at < start(item)) hi = mid - 1
    else if (at >= start(item) + size(item)) lo = mid + 1
    else return item
  }
  return null
}

/** Rects of every card, computed once per `doc.cards` (and grid) identity. */
export function cardLayout(doc: JourneyDoc): CardLayout {
  const grid = gridLayout(doc)
  const cached = cardCache.get(doc.cards)
  if (cached && cached.grid === grid) return cached
  const layout = computeCards(doc, grid)
  cardCache.set(doc.cards, layout)
  return layout
}

/** Shorthand for `cardLayout(doc).rects`. */
export function cardRects(doc: JourneyDoc): ReadonlyMap<CardId, Rect> {
  return cardLayout(doc).rects
}

function computeCards(doc: JourneyDoc, grid: GridLayout): CardLayout {
  const columnIndex = columnIndexOf(grid.columns)
  const byLane = cardsByLane(doc.cards, columnIndex, grid.columns.length)
  const rule = growthRule(doc.map)

  const rects = new Map<CardId, Rect>()
  const order: CardId[] = []
  const laneOrder = new Map<LaneId, { from: number; to: number }>()
  const overflow: Overflow[] = []
  for (const row of grid.rows) {
    const list = byLane.get(row.laneId)
    const lane = own(doc.lanes, row.laneId)
    if (!list || !lane) continue
    const fits = row.collapsed ? 0 : stackSlots(doc.map, lane)
    const stack = stackLaneOnce(lane, stackKey(grid.columns, fits, rule ? cardHeightGeneration() : -1), list, grid.columns.length, fits, LAYOUT.cardGap, (e) => cardHeightFor(rule, e, cellOf(grid, row, e)?.width ?? 0))
    const placed = laneRects(grid, row, stack)
    laneOrder.set(row.laneId, { from: order.length, to: order.length + placed.ids.length })
    for (let k = 0; k < placed.ids.length; k++) {
      rects.set(placed.ids[k]!, placed.rects[k]!)
      order.push(placed.ids[k]!)
    }
    for (const marker of placed.overflow) overflow.push(marker)
  }

  let minX = 0
  let minY = 0
  let maxX = grid.width
  let maxY = grid.height
  for (const card of freeCards(doc.cards, columnIndex, grid.columns.length)) {
    if (card.place.kind !== 'free') continue
    const { x, y, width, height } = card.place
    rects.set(card.id, { x, y, width, height })
    order.push(card.id)
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + width)
    maxY = Math.max(maxY, y + height)
  }
  return { grid, rects, order, laneOrder, overflow, bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY } }
}

/** The cell an entry's card is stacked in: the columns it covers in `row`. */
function cellOf(grid: GridLayout, row: Row, e: LaneEntry): Rect | null {
  const column = grid.columns[e.first]
  return column ? cellRect(grid, row.laneId, column.stepId, e.last - e.first + 1) : null
}

interface LaneRects {
  readonly grid: GridLayout
  readonly row: Row
  /** The drawn cards of the lane in drawing order, and their rects. */
  readonly ids: readonly CardId[]
  readonly rects: readonly Rect[]
  readonly overflow: readonly Overflow[]
}

// Each lane's rects, kept with the stack they were placed from (stackLaneOnce keeps a lane's stack
// while its cards stay the same): a drop or an edit places the cards of the lanes it changed, not
// all of them (at 10,000 cards, placing them all took 12-23 ms of a drop, measured in the page).
const placedLanes = new WeakMap<LaneStack, LaneRects>()

function laneRects(grid: GridLayout, row: Row, stack: LaneStack): LaneRects {
  const known = placedLanes.get(stack)
  if (known && known.row.laneId === row.laneId && known.row.y === row.y && known.row.height === row.height && sameColumnPlaces(known.grid, grid)) return known
  const ids: CardId[] = []
  const rects: Rect[] = []
  for (const p of stack.placed) {
    const cell = cellOf(grid, row, p)
    if (!cell) continue
    const slot = slotRect(cell, 0)
    ids.push(p.card.id)
    rects.push({ ...slot, y: slot.y + p.top, height: p.height })
  }
  const overflow: Overflow[] = []
  for (const column of grid.columns) {
    const count = stack.hiddenIn[column.index] ?? 0
    if (count > 0) overflow.push({ laneId: row.laneId, stepId: column.stepId, count, rect: overflowRect(grid, row, column) })
  }
  const placed = { grid, row, ids, rects, overflow }
  placedLanes.set(stack, placed)
  return placed
}

/** Whether two grids put their columns (and so a lane's cells and "+N" markers) in the same places. */
function sameColumnPlaces(a: GridLayout, b: GridLayout): boolean {
  if (a === b) return true
  if (a.direction !== b.direction || a.columns.length !== b.columns.length) return false
  return a.columns.every((c, i) => c.stepId === b.columns[i]?.stepId && c.x === b.columns[i]?.x && c.width === b.columns[i]?.width)
}

function overflowRect(grid: GridLayout, row: Row, column: Column): Rect {
  const { overflowMarkerWidth: w, overflowMarkerHeight: h } = LAYOUT
  const inset = 4
  const x = grid.direction === 'rtl' ? column.x + inset : column.x + column.width - w - inset
  return { x, y: row.y + Math.max(0, row.height - h - inset), width: w, height: h }
}

/** Each column's step and its chronological index, as the cards are grouped by (cardStack.ts). */
export function columnIndexOf(columns: readonly Column[]): Map<StepId, number> {
  return new Map(columns.map((c) => [c.stepId, c.index]))
}
