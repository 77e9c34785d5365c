import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCard, splitListCell, type CardId } from '../../../src/domain'
import { parseCsv } from '../../../src/io/csv'
import { defaultVoteSettings } from '../../../src/domain/facilitation/votes'
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
  type Voter,
} from '../../../src/domain/facilitation/voteResults'
import { csvCell, resultsCsv } from '../../../src/domain/facilitation/voteCsv'
import { validateVoteHistory } from '../../../src/domain/facilitation/voteHistory'
import { buildSampleDoc, cell } from '../domain/helpers'
import { A, B, C, D, E, cast, settings } from './voteFixtures'


const labels = { rank: 'Rank', card: 'Card', votes: 'Votes', voters: 'Voters' }


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

  // The voters cell is a list like the touchpoint CSV's persona cell: split by the same reader, it
  // must give back each name and count, whatever ';', '\' or parentheses a name holds.
  const votersBack = (csv: string): Voter[] => {
    const parsed = parseCsv(csv, { rows: 10, fieldsPerRow: 8, fieldLength: 100_000 })
    if (!parsed.ok) expect.fail('own CSV must parse')
    return splitListCell(parsed.rows[1]![3]!).map((entry) => {
      const m = /^(.*) \((\d+)\)$/s.exec(entry)
      if (!m) expect.fail(`no count in ${entry}`)
      return { name: m[1]!, votes: Number(m[2]) }
    })
  }
  const named = (voters: Voter[]): VoteRecord => ({ ...record([[A, 1]]), rows: [{ cardId: A, votes: 1, rank: 1, text: 'A', voters }] })

  it('escapes ; and \\ in voter names as \\; and \\\\, so the list splits back into the same voters', () => {
    const voters = [{ name: 'Ana; Bo', votes: 2 }, { name: 'C:\\temp\\', votes: 1 }, { name: 'Ana (3)', votes: 1 }, { name: 'x\\;', votes: 1 }]
    const csv = resultsCsv(named(voters), labels, { bom: false })
    expect(csv).toBe('Rank,Card,Votes,Voters\r\n1,A,1,Ana\\; Bo (2); C:\\\\temp\\\\ (1); Ana (3) (1); x\\\\\\; (1)\r\n')
    expect(votersBack(csv)).toEqual(voters)
  })

  it('reads back any voters whose names are made of ;, \\, parentheses, digits and spaces', () => {
    const name = fc.stringMatching(/^[a-z;\\() 0-9]{1,8}$/).map((w) => w.trim()).filter((w) => w !== '')
    const voter = fc.record({ name, votes: fc.integer({ min: 1, max: 99 }) })
    fc.assert(fc.property(fc.array(voter, { minLength: 1, maxLength: 5 }), (voters) => {
      expect(votersBack(resultsCsv(named(voters), labels, { bom: false }))).toEqual(voters)
    }))
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

