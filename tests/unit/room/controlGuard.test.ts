import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CardId } from '../../../src/domain'
import { NO_CONTROL, type FacilitatorControl } from '../../../src/domain/facilitation'
import { roomTable, seedRoomDoc } from '../../../src/room/shape'
import { ROOM_DOC, SESSION_KEYS, type RoomAccess } from '../../../src/room/types'
import { createControlGuard } from '../../../src/room/controlGuard'
import { makeClient, sampleDoc, type Client } from './rooms'

/**
 * The host's document with the guard on it, as the room server runs it: each client's updates
 * are applied with that client's origin, validated, and the host's state handed back to everyone.
 */
function hostRoom() {
  const doc = sampleDoc()
  const host = new Y.Doc()
  seedRoomDoc(host, doc, 'gen-1')
  const guard = createControlGuard()
  guard.prime(host)
  const seed = Y.encodeStateAsUpdate(host)
  const facilitator = makeClient('facilitator', seed, 'host')
  const ann = makeClient('ann', seed, 'edit')
  const clients = [facilitator, ann]
  const access = new Map<Client, RoomAccess>([
    [facilitator, 'host'],
    [ann, 'edit'],
  ])
  /** `from`'s pending updates reach the host, are checked, and everyone gets the host's state. */
  const send = (from: Client) => {
    const origin = { participantId: from.name, access: access.get(from)! }
    for (const update of from.outbox.splice(0)) {
      Y.applyUpdate(host, update, origin)
      guard.validate(host, origin)
    }
    for (const client of clients) {
      Y.applyUpdate(client.ydoc, Y.encodeStateAsUpdate(host, Y.encodeStateVector(client.ydoc)), 'remote')
      client.outbox.splice(0)
    }
  }
  const publish = (control: FacilitatorControl) => {
    const session = facilitator.ydoc.getMap<unknown>(ROOM_DOC.session)
    facilitator.ydoc.transact(() => session.set(SESSION_KEYS.control, control))
    send(facilitator)
  }
  return { doc, host, facilitator, ann, send, publish }
}

describe('the host guards what the facilitator locked', () => {
  it('puts a locked grid back when a participant moves, renames or adds a lane; other edits stand', () => {
    const { doc, host, facilitator, ann, send, publish } = hostRoom()
    publish({ ...NO_CONTROL, gridLocked: true })
    const [first, second] = doc.map.laneIds
    const card = Object.values(doc.cards)[0]!
    const { dispatch } = ann.store.getState()
    dispatch({ type: 'moveLane', laneId: second!, toIndex: 0 })
    dispatch({ type: 'renameLane', laneId: first!, title: 'Mine now' })
    dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'edited by ann' } })
    expect(ann.doc().map.laneIds[0]).toBe(second)
    send(ann)
    for (const client of [ann, facilitator]) {
      expect(client.doc().map.laneIds).toEqual(doc.map.laneIds)
      expect(client.doc().lanes[first!]!.title).toBe(doc.lanes[first!]!.title)
      // The card was not locked: ann's edit is everyone's.
      expect(client.doc().cards[card.id]!.text).toBe('edited by ann')
    }
    const stages = ann.doc().map.stageIds
    ann.store.getState().dispatch({ type: 'deleteStage', stageId: stages[0]! })
    send(ann)
    expect(facilitator.doc().map.stageIds).toEqual(stages)
    expect(roomTable(host, 'stages').size).toBe(stages.length)
  })

  it('lets the facilitator change a locked grid, and a participant once it is unlocked', () => {
    const { doc, facilitator, ann, send, publish } = hostRoom()
    publish({ ...NO_CONTROL, gridLocked: true })
    const [first, second] = doc.map.laneIds
    facilitator.store.getState().dispatch({ type: 'moveLane', laneId: second!, toIndex: 0 })
    send(facilitator)
    expect(ann.doc().map.laneIds.slice(0, 2)).toEqual([second, first])
    publish(NO_CONTROL)
    ann.store.getState().dispatch({ type: 'moveLane', laneId: first!, toIndex: 0 })
    send(ann)
    expect(facilitator.doc().map.laneIds.slice(0, 2)).toEqual([first, second])
  })

  it('re-creates a locked card a participant deleted, with its owner, and undoes edits and moves of it', () => {
    const { doc, host, facilitator, ann, send, publish } = hostRoom()
    const [locked, free] = Object.values(doc.cards)
    const lockedId = locked!.id as CardId
    publish({ ...NO_CONTROL, lockedCardIds: [lockedId] })
    const ownerBefore = host.getMap(ROOM_DOC.owners).get(lockedId)
    ann.store.getState().dispatch({ type: 'deleteCards', cardIds: [lockedId, free!.id] })
    send(ann)
    for (const client of [ann, facilitator]) {
      expect(client.doc().cards[lockedId]).toEqual(doc.cards[lockedId])
      expect(client.doc().cards[free!.id]).toBeUndefined()
    }
    expect(host.getMap(ROOM_DOC.owners).get(lockedId)).toEqual(ownerBefore)
    ann.store.getState().dispatch({ type: 'updateCards', cardIds: [lockedId], patch: { text: 'ann was here' } })
    send(ann)
    expect(facilitator.doc().cards[lockedId]).toEqual(doc.cards[lockedId])
    // The facilitator is not held by their own lock.
    facilitator.store.getState().dispatch({ type: 'updateCards', cardIds: [lockedId], patch: { text: 'facilitator' } })
    send(facilitator)
    expect(ann.doc().cards[lockedId]!.text).toBe('facilitator')
  })

  it('keeps the session the facilitator’s: a participant cannot unlock, and runs the timer only when allowed', () => {
    const { host, ann, send, publish } = hostRoom()
    const locked = { ...NO_CONTROL, gridLocked: true }
    publish(locked)
    const session = ann.ydoc.getMap<unknown>(ROOM_DOC.session)
    ann.ydoc.transact(() => {
      session.set(SESSION_KEYS.control, NO_CONTROL)
      session.set('present', { slide: 3 })
    })
    send(ann)
    expect(host.getMap(ROOM_DOC.session).get(SESSION_KEYS.control)).toEqual(locked)
    expect(host.getMap(ROOM_DOC.session).has('present')).toBe(false)
    const running = { status: 'running', durationMs: 60_000, endsAtHostMs: 1_800_000_000_000 }
    ann.ydoc.transact(() => session.set(SESSION_KEYS.timer, running))
    send(ann)
    expect(host.getMap(ROOM_DOC.session).get(SESSION_KEYS.timer)).toBeUndefined()
    publish({ ...locked, participantsRunTimer: true })
    ann.ydoc.transact(() => session.set(SESSION_KEYS.timer, running))
    send(ann)
    expect(host.getMap(ROOM_DOC.session).get(SESSION_KEYS.timer)).toEqual(running)
    expect(ann.ydoc.getMap(ROOM_DOC.session).get(SESSION_KEYS.timer)).toEqual(running)
  })

  it('accepts what the host itself writes, so a participant’s next update does not take it back', () => {
    const { host, ann, send } = hostRoom()
    // The host process opens a private-writing round: no connection is the origin.
    host.transact(() => host.getMap<unknown>(ROOM_DOC.session).set('private', { anonymous: false, startedAt: 1 }))
    send(ann)
    ann.ydoc.transact(() => roomTable(ann.ydoc, 'cards').set('c-new', new Y.Map<unknown>([['text', 'hello']])))
    send(ann)
    expect(host.getMap(ROOM_DOC.session).get('private')).toEqual({ anonymous: false, startedAt: 1 })
    expect(roomTable(host, 'cards').has('c-new')).toBe(true)
  })
})
