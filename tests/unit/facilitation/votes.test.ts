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
  type VoteSettings,
} from '../../../src/domain/facilitation/votes'
import {
  createVoteRecord,
  participantView,
  results,
  revealResults,
  tally,
  topCards,
  voterCount,
  votersByCard,
  type VoteRecord,
} from '../../../src/domain/facilitation/voteResults'
import { csvCell, resultsCsv } from '../../../src/domain/facilitation/voteCsv'
import { validateVoteHistory } from '../../../src/domain/facilitation/voteHistory'
import { buildSampleDoc, cell, deepFreeze } from '../domain/helpers'

const id = (s: string) => s as CardId
const [A, B, C, D, E] = ['cardA', 'cardB', 'cardC', 'cardD', 'cardE'].map(id) as [CardId, CardId, CardId, CardId, CardId]

function settings(patch: Partial<VoteSettings> = {}): VoteSettings {
  return { ...defaultVoteSettings(), ...patch }
}

/** Casts one dot after another, failing the test on any refusal. */
function cast(ballots: Ballots, s: VoteSettings, votes: readonly (readonly [string, CardId])[], eligible: readonly CardId[] = [A, B, C, D, E]): Ballots {
  return votes.reduce((b, [who, card]) => {
    const r = castVote(b, s, eligible, who, card)
    if (!r.ok) throw new Error(`${who} on ${card}: ${r.reason}`)
    return r.ballots
  }, ballots)
}

const labels = { rank: 'Rank', card: 'Card', votes: 'Votes', voters: 'Voters' }

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

describe('tallies and results', () => {
  const s = settings({ votesPerPerson: 5, capPerCard: 5 })

  it('sums dots per card and counts voters who placed at least one', () => {
    const b = cast({}, s, [['ana', A], ['ana', B], ['ben', A], ['cy', C]])
    const withEmpty = { ...b, dee: {} }
    expect(tally(withEmpty)).toEqual({ [A]: 2, [B]: 1, [C]: 1 })
    expect(voterCount(withEmpty)).toBe(3)
  })

  it('ranks by votes with shared ranks for ties (1, 2, 2, 4) and ties in the given card order', () => {
    const t = { [A]: 1, [B]: 3, [C]: 3, [D]: 5 }
    const r = results(t, [A, C, B, D, E], { voters: 3, participants: 4 })
    expect(r.rows.map((row) => [row.cardId, row.votes, row.rank, row.tied])).toEqual([
      [D, 5, 1, false],
      [C, 3, 2, true],
      [B, 3, 2, true],
      [A, 1, 4, false],
      [E, 0, 5, false],
    ])
    expect(results(t, [B, C, A, D], { voters: 3, participants: 4 }).rows.map((row) => row.cardId)).toEqual([D, B, C, A])
    expect(r.turnout).toBe(0.75)
    expect(r.totalVotes).toBe(12)
  })

  it('drops duplicate and unlisted cards and gives no turnout for an empty room', () => {
    const r = results({ [A]: 2, [E]: 9 }, [A, A, B], { voters: 0, participants: 0 })
    expect(r.rows.map((row) => row.cardId)).toEqual([A, B])
    expect(r.totalVotes).toBe(2)
    expect(r.turnout).toBeNull()
    expect(results({}, [], { voters: 2, participants: 1 }).turnout).toBe(1)
    expect(results({ [A]: 1, [B]: 1, [C]: 1 }, [A, B, C], { voters: 1, participants: 1 }).rows.map((row) => row.rank)).toEqual([1, 1, 1])
  })

  it('names voters per card only when the vote is not anonymous', () => {
    const b = cast({}, s, [['ana', A], ['ben', A], ['ben', A], ['ana', B]])
    const names = { ana: 'Ana', ben: 'Ben' }
    const anonymous = revealResults(b, settings({ anonymous: true }), [A, B, C], ['ana', 'ben', 'cy'], names)
    expect(anonymous.rows.every((row) => !('voters' in row))).toBe(true)
    expect(JSON.stringify(anonymous)).not.toContain('Ana')
    const named = revealResults(b, settings({ anonymous: false }), [A, B, C], ['ana', 'ben', 'cy'], names)
    expect(named.rows.map((row) => [row.cardId, row.voters])).toEqual([
      [A, [{ name: 'Ben', votes: 2 }, { name: 'Ana', votes: 1 }]],
      [B, [{ name: 'Ana', votes: 1 }]],
      [C, []],
    ])
    expect(named.turnout).toBeCloseTo(2 / 3)
    expect(votersByCard(b)[A]).toEqual([{ name: 'ben', votes: 2 }, { name: 'ana', votes: 1 }])
  })

  it('still counts a voter who left before the reveal, so turnout stays at most 100%', () => {
    const b = cast({}, s, [['ana', A], ['gone', B]])
    const r = revealResults(b, s, [A, B], ['ana'])
    expect([r.voters, r.participants, r.turnout]).toEqual([2, 2, 1])
  })

  it('sends a participant only their own dots, and the totals only when tallies are shown', () => {
    const b = cast({}, s, [['ana', A], ['ben', B], ['ben', B]])
    expect(participantView(b, settings({ hideTallies: true, votesPerPerson: 3 }), 'ana')).toEqual({ mine: { [A]: 1 }, left: 2, totals: null })
    expect(participantView(b, settings({ hideTallies: false, votesPerPerson: 3 }), 'ana')).toEqual({ mine: { [A]: 1 }, left: 2, totals: { [A]: 1, [B]: 2 } })
  })
})

function record(rows: [CardId, number][], patch: Partial<VoteRecord> = {}): VoteRecord {
  const ranked = results(Object.fromEntries(rows), rows.map(([c]) => c), { voters: 1, participants: 1 })
  return {
    id: 'rec1',
    startedAt: 1,
    revealedAt: 2,
    mode: 'ballots',
    settings: defaultVoteSettings(),
    voters: 1,
    participants: 1,
    rows: ranked.rows.map(({ cardId, votes, rank }) => ({ cardId, votes, rank, text: cardId })),
    ...patch,
  }
}

describe('history records and the top cards', () => {
  it('snapshots card texts at the reveal, cut at 2000 characters without splitting an emoji', () => {
    const s = buildSampleDoc()
    const long = createCard(s.doc.map.id, cell(s.lanes.pains, s.steps.sees), { text: `${'x'.repeat(1999)}😀 tail` })
    const doc = { ...s.doc, cards: { ...s.doc.cards, [long.id]: long } }
    const res = results({ [long.id]: 2 }, [long.id, s.cards.advert, 'deleted' as CardId], { voters: 1, participants: 2 })
    const rec = createVoteRecord({ id: 'v1', startedAt: 10, revealedAt: 20, mode: 'ballots', settings: defaultVoteSettings(), results: res, doc })
    expect(rec.rows.map((row) => [row.text.length, row.votes, row.rank])).toEqual([[1999, 2, 1], ['Instagram advert'.length, 0, 2], [0, 0, 2]])
    expect(rec).toMatchObject({ id: 'v1', voters: 1, participants: 2, mode: 'ballots' })
    expect(rec.rows[0]).not.toHaveProperty('voters')
    const named = { ...res, rows: res.rows.map((row) => ({ ...row, voters: row.votes > 0 ? [{ name: 'Ana', votes: row.votes }] : [] })) }
    const input = { id: 'v2', startedAt: 10, revealedAt: 20, mode: 'ballots' as const, results: named, doc }
    expect(createVoteRecord({ ...input, settings: defaultVoteSettings() }).rows[0]).not.toHaveProperty('voters')
    const kept = createVoteRecord({ ...input, settings: { ...defaultVoteSettings(), anonymous: false } })
    expect(kept.rows[0]!.voters).toEqual([{ name: 'Ana', votes: 2 }])
    expect(validateVoteHistory(JSON.parse(JSON.stringify([kept])))).toEqual([kept])
    expect(createVoteRecord({ startedAt: 0, revealedAt: 0, mode: 'hands', settings: defaultVoteSettings(), results: res, doc }).id).toMatch(/^[A-Za-z0-9_-]{21}$/)
  })

  it('takes the top n cards with votes and flags a tie at the cut', () => {
    const rec = record([[A, 5], [B, 4], [C, 4], [D, 3], [E, 0]])
    expect(topCards(rec, 1)).toEqual({ cardIds: [A], tiedAtBoundary: [] })
    expect(topCards(rec, 2)).toEqual({ cardIds: [A, B, C], tiedAtBoundary: [B, C] })
    expect(topCards(rec, 3)).toEqual({ cardIds: [A, B, C], tiedAtBoundary: [] })
    expect(topCards(rec, 4)).toEqual({ cardIds: [A, B, C, D], tiedAtBoundary: [] })
    expect(topCards(rec, 10)).toEqual({ cardIds: [A, B, C, D], tiedAtBoundary: [] })
    expect(topCards(rec, 0)).toEqual({ cardIds: [], tiedAtBoundary: [] })
    expect(topCards(rec, Number.NaN)).toEqual({ cardIds: [], tiedAtBoundary: [] })
    expect(topCards(record([[A, 2], [B, 2], [C, 2], [D, 2]]), 3)).toEqual({ cardIds: [A, B, C, D], tiedAtBoundary: [A, B, C, D] })
    expect(topCards(record([[A, 0]]), 3)).toEqual({ cardIds: [], tiedAtBoundary: [] })
  })
})

describe('CSV export', () => {
  it('writes RFC 4180 with CRLF, localized headers and a BOM by default', () => {
    const rec = record([[A, 2], [B, 1]])
    expect(resultsCsv(rec, { rank: 'رتبه', card: 'کارت', votes: 'رأی', voters: 'رأی‌دهندگان' })).toBe(`\uFEFFرتبه,کارت,رأی\r\n1,${A},2\r\n2,${B},1\r\n`)
    expect(resultsCsv(rec, labels, { bom: false }).startsWith('Rank,Card,Votes\r\n')).toBe(true)
  })

  it('quotes commas, quotes and line breaks in card text', () => {
    const rec = { ...record([[A, 3]]), rows: [{ cardId: A, votes: 3, rank: 1, text: 'Slow, "very" slow\nand\r\nconfusing' }] }
    expect(resultsCsv(rec, labels, { bom: false })).toBe('Rank,Card,Votes\r\n1,"Slow, ""very"" slow\nand\r\nconfusing",3\r\n')
  })

  it('guards against formula injection in texts, names and headers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csvCell('a=1')).toBe('a=1')
    expect(csvCell('')).toBe('')
    const rec = {
      ...record([[A, 1]]),
      rows: [{ cardId: A, votes: 1, rank: 1, text: '@SUM(A1)', voters: [{ name: '=cmd|x', votes: 1 }] }],
    }
    expect(resultsCsv(rec, { ...labels, voters: '-Voters' }, { bom: false })).toBe(`Rank,Card,Votes,'-Voters\r\n1,'@SUM(A1),1,'=cmd|x (1)\r\n`)
  })

  it('adds a voters column for named votes', () => {
    const rec = { ...record([[A, 3], [B, 0]]), rows: [
      { cardId: A, votes: 3, rank: 1, text: 'A', voters: [{ name: 'Ben', votes: 2 }, { name: 'Ana', votes: 1 }] },
      { cardId: B, votes: 0, rank: 2, text: 'B', voters: [] },
    ] }
    expect(resultsCsv(rec, labels, { bom: false })).toBe('Rank,Card,Votes,Voters\r\n1,A,3,Ben (2); Ana (1)\r\n2,B,0,\r\n')
  })
})

describe('reading vote history from a file', () => {
  const good = (n: number): VoteRecord => record([[A, 2], [B, 1]], { id: `rec${n}`, startedAt: n, revealedAt: n + 1 })

  it('keeps a history that went through JSON unchanged', () => {
    const history = [good(1), { ...good(2), settings: { ...defaultVoteSettings(), anonymous: false }, rows: [{ cardId: A, text: 'A', votes: 1, rank: 1, voters: [{ name: 'Ana', votes: 1 }] }] }]
    expect(validateVoteHistory(JSON.parse(JSON.stringify(history)))).toEqual(history)
  })

  it('drops what it cannot read instead of throwing', () => {
    expect(validateVoteHistory(null)).toEqual([])
    expect(validateVoteHistory({ 0: good(1) })).toEqual([])
    const kept = validateVoteHistory([
      null,
      'x',
      [],
      { ...good(2), id: '__proto__' },
      { ...good(3), id: 'bad id!' },
      { ...good(4), startedAt: 'yesterday' },
      { ...good(5), revealedAt: -1 },
      { ...good(6), rows: 'none' },
      good(7),
      { ...good(7), startedAt: 99 },
    ])
    expect(kept.map((r) => [r.id, r.startedAt])).toEqual([['rec7', 99]])
  })

  it('repairs fields: bad rows go, votes clamp, ranks follow the votes, settings come back in bounds', () => {
    const [rec] = validateVoteHistory([
      {
        id: 'r',
        startedAt: 50,
        revealedAt: 10,
        mode: 'telepathy',
        settings: { votesPerPerson: 500, capPerCard: -1, anonymous: false },
        voters: -2,
        participants: 4.5,
        rows: [
          { cardId: A, text: 'low', votes: 1, rank: 1 },
          { cardId: B, text: 7, votes: 1e12, rank: 9 },
          { cardId: A, text: 'duplicate', votes: 3 },
          { cardId: '__proto__', votes: 3 },
          { cardId: C, votes: -4, voters: [{ name: 'Ana', votes: 2 }, { name: 5, votes: 1 }, { name: 'Ben', votes: 0 }, 'x'] },
        ],
      },
    ])
    expect(rec).toEqual({
      id: 'r',
      startedAt: 50,
      revealedAt: 50,
      mode: 'ballots',
      settings: { ...defaultVoteSettings(), votesPerPerson: 50, capPerCard: 1, anonymous: false },
      voters: null,
      participants: 4,
      rows: [
        { cardId: B, text: '', votes: 1_000_000, rank: 1 },
        { cardId: A, text: 'low', votes: 1, rank: 2 },
        { cardId: C, text: '', votes: 0, rank: 3, voters: [{ name: 'Ana', votes: 2 }] },
      ],
    })
  })

  it('caps texts, names and the number of records, keeping the newest', () => {
    const many = Array.from({ length: 250 }, (_, i) => good(i))
    const kept = validateVoteHistory(many)
    expect(kept).toHaveLength(200)
    expect(kept[0]!.id).toBe('rec50')
    expect(kept[199]!.id).toBe('rec249')
    const [rec] = validateVoteHistory([
      { ...good(1), settings: { anonymous: false }, rows: [{ cardId: A, text: `${'y'.repeat(5000)}\u202E`, votes: 1, voters: [{ name: `N\u0000${'n'.repeat(500)}`, votes: 1 }] }] },
    ])
    expect(rec!.rows[0]!.text).toBe('y'.repeat(2000))
    expect(rec!.rows[0]!.voters![0]!.name).toBe(`N${'n'.repeat(99)}`)
  })

  it('strips named voters from a vote that was anonymous', () => {
    const [rec] = validateVoteHistory([{ ...good(1), rows: [{ cardId: A, text: 'A', votes: 1, voters: [{ name: 'Ana', votes: 1 }] }] }])
    expect(rec!.rows[0]).not.toHaveProperty('voters')
  })

  it('never lets "__proto__" or extra keys through to the prototype or the records', () => {
    const hostile = JSON.parse(
      `[{"id":"r","startedAt":1,"revealedAt":2,"__proto__":{"polluted":true},"extra":1,"settings":{"__proto__":{"polluted":true}},"rows":[{"cardId":"${A}","text":"t","votes":1,"__proto__":{"polluted":true}}]}]`,
    ) as unknown
    const [rec] = validateVoteHistory(hostile)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(rec).not.toHaveProperty('extra')
    expect(Object.getPrototypeOf(rec)).toBe(Object.prototype)
    expect((rec as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect((rec!.rows[0] as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect((rec!.settings as unknown as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        expect(Array.isArray(validateVoteHistory(value))).toBe(true)
        expect(Array.isArray(validateVoteHistory([value, { ...good(1), rows: [value] }]))).toBe(true)
      }),
    )
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
