import { describe, expect, it } from 'vitest'
import { clampSpan, groupMove, groupTargets, nudge, spanAtPointer } from '../../../src/canvas/cards/cardMoves'
import { CHANNEL_ICON_PATHS, DEVICE_ICON_PATHS } from '../../../src/canvas/cards/icons'
import { revealViewport } from '../../../src/canvas/cards/reveal'
import { hitSpanHandle, spanHandleRect } from '../../../src/canvas/cards/spanHandle'
import { cardTextBox, touchpointFooterLayout, TOUCHPOINT_ICON_SIZE } from '../../../src/canvas/cards/touchpointLayout'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT } from '../../../src/canvas/cardStyle'
import { applyCommand, CHANNELS, createCard, createMap, createStarterDoc, DEVICES, newId, type Card, type CardPlace, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { cardLayout, gridLayout, LAYOUT } from '../../../src/domain/layout'
import { firstCards, laneCardGroups } from '../../../src/ui/outlineCards'

/** Two stages of two steps (four columns) and three lanes. */
function board(direction: 'ltr' | 'rtl' = 'ltr') {
  const map = { ...createMap(newId<WorkshopId>(), 'Cards'), direction }
  const doc = createStarterDoc(map, {
    stages: ['Before', 'After'],
    step: (n) => `Step ${n}`,
    lanes: [
      ['touchpoints', 'Touchpoints'],
      ['actions', 'Actions'],
      ['painPoints', 'Pain points'],
    ],
  })
  const grid = gridLayout(doc)
  const steps = grid.columns.map((c) => c.stepId)
  const lanes = grid.rows.map((r) => r.laneId)
  return { doc, grid, steps, lanes }
}

function cell(b: ReturnType<typeof board>, lane: number, step: number, span = 1, rank = 0): CardPlace {
  return { kind: 'cell', laneId: b.lanes[lane]!, stepId: b.steps[step]!, span, rank }
}

function withCards(doc: JourneyDoc, cards: Card[]): JourneyDoc {
  return applyCommand(doc, { type: 'addCards', cards })
}

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

  it('puts the grip on the trailing edge below the link connector, and only for one selected cell card', () => {
    const b = board()
    const card = createCard(b.doc.map.id, cell(b, 0, 0))
    const free = createCard(b.doc.map.id, { kind: 'free', x: -400, y: 0, width: 200, height: 100 })
    const doc = withCards(b.doc, [card, free])
    const rect = cardLayout(doc).rects.get(card.id)!
    const grip = spanHandleRect(rect, false, 1)
    expect(grip.x + grip.width / 2).toBe(rect.x + rect.width)
    expect(grip.y).toBeGreaterThan(rect.y + rect.height / 2 + 10)
    expect(grip.y + grip.height).toBeLessThanOrEqual(rect.y + rect.height)
    const rtlGrip = spanHandleRect(rect, true, 1)
    expect(rtlGrip.x + rtlGrip.width / 2).toBe(rect.x)
    const on = { x: rect.x + rect.width, y: grip.y + grip.height / 2 }
    expect(hitSpanHandle(doc, [card.id], on, 1)?.card.id).toBe(card.id)
    expect(hitSpanHandle(doc, [card.id, free.id], on, 1)).toBeNull()
    expect(hitSpanHandle(doc, [card.id], { x: on.x, y: rect.y + rect.height / 2 }, 1)).toBeNull()
    expect(hitSpanHandle(doc, [free.id], { x: -200, y: 80 }, 1)).toBeNull()
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

describe('touchpoint details on a card', () => {
  it('has a drawing for every channel and device', () => {
    for (const channel of CHANNELS) expect(CHANNEL_ICON_PATHS[channel]).toMatch(/^[Mm]/)
    for (const device of DEVICES) expect(DEVICE_ICON_PATHS[device]).toMatch(/^[Mm]/)
  })

  it('keeps two lines of text above the icon row on a standard card, and the whole card for a plain one', () => {
    const plain = { channel: null, device: null, team: '' }
    expect(cardTextBox(plain, 200, LAYOUT.cardHeight)).toMatchObject({ width: 200, height: LAYOUT.cardHeight })
    const box = cardTextBox({ channel: 'email', device: null, team: '' }, 200, LAYOUT.cardHeight)
    expect(box.height).toBeGreaterThanOrEqual(2 * CARD_FONT_SIZE * CARD_LINE_HEIGHT)
    const footer = touchpointFooterLayout(2, true, 200, LAYOUT.cardHeight, 'ltr')
    expect(box.y + box.height).toBeLessThanOrEqual(footer.icons[0]!.y)
    expect(footer.icons[0]!.y + TOUCHPOINT_ICON_SIZE).toBeLessThanOrEqual(LAYOUT.cardHeight)
    expect(footer.team!.x).toBeGreaterThan(footer.icons[1]!.x + TOUCHPOINT_ICON_SIZE)
  })

  it('starts the icons at the right edge in a right-to-left map', () => {
    const ltr = touchpointFooterLayout(1, true, 200, 64, 'ltr')
    const rtl = touchpointFooterLayout(1, true, 200, 64, 'rtl')
    expect(rtl.icons[0]!.x).toBe(200 - ltr.icons[0]!.x - TOUCHPOINT_ICON_SIZE)
    expect(rtl.team!.x + rtl.team!.width).toBeLessThan(rtl.icons[0]!.x)
  })
})

describe('revealing a card from the outline', () => {
  const vp = { x: 0, y: 0, zoom: 1 }
  it('leaves the view alone when the card is on screen', () => {
    expect(revealViewport(vp, { x: 100, y: 100, width: 200, height: 64 }, 1000, 800)).toBe(vp)
  })
  it('pans just enough to bring it in with a margin', () => {
    expect(revealViewport(vp, { x: 1200, y: 100, width: 200, height: 64 }, 1000, 800)).toEqual({ x: 448, y: 0, zoom: 1 })
    expect(revealViewport({ x: 0, y: 0, zoom: 2 }, { x: -100, y: -50, width: 50, height: 20 }, 1000, 800)).toEqual({ x: -124, y: -74, zoom: 2 })
  })
  it('centres a card that is bigger than the screen', () => {
    expect(revealViewport(vp, { x: 0, y: 0, width: 3000, height: 64 }, 1000, 800).x).toBe(1000)
  })
})

describe('cards in the outline', () => {
  it('groups a lane\'s cards by step in time order, stacked by rank, and pages them', () => {
    const b = board()
    const late = createCard(b.doc.map.id, cell(b, 0, 3), { text: 'late' })
    const bottom = createCard(b.doc.map.id, cell(b, 0, 0, 1, 2), { text: 'bottom' })
    const top = createCard(b.doc.map.id, cell(b, 0, 0, 1, 1), { text: 'top' })
    const elsewhere = createCard(b.doc.map.id, cell(b, 1, 0), { text: 'elsewhere' })
    const doc = withCards(b.doc, [late, bottom, top, elsewhere])
    const groups = laneCardGroups(doc, b.lanes[0]!)
    expect(groups.map((g) => [g.stepId, g.cards.map((c) => c.text)])).toEqual([
      [b.steps[0], ['top', 'bottom']],
      [b.steps[3], ['late']],
    ])
    const page = firstCards(groups, 2)
    expect(page.groups.map((g) => g.cards.length)).toEqual([2])
    expect(page.hidden).toBe(1)
  })
})
