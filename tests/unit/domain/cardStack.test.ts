import { describe, expect, it } from 'vitest'
import { createCard, type Card, type LaneId, type MapId, type StepId } from '../../../src/domain'
import { cardsByLane, stackLane } from '../../../src/domain/cardStack'

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
})
