import { newAction } from '../actions/factory'
import type { Action } from '../actions/types'
import type { CardId, MapId } from '../ids'
import { getRecord } from '../records'
import type { Card, JourneyDoc } from '../types'
import { topCards, type VoteRecord } from './voteResults'

/** "The top cards go to the action plan" (issue 12): the first three places by votes. */
export const TOP_PLACES = 3

export interface VoteToPlan {
  /** Cards to make an action of, best first, each with the dots it got in the vote. */
  readonly make: readonly { readonly card: Card; readonly votes: number }[]
  /** Top cards that already have an action from this vote (pressed before): not made again. */
  readonly planned: readonly CardId[]
  /** Top cards deleted from the map since the vote: nothing left to make an action of. */
  readonly gone: readonly CardId[]
  /** Cards tied with the last place were taken too, so there are more than `places` top cards. */
  readonly tieAtCut: boolean
}

/**
 * Which of a vote's top cards become actions. Cards tied with the third place all go (the sort
 * order is not a reason to leave one out; the facilitator can drop an action, not find a missing
 * one); cards without a dot never do. A card already has an action from this vote when an action
 * made at or after the reveal names it and carries the dots it got then: pressing twice, or in
 * two windows of a room, does not make doubles, while an older action of the card (from another
 * vote, or made by hand before) does not stop this vote's.
 */
export function voteToPlan(doc: Pick<JourneyDoc, 'cards' | 'actions'>, record: VoteRecord, places: number = TOP_PLACES): VoteToPlan {
  const top = topCards(record, places)
  const votesOf = new Map(record.rows.map((row) => [row.cardId, row.votes]))
  const actions = Object.values(doc.actions)
  const make: { card: Card; votes: number }[] = []
  const planned: CardId[] = []
  const gone: CardId[] = []
  for (const cardId of top.cardIds) {
    const votes = votesOf.get(cardId) ?? 0
    const card = getRecord(doc.cards, cardId)
    if (!card) gone.push(cardId)
    else if (actions.some((a) => isFromVote(a, cardId, votes, record))) planned.push(cardId)
    else make.push({ card, votes })
  }
  return { make, planned, gone, tieAtCut: top.tiedAtBoundary.length > 0 }
}

function isFromVote(action: Action, cardId: CardId, votes: number, record: VoteRecord): boolean {
  return action.createdAt >= record.revealedAt && action.votes === votes && action.cardIds.includes(cardId)
}

/**
 * One action per card of the plan, each carrying its card's votes. A millisecond apart from `now`
 * on, best card first: the plan lists actions by when they were made, so it keeps the vote's order.
 */
export function actionsFromVote(mapId: MapId, plan: VoteToPlan, now: number): Action[] {
  return plan.make.map(({ card, votes }, i) => newAction(mapId, [card], now + i, votes))
}
