import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createRoomHosting } from '../../../server/hosting/handle'
import { PRIVATE_FILE, PRIVATE_LIMITS } from '../../../server/room/privateCards'
import { createCard } from '../../../src/domain/factories'
import type { Card, JourneyDoc, LaneId, StepId, WorkshopId } from '../../../src/domain'
import { BUILT_IN_TEMPLATES, instantiateTemplate } from '../../../src/domain/templates'
import { RoomProjector } from '../../../src/room/project'
import { readSessionPrivate } from '../../../src/room/sessionPrivate'
import { seedRoomDoc } from '../../../src/room/shape'
import { ROOM_DOC, ROOM_PRIVATE_PATH, type RoomHostInfo } from '../../../src/room/types'
import { useRoomHost } from './support'

const host = useRoomHost()

const map: JourneyDoc = instantiateTemplate(BUILT_IN_TEMPLATES[0]!, { workshopId: 'ws-private' as WorkshopId, title: 'Private map', t: (key) => `text for ${key}`, now: 1_700_000_000_000 })
const laneId = map.map.laneIds.find((id) => map.lanes[id]!.kind !== 'emotions') as LaneId
const stepId = Object.values(map.stages)[0]!.stepIds[0] as StepId
const card = (text: string): Card => createCard(map.map.id, { kind: 'cell', laneId, stepId, span: 1, rank: 0 }, { text })

const onTheBoard = card('already shared')
const seeded: JourneyDoc = { ...map, cards: { ...map.cards, [onTheBoard.id]: onTheBoard } }

async function ask(info: RoomHostInfo, body: Record<string, unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${info.port}${ROOM_PRIVATE_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ room: info.roomId, ...body }) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function openPrivate(anonymous: boolean) {
  const info = await host.server.openRoom({ roomId: 'writing', seed: (ydoc, generation) => seedRoomDoc(ydoc, seeded, generation) })
  const hosting = createRoomHosting(host.server)
  expect(await hosting({ op: 'privateStart', roomId: info.roomId, anonymous })).toMatchObject({ ok: true, private: { anonymous, counts: {} } })
  return { info, hosting }
}

const texts = (body: Record<string, unknown>) => (body.cards as Card[]).map((c) => c.text).sort()
const sharedCards = () => new RoomProjector(host.server.getDoc('writing')).project()!.cards

describe('private writing in a room', () => {
  it('holds each author’s cards apart, tells the facilitator counts only and keeps the shared document clean', async () => {
    const { info, hosting } = await openPrivate(false)
    const session = host.server.getDoc(info.roomId).getMap(ROOM_DOC.session)
    expect(readSessionPrivate(session.get('private'))).toMatchObject({ anonymous: false })
    const docBefore = Y.encodeStateVector(host.server.getDoc(info.roomId))
    const ana = { code: info.code, pid: 'ana' }
    const bo = { code: info.code, pid: 'bo' }
    const first = card('Ana secret one')
    await ask(info, { ...ana, op: 'put', card: first })
    expect(texts((await ask(info, { ...ana, op: 'put', card: card('Ana secret two') })).body)).toEqual(['Ana secret one', 'Ana secret two'])
    // An edit is a put of the same id; Bo sees none of Ana's.
    expect(texts((await ask(info, { ...ana, op: 'put', card: { ...first, text: 'Ana secret one, edited' } })).body)).toEqual(['Ana secret one, edited', 'Ana secret two'])
    expect((await ask(info, { ...bo, op: 'put', card: card('Bo thought') })).body).toMatchObject({ ok: true, open: true, cards: [{ text: 'Bo thought' }] })
    expect(texts((await ask(info, { ...bo, op: 'list' })).body)).toEqual(['Bo thought'])
    expect(Y.encodeStateVector(host.server.getDoc(info.roomId))).toEqual(docBefore)
    expect(await hosting({ op: 'privateProgress', roomId: info.roomId })).toMatchObject({ ok: true, private: { counts: { ana: 2, bo: 1 } } })
    expect(JSON.stringify(await hosting({ op: 'privateProgress', roomId: info.roomId }))).not.toContain('secret')

    expect(await hosting({ op: 'privateReveal', roomId: info.roomId })).toMatchObject({ ok: true, private: { counts: { ana: 2, bo: 1 } } })
    const shown = Object.values(sharedCards()).map((c) => c.text)
    expect(shown).toEqual(expect.arrayContaining(['Ana secret one, edited', 'Ana secret two', 'Bo thought']))
    const owners = host.server.getDoc(info.roomId).getMap(ROOM_DOC.owners)
    expect(owners.get(first.id)).toBe('ana')
    expect(readSessionPrivate(session.get('private'))).toBeNull()
    expect((await ask(info, { ...ana, op: 'list' })).body).toEqual({ ok: true, open: false, cards: [] })
    expect((await ask(info, { ...ana, op: 'put', card: card('too late') })).body).toEqual({ ok: false, reason: 'closed' })
  })

  it('leaves no author in the shared document when the round is anonymous', async () => {
    const { info, hosting } = await openPrivate(true)
    const mine = card('Nobody knows')
    await ask(info, { code: info.code, pid: 'ana', op: 'put', card: mine })
    await hosting({ op: 'privateReveal', roomId: info.roomId })
    expect(sharedCards()[mine.id]?.text).toBe('Nobody knows')
    expect(host.server.getDoc(info.roomId).getMap(ROOM_DOC.owners).has(mine.id)).toBe(false)
  })

  it('deletes, and refuses too many cards, too large ones, ids of shared cards, view links and removed people', async () => {
    const { info } = await openPrivate(false)
    const ana = { code: info.code, pid: 'ana' }
    const gone = card('to delete')
    await ask(info, { ...ana, op: 'put', card: gone })
    expect((await ask(info, { ...ana, op: 'delete', id: gone.id })).body).toEqual({ ok: true, open: true, cards: [] })
    expect((await ask(info, { ...ana, op: 'put', card: { ...card(''), text: 'x'.repeat(PRIVATE_LIMITS.cardChars) } })).body).toEqual({ ok: false, reason: 'tooLarge' })
    expect((await ask(info, { ...ana, op: 'put', card: { text: 'no id' } })).body).toEqual({ ok: false, reason: 'badCard' })
    expect((await ask(info, { ...ana, op: 'put', card: { ...card('steal'), id: onTheBoard.id } })).body).toEqual({ ok: false, reason: 'taken' })
    for (let i = 0; i < PRIVATE_LIMITS.cardsPerPerson; i++) await ask(info, { ...ana, op: 'put', card: card(`n${i}`) })
    expect((await ask(info, { ...ana, op: 'put', card: card('one more') })).body).toEqual({ ok: false, reason: 'tooMany' })
    expect((await ask(info, { code: info.viewCode, pid: 'dee', op: 'list' })).status).toBe(403)
    expect((await ask(info, { code: 'A'.repeat(22), pid: 'dee', op: 'list' })).status).toBe(403)
    await host.server.removeParticipant(info.roomId, 'eve')
    expect((await ask(info, { code: info.code, pid: 'eve', op: 'list' })).body).toEqual({ ok: false, reason: 'removed' })
    const form = await fetch(`http://127.0.0.1:${info.port}${ROOM_PRIVATE_PATH}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })
    expect(form.status).toBe(415)
    expect((await ask(info, { ...ana, op: 'put', card: { ...card(''), text: 'y'.repeat(PRIVATE_LIMITS.cardChars * 3) } })).status).toBe(413)
  })

  it('keeps every confirmed card on disk through a host restart, and drops the round when the room is closed', async () => {
    const { info } = await openPrivate(true)
    await ask(info, { code: info.code, pid: 'ana', op: 'put', card: card('survives a crash') })
    expect(await readFile(join(host.sandbox.storeDir, info.roomId, PRIVATE_FILE), 'utf8')).toContain('survives a crash')
    await host.restart()
    const [resumed] = await host.server.resumeRooms()
    expect(texts((await ask(resumed!, { code: info.code, pid: 'ana', op: 'list' })).body)).toEqual(['survives a crash'])
    expect(readSessionPrivate(host.server.getDoc(info.roomId).getMap(ROOM_DOC.session).get('private'))).toMatchObject({ anonymous: true })
    await createRoomHosting(host.server)({ op: 'close', roomId: info.roomId })
    const again = await host.server.openRoom({ roomId: info.roomId })
    expect((await ask(again, { code: info.code, pid: 'ana', op: 'list' })).body).toMatchObject({ open: false, cards: [] })
  })

  it('never doubles a card revealed before a crash made the host forget the round', async () => {
    const { info, hosting } = await openPrivate(false)
    const mine = card('only once')
    await ask(info, { code: info.code, pid: 'ana', op: 'put', card: mine })
    const saved = await readFile(join(host.sandbox.storeDir, info.roomId, PRIVATE_FILE), 'utf8')
    await hosting({ op: 'privateReveal', roomId: info.roomId })
    // The round's file as it was before the reveal: the crash came between the document and it.
    const { writeFile } = await import('node:fs/promises')
    await host.restart({}, () => writeFile(join(host.sandbox.storeDir, info.roomId, PRIVATE_FILE), saved))
    await host.server.resumeRooms()
    await createRoomHosting(host.server)({ op: 'privateReveal', roomId: info.roomId })
    expect(Object.values(sharedCards()).filter((c) => c.text === 'only once')).toHaveLength(1)
  })
})
