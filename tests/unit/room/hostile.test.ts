import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { LIMITS, type JourneyDoc } from '../../../src/domain'
import { parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import { RoomProjector } from '../../../src/room/project'
import { makeRoom, sampleDoc, type Client } from './rooms'

/** Writes into a client's Y.Doc as another client would, bypassing every check of the app. */
function hostile(client: Client, write: (ydoc: Y.Doc) => void): void {
  const evil = new Y.Doc()
  Y.applyUpdate(evil, Y.encodeStateAsUpdate(client.ydoc))
  const before = Y.encodeStateVector(evil)
  evil.transact(() => write(evil))
  Y.applyUpdate(client.ydoc, Y.encodeStateAsUpdate(evil, before), 'remote')
}

function fields(entries: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(entries)) map.set(key, value)
  return map
}

function expectSavesAndLoadsBack(doc: JourneyDoc): void {
  const text = stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: 'test' }))
  const loaded = parseJourneyFile(text)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
  expect(loaded.value.repairs).toEqual([])
  expect(loaded.value.doc).toEqual(doc)
}

describe('whatever another client writes', () => {
  it('projects to a valid document that saves and loads back equal', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const doc = ann!.doc()
    const [stage0, stage1] = doc.map.stageIds
    const cellCard = Object.values(doc.cards).find((c) => c.place.kind === 'cell')!
    const step0 = doc.stages[stage0!]!.stepIds[0]!
    hostile(ann!, (ydoc) => {
      const cards = ydoc.getMap('cards')
      const card = cards.get(cellCard.id) as Y.Map<unknown>
      card.set('text', 'x'.repeat(200_000))
      card.set('sentiment', 42)
      card.set('metrics', 'not a list')
      card.set('personaIds', ['nobody', 7, null])
      card.set('unknownA', { any: 'thing' })
      card.set('__proto__', { polluted: true })
      cards.set('free-far', fields({ mapId: doc.map.id, place: { kind: 'free', x: 1e300, y: -Infinity, width: -5, height: 'tall' }, text: 3, color: '#zzzzzz' }))
      cards.set('on-deleted-step', fields({ place: { kind: 'cell', laneId: doc.map.laneIds[0], stepId: 'gone-step', span: 1, rank: 0 } }))
      cards.set('not-a-map', 'just a string')
      cards.set('plain-object', { text: 'a plain object, not a Y.Map', place: { kind: 'free', x: 1, y: 2, width: 100, height: 50 } })
      cards.set('bad id with spaces', fields({ text: 'unusable id' }))
      cards.set('__proto__', fields({ text: 'prototype' }))
      cards.set('nested', fields({ text: new Y.Text('a Y.Text where a string belongs') }))
      const steps = ydoc.getMap('steps')
      steps.set('orphan-step', fields({ stageId: 'gone-stage', title: 'orphan', width: 220, order: 'a0' }))
      steps.set('wide-step', fields({ stageId: stage1, title: 'wide', width: 1e300, order: 'not a key!' }))
      ;(steps.get(step0) as Y.Map<unknown>).set('order', (ydoc.getMap('steps').get(doc.stages[stage0!]!.stepIds[1]!) as Y.Map<unknown>)?.get('order') ?? 'a0')
      const stages = ydoc.getMap('stages')
      // Two stages on one key: ties go by id on every client.
      ;(stages.get(stage1!) as Y.Map<unknown>).set('order', (stages.get(stage0!) as Y.Map<unknown>).get('order'))
      ydoc.getMap('lanes').set('lane-bad', fields({ kind: 'nonsense', height: -3, collapsed: 'yes' }))
      ydoc.getMap('emotions').set('emo-a', fields({ stepId: step0, personaId: null, felt: 99, intended: -99 }))
      ydoc.getMap('emotions').set('emo-b', fields({ stepId: step0, personaId: null, felt: 1, intended: 1 }))
      ydoc.getMap('links').set('link-dangling', fields({ from: cellCard.id, to: 'nobody' }))
      ydoc.getMap('links').set('link-self', fields({ from: cellCard.id, to: cellCard.id }))
      ydoc.getMap('mapPersonas').set('nobody', 'a0')
      ydoc.getMap('mapPersonas').set(Object.keys(doc.personas)[0] ?? 'p', 12)
      ydoc.getMap('map').set('direction', 'diagonal')
      ydoc.getMap('map').set('title', { not: 'text' })
    })
    const projected = ann!.doc()
    const card = projected.cards[cellCard.id]!
    expect(card.text).toHaveLength(LIMITS.stringLength)
    expect(card.sentiment).toBe('neutral')
    expect(Object.getPrototypeOf(card)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(projected.cards['on-deleted-step' as keyof typeof projected.cards]).toBeUndefined()
    expect(projected.steps['orphan-step' as keyof typeof projected.steps]).toBeUndefined()
    expect(projected.steps['wide-step' as keyof typeof projected.steps]?.width).toBeLessThanOrEqual(2000)
    const far = projected.cards['free-far' as keyof typeof projected.cards]!
    expect(far.place).toMatchObject({ kind: 'free' })
    if (far.place.kind === 'free') expect(Math.abs(far.place.x)).toBeLessThanOrEqual(LIMITS.coordinate)
    expect(Object.keys(projected.cards)).not.toContain('bad id with spaces')
    expect(projected.links).not.toHaveProperty('link-dangling')
    expect(projected.links).not.toHaveProperty('link-self')
    expect(Object.values(projected.emotions).filter((e) => e.stepId === step0 && e.personaId === null)).toHaveLength(1)
    expectSavesAndLoadsBack(projected)

    // The other client gets the same garbage by way of Ann and projects the same document.
    Y.applyUpdate(ben!.ydoc, Y.encodeStateAsUpdate(ann!.ydoc), 'remote')
    expect(ben!.doc()).toEqual(projected)
    // A fresh projection from scratch agrees with the incremental one.
    expect(new RoomProjector(ann!.ydoc).project()).toEqual(projected)

    // Points that repeat one step and persona: changing or deleting one re-decides which one shows.
    const pointsAt = (doc: JourneyDoc) => Object.values(doc.emotions).filter((e) => e.stepId === step0 && e.personaId === null)
    hostile(ann!, (ydoc) => (ydoc.getMap('emotions').get('emo-b') as Y.Map<unknown>).set('felt', -1))
    expect(pointsAt(ann!.doc())).toHaveLength(1)
    expect(new RoomProjector(ann!.ydoc).project()).toEqual(ann!.doc())
    hostile(ann!, (ydoc) => ydoc.getMap('emotions').delete('emo-a'))
    expect(pointsAt(ann!.doc())).toHaveLength(1)
    expect(new RoomProjector(ann!.ydoc).project()).toEqual(ann!.doc())
    hostile(ann!, (ydoc) => ydoc.getMap('emotions').set('emo-0', fields({ stepId: step0, personaId: null, felt: 2, intended: 2 })))
    expect(pointsAt(ann!.doc())).toHaveLength(1)
    expect(new RoomProjector(ann!.ydoc).project()).toEqual(ann!.doc())
    expectSavesAndLoadsBack(ann!.doc())
  })

  it('a flood past a table limit keeps the same records on every client', () => {
    const [ann] = makeRoom(sampleDoc())
    hostile(ann!, (ydoc) => {
      const lanes = ydoc.getMap('lanes')
      for (let i = 0; i < LIMITS.lanes + 20; i++) lanes.set(`flood-${String(i).padStart(4, '0')}`, fields({ kind: 'text', title: `lane ${i}`, height: 100, collapsed: false }))
    })
    const projected = ann!.doc()
    expect(Object.keys(projected.lanes)).toHaveLength(LIMITS.lanes)
    expect(new RoomProjector(ann!.ydoc).project()).toEqual(projected)
    expectSavesAndLoadsBack(projected)
  })
})
