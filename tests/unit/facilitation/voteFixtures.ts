import type { CardId } from '../../../src/domain'
import { castVote, defaultVoteSettings, type Ballots, type VoteSettings } from '../../../src/domain/facilitation/votes'

export const id = (s: string) => s as CardId
export const [A, B, C, D, E] = ['cardA', 'cardB', 'cardC', 'cardD', 'cardE'].map(id) as [CardId, CardId, CardId, CardId, CardId]

export function settings(patch: Partial<VoteSettings> = {}): VoteSettings {
  return { ...defaultVoteSettings(), ...patch }
}

/** Casts one dot after another, failing the test on any refusal. */
export function cast(ballots: Ballots, s: VoteSettings, votes: readonly (readonly [string, CardId])[], eligible: readonly CardId[] = [A, B, C, D, E]): Ballots {
  return votes.reduce((b, [who, card]) => {
    const r = castVote(b, s, eligible, who, card)
    if (!r.ok) throw new Error(`${who} on ${card}: ${r.reason}`)
    return r.ballots
  }, ballots)
}
