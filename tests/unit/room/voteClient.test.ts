import { describe, expect, it, vi } from 'vitest'
import { readVoteReply, sendVote } from '../../../src/room/voteClient'

const who = { room: 'r1', code: 'edit-code', pid: 'p1' }

describe('a participant’s vote requests', () => {
  it('posts JSON to the room-vote path on the page’s own origin and reads only the person’s own dots', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, open: true, mine: { c1: 1 }, left: 2, totals: null, done: false })))
    const reply = await sendVote('http://room.local:8123/?room=r1', who, 'cast', 'c1', fetchImpl as unknown as typeof fetch)
    expect(reply).toEqual({ ok: true, vote: { open: true, mine: { c1: 1 }, left: 2, totals: null, done: false } })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://room.local:8123/room-vote')
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json')
    expect(JSON.parse(String(init.body))).toEqual({ room: 'r1', code: 'edit-code', pid: 'p1', op: 'cast', card: 'c1' })
  })

  it('says why a dot was refused, and fails quietly when the host is gone', async () => {
    expect(readVoteReply({ ok: false, reason: 'noVotesLeft' })).toEqual({ ok: false, reason: 'noVotesLeft' })
    expect(readVoteReply({ ok: false, reason: 'cardCap' })).toEqual({ ok: false, reason: 'cardCap' })
    expect(readVoteReply({ ok: false, reason: 'removed' })).toEqual({ ok: false, reason: 'refused' })
    expect(readVoteReply({ ok: false, reason: '<script>' })).toEqual({ ok: false, reason: 'failed' })
    expect(readVoteReply('nope')).toEqual({ ok: false, reason: 'failed' })
    expect(readVoteReply({ ok: true, open: true, mine: [], left: 1 })).toEqual({ ok: false, reason: 'failed' })
    const down = vi.fn(async () => {
      throw new TypeError('network')
    })
    expect(await sendVote('http://room.local:8123', who, 'view', undefined, down as unknown as typeof fetch)).toEqual({ ok: false, reason: 'failed' })
  })

  it('keeps totals only when the host sent them', () => {
    const reply = readVoteReply({ ok: true, open: false, mine: {}, left: 0, totals: { c1: 3, c2: 0 }, done: true })
    expect(reply).toEqual({ ok: true, vote: { open: false, mine: {}, left: 0, totals: { c1: 3 }, done: true } })
  })
})
