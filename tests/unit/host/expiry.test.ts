import { describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import { connect, rawSocket, synced, waitFor, wsBase, useRoomHost } from './support'

// A presence nobody renews (a phone that went to sleep without closing its socket) must leave
// the room after 30 s. Clients expire stale states on their own too, so the proof is a client
// joining afterwards: it gets every state the host still holds on connect.

const host = useRoomHost()
const { clients } = host

function presenceMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const body = encoding.createEncoder()
  encoding.writeVarUint(body, 1)
  encoding.writeVarUint(body, clientId)
  encoding.writeVarUint(body, clock)
  encoding.writeVarString(body, JSON.stringify(state))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(body))
  return encoding.toUint8Array(encoder)
}

describe('presence', () => {
  it('of a silent connection expires after 30 s; the others see it go', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const watcher = connect(info, { code: info.code })
    clients.push(watcher)
    await synced(watcher)
    const silent = rawSocket(`${wsBase(info)}/r1?code=${info.code}&pid=sleepy`)
    await silent.opened
    silent.ws.on('ping', () => {}) // ws answers pings itself: the socket stays alive, the presence does not
    silent.ws.send(presenceMessage(424242, 1, { participantId: 'sleepy', name: 'Sleepy', color: '#123456' }))
    await waitFor(() => watcher.provider.awareness.getStates().has(424242), 'the presence to arrive')
    watcher.provider.awareness.setLocalState({ participantId: 'watcher', name: 'Wes', color: '#654321' })
    const early = connect(info, { code: info.viewCode })
    clients.push(early)
    await waitFor(() => early.provider.awareness.getStates().has(424242), 'a newcomer to see the silent presence')
    await new Promise((r) => setTimeout(r, 34_000))
    const late = connect(info, { code: info.viewCode })
    clients.push(late)
    await waitFor(() => late.provider.awareness.getStates().has(watcher.ydoc.clientID), 'the live presence')
    expect(late.provider.awareness.getStates().has(424242)).toBe(false)
    expect(host.server.stats('r1').connections).toBe(4)
    silent.ws.close()
  }, 45_000)
})
