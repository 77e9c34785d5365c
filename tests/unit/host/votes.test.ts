import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createRoomHosting } from '../../../server/hosting/handle'
import { defaultVoteSettings } from '../../../src/domain/facilitation'
import { ROOM_VOTE_PATH, type RoomHostInfo } from '../../../src/room/types'
import { useRoomHost } from './support'

const host = useRoomHost()

const CARDS = ['cardA', 'cardB', 'cardC']

async function vote(info: RoomHostInfo, body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${info.port}${ROOM_VOTE_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ room: info.roomId, ...body }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function openVote(settings: Partial<ReturnType<typeof defaultVoteSettings>> = {}) {
  const info = await host.server.openRoom({ roomId: 'voting' })
  const hosting = createRoomHosting(host.server)
  const started = await hosting({ op: 'voteStart', roomId: info.roomId, settings: { ...defaultVoteSettings(), votesPerPerson: 3, capPerCard: 2, hideTallies: true, ...settings }, eligible: CARDS })
  expect(started).toMatchObject({ ok: true, vote: { voters: 0, done: 0 } })
  return { info, hosting }
}

describe('a dot vote in a room', () => {
  it('keeps each person to their budget and the cap, and tells them only their own dots', async () => {
    const { info, hosting } = await openVote()
    const docBefore = Y.encodeStateVector(host.server.getDoc(info.roomId))
    const ana = { code: info.code, pid: 'ana' }
    expect((await vote(info, { ...ana, op: 'cast', card: 'cardA' })).body).toMatchObject({ ok: true, mine: { cardA: 1 }, left: 2, totals: null })
    await vote(info, { ...ana, op: 'cast', card: 'cardA' })
    expect((await vote(info, { ...ana, op: 'cast', card: 'cardA' })).body).toEqual({ ok: false, reason: 'cardCap' })
    await vote(info, { ...ana, op: 'cast', card: 'cardB' })
    expect((await vote(info, { ...ana, op: 'cast', card: 'cardC' })).body).toEqual({ ok: false, reason: 'noVotesLeft' })
    expect((await vote(info, { ...ana, op: 'cast', card: 'notOnTheBallot' })).body).toEqual({ ok: false, reason: 'notEligible' })

    const bo = { code: info.code, pid: 'bo' }
    const boView = (await vote(info, { ...bo, op: 'cast', card: 'cardB' })).body
    // Bo learns nothing of Ana's dots while tallies are hidden.
    expect(boView).toEqual({ ok: true, open: true, mine: { cardB: 1 }, left: 2, totals: null, done: false })
    expect((await vote(info, { ...bo, op: 'retract', card: 'cardB' })).body).toMatchObject({ mine: {}, left: 3 })
    await vote(info, { ...bo, op: 'cast', card: 'cardB' })
    expect((await vote(info, { ...bo, op: 'done' })).body).toMatchObject({ done: true })

    // Not a byte of any ballot reached the shared document.
    expect(Y.encodeStateVector(host.server.getDoc(info.roomId))).toEqual(docBefore)
    expect(await hosting({ op: 'voteProgress', roomId: info.roomId })).toMatchObject({ ok: true, vote: { voters: 2, done: 1 } })

    const revealed = await hosting({ op: 'voteReveal', roomId: info.roomId })
    if (!revealed.ok || !revealed.vote || !('results' in revealed.vote)) throw new Error('no results')
    expect(revealed.vote.results.rows.map((r) => [r.cardId, r.votes, r.rank])).toEqual([
      ['cardA', 2, 1],
      ['cardB', 2, 1],
      ['cardC', 0, 3],
    ])
    // After the reveal the box is empty and closed.
    expect((await vote(info, { ...ana, op: 'cast', card: 'cardC' })).body).toEqual({ ok: false, reason: 'closed' })
  })

  it('shows the totals to everyone when the facilitator does not hide them', async () => {
    const { info } = await openVote({ hideTallies: false })
    await vote(info, { code: info.code, pid: 'ana', op: 'cast', card: 'cardC' })
    expect((await vote(info, { code: info.code, pid: 'bo', op: 'view' })).body).toMatchObject({ mine: {}, totals: { cardC: 1 } })
  })

  it('refuses view-only links, wrong codes, removed people and anything but JSON', async () => {
    const { info } = await openVote()
    expect((await vote(info, { code: info.viewCode, pid: 'dee', op: 'cast', card: 'cardA' })).status).toBe(403)
    expect((await vote(info, { code: 'A'.repeat(22), pid: 'dee', op: 'cast', card: 'cardA' })).status).toBe(403)
    await host.server.removeParticipant(info.roomId, 'eve')
    expect((await vote(info, { code: info.code, pid: 'eve', op: 'cast', card: 'cardA' })).body).toEqual({ ok: false, reason: 'removed' })
    expect((await vote(info, { code: info.code, pid: '../x', op: 'view' })).status).toBe(400)
    const form = await fetch(`http://127.0.0.1:${info.port}${ROOM_VOTE_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'room=voting' })
    expect(form.status).toBe(415)
    expect((await vote({ ...info, roomId: 'another' }, { code: info.code, pid: 'ana', op: 'view' })).status).toBe(404)
  })

  it('keeps every confirmed dot when the host is stopped mid-vote, and drops the vote when the room is closed', async () => {
    const { info } = await openVote()
    await vote(info, { code: info.code, pid: 'ana', op: 'cast', card: 'cardA' })
    await host.restart()
    const [resumed] = await host.server.resumeRooms()
    expect((await vote(resumed!, { code: info.code, pid: 'ana', op: 'view' })).body).toMatchObject({ open: true, mine: { cardA: 1 }, left: 2 })
    await createRoomHosting(host.server)({ op: 'close', roomId: info.roomId })
    const again = await host.server.openRoom({ roomId: info.roomId })
    expect((await vote(again, { code: info.code, pid: 'ana', op: 'view' })).body).toMatchObject({ open: false })
  })
})
