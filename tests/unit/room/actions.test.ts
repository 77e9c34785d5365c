import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { newAction, type ActionId, type CardId, type JourneyDoc } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION, parseJourneyFile } from '../../../src/format'
import { RoomProjector } from '../../../src/room/project'
import { readRoomInfo, seedRoomDoc } from '../../../src/room/shape'
import v4Text from '../../fixtures/format/v4-sample.journey?raw'
import { makeRoom, syncAll } from './rooms'

function planDoc(): JourneyDoc {
  const loaded = parseJourneyFile(v4Text)
  if (!loaded.ok) throw new Error('the v4 sample did not load')
  return loaded.value.doc
}

const SHIPPING = 'action-shipping-upfront' as ActionId

describe('the action plan in a room', () => {
  it('is seeded with the map, at the current format version, and projects back the same', () => {
    const doc = planDoc()
    const ydoc = new Y.Doc()
    seedRoomDoc(ydoc, doc, 'gen-1')
    expect(readRoomInfo(ydoc).formatVersion).toBe(CURRENT_FORMAT_VERSION)
    expect(new RoomProjector(ydoc).project()).toEqual(doc)
  })

  it('is shared and edited by everyone: an added action, and two people changing different fields of one', () => {
    const [ann, ben] = makeRoom(planDoc())
    const made = newAction(ann!.doc().map.id, [ann!.doc().cards['card-apple-pay' as CardId]!], 1_736_400_000_000)
    ann!.store.getState().dispatch({ type: 'addActions', actions: [made] })
    ann!.store.getState().dispatch({ type: 'updateActions', actionIds: [SHIPPING], patch: { title: 'Show shipping up front' } })
    ben!.store.getState().dispatch({ type: 'updateActions', actionIds: [SHIPPING], patch: { status: 'doing' } })
    syncAll([ann!, ben!])
    expect(ben!.doc().actions[made.id]).toEqual(made)
    for (const client of [ann!, ben!]) expect(client.doc().actions[SHIPPING]).toMatchObject({ title: 'Show shipping up front', status: 'doing' })
    expect(ann!.doc()).toEqual(ben!.doc())
  })

  it('a card deleted by one person leaves everyone’s action without it; undo brings it back for all', () => {
    const [ann, ben] = makeRoom(planDoc())
    ann!.store.getState().dispatch({ type: 'deleteCards', cardIds: ['card-pricing-page' as CardId] })
    syncAll([ann!, ben!])
    expect(ben!.doc().actions[SHIPPING]?.cardIds).toEqual(['card-hidden-shipping'])
    ann!.binding.undo.undo()
    syncAll([ann!, ben!])
    expect(ben!.doc().actions[SHIPPING]?.cardIds).toEqual(['card-hidden-shipping', 'card-pricing-page'])
    expect(ann!.doc()).toEqual(ben!.doc())
  })

  it('reads what another client wrote the way a file is read: bad fields repaired, missing cards dropped', () => {
    const [ann] = makeRoom(planDoc())
    const fields = ann!.ydoc.getMap('actions').get(SHIPPING) as Y.Map<unknown>
    ann!.ydoc.transact(() => {
      fields.set('status', 'someday')
      fields.set('impact', 40)
      fields.set('cardIds', ['card-gone', 'card-plan-quiz', 'card-plan-quiz'])
      fields.set('due', 'soon')
    }, 'remote')
    expect(ann!.doc().actions[SHIPPING]).toMatchObject({ status: 'idea', impact: 5, cardIds: ['card-plan-quiz'], due: '' })
    // A card removed straight from the shared document leaves the action too.
    ann!.ydoc.transact(() => ann!.ydoc.getMap('cards').delete('card-plan-quiz'), 'remote')
    expect(ann!.doc().actions[SHIPPING]?.cardIds).toEqual([])
  })
})
