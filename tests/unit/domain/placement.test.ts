import { describe, expect, it } from 'vitest'
import { dropPlace, mergeSelection, newCardInCell, newFreeCard, rectFromPoints } from '../../../src/domain/placement'
import { applyCommand, createCard, createLane, createMap, createStarterDoc, newId, type CardId, type WorkshopId } from '../../../src/domain'
import { cardRects, gridLayout, LAYOUT } from '../../../src/domain/layout'

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
