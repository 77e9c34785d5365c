import { newId, type CardId } from '../ids'
import { getRecord } from '../records'
import type { JourneyDoc } from '../types'
import { ballotOf, countOf, votesLeft, type Ballot, type Ballots, type ParticipantId, type VoteSettings } from './votes'

/** Dots per card, summed over every ballot or counted from raised hands. Cards without dots are absent. */
export type Tally = Readonly<Record<CardId, number>>

export function tally(ballots: Ballots): Tally {
  const totals: Record<string, number> = {}
  for (const ballot of Object.values(ballots)) {
    for (const [cardId, value] of Object.entries(ballot)) {
      const n = countOf(value)
      if (n > 0) totals[cardId] = (Object.prototype.hasOwnProperty.call(totals, cardId) ? totals[cardId]! : 0) + n
    }
  }
  return totals
}

/** Participants who placed at least one dot: the numerator of the turnout. */
export function voterCount(ballots: Ballots): number {
  return Object.values(ballots).filter((ballot) => Object.values(ballot).some((v) => countOf(v) > 0)).length
}

/** A named result: who put how many dots on a card. A name, not an id, so a saved record still reads after the room is gone. */
export interface Voter {
  readonly name: string
  readonly votes: number
}

/** Voters per card, most dots first; a participant without a name in `names` shows by id. */
export function votersByCard(ballots: Ballots, names: Readonly<Record<ParticipantId, string>> = {}): Readonly<Record<CardId, readonly Voter[]>> {
  const byCard = new Map<CardId, Voter[]>()
  for (const [participantId, ballot] of Object.entries(ballots)) {
    const name = getRecord(names, participantId) ?? participantId
    for (const [cardId, value] of Object.entries(ballot) as [CardId, number][]) {
      const votes = countOf(value)
      if (votes === 0) continue
      const list = byCard.get(cardId) ?? []
      list.push({ name, votes })
      byCard.set(cardId, list)
    }
  }
  // Sort is stable, so equal counts keep the order participants joined the ballot box in.
  return Object.fromEntries([...byCard].map(([cardId, list]) => [cardId, list.sort((a, b) => b.votes - a.votes)]))
}

export interface ResultRow {
  readonly cardId: CardId
  readonly votes: number
  /** Competition ranking: equal votes share a rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number
  /** Another row has the same votes, so the list groups them. */
  readonly tied: boolean
  /** Only in named votes. */
  readonly voters?: readonly Voter[]
}

export interface VoteResults {
  readonly rows: readonly ResultRow[]
  readonly totalVotes: number
  /** Null for a show of hands, where nobody counts the people, only the hands. */
  readonly voters: number | null
  readonly participants: number | null
  /** voters / participants, 0..1; null when either is unknown or nobody was there. */
  readonly turnout: number | null
}

export interface ResultsContext {
  readonly voters: number | null
  readonly participants: number | null
  /** Given for named votes only; anonymous results must not carry it. */
  readonly votersByCard?: Readonly<Record<CardId, readonly Voter[]>>
}

/**
 * The reveal's list: every card of `cardIds` (in that order, duplicates dropped), sorted by votes
 * with ties kept in the given order. Dots on cards not listed (deleted during the vote) are left
 * out, since the list could not show them; the voters who placed them still count for turnout.
 */
export function results(tallyByCard: Tally, cardIds: readonly CardId[], context: ResultsContext): VoteResults {
  const named = context.votersByCard
  const rows = rankRows(
    [...new Set(cardIds)].map((cardId) => {
      const row = { cardId, votes: countOf(getRecord(tallyByCard, cardId)) }
      return named ? { ...row, voters: getRecord(named, cardId) ?? [] } : row
    }),
  )
  const { voters, participants } = context
  const turnout = voters !== null && participants !== null && participants > 0 ? Math.min(1, Math.max(0, voters / participants)) : null
  return { rows, totalVotes: rows.reduce((sum, row) => sum + row.votes, 0), voters, participants, turnout }
}

/**
 * Results straight from the ballot box, honouring anonymity. Participants who voted and then left
 * still count as participants, so turnout never passes 100%.
 */
export function revealResults(
  ballots: Ballots,
  settings: VoteSettings,
  cardIds: readonly CardId[],
  participants: readonly ParticipantId[],
  names: Readonly<Record<ParticipantId, string>> = {},
): VoteResults {
  const present = new Set(participants)
  for (const [id, ballot] of Object.entries(ballots)) if (Object.values(ballot).some((v) => countOf(v) > 0)) present.add(id)
  return results(tally(ballots), cardIds, {
    voters: voterCount(ballots),
    participants: present.size,
    ...(settings.anonymous ? {} : { votersByCard: votersByCard(ballots, names) }),
  })
}

/**
 * What the host may send one participant while the vote is open: their own dots and how many are
 * left, plus the totals only when tallies are not hidden. Never anyone else's ballot.
 */
export function participantView(ballots: Ballots, settings: VoteSettings, participantId: ParticipantId): { mine: Ballot; left: number; totals: Tally | null } {
  return { mine: ballotOf(ballots, participantId), left: votesLeft(ballots, settings, participantId), totals: settings.hideTallies ? null : tally(ballots) }
}

/** Sorts by votes (stable, so ties keep their given order) and gives competition ranks. */
export function rankRows<T extends { readonly votes: number }>(rows: readonly T[]): (T & { rank: number; tied: boolean })[] {
  const sorted = [...rows].sort((a, b) => b.votes - a.votes)
  const perCount = new Map<number, number>()
  for (const row of sorted) perCount.set(row.votes, (perCount.get(row.votes) ?? 0) + 1)
  let rank = 0
  return sorted.map((row, i) => {
    if (i === 0 || row.votes !== sorted[i - 1]!.votes) rank = i + 1
    return { ...row, rank, tied: (perCount.get(row.votes) ?? 0) > 1 }
  })
}

export const VOTE_TEXT_LIMIT = 2000

export interface VoteRecordRow {
  readonly cardId: CardId
  /** The card's text at the reveal: the history still reads when the card is edited or deleted later. */
  readonly text: string
  readonly votes: number
  readonly rank: number
  readonly voters?: readonly Voter[]
}

/** One vote in the workshop's history, saved with the .journey file. */
export interface VoteRecord {
  readonly id: string
  /** Epoch milliseconds. */
  readonly startedAt: number
  readonly revealedAt: number
  /** 'hands' when the facilitator counted raised hands alone. */
  readonly mode: 'ballots' | 'hands'
  readonly settings: VoteSettings
  readonly voters: number | null
  readonly participants: number | null
  readonly rows: readonly VoteRecordRow[]
}

export interface VoteRecordInput {
  readonly startedAt: number
  readonly revealedAt: number
  readonly mode: VoteRecord['mode']
  readonly settings: VoteSettings
  readonly results: VoteResults
  /** Where the card texts come from. */
  readonly doc: JourneyDoc
  readonly id?: string
}

export function createVoteRecord(input: VoteRecordInput): VoteRecord {
  const { results: res, doc } = input
  return {
    id: input.id ?? newId(),
    startedAt: input.startedAt,
    revealedAt: input.revealedAt,
    mode: input.mode,
    settings: input.settings,
    voters: res.voters,
    participants: res.participants,
    rows: res.rows.map(({ cardId, votes, rank, voters }) => ({
      cardId,
      text: snapshotText(getRecord(doc.cards, cardId)?.text ?? ''),
      votes,
      rank,
      // The anonymity promised to the room holds even if named results were passed by mistake.
      ...(voters && !input.settings.anonymous ? { voters } : {}),
    })),
  }
}

/** Keeps history small: a card's text is cut at 2000 characters, never inside a surrogate pair. */
export function snapshotText(text: string, limit: number = VOTE_TEXT_LIMIT): string {
  if (text.length <= limit) return text
  const code = text.charCodeAt(limit - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit)
}

export interface TopCards {
  /** The n best cards with votes, plus any tied with the n-th: the facilitator decides, not the sort order. */
  readonly cardIds: readonly CardId[]
  /** The cards tied at the cut, when the tie made the list longer than n; empty otherwise. */
  readonly tiedAtBoundary: readonly CardId[]
}

/** The cards that go to the action plan. Cards without a dot never do. */
export function topCards(record: VoteRecord, n: number): TopCards {
  const rows = rankRows(record.rows.filter((row) => row.votes > 0))
  const count = Math.floor(n)
  if (!(count > 0) || rows.length === 0) return { cardIds: [], tiedAtBoundary: [] }
  if (count >= rows.length) return { cardIds: rows.map((r) => r.cardId), tiedAtBoundary: [] }
  const cut = rows[count - 1]!.votes
  const taken = rows.filter((row, i) => i < count || row.votes === cut)
  const tiedAtBoundary = taken.length > count ? taken.filter((row) => row.votes === cut).map((r) => r.cardId) : []
  return { cardIds: taken.map((r) => r.cardId), tiedAtBoundary }
}
