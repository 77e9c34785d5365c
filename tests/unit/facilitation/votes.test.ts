import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCard, type CardId, type LaneId, type StageId, type StepId } from '../../../src/domain'
import {
  ballotOf,
  castVote,
  defaultVoteSettings,
  doneCount,
  eligibleCards,
  normalizeVoteSettings,
  retractVote,
  setHandCount,
  votesLeft,
  type Ballots,
} from '../../../src/domain/facilitation/votes'
import { results, tally } from '../../../src/domain/facilitation/voteResults'
import { buildSampleDoc, cell, deepFreeze } from '../domain/helpers'
import { A, B, C, D, E, cast, settings } from './voteFixtures'



describe('vote settings', () => {
  it('defaults to three stackable dots on the whole map, anonymous, tallies hidden, no timer', () => {
    expect(defaultVoteSettings()).toEqual({ votesPerPerson: 3, capPerCard: 3, scope: { kind: 'map' }, anonymous: true, hideTallies: true, durationMs: null })
    expect(normalizeVoteSettings(defaultVoteSettings())).toEqual(defaultVoteSettings())
  })

  it('clamps budgets and caps into range and brings a cap above the budget down to it', () => {
    expect(normalizeVoteSettings({ votesPerPerson: 0, capPerCard: 0 })).toMatchObject({ votesPerPerson: 1, capPerCard: 1 })
    expect(normalizeVoteSettings({ votesPerPerson: 51, capPerCard: 99 })).toMatchObject({ votesPerPerson: 50, capPerCard: 50 })
    expect(normalizeVoteSettings({ votesPerPerson: 5.9, capPerCard: 7 })).toMatchObject({ votesPerPerson: 5, capPerCard: 5 })
    expect(normalizeVoteSettings({ votesPerPerson: 2 })).toMatchObject({ votesPerPerson: 2, capPerCard: 2 })
    expect(normalizeVoteSettings({ votesPerPerson: Number.NaN, capPerCard: '2' })).toMatchObject({ votesPerPerson: 3, capPerCard: 3 })
  })

  it('reads durations, scopes and flags tolerantly', () => {
    expect(normalizeVoteSettings({ durationMs: 90_000 }).durationMs).toBe(90_000)
    expect(normalizeVoteSettings({ durationMs: 5 }).durationMs).toBe(1_000)
    expect(normalizeVoteSettings({ durationMs: 1e12 }).durationMs).toBe(24 * 3600 * 1000)
    for (const bad of [0, -1, Infinity, '60000', null]) expect(normalizeVoteSettings({ durationMs: bad }).durationMs).toBeNull()
    expect(normalizeVoteSettings({ scope: { kind: 'lanes', laneIds: ['l1', 'l1', '__proto__', 7, 'bad id', 'l2'] } }).scope).toEqual({ kind: 'lanes', laneIds: ['l1', 'l2'] })
    expect(normalizeVoteSettings({ scope: { kind: 'stages', stageIds: 'nope' } }).scope).toEqual({ kind: 'stages', stageIds: [] })
    expect(normalizeVoteSettings({ scope: { kind: 'everything' } }).scope).toEqual({ kind: 'map' })
    expect(normalizeVoteSettings({ anonymous: false, hideTallies: 'no' })).toMatchObject({ anonymous: false, hideTallies: true })
    for (const junk of [null, 42, 'x', [], undefined]) expect(normalizeVoteSettings(junk)).toEqual(defaultVoteSettings())
  })
})

describe('what can be voted on', () => {
  const s = buildSampleDoc()
  const { advert, flyer, website, getPaid, formPain, cardDeclined, note } = s.cards

  it('takes every card on the whole map, free notes last, in step, lane and stack order', () => {
    expect(eligibleCards(s.doc, { kind: 'map' })).toEqual([advert, flyer, website, getPaid, formPain, cardDeclined, note])
  })

  it('takes the cards in the cells of the chosen lanes, never free notes', () => {
    expect(eligibleCards(s.doc, { kind: 'lanes', laneIds: [s.lanes.pains] })).toEqual([formPain, cardDeclined])
    expect(eligibleCards(s.doc, { kind: 'lanes', laneIds: [s.lanes.pains, s.lanes.touchpoints] })).toEqual([advert, flyer, website, formPain, cardDeclined])
    expect(eligibleCards(s.doc, { kind: 'lanes', laneIds: [s.lanes.emotions, 'gone' as LaneId] })).toEqual([])
    expect(eligibleCards(s.doc, { kind: 'lanes', laneIds: [] })).toEqual([])
  })

  it('takes the cards in the steps of the chosen stages, including a card spanning into them', () => {
    expect(eligibleCards(s.doc, { kind: 'stages', stageIds: [s.stages.discover] })).toEqual([advert, flyer, website])
    // The website card starts in Discover and spans into Sign up.
    expect(eligibleCards(s.doc, { kind: 'stages', stageIds: [s.stages.buy] })).toEqual([website, getPaid, formPain])
    expect(eligibleCards(s.doc, { kind: 'stages', stageIds: [s.stages.use, 'gone' as StageId] })).toEqual([cardDeclined])
  })

  it('leaves out a card whose lane or step is gone, since the board cannot draw it', () => {
    const orphan = createCard(s.doc.map.id, cell(s.lanes.pains, 'missing' as StepId))
    const doc = { ...s.doc, cards: { ...s.doc.cards, [orphan.id]: orphan } }
    expect(eligibleCards(doc, { kind: 'map' })).not.toContain(orphan.id)
    expect(eligibleCards(doc, { kind: 'lanes', laneIds: [s.lanes.pains] })).toEqual([formPain, cardDeclined])
  })

  it('leaves out free headings, rectangles and ellipses: only sticky notes are voted on', () => {
    const free = { kind: 'free', x: 0, y: 900, width: 200, height: 80 } as const
    const shapes = (['text', 'rect', 'ellipse'] as const).map((shape) => ({ ...createCard(s.doc.map.id, free), shape }))
    const doc = { ...s.doc, cards: { ...s.doc.cards, ...Object.fromEntries(shapes.map((c) => [c.id, c])) } }
    expect(eligibleCards(doc, { kind: 'map' })).toEqual([advert, flyer, website, getPaid, formPain, cardDeclined, note])
  })
})

describe('casting and retracting dots', () => {
  it('counts down the budget and refuses when it is spent', () => {
    const s = settings({ votesPerPerson: 3, capPerCard: 3 })
    const b = cast({}, s, [['ana', A], ['ana', A], ['ana', B]])
    expect(ballotOf(b, 'ana')).toEqual({ [A]: 2, [B]: 1 })
    expect(votesLeft(b, s, 'ana')).toBe(0)
    expect(votesLeft(b, s, 'ben')).toBe(3)
    expect(castVote(b, s, [A, B, C], 'ana', C)).toEqual({ ok: false, reason: 'noVotesLeft' })
    expect(castVote(b, s, [A, B, C], 'ben', C).ok).toBe(true)
  })

  it('refuses a dot over the cap per card but allows one on another card', () => {
    const s = settings({ votesPerPerson: 5, capPerCard: 2 })
    const b = cast({}, s, [['ana', A], ['ana', A]])
    expect(castVote(b, s, [A, B], 'ana', A)).toEqual({ ok: false, reason: 'cardCap' })
    expect(castVote(b, s, [A, B], 'ana', B).ok).toBe(true)
    expect(castVote(b, s, [A, B], 'ben', A).ok).toBe(true)
  })

  it('refuses cards outside the scope and any dot once the vote is closed, reasons in that order', () => {
    const s = settings({ votesPerPerson: 1 })
    const b = cast({}, s, [['ana', A]])
    expect(castVote(b, s, [A], 'ana', B)).toEqual({ ok: false, reason: 'notEligible' })
    expect(castVote(b, s, new Set([A]), 'ana', B)).toEqual({ ok: false, reason: 'notEligible' })
    expect(castVote(b, s, [A, B], 'ana', B)).toEqual({ ok: false, reason: 'noVotesLeft' })
    expect(castVote(b, s, [A, B], 'ben', A, 'closed')).toEqual({ ok: false, reason: 'closed' })
    expect(retractVote(b, 'ana', A, 'closed')).toEqual({ ok: false, reason: 'closed' })
  })

  it('takes one dot back per tap and forgets empty entries, so cast then retract is a no-op', () => {
    const s = settings({ votesPerPerson: 3 })
    const before = deepFreeze(cast({}, s, [['ben', B]]))
    const twice = cast(before, s, [['ana', A], ['ana', A]])
    const once = retractVote(twice, 'ana', A)
    expect(once.ok && ballotOf(once.ballots, 'ana')).toEqual({ [A]: 1 })
    const none = once.ok ? retractVote(once.ballots, 'ana', A) : once
    expect(none).toEqual({ ok: true, ballots: before })
    expect(retractVote(before, 'ana', A)).toEqual({ ok: false, reason: 'noVote' })
    expect(retractVote(before, 'ben', A)).toEqual({ ok: false, reason: 'noVote' })
  })

  it('lets a dot placed before the scope narrowed be taken back', () => {
    const s = settings()
    const b = cast({}, s, [['ana', A]])
    const r = retractVote(b, 'ana', A)
    expect(r).toEqual({ ok: true, ballots: {} })
    expect(castVote(b, s, [B], 'ana', A)).toEqual({ ok: false, reason: 'notEligible' })
  })

  it('never changes the ballots it is given', () => {
    const s = settings()
    const b = deepFreeze(cast({}, s, [['ana', A], ['ben', B]]))
    const snapshot = structuredClone(b)
    const r = castVote(b, s, [A, B], 'ana', B)
    expect(r.ok && r.ballots).not.toBe(b)
    expect(r.ok && r.ballots.ben).toBe(b.ben)
    retractVote(b, 'ben', B)
    expect(b).toEqual(snapshot)
  })

  it('checks the settings it is given again, so a bad message cannot lift the budget or the cap', () => {
    const wild = { ...settings(), votesPerPerson: 1e9, capPerCard: Number.NaN }
    let b: Ballots = {}
    for (let i = 0; i < 60; i++) {
      const r = castVote(b, wild, [A, B], 'ana', i % 2 ? A : B)
      if (r.ok) b = r.ballots
    }
    expect(Object.values(ballotOf(b, 'ana')).reduce((x, y) => x + y, 0)).toBe(2)
    expect(ballotOf(b, 'ana')).toEqual({ [A]: 1, [B]: 1 })
  })

  it('treats junk in the ballots as no dots and keeps "__proto__" an ordinary participant', () => {
    const s = settings({ votesPerPerson: 2 })
    const hostile = { ana: { [A]: -5, [B]: Number.NaN, [C]: 'x' as unknown as number } } as Ballots
    expect(votesLeft(hostile, s, 'ana')).toBe(2)
    expect(votesLeft({}, s, 'constructor')).toBe(2)
    const r = castVote({}, s, [A], '__proto__', A)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(Object.getPrototypeOf(r.ballots)).toBe(Object.prototype)
    expect(Object.keys(r.ballots)).toEqual(['__proto__'])
    expect(ballotOf(r.ballots, '__proto__')).toEqual({ [A]: 1 })
    expect(votesLeft(r.ballots, s, '__proto__')).toBe(1)
    expect(tally(r.ballots)).toEqual({ [A]: 1 })
    expect(({} as Record<string, unknown>)[A]).toBeUndefined()
  })

  it('counts who is done among those still in the room', () => {
    expect(doneCount(new Set(['ana', 'ben', 'gone']), ['ana', 'ben', 'cy'])).toBe(2)
    expect(doneCount(['ana', 'ana'], ['ana', 'ana', 'ben'])).toBe(1)
    expect(doneCount([], ['ana'])).toBe(0)
  })
})

describe('show of hands', () => {
  it('keeps a whole count from 0 to 999 per card', () => {
    const t = deepFreeze(setHandCount({}, A, 4))
    expect(t).toEqual({ [A]: 4 })
    expect(setHandCount(t, A, -3)).toEqual({})
    expect(setHandCount(t, A, 3000)).toEqual({ [A]: 999 })
    expect(setHandCount(t, B, 2.7)).toEqual({ [A]: 4, [B]: 2 })
    expect(setHandCount(t, B, Number.NaN)).toBe(t)
    expect(setHandCount(t, A, Infinity)).toEqual({ [A]: 999 })
    expect(setHandCount(t, A, 4)).toBe(t)
  })

  it('ranks hands like ballots, without a turnout', () => {
    const hands = setHandCount(setHandCount({}, B, 7), C, 3)
    const r = results(hands, [A, B, C], { voters: null, participants: null })
    expect(r.rows.map((row) => [row.cardId, row.votes, row.rank])).toEqual([[B, 7, 1], [C, 3, 2], [A, 0, 3]])
    expect(r.turnout).toBeNull()
    expect(r.totalVotes).toBe(10)
  })
})

describe('property: budgets and caps hold under any sequence of taps', () => {
  const people = ['ana', 'ben', 'cy', '__proto__']
  const cards = [A, B, C, D]
  const step = fc.record({ who: fc.constantFrom(...people), card: fc.constantFrom(...cards, E), retract: fc.boolean(), closed: fc.boolean() })

  it('no participant exceeds the budget or a card cap, and counts follow the accepted taps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(step, { maxLength: 80 }), (budget, cap, steps) => {
        const s = normalizeVoteSettings({ votesPerPerson: budget, capPerCard: cap })
        const dots = new Map<string, number>()
        let ballots: Ballots = deepFreeze({})
        for (const { who, card, retract, closed } of steps) {
          const status = closed ? 'closed' : 'open'
          const r = retract ? retractVote(ballots, who, card, status) : castVote(ballots, s, cards, who, card, status)
          if (closed) expect(r.ok).toBe(false)
          if (card === E && !retract && !closed) expect(r).toEqual({ ok: false, reason: 'notEligible' })
          if (!r.ok) continue
          ballots = deepFreeze(r.ballots)
          const key = `${who} ${card}`
          dots.set(key, (dots.get(key) ?? 0) + (retract ? -1 : 1))
          for (const person of people) {
            const mine = ballotOf(ballots, person)
            const values = Object.values(mine)
            expect(values.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(s.votesPerPerson)
            for (const n of values) {
              expect(n).toBeGreaterThan(0)
              expect(n).toBeLessThanOrEqual(s.capPerCard)
            }
            expect(votesLeft(ballots, s, person)).toBe(s.votesPerPerson - values.reduce((x, y) => x + y, 0))
          }
        }
        for (const [key, n] of dots) {
          const [who, card] = key.split(' ') as [string, CardId]
          expect(ballotOf(ballots, who)[card] ?? 0).toBe(n)
        }
        expect(Object.values(tally(ballots)).reduce((x, y) => x + y, 0)).toBe([...dots.values()].reduce((x, y) => x + y, 0))
        expect(({} as Record<string, unknown>)[A]).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })
})
