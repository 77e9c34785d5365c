import { describe, expect, it } from 'vitest'
import { ROOM_CLOSE } from '../../../src/room/types'
import { cardField, rawSocket, setCardField, sleep, synced, waitFor, wsBase, type Client, useRoomHost } from './support'

const host = useRoomHost()
const { join } = host

/** Waits for a permanent close and checks the provider gave up instead of retrying. */
async function expectTurnedAway(client: Client, code: number) {
  await waitFor(() => client.closes.length > 0, `close ${code}`)
  expect(client.closes[0]).toBe(code)
  await sleep(700) // longer than maxBackoffTime: a retrying provider would have tried again
  expect(client.closes).toEqual([code])
  expect(client.provider.shouldConnect).toBe(false)
}

describe('who gets into a room', () => {
  it('refuses a wrong or missing code with 4401, and the client stops retrying', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const wrong = join(info, { code: 'A'.repeat(22) })
    const empty = join(info, { code: '' })
    await expectTurnedAway(wrong, ROOM_CLOSE.refused)
    await expectTurnedAway(empty, ROOM_CLOSE.refused)
    expect(host.server.stats('r1').connections).toBe(0)
    const raw = rawSocket(`${wsBase(info)}/r1`)
    expect(await raw.closed).toBe(ROOM_CLOSE.refused)
  })

  it('refuses the old codes after newCode, keeps the new ones and the host code working', async () => {
    const before = await host.server.openRoom({ roomId: 'r1' })
    const after = await host.server.newCode('r1')
    expect(after.code).not.toBe(before.code)
    expect(after.viewCode).not.toBe(before.viewCode)
    expect(host.server.viewCode('r1')).toBe(after.viewCode)
    await expectTurnedAway(join(before, { code: before.code }), ROOM_CLOSE.refused)
    await expectTurnedAway(join(before, { code: before.viewCode }), ROOM_CLOSE.refused)
    await synced(join(after, { code: after.code }))
    const hostCode = new URL(after.hostWsUrl).searchParams.get('code')!
    await synced(join(after, { code: hostCode }))
  })

  it('a code opens its own room only', async () => {
    const one = await host.server.openRoom({ roomId: 'one' })
    const two = await host.server.openRoom({ roomId: 'two' })
    await expectTurnedAway(join({ ...two }, { code: one.code }), ROOM_CLOSE.refused)
  })

  it('closes a client of another generation with 4409', async () => {
    const info = await host.server.openRoom({ roomId: 'r1', generation: 'gen-2' })
    await expectTurnedAway(join(info, { code: info.code, gen: 'gen-1' }), ROOM_CLOSE.otherGeneration)
    await synced(join(info, { code: info.code, gen: 'gen-2' }))
  })

  it('removes a participant with 4403 and refuses them afterwards; others stay', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const bob = join(info, { code: info.code, pid: 'bob' })
    const ann = join(info, { code: info.code, pid: 'ann' })
    await Promise.all([synced(bob), synced(ann)])
    await host.server.removeParticipant('r1', 'bob')
    await expectTurnedAway(bob, ROOM_CLOSE.removed)
    await expectTurnedAway(join(info, { code: info.code, pid: 'bob' }), ROOM_CLOSE.removed)
    expect(host.server.participants('r1').map((p) => p.id)).toEqual(['ann'])
    setCardField(ann.ydoc, 'c', 'text', 'still here')
    await waitFor(() => cardField(host.server.getDoc('r1'), 'c', 'text') === 'still here', 'ann’s edit')
  })

  it('closing the room sends 4410 to everyone, and the host stops listening with no room open', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const a = join(info, { code: info.code })
    const v = join(info, { code: info.viewCode })
    await Promise.all([synced(a), synced(v)])
    expect(host.server.port()).toBe(info.port)
    await host.server.closeRoom('r1')
    await expectTurnedAway(a, ROOM_CLOSE.closed)
    await expectTurnedAway(v, ROOM_CLOSE.closed)
    expect(host.server.port()).toBeNull()
    const raw = rawSocket(`${wsBase(info)}/r1?code=${info.code}`)
    await expect(raw.opened).rejects.toThrow(/ECONNREFUSED/)
    // Reopened on the same port, so printed links still work.
    const again = await host.server.openRoom({ roomId: 'r1' })
    expect(again.port).toBe(info.port)
    expect(again.code).toBe(info.code)
  })

  it('tells clients of a room that is not open to try again later (1013), not to give up', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const raw = rawSocket(`${wsBase(info)}/elsewhere?code=${info.code}`)
    expect(await raw.closed).toBe(1013)
  })
})
