import { afterEach, describe, expect, it } from 'vitest'
import { applyCommand, createCard, type CardPlace, type Command, type JourneyDoc } from '../../../src/domain'
import { setCardHeightRule } from '../../../src/domain/cardFit'
import { freeCards } from '../../../src/domain/cardStack'
import { cardAt } from '../../../src/domain/cardHits'
import { cardLayout, columnIndexOf, gridLayout, type CardLayout, type Point } from '../../../src/domain/layout'
import { seeded } from '../../fixtures/seeded'
import { sampleGrid } from './helpers'

afterEach(() => setCardHeightRule(null))

/** The topmost card under a point, looked for through every card. */
function anyCardAt(layout: CardLayout, p: Point) {
  return [...layout.order].reverse().find((id) => {
    const r = layout.rects.get(id)!
    return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height
  }) ?? null
}

/**
 * The layout keeps what an edit did not touch (each lane's rects, the free cards, the grouping by
 * lane) and brings the rest up to date; after any run of edits it must be the layout the map gets
 * from scratch, which a deep copy of the map (records nothing remembers) is laid out as, and a hit
 * test (which looks in the lane under the point only) must find what a look at every card finds.
 */
describe('the card layout after a run of edits', () => {
  it.each(['ltr', 'rtl'] as const)('places every card as a layout from scratch would (a map that starts %s)', (direction) => {
    // Cards fitted to their text: a text edit makes a lane taller and moves the lanes below it.
    setCardHeightRule((card) => 40 + (card.text.length % 4) * 50)
    const next = seeded(direction === 'ltr' ? 11 : 12)
    const g = sampleGrid({ direction })
    const lanes = [g.short.id, g.tall.id, g.shut.id]
    const steps = [g.a1.id, g.a2.id, g.b1.id]
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
    const place = (): CardPlace =>
      next() < 0.2
        ? { kind: 'free', x: Math.round(next() * 900) - 100, y: Math.round(next() * 700) - 50, width: 200, height: 100 }
        : { kind: 'cell', laneId: pick(lanes), stepId: pick(steps), span: 1 + Math.floor(next() * 2), rank: Math.floor(next() * 6) }
    const mapId = g.doc.map.id
    let doc: JourneyDoc = applyCommand(g.doc, { type: 'addCards', cards: Array.from({ length: 30 }, (_, i) => createCard(mapId, place(), { text: 'x'.repeat(i % 7) })) })
    cardLayout(doc)
    for (let i = 0; i < 250; i++) {
      const ids = Object.keys(doc.cards) as (keyof typeof doc.cards)[]
      const roll = next()
      const cmd: Command =
        roll < 0.45
          ? { type: 'moveCard', cardId: pick(ids), to: place() }
          : roll < 0.7
            ? { type: 'updateCards', cardIds: [pick(ids), pick(ids)], patch: { text: 'y'.repeat(Math.floor(next() * 9)) } }
            : roll < 0.8
              ? { type: 'addCards', cards: [createCard(mapId, place(), { text: 'new' })] }
              : roll < 0.88
                ? { type: 'resizeStep', stepId: pick(steps), width: 180 + Math.floor(next() * 4) * 40 }
                : roll < 0.96
                  ? { type: 'setLaneCollapsed', laneId: pick(lanes), collapsed: next() < 0.5 }
                  : { type: 'setMapDirection', direction: next() < 0.5 ? 'ltr' : 'rtl' }
      doc = applyCommand(doc, cmd)
      const got = cardLayout(doc)
      const want = cardLayout(structuredClone(doc))
      const what = `edit ${i}: ${cmd.type}`
      expect(got.order, what).toEqual(want.order)
      expect(Object.fromEntries(got.rects), what).toEqual(Object.fromEntries(want.rects))
      expect(got.overflow, what).toEqual(want.overflow)
      expect(got.bounds, what).toEqual(want.bounds)
      // A hit test finds the card a look through every card finds, at points on cards and between them.
      for (const id of got.order.slice(-4)) {
        const r = got.rects.get(id)!
        for (const p of [{ x: r.x, y: r.y }, { x: r.x + r.width / 2, y: r.y + r.height / 2 }, { x: r.x + r.width, y: r.y + r.height + 1 }]) expect(cardAt(got, p), what).toBe(anyCardAt(got, p))
      }
      for (let k = 0; k < 20; k++) {
        const p = { x: got.bounds.x + next() * got.bounds.width, y: got.bounds.y + next() * got.bounds.height }
        expect(cardAt(got, p), what).toBe(anyCardAt(got, p))
      }
      const columns = gridLayout(doc).columns
      expect(freeCards(doc.cards, columnIndexOf(columns), columns.length), what).toEqual(Object.values(doc.cards).filter((c) => c.place.kind === 'free'))
    }
  })
})
