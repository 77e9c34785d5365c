import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { RoomProjector } from '../../../src/room/project'
import { readRoomInfo, seedRoomDoc } from '../../../src/room/shape'
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates'
import { CURRENT_FORMAT_VERSION } from '../../../src/format'
import { sampleDoc, templateDoc } from './rooms'

function roundTrip(doc: ReturnType<typeof sampleDoc>) {
  const ydoc = new Y.Doc()
  seedRoomDoc(ydoc, doc, 'gen-1')
  // Through the wire, as a joining client gets it.
  const joined = new Y.Doc()
  Y.applyUpdate(joined, Y.encodeStateAsUpdate(ydoc))
  return { ydoc: joined, projected: new RoomProjector(joined).project() }
}

describe('seeding a room and projecting it back', () => {
  it('gives the v2 sample back deep-equal', () => {
    const doc = sampleDoc()
    expect(roundTrip(doc).projected).toEqual(doc)
  })

  it('gives every built-in template back deep-equal', () => {
    const docs = BUILT_IN_TEMPLATES.map((_, i) => templateDoc(i))
    expect(docs.some((doc) => Object.keys(doc.cards).length > 0 && Object.keys(doc.emotions).length > 0)).toBe(true)
    for (const doc of docs) expect(roundTrip(doc).projected).toEqual(doc)
  })

  it('records the generation and format version, and refuses to seed twice', () => {
    const doc = sampleDoc()
    const { ydoc } = roundTrip(doc)
    expect(readRoomInfo(ydoc)).toEqual({ generation: 'gen-1', formatVersion: CURRENT_FORMAT_VERSION })
    expect(() => seedRoomDoc(ydoc, doc, 'gen-2')).toThrow(/already holds a room/)
  })

  it('projects nothing before the seed has arrived, nor a room in a newer format', () => {
    expect(new RoomProjector(new Y.Doc()).project()).toBeNull()
    const { ydoc } = roundTrip(sampleDoc())
    ydoc.getMap('room').set('formatVersion', CURRENT_FORMAT_VERSION + 1)
    expect(new RoomProjector(ydoc).project()).toBeNull()
  })

  it('keeps the id lists out of the shared document: order lives in keys', () => {
    const doc = sampleDoc()
    const { ydoc } = roundTrip(doc)
    expect(ydoc.getMap('map').has('stageIds')).toBe(false)
    const stage = ydoc.getMap('stages').get(doc.map.stageIds[0]!) as Y.Map<unknown>
    expect(stage.has('stepIds')).toBe(false)
    expect(typeof stage.get('order')).toBe('string')
    expect(ydoc.getMap('mapPersonas').size).toBe(doc.map.personaIds.length)
  })
})
