import { describe, expect, it } from 'vitest'
import { createCard, type Card, type LaneId, type MapId, type StepId } from '../../../src/domain'
import { cardsByLane, stackLane } from '../../../src/domain/cardStack'
import { putRecord, putRecords } from '../../../src/domain/records'
import { seeded } from '../../fixtures/seeded'

const MAP = 'map' as MapId
const card = (laneId: string, stepId: string, rank: number, span = 1): Card => createCard(MAP, { kind: 'cell', laneId: laneId as LaneId, stepId: stepId as StepId, rank, span })
const byId = (cards: readonly Card[]) => Object.fromEntries(cards.map((c) => [c.id, c]))
const columns = (...stepIds: string[]) => new Map(stepIds.map((id, i) => [id as StepId, i]))

describe('cardsByLane', () => {
  it('groups each lane\'s cards with the columns they cover, a span cut at the last column', () => {
    const a = card('l1', 's2', 0, 5)
    const b = card('l2', 's1', 1)
    const lanes = cardsByLane(byId([a, b, card('l1', 'gone', 0)]), columns('s1', 's2', 's3'), 3)
    expect([...lanes.keys()]).toEqual(['l1', 'l2'])
    expect(lanes.get('l1' as LaneId)).toEqual([{ card: a, rank: 0, first: 1, last: 2 }])
    expect(lanes.get('l2' as LaneId)).toEqual([{ card: b, rank: 1, first: 0, last: 0 }])
  })

  it('gives each caller lists of its own: stacking (which sorts them) leaves the next caller\'s order as it was', () => {
    const cards = byId([card('l', 's1', 2), card('l', 's1', 1), card('l', 's1', 0)])
    const first = cardsByLane(cards, columns('s1'), 1).get('l' as LaneId)!
    const order = first.map((e) => e.rank)
    stackLane(first, 1, Infinity, 4, () => 10)
    expect(first.map((e) => e.rank)).toEqual([0, 1, 2])
    const second = cardsByLane(cards, columns('s1'), 1).get('l' as LaneId)!
    expect(second).not.toBe(first)
    expect(second.map((e) => e.rank)).toEqual(order)
  })

  it('groups again when the steps are in another order or the cards changed', () => {
    const x = card('l', 's1', 0)
    const y = card('l', 's2', 0)
    const cards = byId([x, y])
    expect(cardsByLane(cards, columns('s1', 's2'), 2).get('l' as LaneId)!.map((e) => [e.card.id, e.first])).toEqual([[x.id, 0], [y.id, 1]])
    expect(cardsByLane(cards, columns('s2', 's1'), 2).get('l' as LaneId)!.map((e) => [e.card.id, e.first])).toEqual([[x.id, 1], [y.id, 0]])
    const moved = { ...cards, [x.id]: { ...x, place: { ...x.place, laneId: 'm' as LaneId } } as Card }
    const lanes = cardsByLane(moved, columns('s1', 's2'), 2)
    expect(lanes.get('l' as LaneId)!.map((e) => e.card.id)).toEqual([y.id])
    expect(lanes.get('m' as LaneId)!.map((e) => e.card.id)).toEqual([x.id])
  })

  describe('after an edit (putRecords)', () => {
    const cols = columns('s1', 's2')
    const ids = (lanes: Map<LaneId, { card: Card }[]>, lane: string) => lanes.get(lane as LaneId)!.map((e) => e.card)
    const fresh = (cards: Record<string, Card>) => cardsByLane({ ...cards }, cols, 2)

    it('puts the edited card in its place and keeps every other lane as it was grouped', () => {
      const [a, b, c] = [card('l', 's1', 0), card('l', 's2', 0), card('m', 's1', 0)]
      const cards = byId([a, b, c])
      const before = cardsByLane(cards, cols, 2)
      const edited = { ...b, text: 'Now with words' }
      const next = putRecords(cards, [edited])
      const after = cardsByLane(next, cols, 2)
      expect(ids(after, 'l')).toEqual([a, edited])
      expect(after.get('l' as LaneId)).toEqual(fresh(next).get('l' as LaneId))
      // The lane it did not touch keeps its entries: brought up to date, not grouped again.
      expect(after.get('m' as LaneId)![0]).toBe(before.get('m' as LaneId)![0])
      // The grouping of the record it was made from is as it was.
      expect(ids(cardsByLane(cards, cols, 2), 'l')).toEqual([a, b])
    })

    it('brings a card put alone (a drop, putRecord) up to date the same way, not grouping every card again', () => {
      const [a, b, c] = [card('l', 's1', 0), card('l', 's2', 0), card('m', 's1', 0)]
      const cards = byId([a, b, c])
      const before = cardsByLane(cards, cols, 2)
      const moved = { ...a, place: { ...a.place, stepId: 's2' as StepId, rank: 1 } } as Card
      const next = putRecord(cards, a.id, moved)
      const after = cardsByLane(next, cols, 2)
      expect(ids(after, 'l')).toEqual([b, moved])
      expect(after.get('m' as LaneId)![0]).toBe(before.get('m' as LaneId)![0])
    })

    /** A lane's cards as stacking takes them: in order of column, rank and id. */
    const stacked = (lanes: Map<LaneId, { card: Card; first: number; rank: number }[]>, lane: string) =>
      [...(lanes.get(lane as LaneId) ?? [])].sort((x, y) => x.first - y.first || x.rank - y.rank || (x.card.id < y.card.id ? -1 : 1))

    it('brings the lanes up to date when a card moved to another lane or within its cell, came, or is off the grid, as grouping all again would', () => {
      const [a, b, c] = [card('l', 's1', 0), card('l', 's2', 0), card('n', 's1', 0)]
      const cards = byId([a, b, c])
      const before = cardsByLane(cards, cols, 2)
      const moved = putRecords(cards, [{ ...a, place: { ...a.place, laneId: 'm' as LaneId } } as Card])
      const after = cardsByLane(moved, cols, 2)
      expect(ids(after, 'l')).toEqual([b])
      expect(ids(after, 'm')).toEqual([moved[a.id]])
      // The lane the move did not touch keeps its entries.
      expect(after.get('n' as LaneId)![0]).toBe(before.get('n' as LaneId)![0])
      const reranked = putRecords(cards, [{ ...a, place: { ...a.place, rank: 5 } } as Card])
      expect(stacked(cardsByLane(reranked, cols, 2), 'l')).toEqual(stacked(fresh(reranked), 'l'))
      const spread = putRecords(cards, [{ ...b, place: { ...b.place, stepId: 's1' as StepId, span: 2 } } as Card])
      expect(stacked(cardsByLane(spread, cols, 2), 'l')).toEqual(stacked(fresh(spread), 'l'))
      const added = card('l', 's1', 1)
      expect(ids(cardsByLane(putRecords(cards, [added]), cols, 2), 'l')).toEqual([a, b, added])
      const offGrid = card('l', 'gone', 0)
      const withOff = byId([a, b, offGrid])
      cardsByLane(withOff, cols, 2)
      const editedOff = putRecords(withOff, [{ ...offGrid, text: 'still off' }])
      expect(ids(cardsByLane(editedOff, cols, 2), 'l')).toEqual([a, b])
      const ontoGrid = putRecords(withOff, [{ ...offGrid, place: { ...offGrid.place, stepId: 's2' as StepId } } as Card])
      expect(stacked(cardsByLane(ontoGrid, cols, 2), 'l')).toEqual(stacked(fresh(ontoGrid), 'l'))
      const freed = putRecords(cards, [{ ...a, place: { kind: 'free', x: 0, y: 0, width: 100, height: 80 } } as Card])
      expect(ids(cardsByLane(freed, cols, 2), 'l')).toEqual([b])
      // The grouping of the record they were all made from is as it was.
      expect(ids(cardsByLane(cards, cols, 2), 'l')).toEqual([a, b])
    })

    it('brings 300 random moves, edits and additions up to date as grouping all again would', () => {
      const next = seeded(17)
      const lanes = ['l', 'm', 'n']
      const steps = ['s1', 's2', 'gone']
      let cards: Record<string, Card> = byId(Array.from({ length: 12 }, () => card(lanes[Math.floor(next() * 3)]!, steps[Math.floor(next() * 3)]!, Math.floor(next() * 4))))
      cardsByLane(cards, cols, 2)
      for (let i = 0; i < 300; i++) {
        const all = Object.values(cards)
        const pick = all[Math.floor(next() * all.length)]!
        const place = { kind: 'cell', laneId: lanes[Math.floor(next() * 3)] as LaneId, stepId: steps[Math.floor(next() * 3)] as StepId, rank: Math.floor(next() * 4), span: 1 + Math.floor(next() * 2) } as const
        const put = next() < 0.2 ? [card(place.laneId, place.stepId, place.rank)] : next() < 0.5 ? [{ ...pick, text: `edit ${i}` }] : [{ ...pick, place }, ...(next() < 0.3 ? [{ ...all[0]!, place: { ...place, rank: 9 } }] : [])]
        cards = putRecords(cards, put) as Record<string, Card>
        const got = cardsByLane(cards, cols, 2)
        const want = fresh(cards)
        for (const lane of lanes) expect(stacked(got, lane), `step ${i}, lane ${lane}`).toEqual(stacked(want, lane))
      }
    })
  })
})
