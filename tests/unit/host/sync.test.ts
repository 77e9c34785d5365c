import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { cardField, setCardField, sleep, synced, waitFor, useRoomHost } from './support'

const host = useRoomHost()
const { join } = host

describe('the room host syncs', () => {
  it('two clients converge, and both receive the seeded document', async () => {
    const info = await host.server.openRoom({ roomId: 'r1', seed: (ydoc) => setCardField(ydoc, 'seeded', 'text', 'from the map') })
    const a = join(info, { code: info.code })
    const b = join(info, { code: info.code })
    await Promise.all([synced(a), synced(b)])
    expect(cardField(a.ydoc, 'seeded', 'text')).toBe('from the map')
    setCardField(a.ydoc, 'c1', 'text', 'from a')
    setCardField(b.ydoc, 'c2', 'text', 'from b')
    await waitFor(() => cardField(a.ydoc, 'c2', 'text') === 'from b' && cardField(b.ydoc, 'c1', 'text') === 'from a', 'both edits to arrive')
    // Two people, two fields of one card, at once: both win.
    setCardField(a.ydoc, 'c1', 'text', 'edited by a')
    setCardField(b.ydoc, 'c1', 'color', 'yellow')
    await waitFor(() => cardField(a.ydoc, 'c1', 'color') === 'yellow' && cardField(b.ydoc, 'c1', 'text') === 'edited by a', 'the field edits')
    expect(Y.encodeStateVector(a.ydoc)).toEqual(Y.encodeStateVector(b.ydoc))
    expect(cardField(host.server.getDoc('r1'), 'c1', 'text')).toBe('edited by a')
  })

  it('relays what the in-process host writes to its doc', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const a = join(info, { code: info.code })
    await synced(a)
    setCardField(host.server.getDoc('r1'), 'h', 'text', 'facilitator')
    await waitFor(() => cardField(a.ydoc, 'h', 'text') === 'facilitator', 'the host edit')
  })

  it('serves a view-only link the document but drops everything it sends', async () => {
    const info = await host.server.openRoom({ roomId: 'r1', seed: (ydoc) => setCardField(ydoc, 's', 'text', 'seed') })
    const viewer = join(info, { code: info.viewCode })
    const editor = join(info, { code: info.code })
    await Promise.all([synced(viewer), synced(editor)])
    expect(cardField(viewer.ydoc, 's', 'text')).toBe('seed')
    setCardField(viewer.ydoc, 'v', 'text', 'vandal')
    setCardField(editor.ydoc, 'e', 'text', 'honest')
    await waitFor(() => cardField(viewer.ydoc, 'e', 'text') === 'honest', 'the editor to reach the viewer')
    await sleep(100)
    expect(cardField(host.server.getDoc('r1'), 'v', 'text')).toBeUndefined()
    expect(cardField(editor.ydoc, 'v', 'text')).toBeUndefined()
    expect(host.server.stats('r1').droppedViewUpdates).toBeGreaterThan(0)
  })

  it('lists participants from presence and connection, and removes presence when a connection closes', async () => {
    const info = await host.server.openRoom({ roomId: 'r1' })
    const changes: number[] = []
    host.server.onParticipantsChange((roomId, list) => roomId === 'r1' && changes.push(list.length))
    const a = join(info, { code: info.code, pid: 'alice' })
    const v = join(info, { code: info.viewCode, pid: 'victor' })
    a.provider.awareness.setLocalState({ participantId: 'alice', name: 'Alice', color: '#ff0000', access: 'host', cursor: null, view: null, editing: null })
    v.provider.awareness.setLocalState({ participantId: 'victor', name: 'Victor', color: 'red; x', access: 'edit', cursor: null, view: null, editing: null })
    await waitFor(() => host.server.participants('r1').filter((p) => p.name !== '').length === 2, 'both names')
    const list = host.server.participants('r1')
    // Access comes from the code used, not from what the presence claims.
    expect(list.find((p) => p.id === 'alice')).toEqual({ id: 'alice', name: 'Alice', color: '#ff0000', access: 'edit', connected: true })
    expect(list.find((p) => p.id === 'victor')).toEqual({ id: 'victor', name: 'Victor', color: '#808080', access: 'view', connected: true })
    await waitFor(() => a.provider.awareness.getStates().size === 2, 'alice to see victor')
    v.destroy()
    await waitFor(() => a.provider.awareness.getStates().size === 1, 'victor to leave alice’s presence')
    await waitFor(() => host.server.participants('r1').find((p) => p.id === 'victor')?.connected === false, 'victor marked as gone')
    expect(host.server.getDoc('r1') && changes.length).toBeGreaterThan(0)
  })
})
