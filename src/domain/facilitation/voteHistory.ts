import { isSafeId, type CardId } from '../ids'
import { LIMITS } from '../limits'
import { cleanLine, cleanParagraph } from '../text'
import { rankRows, snapshotText, type VoteRecord, type VoteRecordRow, type Voter } from './voteResults'
import { isObject, normalizeVoteSettings, own } from './votes'

/** Votes in one history: a full day of workshops votes a few dozen times. */
export const VOTE_HISTORY_LIMIT = 200
/** A voter's display name, as the room shows it. */
const VOTER_NAME_LIMIT = 100
/** Far more than any room's participants; a voters list longer than this is not a real one. */
const VOTERS_PER_ROW = 200
/** More dots on one card than 50 dots from every person of a full room: clamp, do not trust. */
const MAX_VOTES = 1_000_000

/**
 * The vote history of a .journey file, which anyone may have written: whatever cannot be read is
 * dropped, never thrown on, and what is kept is rebuilt field by field from known keys (so a
 * "__proto__" key or an extra field never travels on). Ranks are recomputed from the votes, since
 * a file's ranks cannot be trusted to agree with them. The newest records are kept past the limit.
 */
export function validateVoteHistory(input: unknown): VoteRecord[] {
  if (!Array.isArray(input)) return []
  const kept: VoteRecord[] = []
  const seen = new Set<string>()
  // From the end: history is appended to, so the newest records (and a duplicate id's later copy) win.
  for (let i = input.length - 1; i >= 0 && kept.length < VOTE_HISTORY_LIMIT; i--) {
    const record = readRecord(input[i])
    if (!record || seen.has(record.id)) continue
    seen.add(record.id)
    kept.push(record)
  }
  return kept.reverse()
}

function readRecord(input: unknown): VoteRecord | null {
  if (!isObject(input)) return null
  const id = own(input, 'id')
  const startedAt = time(own(input, 'startedAt'))
  const revealedAt = time(own(input, 'revealedAt'))
  const rawRows = own(input, 'rows')
  if (!isSafeId(id) || startedAt === null || revealedAt === null || !Array.isArray(rawRows)) return null
  const settings = normalizeVoteSettings(own(input, 'settings'))
  const rows: Omit<VoteRecordRow, 'rank'>[] = []
  const cards = new Set<string>()
  for (const raw of rawRows) {
    if (rows.length >= LIMITS.cards) break
    const row = readRow(raw, settings.anonymous)
    if (!row || cards.has(row.cardId)) continue
    cards.add(row.cardId)
    rows.push(row)
  }
  return {
    id,
    startedAt,
    // A clock set back during the vote can reveal "before" the start; the start is the better guess.
    revealedAt: Math.max(startedAt, revealedAt),
    mode: own(input, 'mode') === 'hands' ? 'hands' : 'ballots',
    settings,
    voters: headcount(own(input, 'voters')),
    participants: headcount(own(input, 'participants')),
    rows: rankRows(rows).map(({ tied: _tied, ...row }) => row),
  }
}

/** An anonymous vote's rows lose any voters a file claims: the setting is the promise made to the room. */
function readRow(input: unknown, anonymous: boolean): Omit<VoteRecordRow, 'rank'> | null {
  if (!isObject(input)) return null
  const cardId = own(input, 'cardId')
  if (!isSafeId(cardId)) return null
  const text = own(input, 'text')
  const votes = own(input, 'votes')
  const voters = own(input, 'voters')
  return {
    cardId: cardId as CardId,
    text: typeof text === 'string' ? snapshotText(cleanParagraph(text)) : '',
    votes: typeof votes === 'number' && Number.isFinite(votes) ? Math.min(MAX_VOTES, Math.max(0, Math.floor(votes))) : 0,
    ...(!anonymous && Array.isArray(voters) ? { voters: readVoters(voters) } : {}),
  }
}

function readVoters(input: readonly unknown[]): Voter[] {
  const voters: Voter[] = []
  for (const raw of input) {
    if (voters.length >= VOTERS_PER_ROW) break
    if (!isObject(raw)) continue
    const name = own(raw, 'name')
    const votes = own(raw, 'votes')
    if (typeof name !== 'string' || typeof votes !== 'number' || !Number.isFinite(votes) || votes < 1) continue
    voters.push({ name: snapshotText(cleanLine(name), VOTER_NAME_LIMIT), votes: Math.min(MAX_VOTES, Math.floor(votes)) })
  }
  return voters
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

function headcount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(MAX_VOTES, Math.floor(value)) : null
}
