import type { Card, Direction, JourneyDoc, Lane, Persona, Stage, Step } from '../../../domain/types'

/**
 * The slides of a presentation of one map, as plain data: a title slide with the personas, an
 * overview of the whole map, then each stage in the map's order, split into continuation slides
 * when its text would not fit at a size the back of the room can read. No React, no DOM: the
 * presentation draws what this returns.
 *
 * Columns (stages on the overview, steps on a stage slide) come in screen order, left to right:
 * a right-to-left map puts its first stage or step at the right, and its lane titles on the right.
 */

export interface TitleSlide {
  readonly kind: 'title'
  readonly title: string
  readonly personas: readonly Persona[]
}

/** One step's point on the map's shared emotion curve; a step nobody scored reads as neutral, as on the board. */
export interface CurvePoint {
  readonly felt: number
  readonly intended: number
  readonly set: boolean
}

export interface OverviewStage {
  readonly stage: Stage
  /** The stage's steps in screen order. */
  readonly steps: readonly Step[]
  /** Cards in this stage per lane, lanes in the map's order; lanes without cards left out. */
  readonly counts: readonly { readonly lane: Lane; readonly count: number }[]
  /** The shared emotion curve over the stage's steps, in screen order. */
  readonly curve: readonly CurvePoint[]
}

export interface OverviewSlide {
  readonly kind: 'overview'
  /** The map's direction: the side its lane titles and first column sit on. */
  readonly direction: Direction
  /** Stages in screen order. */
  readonly stages: readonly OverviewStage[]
}

export interface StageRow {
  readonly lane: Lane
  /** One list of cards per column (same order as the slide's steps), top card first. */
  readonly cells: readonly (readonly Card[])[]
}

export interface StageSlide {
  readonly kind: 'stage'
  readonly stage: Stage
  /** The stage's place in the map's order, from 0. */
  readonly stageIndex: number
  readonly direction: Direction
  /** Steps in screen order. */
  readonly steps: readonly Step[]
  readonly rows: readonly StageRow[]
  /** Which of this stage's slides this is (from 0) and how many it has. */
  readonly part: number
  readonly parts: number
}

export type Slide = TitleSlide | OverviewSlide | StageSlide

export interface SlideOptions {
  /** The map's direction decides the order of columns on screen; the map's own by default. */
  readonly direction?: Direction
  /** Lines of card text one slide holds (the body's height over the line height). */
  readonly linesPerSlide?: number
  /** Characters one line across the whole slide's grid holds; a column gets its share. */
  readonly charsPerLine?: number
}

/** At 1080p with ~30px text: about 22 lines under the slide's heading (20 leaves room for the gaps), ~100 characters across. */
export const DEFAULT_LINES_PER_SLIDE = 20
export const DEFAULT_CHARS_PER_LINE = 96
/** A card's padding and its channel/device line, in lines of text. */
const CARD_OVERHEAD = 1
const CARD_META = 0.8
/** A row's padding and the gap under it. */
const ROW_OVERHEAD = 0.6

/** How many lines one card takes in a column `chars` characters wide. */
export function cardLines(card: Card, chars: number): number {
  const width = Math.max(8, Math.floor(chars))
  const text = card.text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0)
  return text + CARD_OVERHEAD + (card.channel || card.device ? CARD_META : 0)
}

const cellLines = (cards: readonly Card[], chars: number) => cards.reduce((sum, card) => sum + cardLines(card, chars), 0)
const rowLines = (row: StageRow, chars: number) => Math.max(1, ...row.cells.map((cards) => cellLines(cards, chars))) + ROW_OVERHEAD

function inScreenOrder<T>(items: readonly T[], direction: Direction): T[] {
  return direction === 'rtl' ? [...items].reverse() : [...items]
}

function present<T>(ids: readonly string[], records: Readonly<Record<string, T>>): T[] {
  return ids.flatMap((id) => (records[id] ? [records[id]] : []))
}

/** Cards in a cell of the grid, by cell key "lane|step", each cell's cards in rank order. */
function cardsByCell(doc: JourneyDoc): Map<string, Card[]> {
  const cells = new Map<string, Card[]>()
  for (const card of Object.values(doc.cards)) {
    if (card.place.kind !== 'cell') continue
    const key = `${card.place.laneId}|${card.place.stepId}`
    cells.set(key, [...(cells.get(key) ?? []), card])
  }
  for (const cards of cells.values()) cards.sort((a, b) => (a.place.kind === 'cell' && b.place.kind === 'cell' ? a.place.rank - b.place.rank : 0))
  return cells
}

function curveOf(doc: JourneyDoc, steps: readonly Step[]): CurvePoint[] {
  const shared = new Map(Object.values(doc.emotions).filter((e) => e.personaId === null).map((e) => [e.stepId as string, e]))
  return steps.map((step) => {
    const point = shared.get(step.id)
    return point ? { felt: point.felt, intended: point.intended, set: true } : { felt: 0, intended: 0, set: false }
  })
}

/**
 * Splits one lane's row into pieces that each fit `budget` lines: every cell gives its cards in
 * order while they fit, and a card longer than a whole slide goes alone rather than cut.
 */
function splitRow(row: StageRow, chars: number, budget: number): StageRow[] {
  const queues = row.cells.map((cards) => [...cards])
  const pieces: StageRow[] = []
  while (queues.some((q) => q.length > 0)) {
    const cells = queues.map((queue) => {
      const taken: Card[] = []
      let used = ROW_OVERHEAD
      while (queue.length > 0) {
        const lines = cardLines(queue[0]!, chars)
        if (taken.length > 0 && used + lines > budget) break
        taken.push(queue.shift()!)
        used += lines
      }
      return taken
    })
    pieces.push({ lane: row.lane, cells })
  }
  return pieces
}

/** Packs rows, in order, into pages of at most `budget` lines; a row too tall for a page is split first. */
function paginate(rows: readonly StageRow[], chars: number, budget: number): StageRow[][] {
  const pages: StageRow[][] = []
  let page: StageRow[] = []
  let used = 0
  for (const row of rows) {
    const pieces = rowLines(row, chars) > budget ? splitRow(row, chars, budget) : [row]
    for (const piece of pieces) {
      const lines = rowLines(piece, chars)
      if (page.length > 0 && used + lines > budget) {
        pages.push(page)
        page = []
        used = 0
      }
      page.push(piece)
      used += lines
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page)
  return pages
}

export function slidesOf(doc: JourneyDoc, options: SlideOptions = {}): Slide[] {
  const direction = options.direction ?? doc.map.direction
  const budget = options.linesPerSlide ?? DEFAULT_LINES_PER_SLIDE
  const across = options.charsPerLine ?? DEFAULT_CHARS_PER_LINE
  const stages = present(doc.map.stageIds, doc.stages)
  const lanes = present(doc.map.laneIds, doc.lanes)
  const cells = cardsByCell(doc)
  const cellOf = (lane: Lane, step: Step) => cells.get(`${lane.id}|${step.id}`) ?? []

  const title: TitleSlide = { kind: 'title', title: doc.map.title, personas: present(doc.map.personaIds, doc.personas) }
  const overview: OverviewSlide = {
    kind: 'overview',
    direction,
    stages: inScreenOrder(
      stages.map((stage): OverviewStage => {
        const steps = inScreenOrder(present(stage.stepIds, doc.steps), direction)
        const counts = lanes.map((lane) => ({ lane, count: steps.reduce((n, step) => n + cellOf(lane, step).length, 0) })).filter((c) => c.count > 0)
        return { stage, steps, counts, curve: curveOf(doc, steps) }
      }),
      direction,
    ),
  }

  const stageSlides = stages.flatMap((stage, stageIndex): StageSlide[] => {
    const steps = inScreenOrder(present(stage.stepIds, doc.steps), direction)
    const all = lanes.map((lane): StageRow => ({ lane, cells: steps.map((step) => cellOf(lane, step)) }))
    // Lanes with nothing in this stage are left out; a stage with no cards at all shows its empty grid.
    const filled = all.filter((row) => row.cells.some((c) => c.length > 0))
    const chars = across / Math.max(1, steps.length)
    const pages = filled.length > 0 ? paginate(filled, chars, budget) : [all]
    return pages.map((rows, part) => ({ kind: 'stage', stage, stageIndex, direction, steps, rows, part, parts: pages.length }))
  })

  return [title, overview, ...stageSlides]
}

/** The slide a key asks for, or null when the key is not the presentation's; `rtl` mirrors left and right. */
export function slideForKey(key: string, current: number, count: number, rtl: boolean): number | null {
  const last = Math.max(0, count - 1)
  const forward = new Set(['PageDown', ' ', 'ArrowDown', rtl ? 'ArrowLeft' : 'ArrowRight'])
  const back = new Set(['PageUp', 'ArrowUp', rtl ? 'ArrowRight' : 'ArrowLeft'])
  if (forward.has(key)) return Math.min(last, current + 1)
  if (back.has(key)) return Math.max(0, current - 1)
  if (key === 'Home') return 0
  if (key === 'End') return last
  return null
}
