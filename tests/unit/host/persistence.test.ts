import { appendFile, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RoomServer } from '../../../server/room/roomServer'
import { decodeFrames, encodeFrame, LOG_FILE, openUpdateLog, STATE_FILE } from '../../../server/room/updateLog'
import { ROOM_HOST_FIELD } from '../../../src/room/types'
import { cardField, connect, makeSandbox, setCardField, startServer, synced, waitFor, type Client, type Sandbox } from './support'

let sandbox: Sandbox
const servers: RoomServer[] = []
const clients: Client[] = []
const start = (...args: Parameters<typeof startServer> extends [unknown, ...infer R] ? R : never) => {
  const server = startServer(sandbox, ...args)
  servers.push(server)
  return server
}
const seedCount = { n: 0 }
const seed = (ydoc: Y.Doc) => {
  seedCount.n++
  setCardField(ydoc, 'seed', 'text', 'from the map')
}

beforeEach(async () => {
  sandbox = await makeSandbox()
  seedCount.n = 0
})
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.stop()
  await sandbox.cleanup()
})

function cardUpdate(id: string, text: string): Uint8Array {
  const doc = new Y.Doc()
  setCardField(doc, id, 'text', text)
  return Y.encodeStateAsUpdate(doc)
}

describe('a room on disk', () => {
  it('reopens with the same codes and generation, its edits, and is never seeded twice', async () => {
    const first = start()
    const info = await first.openRoom({ roomId: 'r1', seed, generation: 'g1' })
    const a = connect(info, { code: info.code })
    clients.push(a)
    await synced(a)
    setCardField(a.ydoc, 'c1', 'text', 'kept')
    await waitFor(() => cardField(first.getDoc('r1'), 'c1', 'text') === 'kept', 'the edit at the host')
    await first.closeRoom('r1')
    await first.stop()

    const second = start()
    const again = await second.openRoom({ roomId: 'r1', seed, generation: 'g2' })
    expect(seedCount.n).toBe(1)
    expect([again.code, again.viewCode, again.hostWsUrl.split('code=')[1]]).toEqual([info.code, info.viewCode, info.hostWsUrl.split('code=')[1]])
    const doc = second.getDoc('r1')
    expect(cardField(doc, 'c1', 'text')).toBe('kept')
    expect(doc.getMap('cards').size).toBe(2)
    const meta = JSON.parse(await readFile(join(sandbox.storeDir, 'r1', 'room.json'), 'utf8'))
    expect(meta.generation).toBe('g1')
  })

  it('keeps a new code and a removal across a restart', async () => {
    const first = start()
    const before = await first.openRoom({ roomId: 'r1' })
    const renewed = await first.newCode('r1')
    await first.removeParticipant('r1', 'bob')
    await first.stop()
    const second = start()
    const after = await second.openRoom({ roomId: 'r1' })
    expect(after.code).toBe(renewed.code)
    expect(after.code).not.toBe(before.code)
    const meta = JSON.parse(await readFile(join(sandbox.storeDir, 'r1', 'room.json'), 'utf8'))
    expect(meta.removed).toEqual(['bob'])
  })

  it('acknowledges an update only once it is in the log', async () => {
    const server = start()
    const info = await server.openRoom({ roomId: 'r1' })
    const a = connect(info, { code: info.code })
    const b = connect(info, { code: info.code })
    clients.push(a, b)
    await Promise.all([synced(a), synced(b)])
    const log = join(sandbox.storeDir, 'r1', LOG_FILE)
    let logAtArrival = -1
    b.ydoc.getMap('cards').observe(() => {
      if (logAtArrival < 0) void readFile(log).then((bytes) => (logAtArrival = decodeFrames(bytes).updates.length))
    })
    setCardField(a.ydoc, 'c1', 'text', 'acked')
    await waitFor(() => logAtArrival >= 0, 'the update at b')
    expect(logAtArrival).toBeGreaterThan(0)
  })

  it('replays the log after state.bin, ignores and cuts a torn last frame, and appends after it', async () => {
    const first = start()
    await first.openRoom({ roomId: 'r1', seed })
    await first.closeRoom('r1')
    const roomDir = join(sandbox.storeDir, 'r1')
    const whole = encodeFrame(cardUpdate('logged', 'from the log'))
    const torn = encodeFrame(cardUpdate('torn', 'half written')).subarray(0, 20)
    await appendFile(join(roomDir, LOG_FILE), Buffer.concat([whole, torn]))

    const second = start()
    const info = await second.openRoom({ roomId: 'r1', seed })
    const doc = second.getDoc('r1')
    expect(cardField(doc, 'logged', 'text')).toBe('from the log')
    expect(cardField(doc, 'torn', 'text')).toBeUndefined()
    expect((await stat(join(roomDir, LOG_FILE))).size).toBe(whole.length)
    const a = connect(info, { code: info.code })
    clients.push(a)
    await synced(a)
    setCardField(a.ydoc, 'after', 'text', 'appended after the cut')
    await waitFor(() => cardField(doc, 'after', 'text') !== undefined, 'the edit at the host')
    await waitFor(() => second.stats('r1').logBytes > whole.length, 'the edit in the log')
    const frames = decodeFrames(await readFile(join(roomDir, LOG_FILE)))
    expect(frames.goodLength).toBe(second.stats('r1').logBytes)
    expect(frames.updates.length).toBeGreaterThanOrEqual(2)
    expect(seedCount.n).toBe(1)
  })

  it('compacts the log into state.bin once it grows, and reopens from the compacted state', async () => {
    const server = start({ limits: { compactLogBytes: 2000 } })
    const info = await server.openRoom({ roomId: 'r1' })
    const a = connect(info, { code: info.code })
    clients.push(a)
    await synced(a)
    const stateBefore = (await stat(join(sandbox.storeDir, 'r1', STATE_FILE))).size
    for (let i = 0; i < 60; i++) setCardField(a.ydoc, `c${i}`, 'text', `card number ${i} with some words`)
    await waitFor(() => server.getDoc('r1').getMap('cards').size === 60, 'all edits at the host')
    await waitFor(() => server.stats('r1').logBytes < 2000 && server.stats('r1').stateBytes > stateBefore, 'a compaction')
    expect((await stat(join(sandbox.storeDir, 'r1', STATE_FILE))).size).toBeGreaterThan(stateBefore)
    await server.closeRoom('r1')
    expect((await stat(join(sandbox.storeDir, 'r1', LOG_FILE))).size).toBe(0)
    const reopened = start()
    await reopened.openRoom({ roomId: 'r1' })
    expect(reopened.getDoc('r1').getMap('cards').size).toBe(60)
  })

  it('refuses to open a room whose room.json is unreadable rather than seeding it again', async () => {
    const first = start()
    await first.openRoom({ roomId: 'r1', seed })
    await first.closeRoom('r1')
    await writeFile(join(sandbox.storeDir, 'r1', 'room.json'), '{"formatVersion": 1, "roomId": ')
    await expect(start().openRoom({ roomId: 'r1', seed })).rejects.toThrow(/not a room file/)
    expect(seedCount.n).toBe(1)
  })
})

describe('log frames', () => {
  it('stop at a corrupt frame (checksum) as well as at a short one', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]))
    const b = encodeFrame(new Uint8Array([4, 5, 6]))
    const corrupt = Buffer.from(b)
    corrupt[corrupt.length - 1] = 99
    expect(decodeFrames(Buffer.concat([a, b])).updates).toHaveLength(2)
    expect(decodeFrames(Buffer.concat([a, corrupt]))).toEqual({ updates: [new Uint8Array([1, 2, 3])], goodLength: a.length })
    expect(decodeFrames(Buffer.concat([a, b.subarray(0, 5)])).goodLength).toBe(a.length)
    expect(decodeFrames(new Uint8Array(0))).toEqual({ updates: [], goodLength: 0 })
  })

  it('tells the room when its disk fails and when it saves again, and keeps relaying edits meanwhile', async () => {
    let diskFull = false
    const server = start({
      // The real log, with a disk that refuses writes while diskFull is on.
      openLog: async (dir, options) => {
        const real = await openUpdateLog(dir, options)
        return {
          ...real,
          append: (update) => {
            if (!diskFull) return real.append(update)
            options.onError(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }))
            return Promise.resolve(false)
          },
        }
      },
    })
    const info = await server.openRoom({ roomId: 'full', seed })
    const a = connect(info, { code: info.code })
    const b = connect(info, { code: info.code })
    clients.push(a, b)
    await Promise.all([synced(a), synced(b)])
    const hostSays = (client: Client) =>
      [...client.provider.awareness.getStates().values()].map((state) => (state as Record<string, { saveFailed?: boolean } | undefined>)[ROOM_HOST_FIELD]?.saveFailed).find((v) => v !== undefined)
    expect(hostSays(a)).toBeUndefined()

    diskFull = true
    setCardField(a.ydoc, 'c1', 'text', 'written to a full disk')
    await waitFor(() => hostSays(a) === true && hostSays(b) === true, 'the host to report the failing disk')
    // Nobody's edit is held back: a frozen room is worse than a warned one.
    await waitFor(() => cardField(b.ydoc, 'c1', 'text') === 'written to a full disk', 'the edit to reach b')
    expect(server.stats('full').saveFailures).toBeGreaterThan(0)

    diskFull = false
    setCardField(b.ydoc, 'c1', 'text', 'saved again')
    await waitFor(() => hostSays(a) === false, 'the host to report it saves again')
  })
})
