import type { Command } from './commands'
import type { CardId, JobId, LaneId, LinkId, MapId, PersonaId, StepId } from './ids'
import { newId } from './ids'
import { boundNumber } from './bounds'
import { cardLayout, hitCell, type CellRef, type Point, type Rect } from './layout'
import { cardsInCell } from './cellStacks'
import { LIMITS } from './limits'
import { getRecord, hasRecord } from './records'
import type { Card, CardPlace, JourneyDoc, Link } from './types'

/** Cards and the links among them, lifted out of one map so they can land in another (or the same) one. */
export interface ClipContent {
  readonly sourceMapId: MapId
  readonly cards: readonly Card[]
  readonly links: readonly Link[]
  /** Where each card was drawn when copied: a card whose cell is missing in the target lands in the same arrangement. */
  readonly rects: Readonly<Record<string, Rect>>
}

/** Size of a card that had no drawn rect when copied (hidden in a full cell). */
const FALLBACK_SIZE = { width: 200, height: 64 } as const
export const MIN_FREE_SIZE = 24

export function copyContent(doc: JourneyDoc, ids: readonly CardId[]): ClipContent {
  const layout = cardLayout(doc)
  const cards = ids.flatMap((id) => {
    const card = getRecord(doc.cards, id)
    return card ? [card] : []
  })
  const kept = new Set<CardId>(cards.map((c) => c.id))
  const links = Object.values(doc.links).filter((l) => kept.has(l.from) && kept.has(l.to))
  const rects: Record<string, Rect> = {}
  for (const card of cards) {
    const r = layout.rects.get(card.id)
    if (r) rects[card.id] = r
  }
  return { sourceMapId: doc.map.id, cards, links, rects }
}

export interface PasteOptions {
  /** Board point the pasted group centres on when it cannot keep its place (the viewport's centre). */
  readonly center: Point
  /** Board pixels added to x and y of free items, so a paste onto the same spot does not hide under its original. */
  readonly offset: number
  /** The part of the board on screen: free items that would land wholly outside it are brought to `center`. */
  readonly visible?: Rect
  /**
   * Where the person points (the pointer's last place on the board, or the view's centre from the
   * keyboard): the copy lands there rather than on its original. Grid cards go to the cell under
   * it, keeping their arrangement of lanes and steps; off the grid they become notes there.
   */
  readonly at?: Point
  readonly makeId?: () => string
}

export interface PasteResult {
  readonly command: Command
  /** The new cards, to select after the paste. */
  readonly cardIds: readonly CardId[]
}

/**
 * The one `batch` that adds a copy of `content` to `doc`: new ids for every card and link, links
 * only among the copied cards, cards keep their cell when it exists here (at the bottom of its
 * stack) and otherwise become free notes arranged as they were drawn.
 */
export function pasteCommand(doc: JourneyDoc, content: ClipContent, options: PasteOptions): PasteResult | null {
  const makeId = options.makeId ?? (() => newId<CardId>())
  const rankAfter = new Map<string, number>()
  const nextRank = (laneId: LaneId, stepId: StepId): number => {
    const key = `${laneId}\u0000${stepId}`
    let rank = rankAfter.get(key)
    if (rank === undefined) {
      const last = cardsInCell(doc, laneId, stepId).at(-1)?.place
      rank = last && last.kind === 'cell' ? last.rank : -1
    }
    rank += 1
    rankAfter.set(key, rank)
    return rank
  }

  const ids = new Map<CardId, CardId>()
  const placed: { card: Card; place: CardPlace | null; source: Rect; wasFree: boolean }[] = []
  const toCell = options.at ? cellMover(doc, content.cards, options.at) : (cell: CellRef | null) => cell
  for (const card of content.cards) {
    if (ids.has(card.id)) continue
    ids.set(card.id, makeId() as CardId)
    const p = card.place
    const source = boundRect(p.kind === 'free' ? p : (content.rects[card.id] ?? { x: 0, y: 0, ...FALLBACK_SIZE }))
    const cell = p.kind === 'cell' && hasRecord(doc.lanes, p.laneId) && hasRecord(doc.steps, p.stepId) ? toCell(p) : null
    if (p.kind === 'cell' && cell) {
      placed.push({ card, place: { ...p, ...cell, rank: nextRank(cell.laneId, cell.stepId) }, source, wasFree: false })
    } else {
      placed.push({ card, place: null, source, wasFree: p.kind === 'free' })
    }
  }
  if (placed.length === 0) return null

  const floating = placed.filter((p) => p.place === null)
  const box = bounds(floating.map((p) => p.source))
  const keep = box !== null && !options.at && floating.every((p) => p.wasFree) && (!options.visible || overlaps(box, options.visible))
  const center = options.at ?? options.center
  const dx = (box === null || keep ? 0 : center.x - (box.x + box.width / 2)) + options.offset
  const dy = (box === null || keep ? 0 : center.y - (box.y + box.height / 2)) + options.offset

  const cards: Card[] = placed.map(({ card, place, source, wasFree }) => {
    const to: CardPlace = place ?? {
      kind: 'free',
      x: Math.round(source.x + dx),
      y: Math.round(source.y + dy),
      width: Math.max(MIN_FREE_SIZE, source.width),
      height: Math.max(MIN_FREE_SIZE, source.height),
    }
    return {
      ...card,
      id: ids.get(card.id) as CardId,
      mapId: doc.map.id,
      place: to,
      // A card that leaves its cell becomes a note, the only thing a cell card ever was.
      shape: wasFree || place ? card.shape : 'note',
      // Personas and jobs belong to a workshop: another workshop's do not exist here.
      personaIds: card.personaIds.filter((id: PersonaId) => hasRecord(doc.personas, id)),
      jobId: card.jobId !== null && hasRecord(doc.jobs, card.jobId as JobId) ? card.jobId : null,
    }
  })
  const links: Command[] = content.links.flatMap((link) => {
    const from = ids.get(link.from)
    const to = ids.get(link.to)
    if (!from || !to || from === to) return []
    return [{ type: 'addLink', link: { ...link, id: makeId() as LinkId, mapId: doc.map.id, from, to } } as const]
  })
  return { command: { type: 'batch', commands: [{ type: 'addCards', cards }, ...links] }, cardIds: cards.map((c) => c.id) }
}

/**
 * Moves grid cards so that the first lane and step among them land on the cell under `at`, the
 * others keeping their distance in lanes and steps (held inside the grid); null off the grid.
 */
function cellMover(doc: JourneyDoc, cards: readonly Card[], at: Point): (cell: CellRef) => CellRef | null {
  const grid = cardLayout(doc).grid
  const target = hitCell(grid, at)
  if (!target) return () => null
  const rowOf = new Map(grid.rows.map((r) => [r.laneId, r.index]))
  const columnOf = new Map(grid.columns.map((c) => [c.stepId, c.index]))
  let top = Infinity
  let first = Infinity
  for (const { place: p } of cards) {
    if (p.kind !== 'cell' || !rowOf.has(p.laneId) || !columnOf.has(p.stepId)) continue
    top = Math.min(top, rowOf.get(p.laneId)!)
    first = Math.min(first, columnOf.get(p.stepId)!)
  }
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n))
  const row0 = rowOf.get(target.laneId)!
  const column0 = columnOf.get(target.stepId)!
  return (cell) => {
    const row = grid.rows[clamp(rowOf.get(cell.laneId)! - top + row0, grid.rows.length - 1)]!
    const column = grid.columns[clamp(columnOf.get(cell.stepId)! - first + column0, grid.columns.length - 1)]!
    return { laneId: row.laneId, stepId: column.stepId }
  }
}

/**
 * A clipboard's rectangle within the board's limits before anything is placed by it: a hostile
 * payload's x of 1e9 or width of 1e300 must not decide where the paste lands (it then lands in
 * view, like a paste from another map).
 */
function boundRect(rect: Rect): Rect {
  // A size past what any item can have is no size at all: the card gets the default one, not a 20,000 px strip.
  const size = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 && n <= LIMITS.freeItemSize ? Math.max(MIN_FREE_SIZE, n) : fallback)
  return {
    x: boundNumber(rect.x, LIMITS.coordinate),
    y: boundNumber(rect.y, LIMITS.coordinate),
    width: size(rect.width, FALLBACK_SIZE.width),
    height: size(rect.height, FALLBACK_SIZE.height),
  }
}

/** Ctrl/Cmd+D: a copy of the selection beside itself, as one undo step. */
export function duplicateCommand(doc: JourneyDoc, ids: readonly CardId[], offset = 20, makeId?: () => string): PasteResult | null {
  return pasteCommand(doc, copyContent(doc, ids), { center: { x: 0, y: 0 }, offset, ...(makeId ? { makeId } : {}) })
}

export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom'
export type DistributeAxis = 'horizontal' | 'vertical'

type FreeCard = Card & { readonly place: Extract<CardPlace, { kind: 'free' }> }

/** The free items among `ids`: alignment means nothing for cards held by the grid. */
export function freeCards(doc: JourneyDoc, ids: readonly CardId[]): FreeCard[] {
  return ids.flatMap((id) => {
    const card = getRecord(doc.cards, id)
    return card && card.place.kind === 'free' ? [card as FreeCard] : []
  })
}

export function alignCommand(doc: JourneyDoc, ids: readonly CardId[], edge: AlignEdge): Command | null {
  const cards = freeCards(doc, ids)
  const box = bounds(cards.map((c) => c.place))
  if (cards.length < 2 || !box) return null
  return moves(
    cards.map((c) => {
      const p = c.place
      switch (edge) {
        case 'left':
          return { ...p, x: box.x }
        case 'centre':
          return { ...p, x: box.x + (box.width - p.width) / 2 }
        case 'right':
          return { ...p, x: box.x + box.width - p.width }
        case 'top':
          return { ...p, y: box.y }
        case 'middle':
          return { ...p, y: box.y + (box.height - p.height) / 2 }
        case 'bottom':
          return { ...p, y: box.y + box.height - p.height }
      }
    }),
    cards,
  )
}

/** Equal gaps between three or more free items, keeping the outermost two where they are. */
export function distributeCommand(doc: JourneyDoc, ids: readonly CardId[], axis: DistributeAxis): Command | null {
  const cards = freeCards(doc, ids)
  if (cards.length < 3) return null
  const h = axis === 'horizontal'
  const start = (c: FreeCard) => (h ? c.place.x : c.place.y)
  const size = (c: FreeCard) => (h ? c.place.width : c.place.height)
  const sorted = [...cards].sort((a, b) => start(a) + size(a) / 2 - (start(b) + size(b) / 2))
  const first = sorted[0] as FreeCard
  const last = sorted[sorted.length - 1] as FreeCard
  const span = start(last) + size(last) - start(first)
  const gap = (span - sorted.reduce((sum, c) => sum + size(c), 0)) / (sorted.length - 1)
  let at = start(first)
  const places = sorted.map((c) => {
    const place = h ? { ...c.place, x: at } : { ...c.place, y: at }
    at += size(c) + gap
    return place
  })
  return moves(places, sorted)
}

function moves(places: readonly Extract<CardPlace, { kind: 'free' }>[], cards: readonly FreeCard[]): Command | null {
  const commands: Command[] = []
  places.forEach((to, i) => {
    const card = cards[i] as FreeCard
    if (to.x !== card.place.x || to.y !== card.place.y) commands.push({ type: 'moveCard', cardId: card.id, to })
  })
  return commands.length === 0 ? null : { type: 'batch', commands }
}

/** Which corner of a free item a resize handle sits on. */
export type Corner = 'nw' | 'ne' | 'sw' | 'se'

/** A free place with `corner` moved by (dx, dy) board pixels; the opposite corner stays put and the size never drops below the minimum. */
export function resizedPlace(place: Extract<CardPlace, { kind: 'free' }>, corner: Corner, dx: number, dy: number, min = MIN_FREE_SIZE): Extract<CardPlace, { kind: 'free' }> {
  const west = corner === 'nw' || corner === 'sw'
  const north = corner === 'nw' || corner === 'ne'
  const width = Math.max(min, Math.round(place.width + (west ? -dx : dx)))
  const height = Math.max(min, Math.round(place.height + (north ? -dy : dy)))
  return {
    ...place,
    x: west ? place.x + place.width - width : place.x,
    y: north ? place.y + place.height - height : place.y,
    width,
    height,
  }
}

export function bounds(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const r of rects) {
    minX = Math.min(minX, r.x)
    minY = Math.min(minY, r.y)
    maxX = Math.max(maxX, r.x + r.width)
    maxY = Math.max(maxY, r.y + r.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
