import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { ROOM_CLOSE } from '../../../src/room/types'
import type { RoomServer, RoomUpdateOrigin } from '../../../server/room/roomServer'
import type { RoomHostInfo } from '../../../src/room/types'
import { cardField, connect, makeSandbox, rawSocket, setCardField, startServer, synced, waitFor, wsBase, type Client, type Sandbox } from './support'

let sandbox: Sandbox
let server: RoomServer
const clients: Client[] = []
const validated: unknown[] = []

beforeEach(async () => {
  sandbox = await makeSandbox()
  validated.length = 0
  server = startServer(sandbox, {
    limits: { maxMessageBytes: 64 * 1024, messagesPerSecond: 20, messageBurst: 40, maxDocBytes: 256 * 1024 },
    validate: (_ydoc, origin) => {
      validated.push(origin)
      if (validated.length === 1) throw new Error('a validator bug must not take the room down')
    },
  })
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await server.stop()
  await sandbox.cleanup()
})

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

function cardUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  setCardField(doc, `card-${Math.random()}`, 'text', text)
  return Y.encodeStateAsUpdate(doc)
}

/** A well-behaved editor beside the offender, who must notice nothing. */
async function bystander(info: RoomHostInfo): Promise<Client> {
  const client = connect(info, { code: info.code, pid: 'bystander' })
  clients.push(client)
  await synced(client)
  return client
}

async function stillWorks(info: RoomHostInfo, by: Client) {
  const other = connect(info, { code: info.code })
  clients.push(other)
  await synced(other)
  const tag = `ok-${Math.random()}`
  setCardField(by.ydoc, 'probe', 'text', tag)
  await waitFor(() => cardField(other.ydoc, 'probe', 'text') === tag, 'the room to keep relaying')
  expect(by.closes).toEqual([])
}

const garbage: Array<[string, Uint8Array]> = [
  ['an unknown message type', new Uint8Array([99, 1, 2, 3])],
  ['a truncated sync message', new Uint8Array([0, 2, 200])],
  ['an update of random bytes', updateFrame(new Uint8Array([5, 200, 1, 7, 255, 255, 255, 255, 15, 3]))],
  ['an awareness message with broken JSON', new Uint8Array([1, 6, 1, 7, 1, 2, 123, 120])],
  ['an empty message', new Uint8Array([])],
]

describe('a hostile or buggy client', () => {
  it.each(garbage)('sending %s is closed alone; nothing throws', async (_name, bytes) => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    const bad = rawSocket(`${wsBase(info)}/r1?code=${info.code}`)
    await bad.opened
    bad.ws.send(bytes)
    expect(await bad.closed).toBe(ROOM_CLOSE.tooMuch)
    await stillWorks(info, by)
  })

  it('is closed when it floods, and the flood does not reach the room', async () => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    const bad = rawSocket(`${wsBase(info)}/r1?code=${info.code}`)
    await bad.opened
    for (let i = 0; i < 500; i++) bad.ws.send(updateFrame(cardUpdate(`spam ${i}`)))
    expect(await bad.closed).toBe(ROOM_CLOSE.tooMuch)
    expect(server.getDoc('r1').getMap('cards').size).toBeLessThanOrEqual(41)
    await stillWorks(info, by)
  })

  it('is closed for one oversized message, which is not applied', async () => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    const bad = rawSocket(`${wsBase(info)}/r1?code=${info.code}`)
    await bad.opened
    bad.ws.send(updateFrame(cardUpdate('x'.repeat(70 * 1024))))
    expect(await bad.closed).toBe(ROOM_CLOSE.tooMuch)
    expect(server.getDoc('r1').getMap('cards').size).toBe(0)
    await stillWorks(info, by)
  })

  it('is closed when its edits would grow the document past the room’s bound', async () => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    const bad = rawSocket(`${wsBase(info)}/r1?code=${info.code}`)
    await bad.opened
    // 30 × 40 KiB: each message within the size limit, the sum over the 256 KiB document bound.
    for (let i = 0; i < 30; i++) bad.ws.send(updateFrame(cardUpdate(`${i}`.repeat(40 * 1024))))
    expect(await bad.closed).toBe(ROOM_CLOSE.tooMuch)
    expect(server.stats('r1').docBytes).toBeLessThanOrEqual(256 * 1024)
    await stillWorks(info, by)
  })

  it('cannot overwrite someone else’s presence', async () => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    by.provider.awareness.setLocalState({ participantId: 'bystander', name: 'Bea', color: '#00ff00' })
    const watcher = connect(info, { code: info.viewCode })
    clients.push(watcher)
    const beaSeen = () => (watcher.provider.awareness.getStates().get(by.ydoc.clientID) as { name?: string } | undefined)?.name === 'Bea'
    await waitFor(beaSeen, 'Bea’s presence')
    const bad = rawSocket(`${wsBase(info)}/r1?code=${info.code}&pid=mallory`)
    await bad.opened
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    const body = encoding.createEncoder()
    encoding.writeVarUint(body, 1)
    encoding.writeVarUint(body, by.ydoc.clientID)
    encoding.writeVarUint(body, 1000)
    encoding.writeVarString(body, JSON.stringify({ participantId: 'bystander', name: 'Mallory', color: '#000000' }))
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(body))
    bad.ws.send(encoding.toUint8Array(encoder))
    await new Promise((r) => setTimeout(r, 100))
    expect(beaSeen()).toBe(true)
    bad.ws.close()
  })

  it('runs the validate hook after each participant update, and survives it throwing', async () => {
    const info = await server.openRoom({ roomId: 'r1' })
    const by = await bystander(info)
    setCardField(by.ydoc, 'a', 'text', 'one')
    setCardField(by.ydoc, 'b', 'text', 'two')
    await waitFor(() => validated.length >= 2, 'validate to run twice')
    expect(validated.every((origin) => (origin as RoomUpdateOrigin).participantId === 'bystander' && (origin as RoomUpdateOrigin).access === 'edit')).toBe(true)
    expect(cardField(server.getDoc('r1'), 'b', 'text')).toBe('two')
    await stillWorks(info, by)
  })
})
