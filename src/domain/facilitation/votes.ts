import { isSafeId, type CardId, type LaneId, type StageId, type StepId } from '../ids'
import { getRecord, hasRecord } from '../records'
import type { Card, JourneyDoc } from '../types'

/**
 * Dot voting, the rules only. The host holds the ballots (never the shared document, so no
 * participant can read another's dots before the reveal) and runs every cast through here; the
 * room and the UI only carry the answers. Every function returns new values and never mutates.
 */

export type VoteScope =
  | { readonly kind: 'map' }
  | { readonly kind: 'lanes'; readonly laneIds: readonly LaneId[] }
  | { readonly kind: 'stages'; readonly stageIds: readonly StageId[] }

export interface VoteSettings {
  /** Dots each participant may place, 1..50. */
  readonly votesPerPerson: number
  /** Dots one participant may put on one card, 1..votesPerPerson. */
  readonly capPerCard: number
  readonly scope: VoteScope
  /** Anonymous results never list who voted for what, not even on the host after the reveal. */
  readonly anonymous: boolean
  /** Participants see only their own dots until the reveal. */
  readonly hideTallies: boolean
  /** Milliseconds the vote runs on the timer, or null to close it by hand. */
  readonly durationMs: number | null
}

export const VOTE_LIMITS = {
  votesPerPerson: 50,
  /** A show of hands in a big room, counted by the facilitator; more is a typing slip. */
  handCount: 999,
  /** A vote on the timer lasts a second at least and a day at most. */
  minDurationMs: 1_000,
  maxDurationMs: 24 * 60 * 60 * 1000,
  /** Lanes or stages a scope may name: the map's own limits are 100 lanes and 200 stages. */
  scopeIds: 200,
} as const

/**
 * Three dots each, all of which may go on one card: the classic dot vote, where stacking dots is
 * how a participant says "this one matters most". Tallies stay hidden so early dots do not herd
 * the rest, and named results are opt-in because people vote more honestly unseen.
 */
export function defaultVoteSettings(): VoteSettings {
  return { votesPerPerson: 3, capPerCard: 3, scope: { kind: 'map' }, anonymous: true, hideTallies: true, durationMs: null }
}

/**
 * Settings inside their bounds, whatever arrives (a form, a room message, an old file): bad fields
 * fall back to the defaults, numbers are clamped, a cap above the budget comes down to it.
 */
export function normalizeVoteSettings(input: unknown): VoteSettings {
  const fallback = defaultVoteSettings()
  const raw = isObject(input) ? input : {}
  const votesPerPerson = wholeIn(own(raw, 'votesPerPerson'), 1, VOTE_LIMITS.votesPerPerson, fallback.votesPerPerson)
  const capPerCard = wholeIn(own(raw, 'capPerCard'), 1, votesPerPerson, Math.min(fallback.capPerCard, votesPerPerson))
  const anonymous = own(raw, 'anonymous')
  const hideTallies = own(raw, 'hideTallies')
  return {
    votesPerPerson,
    capPerCard,
    scope: normalizeScope(own(raw, 'scope')),
    anonymous: typeof anonymous === 'boolean' ? anonymous : fallback.anonymous,
    hideTallies: typeof hideTallies === 'boolean' ? hideTallies : fallback.hideTallies,
    durationMs: normalizeDuration(own(raw, 'durationMs')),
  }
}

function normalizeScope(input: unknown): VoteScope {
  if (!isObject(input)) return { kind: 'map' }
  const kind = own(input, 'kind')
  if (kind === 'lanes') return { kind, laneIds: safeIds(own(input, 'laneIds')) as LaneId[] }
  if (kind === 'stages') return { kind, stageIds: safeIds(own(input, 'stageIds')) as StageId[] }
  return { kind: 'map' }
}

function normalizeDuration(input: unknown): number | null {
  if (typeof input !== 'number' || !Number.isFinite(input) || input <= 0) return null
  return Math.round(Math.min(VOTE_LIMITS.maxDurationMs, Math.max(VOTE_LIMITS.minDurationMs, input)))
}

function safeIds(input: unknown): string[] {
  if (!Array.isArray(input)) return []
  return [...new Set(input.filter(isSafeId))].slice(0, VOTE_LIMITS.scopeIds)
}

/**
 * The cards the vote is about, in board order: cell cards by step (the journey's chronology), then
 * lane, then stack; free notes after them, top to bottom. That order breaks ties in the results,
 * so two cards with equal dots list the way the room reads the map. A card in a cell whose lane or
 * step is gone is not drawn, so nobody could tap it: it is left out, like free shapes (only
 * sticky notes are voted on).
 */
export function eligibleCards(doc: JourneyDoc, scope: VoteScope): CardId[] {
  const stepIndex = new Map<StepId, number>()
  const stageOfIndex: StageId[] = []
  for (const stageId of doc.map.stageIds) {
    for (const stepId of getRecord(doc.stages, stageId)?.stepIds ?? []) {
      if (stepIndex.has(stepId) || !hasRecord(doc.steps, stepId)) continue
      stepIndex.set(stepId, stageOfIndex.length)
      stageOfIndex.push(stageId)
    }
  }
  const laneIndex = new Map(doc.map.laneIds.filter((id) => hasRecord(doc.lanes, id)).map((id, i) => [id, i]))
  const lanes = scope.kind === 'lanes' ? new Set(scope.laneIds) : null
  const stages = scope.kind === 'stages' ? new Set(scope.stageIds) : null

  // A card spanning several steps belongs to every stage it covers: it sits in those columns.
  const inStages = (start: number, span: number, chosen: ReadonlySet<StageId>) => {
    const end = Math.min(stageOfIndex.length, start + Math.max(1, Math.trunc(span) || 1))
    for (let i = start; i < end; i++) if (chosen.has(stageOfIndex[i]!)) return true
    return false
  }
  const cells: { card: Card; step: number; lane: number; rank: number }[] = []
  const free: Card[] = []
  for (const card of Object.values(doc.cards)) {
    const { place } = card
    if (place.kind === 'free') {
      // Headings, rectangles and ellipses are drawn as shapes, not notes anyone votes for.
      if (scope.kind === 'map' && card.shape === 'note') free.push(card)
      continue
    }
    const step = stepIndex.get(place.stepId)
    const lane = laneIndex.get(place.laneId)
    if (step === undefined || lane === undefined) continue
    if (lanes && !lanes.has(place.laneId)) continue
    if (stages && !inStages(step, place.span, stages)) continue
    cells.push({ card, step, lane, rank: Number.isFinite(place.rank) ? place.rank : 0 })
  }
  cells.sort((a, b) => a.step - b.step || a.lane - b.lane || a.rank - b.rank || byId(a.card, b.card))
  free.sort((a, b) => freeY(a) - freeY(b) || freeX(a) - freeX(b) || byId(a, b))
  return [...cells.map((c) => c.card.id), ...free.map((c) => c.id)]
}

const freeY = (card: Card) => (card.place.kind === 'free' ? card.place.y : 0)
const freeX = (card: Card) => (card.place.kind === 'free' ? card.place.x : 0)
const byId = (a: Card, b: Card) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Who votes: the room's participant id (the facilitator has one too). Opaque; never used as an object's prototype. */
export type ParticipantId = string
/** One participant's dots by card. */
export type Ballot = Readonly<Record<CardId, number>>
/** Every participant's ballot, held by the host only until the reveal. */
export type Ballots = Readonly<Record<ParticipantId, Ballot>>

export type VoteStatus = 'open' | 'closed'
export type CastRefusal = 'notEligible' | 'noVotesLeft' | 'cardCap' | 'closed'
export type RetractRefusal = 'noVote' | 'closed'
export type VoteChange<R> = { readonly ok: true; readonly ballots: Ballots } | { readonly ok: false; readonly reason: R }

/**
 * One more dot from `participantId` on `cardId`. Refusals come in the order a participant can act
 * on them: the vote is over, the card is not part of it, the dots are spent, this card is full.
 */
export function castVote(
  ballots: Ballots,
  settings: VoteSettings,
  eligible: ReadonlySet<CardId> | readonly CardId[],
  participantId: ParticipantId,
  cardId: CardId,
  status: VoteStatus = 'open',
): VoteChange<CastRefusal> {
  if (status !== 'open') return { ok: false, reason: 'closed' }
  const isEligible = 'has' in eligible ? eligible.has(cardId) : eligible.includes(cardId)
  if (!isEligible) return { ok: false, reason: 'notEligible' }
  const mine = ballotOf(ballots, participantId)
  if (spent(mine) >= budgetOf(settings)) return { ok: false, reason: 'noVotesLeft' }
  const onCard = dotsOn(mine, cardId)
  if (onCard >= capOf(settings)) return { ok: false, reason: 'cardCap' }
  return { ok: true, ballots: withBallot(ballots, participantId, { ...mine, [cardId]: onCard + 1 }) }
}

/**
 * Takes one of the participant's dots back off a card (the second tap). It needs no eligibility:
 * a dot placed before the facilitator narrowed the scope can always be taken back while open.
 */
export function retractVote(ballots: Ballots, participantId: ParticipantId, cardId: CardId, status: VoteStatus = 'open'): VoteChange<RetractRefusal> {
  if (status !== 'open') return { ok: false, reason: 'closed' }
  const mine = ballotOf(ballots, participantId)
  const onCard = dotsOn(mine, cardId)
  if (onCard === 0) return { ok: false, reason: 'noVote' }
  const next: Record<string, number> = { ...mine, [cardId]: onCard - 1 }
  // Empty entries go, so a ballot after cast-then-retract equals the one before.
  if (onCard === 1) delete next[cardId]
  return { ok: true, ballots: withBallot(ballots, participantId, next) }
}

export function votesLeft(ballots: Ballots, settings: VoteSettings, participantId: ParticipantId): number {
  return Math.max(0, budgetOf(settings) - spent(ballotOf(ballots, participantId)))
}

/** How many of those in the room have pressed Done: someone who pressed it and left is not counted. */
export function doneCount(done: ReadonlySet<ParticipantId> | readonly ParticipantId[], participants: readonly ParticipantId[]): number {
  const isDone = 'has' in done ? (id: ParticipantId) => done.has(id) : (id: ParticipantId) => done.includes(id)
  let count = 0
  for (const id of new Set(participants)) if (isDone(id)) count++
  return count
}

/** One participant's dots; someone who has not voted has an empty ballot. */
export function ballotOf(ballots: Ballots, participantId: ParticipantId): Ballot {
  return getRecord(ballots, participantId) ?? {}
}

/** Dots placed by hand per card: the facilitator alone counts the room's raised hands. */
export type HandTally = Readonly<Record<CardId, number>>

/** A hand count, a whole number from 0 to 999 (a typo such as -3 or 3000 does not reach the results). */
export function setHandCount(tally: HandTally, cardId: CardId, n: number): HandTally {
  const count = Number.isNaN(n) ? 0 : Math.floor(Math.min(VOTE_LIMITS.handCount, Math.max(0, n)))
  const was = getRecord(tally, cardId) ?? 0
  if (was === count && (count !== 0 || !hasRecord(tally, cardId))) return tally
  const next: Record<string, number> = { ...tally, [cardId]: count }
  if (count === 0) delete next[cardId]
  return next as HandTally
}

/** A count as the rules read it: anything but a positive whole number (from a bad message) is no dots. */
export function dotsOn(ballot: Ballot, cardId: CardId): number {
  return countOf(getRecord(ballot, cardId))
}

export function countOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

function spent(ballot: Ballot): number {
  let sum = 0
  for (const value of Object.values(ballot)) sum += countOf(value)
  return sum
}

// Settings are checked again here, so a bad message cannot lift a participant over the budget.
const budgetOf = (s: VoteSettings) => wholeIn(s.votesPerPerson, 1, VOTE_LIMITS.votesPerPerson, 1)
const capOf = (s: VoteSettings) => wholeIn(s.capPerCard, 1, budgetOf(s), 1)

function withBallot(ballots: Ballots, participantId: ParticipantId, ballot: Ballot): Ballots {
  // A computed key defines an own property even for "__proto__", so no id can reach the prototype.
  const next: Record<string, Ballot> = { ...ballots, [participantId]: ballot }
  if (Object.keys(ballot).length === 0) delete next[participantId]
  return next
}

function wholeIn(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.floor(value)))
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property only: reading "constructor" off a plain object must not find Object's. */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
}
