import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRoomHosting } from '../../../server/hosting/handle'
import { controlRefusal } from '../../../server/web'
import { createRoomIpcHandlers } from '../../../electron/main/room'
import { IpcChannels } from '../../../electron/shared/ipc'
import { RoomProjector } from '../../../src/room/project'
import { readRoomInfo } from '../../../src/room/shape'
import { ROOM_CONTROL_HEADER } from '../../../src/room/types'
import { startServer, useRoomHost } from './support'

const SAMPLE = readFileSync(join(__dirname, '../../fixtures/format/v2-sample.journey'), 'utf8')
const MAP_ID = (JSON.parse(SAMPLE) as { document: { map: { id: string } } }).document.map.id

const host = useRoomHost()

const cardTitles = (projector: RoomProjector) => Object.values(projector.project()!.cards).map((c) => c.text).sort()

describe('the facilitator asking the host for a room', () => {
  it('opens a map’s room seeded from its .journey text, with the map’s cards in it', async () => {
    const hosting = createRoomHosting(host.server)
    const answer = await hosting({ op: 'open', mapId: MAP_ID, journey: SAMPLE })
    expect(answer.ok).toBe(true)
    if (!answer.ok || !answer.info) throw new Error('no room')
    expect(answer.info.roomId).toBe(MAP_ID)
    expect(answer.info.hostWsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/room\//)
    const projector = new RoomProjector(host.server.getDoc(MAP_ID))
    expect(cardTitles(projector).length).toBeGreaterThan(3)
    projector.dispose()
  })

  it('points the facilitator at another origin when the app is served elsewhere (the web build)', async () => {
    const hosting = createRoomHosting(host.server, { hostOrigin: () => 'ws://127.0.0.1:5199' })
    const answer = await hosting({ op: 'open', mapId: MAP_ID, journey: SAMPLE })
    expect(answer.ok && answer.info?.hostWsUrl.startsWith(`ws://127.0.0.1:5199/room/${MAP_ID}?code=`)).toBe(true)
  })

  it('after a close, seeds a new generation from the map but keeps the codes (the QR on the wall still works)', async () => {
    const hosting = createRoomHosting(host.server)
    const first = await hosting({ op: 'open', mapId: MAP_ID, journey: SAMPLE })
    const generation = readRoomInfo(host.server.getDoc(MAP_ID)).generation
    await hosting({ op: 'close', roomId: MAP_ID })
    expect(host.server.openRooms()).toEqual([])
    const edited = SAMPLE.replace('"Coffee subscription: first order"', '"Edited alone"')
    const again = await hosting({ op: 'open', mapId: MAP_ID, journey: edited })
    if (!first.ok || !again.ok) throw new Error('not opened')
    expect(again.info?.code).toBe(first.info?.code)
    expect(readRoomInfo(host.server.getDoc(MAP_ID)).generation).not.toBe(generation)
    expect(host.server.getDoc(MAP_ID).getMap('map').get('title')).toBe('Edited alone')
  })

  it('a room that was never closed (the host stopped) resumes with what it had, never reseeded', async () => {
    const hosting = createRoomHosting(host.server)
    await hosting({ op: 'open', mapId: MAP_ID, journey: SAMPLE })
    host.server.getDoc(MAP_ID).getMap('map').set('title', 'Edited in the room')
    await host.restart()
    const resumed = await host.server.resumeRooms()
    expect(resumed.map((r) => r.roomId)).toEqual([MAP_ID])
    // The facilitator's reopened window finds the resumed room, with the same codes, before anyone presses Open.
    const found = await createRoomHosting(host.server)({ op: 'find', mapId: MAP_ID })
    expect(found).toMatchObject({ ok: true, info: { roomId: MAP_ID, code: resumed[0]!.code } })
    expect(await createRoomHosting(host.server)({ op: 'find', mapId: 'another-map' })).toEqual({ ok: true, info: null })
    const answer = await createRoomHosting(host.server)({ op: 'open', mapId: MAP_ID, journey: SAMPLE })
    expect(answer.ok).toBe(true)
    expect(host.server.getDoc(MAP_ID).getMap('map').get('title')).toBe('Edited in the room')
  })

  it('answers bad requests and unreadable maps in words, never with a throw', async () => {
    const hosting = createRoomHosting(host.server)
    expect(await hosting({ op: 'open', mapId: '../etc', journey: SAMPLE })).toMatchObject({ ok: false, error: 'badRequest' })
    expect(await hosting({ op: 'format', roomId: 'x' })).toMatchObject({ ok: false, error: 'badRequest' })
    expect(await hosting(null)).toMatchObject({ ok: false, error: 'badRequest' })
    expect(await hosting({ op: 'open', mapId: 'm1', journey: '{"not":"a map"}' })).toMatchObject({ ok: false, error: 'badMap' })
    expect(await hosting({ op: 'newCode', roomId: 'nope' })).toMatchObject({ ok: false, error: 'noRoom' })
    expect(await hosting({ op: 'remove', roomId: 'nope', participantId: 'p1' })).toMatchObject({ ok: false, error: 'noRoom' })
    expect(await hosting({ op: 'close', roomId: 'nope' })).toEqual({ ok: true, info: null })
  })

  it('says the port is taken when another program holds it', async () => {
    const other = startServer(host.sandbox)
    const taken = await createRoomHosting(other)({ op: 'open', mapId: 'room-a', journey: SAMPLE })
    if (!taken.ok || !taken.info) throw new Error('no room')
    const clash = startServer(host.sandbox, { port: taken.info.port })
    const answer = await createRoomHosting(clash)({ op: 'open', mapId: 'room-b', journey: SAMPLE })
    expect(answer).toMatchObject({ ok: false, error: 'portInUse' })
    await clash.stop()
    await other.stop()
  })

  it('Electron’s room channel hands exactly one request to the hosting', async () => {
    const seen: unknown[] = []
    const handlers = createRoomIpcHandlers(async (request) => (seen.push(request), { ok: true, info: null }))
    const handler = handlers[IpcChannels.roomRequest]
    await expect(Promise.resolve(handler({ senderId: 1 }, [{ op: 'close', roomId: 'r' }]))).resolves.toEqual({ ok: true, info: null })
    await expect(Promise.resolve(handler({ senderId: 1 }, [{ op: 'close', roomId: 'r' }, 'extra']))).resolves.toMatchObject({ ok: false })
    expect(seen).toEqual([{ op: 'close', roomId: 'r' }])
  })
})

describe('the web build’s room control address', () => {
  const request = (over: { method?: string; remote?: string; headers?: Record<string, string> }) =>
    ({
      method: over.method ?? 'POST',
      socket: { remoteAddress: over.remote ?? '127.0.0.1' },
      headers: { [ROOM_CONTROL_HEADER]: '1', 'content-type': 'application/json', origin: 'http://127.0.0.1:5199', ...over.headers },
    }) as never

  it('takes requests only from the app’s own page on this machine', () => {
    expect(controlRefusal(request({}), 'http://127.0.0.1:5199')).toBeNull()
    expect(controlRefusal(request({ remote: '192.168.1.30' }), 'http://127.0.0.1:5199')).toBe('not loopback')
    expect(controlRefusal(request({ headers: { origin: 'http://evil.example' } }), 'http://127.0.0.1:5199')).toBe('origin')
    expect(controlRefusal(request({ headers: { [ROOM_CONTROL_HEADER]: '' } }), 'http://127.0.0.1:5199')).toBe('header')
    expect(controlRefusal(request({ headers: { 'content-type': 'text/plain' } }), 'http://127.0.0.1:5199')).toBe('content type')
    expect(controlRefusal(request({ method: 'GET' }), 'http://127.0.0.1:5199')).toBe('method')
  })
})
