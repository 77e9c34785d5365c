import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  createCard,
  createStage,
  newId,
  type Card,
  type CardPlace,
  type JourneyDoc,
  type LaneId,
  type StepId,
} from '../../../src/domain'
import { cardLayout, cardRects, cellRect, gridLayout, hitCell, LAYOUT, slotsInRow } from '../../../src/domain/layout'
import { cardAt, cardsTouching } from '../../../src/domain/cardHits'
import { rankAt } from '../../../src/domain/cellStacks'
import { sampleGrid } from './helpers'

const { laneTitleWidth: TITLE, stageHeaderHeight, stepHeaderHeight, cellPadding: PAD, cardGap: GAP, cardHeight: CARD } = LAYOUT
const TOP = stageHeaderHeight + stepHeaderHeight

/** Two stages: A with steps of 200 and 300, B with one of 250; lanes of 160, 240 and a collapsed 160. */
const grid = () => sampleGrid()

function at(laneId: LaneId, stepId: StepId, rank = 0, span = 1): CardPlace {
  return { kind: 'cell', laneId, stepId, span, rank }
}

function withCards(doc: JourneyDoc, cards: readonly Card[]): JourneyDoc {
  return applyCommand(doc, { type: 'addCards', cards })
}

describe('grid layout', () => {
  it('lays steps out stage by stage after the lane title column, lanes below both header rows', () => {
    const g = grid()
    const layout = gridLayout(g.doc)
    expect(layout.columns.map((c) => [c.x, c.width])).toEqual([
      [TITLE, 200],
      [TITLE + 200, 300],
      [TITLE + 500, 250],
    ])
    expect(layout.stages.map((s) => [s.stageId, s.x, s.width])).toEqual([
      [g.a.id, TITLE, 500],
      [g.b.id, TITLE + 500, 250],
    ])
    expect(layout.rows.map((r) => [r.y, r.height])).toEqual([
      [TOP, 160],
      [TOP + 160, 240],
      [TOP + 400, LAYOUT.collapsedLaneHeight],
    ])
    expect(layout.width).toBe(TITLE + 750)
    expect(layout.height).toBe(TOP + 400 + LAYOUT.collapsedLaneHeight)
    expect(layout.laneTitleX).toBe(0)
  })

  it('mirrors a right-to-left map: the first step sits right next to the lane titles on the right', () => {
    const g = grid()
    const ltr = gridLayout(g.doc)
    const rtl = gridLayout({ ...g.doc, map: { ...g.doc.map, direction: 'rtl' } })
    expect(rtl.width).toBe(ltr.width)
    expect(rtl.laneTitleX).toBe(ltr.width - TITLE)
    expect(rtl.columns.map((c) => [c.x, c.width])).toEqual([
      [750 - 200, 200],
      [750 - 500, 300],
      [0, 250],
    ])
    expect(rtl.stages[0]).toMatchObject({ stageId: g.a.id, x: 250, width: 500 })
    ltr.columns.forEach((c, i) => expect(rtl.columns[i]?.x).toBe(ltr.width - c.x - c.width))
  })

  it('gives a stage without steps a visible band and skips ids that point nowhere', () => {
    const g = grid()
    const empty = createStage(g.doc.map.id, 'Empty')
    const doc: JourneyDoc = {
      ...g.doc,
      map: { ...g.doc.map, stageIds: [...g.doc.map.stageIds, empty.id, newId()], laneIds: [...g.doc.map.laneIds, newId()] },
      stages: { ...g.doc.stages, [empty.id]: empty },
    }
    const layout = gridLayout(doc)
    expect(layout.stages).toHaveLength(3)
    expect(layout.stages[2]).toMatchObject({ x: TITLE + 750, width: LAYOUT.emptyStageWidth })
    expect(layout.rows).toHaveLength(3)
  })

  it('computes cell rects, cutting a span at the last step, in both directions', () => {
    const g = grid()
    const layout = gridLayout(g.doc)
    expect(cellRect(layout, g.tall.id, g.a2.id)).toEqual({ x: TITLE + 200, y: TOP + 160, width: 300, height: 240 })
    expect(cellRect(layout, g.short.id, g.a1.id, 2)).toEqual({ x: TITLE, y: TOP, width: 500, height: 160 })
    expect(cellRect(layout, g.short.id, g.a2.id, 9)).toEqual({ x: TITLE + 200, y: TOP, width: 550, height: 160 })
    expect(cellRect(layout, newId(), g.a2.id)).toBeNull()
    const rtl = gridLayout({ ...g.doc, map: { ...g.doc.map, direction: 'rtl' } })
    expect(cellRect(rtl, g.short.id, g.a1.id, 2)).toEqual({ x: 250, y: TOP, width: 500, height: 160 })
  })

  it('hit-tests cells, and nothing in the headers, the title column or outside', () => {
    const g = grid()
    const layout = gridLayout(g.doc)
    expect(hitCell(layout, { x: TITLE + 1, y: TOP + 1 })).toEqual({ laneId: g.short.id, stepId: g.a1.id })
    expect(hitCell(layout, { x: TITLE + 200, y: TOP + 160 })).toEqual({ laneId: g.tall.id, stepId: g.a2.id })
    expect(hitCell(layout, { x: TITLE + 749, y: TOP + 405 })).toEqual({ laneId: g.shut.id, stepId: g.b1.id })
    expect(hitCell(layout, { x: TITLE + 10, y: TOP - 1 })).toBeNull()
    expect(hitCell(layout, { x: TITLE - 1, y: TOP + 10 })).toBeNull()
    expect(hitCell(layout, { x: TITLE + 750, y: TOP + 10 })).toBeNull()
    expect(hitCell(layout, { x: TITLE + 10, y: layout.height })).toBeNull()
    const rtl = gridLayout({ ...g.doc, map: { ...g.doc.map, direction: 'rtl' } })
    expect(hitCell(rtl, { x: 10, y: TOP + 10 })?.stepId).toBe(g.b1.id)
    expect(hitCell(rtl, { x: 740, y: TOP + 10 })?.stepId).toBe(g.a1.id)
    expect(hitCell(rtl, { x: 760, y: TOP + 10 })).toBeNull()
  })

  it('is memoised by reference and recomputed when the grid changes', () => {
    const g = grid()
    const first = gridLayout(g.doc)
    const withCard = withCards(g.doc, [createCard(g.doc.map.id, at(g.short.id, g.a1.id))])
    expect(gridLayout(withCard)).toBe(first)
    const resized = applyCommand(g.doc, { type: 'resizeStep', stepId: g.a1.id, width: 400 })
    expect(gridLayout(resized)).not.toBe(first)
    expect(gridLayout(resized).width).toBe(first.width + 200)
  })
})

describe('card layout', () => {
  it('stacks cards in a cell by rank and, on a compact map, hides what does not fit behind a "+N" marker', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const cards = [3, 1, 2, 0].map((rank) => createCard(mapId, at(g.short.id, g.a1.id, rank), { text: `r${rank}` }))
    const doc = applyCommand(withCards(g.doc, cards), { type: 'setCardText', mode: 'compact' })
    const layout = cardLayout(doc)
    const fits = slotsInRow(layout.grid.rows[0]!)
    expect(fits).toBe(2)
    const [r0, r1, r2, r3] = [...cards].sort((a, b) => (a.place.kind === 'cell' && b.place.kind === 'cell' ? a.place.rank - b.place.rank : 0)).map((c) => c.id)
    expect(layout.rects.get(r0!)).toEqual({ x: TITLE + PAD, y: TOP + PAD, width: 200 - 2 * PAD, height: CARD })
    expect(layout.rects.get(r1!)?.y).toBe(TOP + PAD + CARD + GAP)
    expect(layout.rects.has(r2!)).toBe(false)
    expect(layout.rects.has(r3!)).toBe(false)
    expect(layout.overflow).toEqual([expect.objectContaining({ laneId: g.short.id, stepId: g.a1.id, count: 2 })])
    const marker = layout.overflow[0]!.rect
    expect(marker.x + marker.width).toBeLessThanOrEqual(TITLE + 200)
    expect(marker.y + marker.height).toBeLessThanOrEqual(TOP + 160)
  })

  it('on a map fitted to text, draws every card of a full cell and grows the lane instead of showing "+N"', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const cards = [3, 1, 2, 0].map((rank) => createCard(mapId, at(g.short.id, g.a1.id, rank), { text: `r${rank}` }))
    const doc = withCards(g.doc, cards)
    expect(doc.map.cardText ?? 'fit').toBe('fit')
    const layout = cardLayout(doc)
    expect(layout.overflow).toEqual([])
    const ranked = [...cards].sort((a, b) => (a.place.kind === 'cell' && b.place.kind === 'cell' ? a.place.rank - b.place.rank : 0))
    ranked.forEach((c, i) => expect(layout.rects.get(c.id)).toEqual({ x: TITLE + PAD, y: TOP + PAD + i * (CARD + GAP), width: 200 - 2 * PAD, height: CARD }))
    // The lane is as tall as its four cards need, and the lanes below move down with it.
    const [short, tall] = layout.grid.rows
    expect(short!.height).toBe(4 * CARD + 3 * GAP + 2 * PAD)
    expect(tall!.y).toBe(TOP + short!.height)
    for (const c of ranked) {
      const r = layout.rects.get(c.id)!
      expect(r.y + r.height).toBeLessThanOrEqual(short!.y + short!.height - PAD)
    }
    // A folded lane still hides its cards: folding is the person's choice.
    const folded = cardLayout(withCards(g.doc, [createCard(mapId, at(g.shut.id, g.a1.id)), createCard(mapId, at(g.shut.id, g.a1.id, 1))]))
    expect(folded.overflow).toEqual([expect.objectContaining({ laneId: g.shut.id, count: 2 })])
  })

  it('keeps a spanning card in one slot across its steps so stacks never overlap', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const wide = createCard(mapId, at(g.tall.id, g.a1.id, 0, 2))
    const under = createCard(mapId, at(g.tall.id, g.a2.id, -5))
    const doc = withCards(g.doc, [wide, under])
    const rects = cardRects(doc)
    expect(rects.get(wide.id)).toMatchObject({ x: TITLE + PAD, y: TOP + 160 + PAD, width: 500 - 2 * PAD })
    expect(rects.get(under.id)).toMatchObject({ x: TITLE + 200 + PAD, y: TOP + 160 + PAD + CARD + GAP })
  })

  it('draws nothing of a collapsed lane but counts its cards', () => {
    const g = grid()
    const doc = withCards(g.doc, [createCard(g.doc.map.id, at(g.shut.id, g.b1.id))])
    const layout = cardLayout(doc)
    expect(layout.rects.size).toBe(0)
    expect(layout.overflow).toEqual([expect.objectContaining({ laneId: g.shut.id, stepId: g.b1.id, count: 1 })])
  })

  it('places free cards where they say, after the grid cards, and widens the bounds', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const note = createCard(mapId, { kind: 'free', x: -300, y: 50, width: 180, height: 90 })
    const inCell = createCard(mapId, at(g.short.id, g.b1.id))
    const layout = cardLayout(withCards(g.doc, [note, inCell]))
    expect(layout.rects.get(note.id)).toEqual({ x: -300, y: 50, width: 180, height: 90 })
    expect(layout.order).toEqual([inCell.id, note.id])
    expect(layout.bounds).toEqual({ x: -300, y: 0, width: layout.grid.width + 300, height: layout.grid.height })
  })

  it('mirrors card rects in a right-to-left map', () => {
    const g = grid()
    const card = createCard(g.doc.map.id, at(g.short.id, g.a1.id))
    const doc = withCards({ ...g.doc, map: { ...g.doc.map, direction: 'rtl' } }, [card])
    expect(cardRects(doc).get(card.id)).toMatchObject({ x: 750 - 200 + PAD, width: 200 - 2 * PAD })
  })

  it('finds the topmost card under a point and the cards a marquee touches', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const a = createCard(mapId, at(g.short.id, g.a1.id))
    const b = createCard(mapId, at(g.short.id, g.a2.id))
    const free = createCard(mapId, { kind: 'free', x: TITLE + PAD + 5, y: TOP + PAD + 5, width: 50, height: 50 })
    const layout = cardLayout(withCards(g.doc, [a, b, free]))
    expect(cardAt(layout, { x: TITLE + PAD + 10, y: TOP + PAD + 10 })).toBe(free.id)
    expect(cardAt(layout, { x: TITLE + PAD + 100, y: TOP + PAD + 10 })).toBe(a.id)
    expect(cardAt(layout, { x: TITLE + 2, y: TOP + 2 })).toBeNull()
    expect(cardsTouching(layout, { x: TITLE + 150, y: TOP, width: 100, height: 20 })).toEqual([a.id, b.id])
  })

  it('recomputes when cards change and reuses the result for the same cards', () => {
    const g = grid()
    const card = createCard(g.doc.map.id, at(g.short.id, g.a1.id))
    const doc = withCards(g.doc, [card])
    expect(cardLayout(doc)).toBe(cardLayout({ ...doc }))
    const moved = applyCommand(doc, { type: 'moveCard', cardId: card.id, to: at(g.tall.id, g.b1.id) })
    expect(cardRects(moved).get(card.id)?.x).toBe(TITLE + 500 + PAD)
  })

  it('lays out 10,000 cards in one pass', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const lanes = [g.short.id, g.tall.id, g.shut.id]
    const steps = [g.a1.id, g.a2.id, g.b1.id]
    const cards = Array.from({ length: 10_000 }, (_, i) =>
      createCard(mapId, i % 10 === 0 ? { kind: 'free', x: i, y: -i, width: 100, height: 60 } : at(lanes[i % 3]!, steps[(i >> 2) % 3]!, i, 1 + (i % 2))),
    )
    const layout = cardLayout(withCards(g.doc, cards))
    expect(layout.order.length).toBe(layout.rects.size)
    const hidden = layout.overflow.reduce((n, o) => n + o.count, 0)
    expect(layout.rects.size + hidden).toBe(10_000)
  })
})

describe('ranks for a drop', () => {
  it('puts a card before, between or after the cards of a cell', () => {
    const g = grid()
    const mapId = g.doc.map.id
    const first = createCard(mapId, at(g.short.id, g.a1.id, 1))
    const second = createCard(mapId, at(g.short.id, g.a1.id, 2))
    const doc = withCards(g.doc, [first, second])
    const cell = { laneId: g.short.id, stepId: g.a1.id }
    expect(rankAt(doc, cell, 0)).toBe(0)
    expect(rankAt(doc, cell, 1)).toBe(1.5)
    expect(rankAt(doc, cell, 5)).toBe(3)
    expect(rankAt(doc, cell, 1, first.id)).toBe(3)
    expect(rankAt(doc, { laneId: g.tall.id, stepId: g.a1.id }, 3)).toBe(0)
  })
})
