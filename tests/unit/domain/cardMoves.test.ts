import { describe, expect, it } from 'vitest'
import { clampSpan, groupMove, groupTargets, nudge, spanAtPointer } from '../../../src/domain/cardMoves'
import { applyCommand, createCard, type Card, type JourneyDoc } from '../../../src/domain'
import { board, cell, withCards } from './cardBoard'


function placeOf(doc: JourneyDoc, card: Card): { lane: string; step: string; span: number } | null {
  const p = doc.cards[card.id]?.place
  return p && p.kind === 'cell' ? { lane: p.laneId, step: p.stepId, span: p.span } : null
}

describe('stretching a card across steps', () => {
  it('clamps the span to the steps left in the map, and to at least one', () => {
    expect(clampSpan(3, 0, 4)).toBe(3)
    expect(clampSpan(9, 2, 4)).toBe(2)
    expect(clampSpan(0, 1, 4)).toBe(1)
    expect(clampSpan(-5, 0, 4)).toBe(1)
    expect(clampSpan(Number.NaN, 0, 4)).toBe(1)
    expect(clampSpan(2, 3, 4)).toBe(1)
  })

  it('covers a step once the pointer passes its middle, and stops at the last step', () => {
    const b = board()
    const c = b.grid.columns
    const middle = (i: number) => c[i]!.x + c[i]!.width / 2
    expect(spanAtPointer(b.grid, b.steps[0]!, middle(1) - 1)).toBe(1)
    expect(spanAtPointer(b.grid, b.steps[0]!, middle(1) + 1)).toBe(2)
    expect(spanAtPointer(b.grid, b.steps[1]!, middle(3) + 1)).toBe(3)
    expect(spanAtPointer(b.grid, b.steps[2]!, 100_000)).toBe(2)
    expect(spanAtPointer(b.grid, b.steps[0]!, -100_000)).toBe(1)
  })

  it('trails leftwards in a right-to-left map', () => {
    const b = board('rtl')
    const c = b.grid.columns
    // In a right-to-left map the second step sits left of the first.
    expect(c[1]!.x).toBeLessThan(c[0]!.x)
    expect(spanAtPointer(b.grid, b.steps[0]!, c[1]!.x + c[1]!.width / 2 - 1)).toBe(2)
    expect(spanAtPointer(b.grid, b.steps[0]!, c[1]!.x + c[1]!.width / 2 + 1)).toBe(1)
    expect(spanAtPointer(b.grid, b.steps[0]!, -100_000)).toBe(4)
  })
})

describe('moving a selection together', () => {
  it('moves every selected cell card by the dragged card\'s column and lane offset, in one batch', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 0, 0))
    const c = createCard(b.doc.map.id, cell(b, 0, 1, 2))
    const other = createCard(b.doc.map.id, cell(b, 1, 1))
    const doc = withCards(b.doc, [a, c, other])
    const cmd = groupMove(doc, [a.id, c.id], a.id, cell(b, 1, 1), { x: 220, y: 160 })
    expect(cmd?.type).toBe('batch')
    const next = applyCommand(doc, cmd!)
    expect(placeOf(next, a)).toEqual({ lane: b.lanes[1], step: b.steps[1], span: 1 })
    expect(placeOf(next, c)).toEqual({ lane: b.lanes[1], step: b.steps[2], span: 2 })
    expect(placeOf(next, other)).toEqual(placeOf(doc, other))
  })

  it('leaves cards that would leave the grid where they are', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 0, 1))
    const last = createCard(b.doc.map.id, cell(b, 0, 3))
    const bottom = createCard(b.doc.map.id, cell(b, 2, 1))
    const doc = withCards(b.doc, [a, last, bottom])
    const next = applyCommand(doc, groupMove(doc, [a.id, last.id, bottom.id], a.id, cell(b, 1, 2), { x: 0, y: 0 })!)
    expect(placeOf(next, a)).toEqual({ lane: b.lanes[1], step: b.steps[2], span: 1 })
    expect(placeOf(next, last)).toEqual(placeOf(doc, last))
    expect(placeOf(next, bottom)).toEqual(placeOf(doc, bottom))
  })

  it('stacks moved cards under the cards already in their new cell, in their old order', () => {
    const b = board()
    const anchor = createCard(b.doc.map.id, cell(b, 0, 0, 1, 0))
    const first = createCard(b.doc.map.id, cell(b, 0, 1, 1, 0))
    const second = createCard(b.doc.map.id, cell(b, 0, 1, 1, 1))
    const resident = createCard(b.doc.map.id, cell(b, 1, 1, 1, 5))
    const doc = withCards(b.doc, [anchor, first, second, resident])
    const next = applyCommand(doc, groupMove(doc, [second.id, anchor.id, first.id], anchor.id, cell(b, 1, 0, 1, 0), { x: 0, y: 160 })!)
    const ranks = [first, second].map((c) => (next.cards[c.id]!.place as { rank: number }).rank)
    expect(ranks[0]).toBeGreaterThan(5)
    expect(ranks[1]).toBeGreaterThan(ranks[0]!)
  })

  it('moves selected free notes by the pointer\'s travel and is a plain move for a single card', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 0, 0))
    const note = createCard(b.doc.map.id, { kind: 'free', x: -300, y: 10, width: 200, height: 100 })
    const doc = withCards(b.doc, [a, note])
    const next = applyCommand(doc, groupMove(doc, [a.id, note.id], a.id, cell(b, 0, 1), { x: 220.4, y: -5 })!)
    expect(next.cards[note.id]!.place).toEqual({ kind: 'free', x: -80, y: 5, width: 200, height: 100 })
    expect(groupMove(doc, [a.id], a.id, cell(b, 0, 1), { x: 0, y: 0 })).toEqual({ type: 'moveCard', cardId: a.id, to: cell(b, 0, 1) })
  })

  it('previews where the others land: their cells with their span', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 0, 0))
    const c = createCard(b.doc.map.id, cell(b, 0, 1, 2))
    const doc = withCards(b.doc, [a, c])
    const rects = groupTargets(doc, [a.id, c.id], a.id, { laneId: b.lanes[2]!, stepId: b.steps[0]! }, { x: 0, y: 320 })
    const row = b.grid.rows[2]!
    const col = b.grid.columns[1]!
    expect(rects).toEqual([{ x: col.x, y: row.y, width: col.width + b.grid.columns[2]!.width, height: row.height }])
    expect(groupTargets(doc, [a.id], a.id, null, { x: 0, y: 0 })).toEqual([])
  })
})

describe('nudging with the arrow keys', () => {
  it('moves cell cards one cell in the arrow\'s screen direction and free notes ten pixels', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 1, 1))
    const note = createCard(b.doc.map.id, { kind: 'free', x: -300, y: 10, width: 200, height: 100 })
    const doc = withCards(b.doc, [a, note])
    const right = applyCommand(doc, nudge(doc, [a.id, note.id], 1, 0)!)
    expect(placeOf(right, a)?.step).toBe(b.steps[2])
    expect(right.cards[note.id]!.place).toMatchObject({ x: -290, y: 10 })
    const up = applyCommand(doc, nudge(doc, [a.id], 0, -1)!)
    expect(placeOf(up, a)?.lane).toBe(b.lanes[0])
  })

  it('keeps a card at the edge of the grid in place, and steps back in time with the right arrow in a right-to-left map', () => {
    const b = board()
    const a = createCard(b.doc.map.id, cell(b, 0, 0))
    const doc = withCards(b.doc, [a])
    expect(nudge(doc, [a.id], -1, 0)).toBeNull()
    expect(nudge(doc, [a.id], 0, -1)).toBeNull()
    const r = board('rtl')
    const c = createCard(r.doc.map.id, cell(r, 0, 2))
    const rdoc = withCards(r.doc, [c])
    expect(placeOf(applyCommand(rdoc, nudge(rdoc, [c.id], 1, 0)!), c)?.step).toBe(r.steps[1])
  })
})
