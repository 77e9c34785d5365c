import { afterEach, describe, expect, it } from 'vitest'
import { dropIndex, dropPlace, mergeSelection, newCardInCell, newFreeCard, rectFromPoints } from '../../../src/domain/placement'
import { applyCommand, createCard, createLane, createMap, createStarterDoc, newId, type Card, type CardId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { setCardHeightRule } from '../../../src/domain/cardFit'
import { cardLayout, cardRects, gridLayout, LAYOUT, type Rect } from '../../../src/domain/layout'
import { cardsInCell } from '../../../src/domain/cellStacks'

function board() {
  const map = createMap(newId<WorkshopId>(), 'Placement')
  const doc = createStarterDoc(map, { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['touchpoints', 'Touchpoints']] })
  const grid = gridLayout(doc)
  const [first, second] = grid.columns
  const [top, below] = grid.rows
  return { doc, grid, first: first!, second: second!, top: top!, below: below! }
}

describe('dropping a card', () => {
  it('lands in the cell under the pointer, keeping its span, at the end of the stack', () => {
    const b = board()
    const card = createCard(b.doc.map.id, { kind: 'cell', laneId: b.top.laneId, stepId: b.first.stepId, span: 2, rank: 0 })
    const other = createCard(b.doc.map.id, { kind: 'cell', laneId: b.below.laneId, stepId: b.second.stepId, span: 1, rank: 4 })
    const doc = applyCommand(b.doc, { type: 'addCards', cards: [card, other] })
    const pointer = { x: b.second.x + 20, y: b.below.y + b.below.height - 5 }
    expect(dropPlace(doc, card.id, pointer, { x: 0, y: 0, width: 10, height: 10 })).toEqual({
      kind: 'cell',
      laneId: b.below.laneId,
      stepId: b.second.stepId,
      span: 2,
      rank: 5,
    })
  })

  it('goes on top of the stack when dropped over the first card', () => {
    const b = board()
    const resident = createCard(b.doc.map.id, { kind: 'cell', laneId: b.top.laneId, stepId: b.first.stepId, span: 1, rank: 0 })
    const free = createCard(b.doc.map.id, { kind: 'free', x: -500, y: 0, width: 100, height: 50 })
    const doc = applyCommand(b.doc, { type: 'addCards', cards: [resident, free] })
    const place = dropPlace(doc, free.id, { x: b.first.x + 30, y: b.top.y + LAYOUT.cellPadding + 5 }, { x: 0, y: 0, width: 100, height: 50 })
    expect(place).toMatchObject({ kind: 'cell', span: 1, rank: -1 })
  })

  it('becomes a free card outside the grid and goes nowhere over headers and lane titles', () => {
    const b = board()
    const card = createCard(b.doc.map.id, { kind: 'cell', laneId: b.top.laneId, stepId: b.first.stepId, span: 1, rank: 0 })
    const doc = applyCommand(b.doc, { type: 'addCards', cards: [card] })
    const ghost = { x: 10.4, y: b.grid.height + 40.6, width: 180, height: 64 }
    expect(dropPlace(doc, card.id, { x: 50, y: b.grid.height + 60 }, ghost)).toEqual({ kind: 'free', x: 10, y: b.grid.height + 41, width: 180, height: 64 })
    expect(dropPlace(doc, card.id, { x: b.first.x + 5, y: 5 }, ghost)).toBeNull()
    expect(dropPlace(doc, card.id, { x: 5, y: b.top.y + 5 }, ghost)).toBeNull()
    expect(dropPlace(doc, 'missing' as CardId, { x: 50, y: -50 }, ghost)).toBeNull()
  })
})

describe('dropping a card among cards grown to their text', () => {
  // Heights as the board's measuring rule would give them for texts of several lines.
  const HEIGHTS: Readonly<Record<string, number>> = { Tall: 220, Taller: 300, Mid: 130 }
  afterEach(() => setCardHeightRule(null))

  /** A lane tall enough to show three standard cards per cell, with `texts` stacked in the first cell and one card in the second. */
  function grown(texts: readonly string[], cardText: 'fit' | 'compact' = 'fit') {
    setCardHeightRule((card) => HEIGHTS[card.text] ?? 0)
    const b = board()
    const lane = b.doc.lanes[b.top.laneId]!
    const base: JourneyDoc = { ...b.doc, map: { ...b.doc.map, cardText }, lanes: { ...b.doc.lanes, [lane.id]: { ...lane, height: 240 } } }
    const stacked = texts.map((text, rank) => createCard(base.map.id, { kind: 'cell', laneId: lane.id, stepId: b.first.stepId, span: 1, rank }, { text }))
    const mover = createCard(base.map.id, { kind: 'cell', laneId: lane.id, stepId: b.second.stepId, span: 1, rank: 0 }, { text: 'Mover' })
    const doc = applyCommand(base, { type: 'addCards', cards: [...stacked, mover] })
    const layout = cardLayout(doc)
    const rect = (card: Card): Rect => layout.rects.get(card.id)!
    /** Drops the mover at board y in the first cell and gives the texts of that cell in order. */
    const dropAt = (y: number, card: Card = mover) => {
      const to = dropPlace(doc, card.id, { x: b.first.x + b.first.width / 2, y }, rect(card))
      if (!to) expect.fail('no place under the pointer')
      const moved = applyCommand(doc, { type: 'moveCard', cardId: card.id, to })
      return cardsInCell(moved, lane.id, b.first.stepId).map((c) => c.text)
    }
    return { doc, stacked, rect, dropAt, cell: { laneId: lane.id, stepId: b.first.stepId } }
  }

  it('lands between two tall cards when dropped in the gap between them', () => {
    const g = grown(['Tall', 'Taller', 'Mid'])
    const [tall, taller, mid] = g.stacked as [Card, Card, Card]
    expect([g.rect(tall).height, g.rect(taller).height, g.rect(mid).height]).toEqual([220, 300, 130])
    const gap = g.rect(tall).y + g.rect(tall).height + LAYOUT.cardGap / 2
    expect(g.dropAt(gap)).toEqual(['Tall', 'Mover', 'Taller', 'Mid'])
    expect(g.dropAt(g.rect(taller).y + g.rect(taller).height - 10)).toEqual(['Tall', 'Taller', 'Mover', 'Mid'])
  })

  it('goes before a card over its upper half and after it over its lower half, at its real height', () => {
    const g = grown(['Tall', 'Taller', 'Mid'])
    const taller = g.rect(g.stacked[1]!)
    // 140 px into a 300 px card is above its middle, though two standard cards would fit there.
    expect(g.dropAt(taller.y + 140)).toEqual(['Tall', 'Mover', 'Taller', 'Mid'])
    expect(g.dropAt(taller.y + 160)).toEqual(['Tall', 'Taller', 'Mover', 'Mid'])
    expect(g.dropAt(g.rect(g.stacked[0]!).y + 5)).toEqual(['Mover', 'Tall', 'Taller', 'Mid'])
    expect(dropIndex(g.doc, g.cell, g.rect(g.stacked[2]!).y + 100)).toBe(3)
  })

  it('moves a card within its cell by where it is dropped, itself left out of the count', () => {
    const g = grown(['Tall', 'Taller', 'Mid'])
    const [tall, taller, mid] = g.stacked as [Card, Card, Card]
    expect(g.dropAt(g.rect(tall).y + g.rect(tall).height - 20, mid)).toEqual(['Tall', 'Mid', 'Taller'])
    expect(g.dropAt(g.rect(mid).y + g.rect(mid).height - 20, tall)).toEqual(['Taller', 'Mid', 'Tall'])
    expect(g.dropAt(g.rect(taller).y + 20, tall)).toEqual(['Tall', 'Taller', 'Mid'])
  })

  it('keeps the standard slots in a compact map, whatever the text', () => {
    const g = grown(['Tall', 'Taller', 'Mid'], 'compact')
    expect(g.stacked.map((c) => g.rect(c).height)).toEqual([LAYOUT.cardHeight, LAYOUT.cardHeight, LAYOUT.cardHeight])
    const second = g.rect(g.stacked[1]!)
    expect(second.y).toBe(g.rect(g.stacked[0]!).y + LAYOUT.cardHeight + LAYOUT.cardGap)
    expect(g.dropAt(second.y + 10)).toEqual(['Tall', 'Mover', 'Taller', 'Mid'])
  })
})

describe('the cards of a cell', () => {
  it('lists those that start in the cell, in rank order, and follows a card moved in and out', () => {
    const b = board()
    const at = (laneId: typeof b.top.laneId, stepId: typeof b.first.stepId, rank: number, span = 1, text = '') => createCard(b.doc.map.id, { kind: 'cell', laneId, stepId, span, rank }, { text })
    const cards = [at(b.top.laneId, b.second.stepId, 2, 1, 'third'), at(b.top.laneId, b.second.stepId, 0, 1, 'first'), at(b.top.laneId, b.first.stepId, 0, 2, 'spans in'), at(b.below.laneId, b.second.stepId, 1, 1, 'other lane'), at(b.top.laneId, b.second.stepId, 1, 1, 'second')]
    const doc = applyCommand(b.doc, { type: 'addCards', cards })
    const texts = (d: JourneyDoc, laneId = b.top.laneId) => cardsInCell(d, laneId, b.second.stepId).map((c) => c.text)
    expect(texts(doc)).toEqual(['first', 'second', 'third'])
    const mover = cards[3]!
    const moved = applyCommand(doc, { type: 'moveCard', cardId: mover.id, to: { kind: 'cell', laneId: b.top.laneId, stepId: b.second.stepId, span: 1, rank: 1.5 } })
    expect(texts(moved)).toEqual(['first', 'second', 'other lane', 'third'])
    expect(texts(moved, b.below.laneId)).toEqual([])
    // The map it was moved in is as it was.
    expect(texts(doc, b.below.laneId)).toEqual(['other lane'])
  })

  it('finds a card whose step is in no stage (not drawn), as the stored rows hold it', () => {
    const b = board()
    const lost = createCard(b.doc.map.id, { kind: 'cell', laneId: b.top.laneId, stepId: newId(), span: 1, rank: 0 }, { text: 'lost' })
    const doc: JourneyDoc = { ...b.doc, cards: { ...b.doc.cards, [lost.id]: lost } }
    expect(cardsInCell(doc, b.top.laneId, lost.place.kind === 'cell' ? lost.place.stepId : b.first.stepId).map((c) => c.text)).toEqual(['lost'])
  })
})

describe('new cards', () => {
  it('adds a double-clicked card at the bottom of the cell, a free one centred on the pointer', () => {
    const b = board()
    const resident = createCard(b.doc.map.id, { kind: 'cell', laneId: b.top.laneId, stepId: b.first.stepId, span: 1, rank: 7 })
    const doc = applyCommand(b.doc, { type: 'addCards', cards: [resident] })
    expect(newCardInCell(doc, { laneId: b.top.laneId, stepId: b.first.stepId }).place).toEqual({ kind: 'cell', laneId: b.top.laneId, stepId: b.first.stepId, span: 1, rank: 8 })
    expect(newCardInCell(doc, { laneId: b.below.laneId, stepId: b.first.stepId }).place).toMatchObject({ rank: 0 })
    const note = newFreeCard(doc, { x: 1000, y: 1000 })
    const withNote = applyCommand(doc, { type: 'addCards', cards: [note] })
    expect(cardRects(withNote).get(note.id)).toEqual({ x: 900, y: 950, width: 200, height: 100 })
  })

  it('a lane added later takes new cards too', () => {
    const b = board()
    const lane = createLane(b.doc.map.id, 'thoughts', 'Thoughts')
    const doc = applyCommand(b.doc, { type: 'addLane', lane })
    const card = newCardInCell(doc, { laneId: lane.id, stepId: b.first.stepId })
    expect(cardRects(applyCommand(doc, { type: 'addCards', cards: [card] })).has(card.id)).toBe(true)
  })
})

describe('selection helpers', () => {
  it('merges a marquee with the earlier selection without duplicates', () => {
    const [a, b, c] = ['a', 'b', 'c'] as CardId[]
    expect(mergeSelection([], [a!, b!])).toEqual([a, b])
    expect(mergeSelection([b!], [a!, b!, c!])).toEqual([b, a, c])
    expect(rectFromPoints({ x: 10, y: 5 }, { x: 2, y: 9 })).toEqual({ x: 2, y: 5, width: 8, height: 4 })
  })
})
