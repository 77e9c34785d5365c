import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bindRoomControls, readHold, readRoomMute, writeHold, writeRoomMute } from '../../../src/room/sessionHold'
import { ROOM_DOC } from '../../../src/room/types'
import { appStore } from '../../../src/store'
import { linkedDocs } from './rooms'

afterEach(() => appStore.setState({ roomMuted: false, roomHold: null }))

describe('the room’s mute and held view in the shared session', () => {
  it('reach a participant’s store from the facilitator’s writes, and leave it when the room does', () => {
    const [hostDoc, laptopDoc] = linkedDocs()
    const dispose = bindRoomControls(appStore, laptopDoc)
    expect(appStore.getState()).toMatchObject({ roomMuted: false, roomHold: null })
    writeRoomMute(hostDoc, true)
    expect(appStore.getState().roomMuted).toBe(true)
    writeHold(hostDoc, { x: 10.4, y: -20.6, width: 800.2, height: 450 })
    expect(appStore.getState().roomHold).toEqual({ x: 10, y: -21, width: 800, height: 450 })
    writeHold(hostDoc, null)
    expect(appStore.getState().roomHold).toBeNull()
    writeHold(hostDoc, { x: 0, y: 0, width: 100, height: 100 })
    dispose()
    // Out of the room: this device's sound and view are its own again.
    expect(appStore.getState()).toMatchObject({ roomMuted: false, roomHold: null })
  })

  it('keeps the same held view object while the rectangle is unchanged (no needless re-fit)', () => {
    const doc = new Y.Doc()
    bindRoomControls(appStore, doc)
    writeHold(doc, { x: 1, y: 2, width: 3, height: 4 })
    const first = appStore.getState().roomHold
    writeRoomMute(doc, true)
    expect(appStore.getState().roomHold).toBe(first)
  })

  it('reads only what a hold or a mute can be, whatever a client wrote', () => {
    expect(readHold({ x: 0, y: 0, width: 10, height: 10 })).toEqual({ x: 0, y: 0, width: 10, height: 10 })
    for (const bad of [null, 'hold', [], { x: 0, y: 0, width: 0, height: 10 }, { x: Number.NaN, y: 0, width: 1, height: 1 }, { x: 0, y: 0, width: 1e12, height: 1 }, { x: '0', y: 0, width: 1, height: 1 }]) {
      expect(readHold(bad)).toBeNull()
    }
    expect(readRoomMute(true)).toBe(true)
    for (const bad of [1, 'true', {}, null, undefined]) expect(readRoomMute(bad)).toBe(false)
    const doc = new Y.Doc()
    bindRoomControls(appStore, doc)
    doc.getMap(ROOM_DOC.session).set('mute', 'yes')
    doc.getMap(ROOM_DOC.session).set('hold', { x: 0, y: 0, width: -5, height: 3 })
    expect(appStore.getState()).toMatchObject({ roomMuted: false, roomHold: null })
  })
})
