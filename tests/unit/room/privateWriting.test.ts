import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Card, LaneId, StepId } from '../../../src/domain'
import { createCard } from '../../../src/domain/factories'
import { bindRoom } from '../../../src/room/binding'
import { createPrivateWriting } from '../../../src/room/privateWriting'
import { PRIVATE_ORIGIN, setSessionPrivate } from '../../../src/room/sessionPrivate'
import { roomTable, storedFields } from '../../../src/room/shape'
import { ROOM_DOC } from '../../../src/room/types'
import { createAppStore } from '../../../src/store'
import { privateCardsStore } from '../../../src/store/privateCards'
import { makeClient, seedUpdate, templateDoc } from './rooms'

/** A host's private store in memory, answering as ROOM_PRIVATE_PATH does: one author's cards only. */
function fakeHost() {
  const held = new Map<string, Card>()
  const requests: { op: string; id?: string; card?: Card }[] = []
  let open = true
  const fetchImpl = async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { op: string; id?: string; card?: Card }
    requests.push(body)
    if (!open && body.op !== 'list') return new Response(JSON.stringify({ ok: false, reason: 'closed' }))
    if (body.op === 'put' && body.card) held.set(body.card.id, body.card)
    if (body.op === 'delete' && body.id) held.delete(body.id)
    return new Response(JSON.stringify({ ok: true, open, cards: open ? [...held.values()] : [] }))
  }
  return { held, requests, fetchImpl: fetchImpl as unknown as typeof fetch, close: () => (open = false) }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup() {
  const map = templateDoc()
  const seed = seedUpdate(map)
  const host = fakeHost()
  const store = createAppStore()
  const ydoc = new Y.Doc()
  Y.applyUpdate(ydoc, seed)
  const writing = createPrivateWriting({ who: { room: 'r', code: 'c', pid: 'ana' }, origin: 'http://room.test', fetchImpl: host.fetchImpl })
  const binding = bindRoom(store, ydoc, { participantId: 'ana', access: 'edit', routeAppUndo: false, privateWriting: writing })
  const other = makeClient('bo', seed)
  const laneId = map.map.laneIds.find((id) => map.lanes[id]!.kind !== 'emotions') as LaneId
  const stepId = Object.values(map.stages)[0]!.stepIds[0] as StepId
  const card = (text: string) => createCard(map.map.id, { kind: 'cell', laneId, stepId, span: 1, rank: 0 }, { text })
  return { host, store, ydoc, writing, binding, other, card }
}

describe('a participant’s private writing', () => {
  it('keeps new cards off the shared document, on the author’s board, editable and deletable', async () => {
    const { host, store, ydoc, binding, other, card } = setup()
    setSessionPrivate(ydoc, { anonymous: true, startedAt: 1 })
    await flush()
    const mine = card('my secret')
    store.getState().dispatch({ type: 'addCards', cards: [mine] })
    await flush()
    expect(store.getState().doc!.cards[mine.id]?.text).toBe('my secret')
    expect(roomTable(ydoc, 'cards').has(mine.id)).toBe(false)
    expect(ydoc.getMap(ROOM_DOC.owners).has(mine.id)).toBe(false)
    expect(host.held.get(mine.id)?.text).toBe('my secret')
    expect(binding.isMine(mine.id)).toBe(true)
    expect(privateCardsStore.getState().ids.has(mine.id)).toBe(true)

    store.getState().dispatch({ type: 'updateCards', cardIds: [mine.id], patch: { text: 'my secret, better' } })
    await flush()
    expect(host.held.get(mine.id)?.text).toBe('my secret, better')
    expect(roomTable(ydoc, 'cards').has(mine.id)).toBe(false)
    // Nothing about it reached the other person, who gets everything Ana's document holds.
    Y.applyUpdate(other.ydoc, Y.encodeStateAsUpdate(ydoc), 'remote')
    expect(Object.keys(other.doc().cards)).toEqual(Object.keys(store.getState().doc!.cards).filter((id) => id !== mine.id))
    expect(other.doc().cards[mine.id]).toBeUndefined()

    store.getState().dispatch({ type: 'deleteCards', cardIds: [mine.id] })
    await flush()
    expect(host.held.size).toBe(0)
    expect(host.requests.map((r) => r.op)).toEqual(['list', 'put', 'put', 'delete'])
    expect(store.getState().doc!.cards[mine.id]).toBeUndefined()
  })

  it('drops the private copy when the reveal brings the card, so it shows once', async () => {
    const { host, store, ydoc, writing, card } = setup()
    setSessionPrivate(ydoc, { anonymous: false, startedAt: 1 })
    const mine = card('revealed soon')
    store.getState().dispatch({ type: 'addCards', cards: [mine] })
    await flush()
    // The host's reveal: the card and the end of the round in one transaction.
    ydoc.transact(() => {
      const fields = new Y.Map<unknown>()
      for (const [key, value] of storedFields('cards', { ...host.held.get(mine.id)! })) fields.set(key, value)
      roomTable(ydoc, 'cards').set(mine.id, fields)
      setSessionPrivate(ydoc, null)
    }, PRIVATE_ORIGIN)
    host.close()
    await flush()
    expect(writing.state.getState().cards.size).toBe(0)
    expect(Object.values(store.getState().doc!.cards).filter((c) => c.text === 'revealed soon')).toHaveLength(1)
    // A new card after the round is an ordinary shared card.
    const after = card('after the round')
    store.getState().dispatch({ type: 'addCards', cards: [after] })
    expect(roomTable(ydoc, 'cards').has(after.id)).toBe(true)
    expect(ydoc.getMap(ROOM_DOC.owners).get(after.id)).toBe('ana')
  })

  it('puts a card on the board itself when the round ended before the host took it', async () => {
    const { host, store, ydoc, card } = setup()
    setSessionPrivate(ydoc, { anonymous: true, startedAt: 1 })
    await flush()
    host.close()
    const late = card('written in the last second')
    store.getState().dispatch({ type: 'addCards', cards: [late] })
    await flush()
    await flush()
    expect(roomTable(ydoc, 'cards').has(late.id)).toBe(true)
    // Anonymous round: no author recorded for it either.
    expect(ydoc.getMap(ROOM_DOC.owners).has(late.id)).toBe(false)
  })
})
