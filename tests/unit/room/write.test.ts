import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, type CardId } from '../../../src/domain'
import { compareByOrder, placeKeys } from '../../../src/room/order'
import { seedRoomDoc } from '../../../src/room/shape'
import { writeChange } from '../../../src/room/write'
import { sampleDoc } from './rooms'

const LOCAL = { test: 'local' }

function seeded() {
  const doc = sampleDoc()
  const ydoc = new Y.Doc()
  seedRoomDoc(ydoc, doc, 'gen-1')
  const card = Object.keys(doc.cards).sort()[0]! as CardId
  const fields = () => ydoc.getMap('cards').get(card) as Y.Map<unknown> | undefined
  return { doc, ydoc, card, fields }
}

describe('writing a local command into the shared document', () => {
  it('writes only the fields the command changed, even from a copy that is behind', () => {
    const { doc, ydoc, card, fields } = seeded()
    // Someone else changed the card's team; this client has not seen it yet.
    fields()!.set('team', 'Remote team')
    const next = applyCommand(doc, { type: 'updateCards', cardIds: [card], patch: { text: 'Local text' } })
    writeChange(ydoc, doc, next, LOCAL, 'ann')
    expect(fields()!.get('text')).toBe('Local text')
    expect(fields()!.get('team')).toBe('Remote team')
  })

  it('writes nothing when the shared document already holds the value', () => {
    const { doc, ydoc, card, fields } = seeded()
    fields()!.set('text', 'Same')
    let updates = 0
    ydoc.on('update', () => updates++)
    writeChange(ydoc, doc, applyCommand(doc, { type: 'updateCards', cardIds: [card], patch: { text: 'Same' } }), LOCAL, 'ann')
    expect(updates).toBe(0)
  })

  it('does not bring back a record someone deleted by editing it', () => {
    const { doc, ydoc, card, fields } = seeded()
    ydoc.getMap('cards').delete(card)
    writeChange(ydoc, doc, applyCommand(doc, { type: 'updateCards', cardIds: [card], patch: { text: 'Too late' } }), LOCAL, 'ann')
    expect(fields()).toBeUndefined()
  })

  it('records new cards as their maker’s, and forgets the owner of a deleted card', () => {
    const { doc, ydoc } = seeded()
    const made = createCard(doc.map.id, { kind: 'free', x: 0, y: 0, width: 200, height: 64 }, { text: 'new' })
    const next = applyCommand(doc, { type: 'addCards', cards: [made] })
    writeChange(ydoc, doc, next, LOCAL, 'ann')
    expect(ydoc.getMap('owners').get(made.id)).toBe('ann')
    writeChange(ydoc, next, applyCommand(next, { type: 'deleteCards', cardIds: [made.id] }), LOCAL, 'ann')
    expect(ydoc.getMap('owners').has(made.id)).toBe(false)
    expect(ydoc.getMap('cards').has(made.id)).toBe(false)
  })

  it('writes one command in one transaction with the given origin', () => {
    const { doc, ydoc } = seeded()
    const origins: unknown[] = []
    ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin))
    const stageId = doc.map.stageIds[0]!
    writeChange(ydoc, doc, applyCommand(doc, { type: 'deleteStage', stageId }), LOCAL, 'ann')
    expect(origins).toEqual([LOCAL])
    expect(ydoc.getMap('stages').has(stageId)).toBe(false)
  })
})

describe('order keys', () => {
  it('re-keys only what moved, and new ids between their neighbours', () => {
    const keys = new Map([
      ['a', 'a0'],
      ['b', 'a1'],
      ['c', 'a2'],
      ['d', 'a3'],
    ])
    const moved = placeKeys(['b', 'c', 'a', 'x', 'd'], (id) => keys.get(id) ?? null)
    expect([...moved.keys()].sort()).toEqual(['a', 'x'])
    const all = new Map([...keys, ...moved])
    const order = ['b', 'c', 'a', 'x', 'd'].map((id) => all.get(id)!)
    expect([...order].sort()).toEqual(order)
  })

  it('replaces keys another client made unusable, and equal keys that are in the way', () => {
    const keys = new Map<string, string>([
      ['a', 'a0'],
      ['b', 'not a key'],
      ['c', 'a0'],
    ])
    const moved = placeKeys(['a', 'b', 'c'], (id) => keys.get(id) ?? null)
    const all = new Map([...keys, ...moved])
    const order = ['a', 'b', 'c'].map((id) => all.get(id)!)
    expect(new Set(order).size).toBe(3)
    expect([...order].sort()).toEqual(order)
  })

  it('orders equal keys by id and missing keys last, whatever order they come in', () => {
    const entries = [
      { id: 'b', key: 'a0' },
      { id: 'z', key: null },
      { id: 'a', key: 'a0' },
      { id: 'c', key: 'Zz' },
    ]
    const expected = ['c', 'a', 'b', 'z']
    expect([...entries].sort(compareByOrder).map((e) => e.id)).toEqual(expected)
    expect([...entries].reverse().sort(compareByOrder).map((e) => e.id)).toEqual(expected)
  })
})
