import type { LaneId, StepId } from './ids'
import { recordOrigin } from './records'
import { samePlace, type Card, type RecordMap } from './types'

/** A grid card on its way into a lane: which columns (chronological indexes) it covers. */
export interface LaneEntry {
  readonly card: Card
  readonly rank: number
  readonly first: number
  readonly last: number
}

export interface StackedCard extends LaneEntry {
  /** Distance from the cell's top padding to the card's top, in board pixels. */
  readonly top: number
  readonly height: number
}

export interface LaneStack {
  /** The cards drawn, in drawing order. */
  readonly placed: readonly StackedCard[]
  /** Per column (chronological index): how many cards starting there are hidden behind "+N". */
  readonly hiddenIn: Int32Array
  /** From the top padding to the bottom of the lowest drawn card (0 when none is drawn). */
  readonly contentHeight: number
}

/**
 * Stacks one lane's cards cell by cell in rank order; a spanning card takes the lowest free spot
 * in every step it covers, so stacks never overlap. Which cards are drawn depends only on `fits`,
 * never on the cards' heights: a compact lane passes how many its own height holds, and a lane
 * that holds every card (a map fitted to text) passes Infinity and grows to `contentHeight`.
 */
export function stackLane(entries: LaneEntry[], columnCount: number, fits: number, gap: number, heightOf: (entry: LaneEntry) => number): LaneStack {
  entries.sort((a, b) => a.first - b.first || a.rank - b.rank || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0))
  const nextSlot = new Int32Array(columnCount)
  const nextTop = new Float64Array(columnCount)
  const hiddenIn = new Int32Array(columnCount)
  const placed: StackedCard[] = []
  let contentHeight = 0
  for (const p of entries) {
    let slot = 0
    let top = 0
    for (let i = p.first; i <= p.last; i++) {
      slot = Math.max(slot, nextSlot[i] ?? 0)
      top = Math.max(top, nextTop[i] ?? 0)
    }
    for (let i = p.first; i <= p.last; i++) nextSlot[i] = slot + 1
    if (slot >= fits) {
      hiddenIn[p.first] = (hiddenIn[p.first] ?? 0) + 1
      continue
    }
    const height = heightOf(p)
    for (let i = p.first; i <= p.last; i++) nextTop[i] = top + height + gap
    placed.push({ ...p, top, height })
    contentHeight = Math.max(contentHeight, top + height)
  }
  return { placed, hiddenIn, contentHeight }
}

interface RememberedStack {
  readonly entries: readonly Pick<LaneEntry, 'card' | 'first' | 'last'>[]
  readonly key: string
  readonly stack: LaneStack
}

// The last stack of each lane (keyed by its immutable record): the grid's pass and the cards' pass
// of one layout stack every lane once between them, and a card edit restacks its own lane only (at
// 10,000 cards, stacking every lane twice was most of the time from Enter to the card redrawn).
const remembered = new WeakMap<object, RememberedStack>()

function sameEntries(a: RememberedStack['entries'], b: readonly LaneEntry[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x.card !== y.card || x.first !== y.first || x.last !== y.last) return false
  }
  return true
}

/**
 * `stackLane` for `lane`, reused while the lane holds the same card records over the same columns.
 * `key` names everything else a stack depends on (the columns' widths, how many cards fit, the
 * fonts cards are measured in), so the same key and the same cards make the same stack.
 */
export function stackLaneOnce(lane: object, key: string, entries: LaneEntry[], columnCount: number, fits: number, gap: number, heightOf: (entry: LaneEntry) => number): LaneStack {
  const last = remembered.get(lane)
  if (last && last.key === key && sameEntries(last.entries, entries)) return last.stack
  // Taken before stackLane sorts them: the next layout lists the lane's cards in the same order.
  const before = entries.map(({ card, first, last }) => ({ card, first, last }))
  const stack = stackLane(entries, columnCount, fits, gap, heightOf)
  remembered.set(lane, { entries: before, key, stack })
  return stack
}

/** The key `stackLaneOnce` takes: the columns' widths, how many cards a cell draws, and the fonts cards are measured in (-1: not measured, all standard height). */
export function stackKey(columns: readonly { readonly width: number }[], fits: number, measuring: number): string {
  let widths = columnWidths.get(columns)
  if (widths === undefined) {
    widths = columns.map((c) => c.width).join(',')
    columnWidths.set(columns, widths)
  }
  return `${measuring}|${fits}|${widths}`
}

// Each lane of a layout asks for the key over the same columns: joined per lane, the widths took
// 5 of the 6 ms a layout took after a card edit at 2,000 cards (profile of Enter).
const columnWidths = new WeakMap<object, string>()

interface Groups {
  readonly byLane: ReadonlyMap<LaneId, readonly LaneEntry[]>
  /** The free cards, in the cards record's order (the order they are drawn in). */
  readonly free: readonly Card[]
}

interface Grouping extends Groups {
  readonly columns: ReadonlyMap<StepId, number>
  readonly columnCount: number
}

// The last grouping of each cards record: the grid's pass and the cards' pass of one layout group
// the same cards over the same columns, and at 10,000 cards each grouping took ~3 ms of an edit.
const grouped = new WeakMap<object, Grouping>()

function sameColumns(a: ReadonlyMap<StepId, number>, b: ReadonlyMap<StepId, number>): boolean {
  if (a.size !== b.size) return false
  for (const [stepId, index] of a) if (b.get(stepId) !== index) return false
  return true
}

/**
 * Each lane's grid cards with the columns they cover, from the columns' chronological order. The
 * lists are the caller's own (stackLane sorts them); the entries in them are shared.
 */
export function cardsByLane(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): Map<LaneId, LaneEntry[]> {
  const copy = new Map<LaneId, LaneEntry[]>()
  for (const [laneId, list] of grouping(cards, columnIndex, columnCount).byLane) copy.set(laneId, list.slice())
  return copy
}

/** The free cards in the cards record's order, from the same grouping as cardsByLane; the list is shared, not the caller's. */
export function freeCards(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): readonly Card[] {
  return grouping(cards, columnIndex, columnCount).free
}

/** One lane's grid cards, in no order, from the same grouping as cardsByLane; the list is shared, not the caller's. */
export function laneEntries(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number, laneId: LaneId): readonly LaneEntry[] {
  return grouping(cards, columnIndex, columnCount).byLane.get(laneId) ?? []
}

function grouping(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): Grouping {
  let known = grouped.get(cards)
  if (!known || !sameGrid(known, columnIndex, columnCount)) {
    known = { columns: columnIndex, columnCount, ...(regrouped(cards, columnIndex, columnCount) ?? groupAll(cards, columnIndex, columnCount)) }
    grouped.set(cards, known)
  }
  return known
}

function sameGrid(grouping: Grouping, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): boolean {
  return grouping.columnCount === columnCount && sameColumns(grouping.columns, columnIndex)
}

/**
 * The grouping of the cards record `cards` was copied from (putRecord, putRecords), brought up to
 * date with the cards put into the copy: an edited card takes its entry's place, a moved or new one
 * leaves the lane it was in and joins the end of its lane's list (stackLane sorts them); a free
 * card keeps its place among the free ones, a new one comes last, as in the record. At 10,000
 * cards grouping them all again took ~5 ms of Enter's keydown and of a drop (profiles); this
 * touches the lists the edit did. Null when the grouping they were copied from is not known, the
 * columns changed, or a card already in the record became free (its place among the free ones is
 * its key's): they are grouped again.
 */
function regrouped(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): Groups | null {
  const origin = recordOrigin<Card>(cards)
  const before = origin ? grouped.get(origin.from) : undefined
  if (!origin || !before || !sameGrid(before, columnIndex, columnCount)) return null
  // The same card put twice would be moved or added twice.
  if (origin.put.length > 1 && new Set(origin.put.map((c) => c.id)).size < origin.put.length) return null
  const from = origin.from as RecordMap<Card['id'], Card>
  const byLane = new Map(before.byLane as ReadonlyMap<LaneId, LaneEntry[]>)
  const copied = new Set<LaneId>()
  /** The lane's list, copied before its first change: the grouping it came from stays as it was. */
  const own = (laneId: LaneId): LaneEntry[] => {
    const list = byLane.get(laneId)
    if (copied.has(laneId) && list) return list
    const mine = list ? list.slice() : []
    copied.add(laneId)
    byLane.set(laneId, mine)
    return mine
  }
  const indexIn = (laneId: LaneId, id: Card['id']) => byLane.get(laneId)?.findIndex((e) => e.card.id === id) ?? -1
  let free: Card[] | null = null
  for (const card of origin.put) {
    const was = Object.hasOwn(from, card.id) ? from[card.id] : undefined
    const had = was ? entryOf(was, columnIndex, columnCount) : null
    const entry = entryOf(card, columnIndex, columnCount)
    const index = had ? indexIn(laneOf(had), card.id) : -1
    if (had && index < 0) return null
    if (had && entry && samePlace(had.card.place, card.place)) own(laneOf(had))[index] = entry
    else {
      if (had) own(laneOf(had)).splice(index, 1)
      if (entry) own(laneOf(entry)).push(entry)
    }
    const wasFree = was?.place.kind === 'free'
    if (!wasFree && card.place.kind !== 'free') continue
    if (was && !wasFree) return null
    free ??= before.free.slice()
    const at = wasFree ? free.findIndex((c) => c.id === card.id) : -1
    if (wasFree && at < 0) return null
    if (card.place.kind !== 'free') free.splice(at, 1)
    else if (wasFree) free[at] = card
    else free.push(card)
  }
  return { byLane, free: free ?? before.free }
}

/** A grid card's entry; null for a free card and one whose step is not a column. */
function entryOf(card: Card, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): LaneEntry | null {
  const place = card.place
  if (place.kind !== 'cell') return null
  const first = columnIndex.get(place.stepId)
  if (first === undefined) return null
  const last = Math.min(columnCount - 1, first + Math.max(1, Math.floor(place.span)) - 1)
  return { card, rank: place.rank, first, last }
}

/** The lane of an entry's card (entries are made for cards in a cell only). */
const laneOf = (entry: LaneEntry): LaneId => (entry.card.place as Extract<Card['place'], { kind: 'cell' }>).laneId

function groupAll(cards: RecordMap<Card['id'], Card>, columnIndex: ReadonlyMap<StepId, number>, columnCount: number): Groups {
  const byLane = new Map<LaneId, LaneEntry[]>()
  const free: Card[] = []
  for (const card of Object.values(cards)) {
    if (card.place.kind === 'free') free.push(card)
    const entry = entryOf(card, columnIndex, columnCount)
    if (!entry) continue
    let list = byLane.get(laneOf(entry))
    if (!list) byLane.set(laneOf(entry), (list = []))
    list.push(entry)
  }
  return { byLane, free }
}
