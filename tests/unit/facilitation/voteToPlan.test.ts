import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createMap, emptyDoc, newId, type Card, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { actionsFromVote, createVoteRecord, defaultVoteSettings, results, voteToPlan, type VoteRecord } from '../../../src/domain/facilitation'

const REVEALED = 1_764_900_000_000

/** A map with five free notes, "a" to "e", and a saved show of hands with the given dots. */
function voted(dots: Readonly<Record<string, number>>) {
  const map = createMap(newId<WorkshopId>(), 'Vote map')
  const cards: Record<string, Card> = {}
  for (const [i, name] of ['a', 'b', 'c', 'd', 'e'].entries()) {
    cards[name] = createCard(map.id, { kind: 'free', x: i * 220, y: 0, width: 200, height: 64 }, { text: `Card ${name}`, team: name === 'a' ? 'Support' : '' })
  }
  const doc: JourneyDoc = applyCommand(emptyDoc(map), { type: 'addCards', cards: Object.values(cards) })
  const tally = Object.fromEntries(Object.entries(dots).map(([name, n]) => [cards[name]!.id, n]))
  const ids = Object.values(cards).map((c) => c.id)
  const record: VoteRecord = createVoteRecord({
    startedAt: REVEALED - 60_000,
    revealedAt: REVEALED,
    mode: 'hands',
    settings: defaultVoteSettings(),
    results: results(tally, ids, { voters: null, participants: null }),
    doc,
  })
  const names = new Map(Object.entries(cards).map(([name, card]) => [card.id as string, name]))
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id))
  return { doc, cards, record, named }
}

describe('the top three of a vote to the action plan', () => {
  it('makes one action per card of the first three places, best first, each with its card’s votes', () => {
    const { doc, record, named } = voted({ a: 1, b: 5, c: 3, d: 2 })
    const plan = voteToPlan(doc, record)
    expect(named(plan.make.map((m) => m.card.id))).toEqual(['b', 'c', 'd'])
    expect(plan).toMatchObject({ planned: [], gone: [], tieAtCut: false })
    const actions = actionsFromVote(doc.map.id, plan, REVEALED + 1000)
    expect(actions.map((a) => [a.title, a.votes, a.cardIds.length, a.mapId])).toEqual([
      ['Card b', 5, 1, doc.map.id],
      ['Card c', 3, 1, doc.map.id],
      ['Card d', 2, 1, doc.map.id],
    ])
    // Made a millisecond apart: the plan, which lists by creation, keeps the vote's order.
    expect(actions.map((a) => a.createdAt)).toEqual([REVEALED + 1000, REVEALED + 1001, REVEALED + 1002])
  })

  it('takes every card tied with the third place, and says the tie made the list longer', () => {
    const { doc, record, named } = voted({ a: 4, b: 3, c: 2, d: 2, e: 1 })
    const plan = voteToPlan(doc, record)
    expect(named(plan.make.map((m) => m.card.id))).toEqual(['a', 'b', 'c', 'd'])
    expect(plan.tieAtCut).toBe(true)
    // A tie above the cut keeps its places: 5, 5, 3 are three cards.
    expect(voteToPlan(doc, voted({ a: 5, b: 5, c: 3, d: 1 }).record).tieAtCut).toBe(false)
  })

  it('never takes a card without a dot, so a vote with two voted cards makes two actions', () => {
    const { doc, record, named } = voted({ c: 2, e: 1 })
    expect(named(voteToPlan(doc, record).make.map((m) => m.card.id))).toEqual(['c', 'e'])
    expect(voteToPlan(doc, voted({}).record).make).toEqual([])
  })

  it('skips a card deleted since the vote without taking the fourth in its place', () => {
    const { doc, cards, record, named } = voted({ a: 4, b: 3, c: 2, d: 1 })
    const after = applyCommand(doc, { type: 'deleteCards', cardIds: [cards.b!.id] })
    const plan = voteToPlan(after, record)
    expect(named(plan.make.map((m) => m.card.id))).toEqual(['a', 'c'])
    expect(named(plan.gone)).toEqual(['b'])
  })

  it('does not make a card’s action twice: the second press finds them already in the plan', () => {
    const { doc, record, named } = voted({ a: 4, b: 3, c: 2 })
    const once = applyCommand(doc, { type: 'addActions', actions: actionsFromVote(doc.map.id, voteToPlan(doc, record), REVEALED + 5) })
    const again = voteToPlan(once, record)
    expect(again.make).toEqual([])
    expect(named(again.planned)).toEqual(['a', 'b', 'c'])
    // The card's team owns the action made from it.
    expect(Object.values(once.actions).map((a) => a.owner).sort()).toEqual(['', '', 'Support'])
  })

  it('still makes an action for a card whose only action is older than the vote or from other votes', () => {
    const { doc, cards, record, named } = voted({ a: 4, b: 3, c: 2 })
    const older = actionsFromVote(doc.map.id, voteToPlan(doc, record), REVEALED - 10)[0]!
    const byHand = { ...actionsFromVote(doc.map.id, voteToPlan(doc, record), REVEALED + 10)[1]!, votes: 0 }
    const withThem = applyCommand(doc, { type: 'addActions', actions: [older, byHand] })
    expect(older.cardIds).toEqual([cards.a!.id])
    const plan = voteToPlan(withThem, record)
    expect(named(plan.make.map((m) => m.card.id))).toEqual(['a', 'b', 'c'])
    expect(plan.planned).toEqual([])
  })

  it('counts an action made after the reveal from the card and another, carrying the card’s dots, as this vote’s', () => {
    const { doc, cards, record, named } = voted({ a: 4, b: 3, c: 2 })
    const both = { ...actionsFromVote(doc.map.id, voteToPlan(doc, record), REVEALED + 10)[0]!, cardIds: [cards.e!.id, cards.a!.id] }
    const plan = voteToPlan(applyCommand(doc, { type: 'addActions', actions: [both] }), record)
    expect(named(plan.planned)).toEqual(['a'])
    expect(named(plan.make.map((m) => m.card.id))).toEqual(['b', 'c'])
  })
})
