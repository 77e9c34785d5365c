import type { Command } from './commands'
import type { CardId, LaneId, StepId } from './ids'
import { cellRect, gridLayout, type CellRef, type GridLayout, type Point, type Rect } from './layout'
import { cardsInCell } from './cellStacks'
import type { Card, CardPlace, JourneyDoc } from './types'

/** Steps a card starting in column `firstIndex` may cover: at least one, at most the steps left in the map. */
export function clampSpan(span: number, firstIndex: number, columnCount: number): number {
  const most = Math.max(1, columnCount - firstIndex)
  return Math.max(1, Math.min(most, Math.round(Number.isFinite(span) ? span : 1)))
}

/**
 * The span a card starting at `stepId` gets when its trailing edge is dragged to board x `x`:
 * a step is covered once the pointer passes its middle. Right-to-left maps trail leftwards.
 */
export function spanAtPointer(grid: GridLayout, stepId: StepId, x: number): number {
  const first = grid.columnByStep.get(stepId)
  if (!first) return 1
  const rtl = grid.direction === 'rtl'
  let span = 1
  for (let i = first.index + 1; i < grid.columns.length; i++) {
    const c = grid.columns[i]
    if (!c) break
    const middle = c.x + c.width / 2
    if (rtl ? x < middle : x > middle) span++
    else break
  }
  return clampSpan(span, first.index, grid.columns.length)
}

type Destination = { readonly card: Card } & ({ readonly kind: 'cell'; readonly laneId: LaneId; readonly stepId: StepId } | { readonly kind: 'free'; readonly x: number; readonly y: number })

/**
 * Where the other selected cards go when one of them is moved: cell cards keep their column and
 * lane offset to the moved card (those that would leave the grid stay put), free notes follow the
 * pointer by `delta` board pixels. Cell cards move only when the moved card goes from cell to cell.
 */
function destinations(doc: JourneyDoc, grid: GridLayout, cardIds: readonly CardId[], columnShift: number | null, laneShift: number | null, delta: Point): Destination[] {
  const laneIndex = new Map(grid.rows.map((r) => [r.laneId, r.index]))
  const out: Destination[] = []
  for (const id of cardIds) {
    const card = Object.prototype.hasOwnProperty.call(doc.cards, id) ? doc.cards[id] : undefined
    if (!card) continue
    const place = card.place
    if (place.kind === 'free') {
      if (delta.x !== 0 || delta.y !== 0) out.push({ card, kind: 'free', x: Math.round(place.x + delta.x), y: Math.round(place.y + delta.y) })
      continue
    }
    if (columnShift === null || laneShift === null || (columnShift === 0 && laneShift === 0)) continue
    const column = grid.columnByStep.get(place.stepId)
    const lane = laneIndex.get(place.laneId)
    if (!column || lane === undefined) continue
    const toColumn = grid.columns[column.index + columnShift]
    const toRow = grid.rows[lane + laneShift]
    if (!toColumn || !toRow) continue
    out.push({ card, kind: 'cell', laneId: toRow.laneId, stepId: toColumn.stepId })
  }
  return out
}

function shifts(grid: GridLayout, from: CardPlace, to: CellRef): { columns: number; lanes: number } | null {
  if (from.kind !== 'cell') return null
  const a = grid.columnByStep.get(from.stepId)
  const b = grid.columnByStep.get(to.stepId)
  const ra = grid.rowByLane.get(from.laneId)
  const rb = grid.rowByLane.get(to.laneId)
  return a && b && ra && rb ? { columns: b.index - a.index, lanes: rb.index - ra.index } : null
}

/** Cards land at the bottom of their new cell's stack, in the order they were in, below cards that stay. */
function placeCommands(doc: JourneyDoc, grid: GridLayout, moving: readonly Destination[], exclude: ReadonlySet<CardId>): Command[] {
  const nextRank = new Map<string, number>()
  const sorted = [...moving].sort((a, b) => compareCells(grid, a.card, b.card))
  return sorted.flatMap((d): Command[] => {
    if (d.kind === 'free') {
      const p = d.card.place
      return p.kind === 'free' ? [{ type: 'moveCard', cardId: d.card.id, to: { ...p, x: d.x, y: d.y } }] : []
    }
    const key = `${d.laneId} ${d.stepId}`
    let rank = nextRank.get(key)
    if (rank === undefined) {
      const staying = cardsInCell(doc, d.laneId, d.stepId).filter((c) => !exclude.has(c.id))
      const last = staying[staying.length - 1]?.place
      rank = last && last.kind === 'cell' ? last.rank + 1 : 0
    }
    nextRank.set(key, rank + 1)
    const span = d.card.place.kind === 'cell' ? d.card.place.span : 1
    return [{ type: 'moveCard', cardId: d.card.id, to: { kind: 'cell', laneId: d.laneId, stepId: d.stepId, span, rank } }]
  })
}

function compareCells(grid: GridLayout, a: Card, b: Card): number {
  const pa = a.place
  const pb = b.place
  if (pa.kind !== 'cell' || pb.kind !== 'cell') return (pa.kind === 'cell' ? 0 : 1) - (pb.kind === 'cell' ? 0 : 1)
  const row = (p: typeof pa) => grid.rowByLane.get(p.laneId)?.index ?? 0
  const column = (p: typeof pa) => grid.columnByStep.get(p.stepId)?.index ?? 0
  return row(pa) - row(pb) || column(pa) - column(pb) || pa.rank - pb.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * The whole selection moved by dragging `anchorId` to `anchorTo`: one command (a batch when more
 * than the anchor moves) so the drop is one undo step. `delta` is the pointer's travel in board pixels.
 */
export function groupMove(doc: JourneyDoc, selection: readonly CardId[], anchorId: CardId, anchorTo: CardPlace, delta: Point): Command | null {
  const anchor = doc.cards[anchorId]
  if (!anchor) return null
  const own: Command = { type: 'moveCard', cardId: anchorId, to: anchorTo }
  if (!selection.includes(anchorId) || selection.length < 2) return own
  const grid = gridLayout(doc)
  const shift = anchorTo.kind === 'cell' ? shifts(grid, anchor.place, anchorTo) : null
  const others = selection.filter((id) => id !== anchorId)
  const moving = destinations(doc, grid, others, shift?.columns ?? null, shift?.lanes ?? null, delta)
  if (moving.length === 0) return own
  const exclude = new Set<CardId>([anchorId, ...moving.map((d) => d.card.id)])
  return { type: 'batch', commands: [own, ...placeCommands(doc, grid, moving, exclude)] }
}

/** Where the other selected cards would land, for the drag preview (cells with the card's span, notes as they are). */
export function groupTargets(doc: JourneyDoc, selection: readonly CardId[], anchorId: CardId, anchorCell: CellRef | null, delta: Point, limit = 500): Rect[] {
  const anchor = doc.cards[anchorId]
  if (!anchor || selection.length < 2 || !selection.includes(anchorId)) return []
  const grid = gridLayout(doc)
  const shift = anchorCell ? shifts(grid, anchor.place, anchorCell) : null
  const others = selection.filter((id) => id !== anchorId).slice(0, limit)
  return destinations(doc, grid, others, shift?.columns ?? null, shift?.lanes ?? null, delta).flatMap((d) => {
    const p = d.card.place
    if (d.kind === 'free') return p.kind === 'free' ? [{ x: d.x, y: d.y, width: p.width, height: p.height }] : []
    const rect = cellRect(grid, d.laneId, d.stepId, p.kind === 'cell' ? p.span : 1)
    return rect ? [rect] : []
  })
}

/** Free notes move this far per arrow key, in board pixels. */
export const NUDGE_PIXELS = 10

/**
 * Arrow keys: selected cell cards move one cell in the arrow's direction on screen (so a
 * right-to-left map steps backwards in time with the right arrow), free notes move 10 pixels.
 */
export function nudge(doc: JourneyDoc, selection: readonly CardId[], dx: number, dy: number): Command | null {
  const grid = gridLayout(doc)
  const columns = grid.direction === 'rtl' ? -dx : dx
  const moving = destinations(doc, grid, selection, columns, dy, { x: dx * NUDGE_PIXELS, y: dy * NUDGE_PIXELS })
  if (moving.length === 0) return null
  const commands = placeCommands(doc, grid, moving, new Set(moving.map((d) => d.card.id)))
  return commands.length === 1 ? (commands[0] as Command) : { type: 'batch', commands }
}
