import { describe, expect, it } from 'vitest'
import { actionsOf, type Card } from '../../../src/domain'
import { actionsFromVote, createVoteRecord, defaultVoteSettings, results, voteToPlan } from '../../../src/domain/facilitation'
import { makeClient, sampleDoc, seedUpdate, syncAll } from './rooms'

describe('a vote’s top three to the action plan in a room', () => {
  it('reach every participant from the facilitator’s one command, and one undo takes them all back for everyone', () => {
    // The facilitator's window is bound to the room it hosts, as src/ui/roomHost/hostedRoom.ts binds it.
    const seed = seedUpdate(sampleDoc())
    const facilitator = makeClient('facilitator', seed, 'host')
    const participant = makeClient('participant', seed, 'edit')
    const doc = facilitator.doc()
    const cards = Object.values(doc.cards).slice(0, 4) as Card[]
    expect(cards).toHaveLength(4)
    const tally = { [cards[0]!.id]: 5, [cards[1]!.id]: 3, [cards[2]!.id]: 2, [cards[3]!.id]: 1 }
    const record = createVoteRecord({
      startedAt: 1_764_900_000_000,
      revealedAt: 1_764_900_060_000,
      mode: 'ballots',
      settings: defaultVoteSettings(),
      results: results(tally, cards.map((c) => c.id), { voters: 3, participants: 3 }),
      doc,
    })
    const actions = actionsFromVote(doc.map.id, voteToPlan(doc, record), 1_764_900_120_000)
    facilitator.store.getState().dispatch({ type: 'addActions', actions })
    syncAll([facilitator, participant])

    const seen = actionsOf(participant.doc()).filter((a) => actions.some((made) => made.id === a.id))
    expect(seen.map((a) => [a.cardIds, a.votes])).toEqual([
      [[cards[0]!.id], 5],
      [[cards[1]!.id], 3],
      [[cards[2]!.id], 2],
    ])
    // The participant's copy knows them as this vote's: a press on another window makes none again.
    expect(voteToPlan(participant.doc(), record).make).toEqual([])

    facilitator.binding.undo.undo()
    syncAll([facilitator, participant])
    for (const client of [facilitator, participant]) for (const made of actions) expect(client.doc().actions[made.id]).toBeUndefined()
    expect(facilitator.doc()).toEqual(participant.doc())
  })
})
