import { afterEach, describe, expect, it } from 'vitest'
import type { CardId, MapId } from '../../../src/domain'
import type { VoteRecord } from '../../../src/domain/facilitation'
import { defaultVoteSettings } from '../../../src/domain/facilitation'
import { boardDots, dotsKey, voteCountStore } from '../../../src/store/voteCount'

const MAP = 'map1' as MapId
const OTHER = 'map2' as MapId
const A = 'cardA' as CardId
const B = 'cardB' as CardId

function record(id: string, votes: Record<string, number>): VoteRecord {
  return {
    id,
    startedAt: 1,
    revealedAt: 2,
    mode: 'hands',
    settings: defaultVoteSettings(),
    voters: null,
    participants: null,
    rows: Object.entries(votes).map(([cardId, n], i) => ({ cardId: cardId as CardId, text: cardId, votes: n, rank: i + 1 })),
  }
}

afterEach(() => voteCountStore.setState({ count: null, hiddenDots: null }))

describe('the hand count', () => {
  it('keeps whole counts from 0 to 999 and drops cards back to none', () => {
    const s = voteCountStore.getState()
    s.setHands(A, 3)
    expect(voteCountStore.getState().count).toBeNull()
    s.startCount(MAP, { kind: 'map' }, 100)
    s.setHands(A, 3)
    s.setHands(B, 5000)
    expect(voteCountStore.getState().count?.tally).toEqual({ [A]: 3, [B]: 999 })
    s.setHands(A, 0)
    expect(voteCountStore.getState().count?.tally).toEqual({ [B]: 999 })
    s.endCount()
    expect(voteCountStore.getState().count).toBeNull()
  })
})

describe('the dots on the board', () => {
  it('shows the count under way on its own map, only cards with votes', () => {
    const count = { mapId: MAP, scope: { kind: 'map' as const }, startedAt: 100, tally: { [A]: 2 } }
    expect(boardDots(count, MAP, [record('r1', { [B]: 4 })], null)).toEqual({ key: 'count:100', votes: new Map([[A, 2]]) })
    // Another map open: its own latest vote, not this count.
    expect(boardDots(count, OTHER, [record('r1', { [B]: 4 })], null)?.key).toBe('record:r1')
  })

  it('shows the latest saved vote until exactly those dots are hidden', () => {
    const history = [record('old', { [A]: 1 }), record('new', { [A]: 0, [B]: 3 })]
    expect(boardDots(null, MAP, history, null)).toEqual({ key: 'record:new', votes: new Map([[B, 3]]) })
    expect(boardDots(null, MAP, history, 'record:new')).toBeNull()
    // A newer vote brings dots back.
    expect(boardDots(null, MAP, [...history, record('newer', { [A]: 1 })], 'record:new')?.key).toBe('record:newer')
    expect(dotsKey(null, MAP, history)).toBe('record:new')
  })

  it('shows nothing without a map or a vote', () => {
    expect(boardDots(null, null, [record('r', { [A]: 1 })], null)).toBeNull()
    expect(boardDots(null, MAP, [], null)).toBeNull()
    expect(dotsKey(null, MAP, [])).toBeNull()
  })
})
