import * as Y from 'yjs'
import { describe, expect, it, vi } from 'vitest'
import { appUndo } from '../../../src/editor/undo'
import { bindRoom } from '../../../src/room/binding'
import { appStore, loadDoc } from '../../../src/store'
import { sampleDoc, seedUpdate } from './rooms'

describe("the editor's appUndo while the app's store is in a room", () => {
  it('goes to the room’s undo while bound and back to the snapshot history after', () => {
    const doc = sampleDoc()
    loadDoc(appStore, doc)
    const card = Object.keys(doc.cards)[0]! as keyof typeof doc.cards
    const listener = vi.fn()
    const unsubscribe = appUndo.subscribe(listener)

    const ydoc = new Y.Doc()
    Y.applyUpdate(ydoc, seedUpdate(doc))
    const binding = bindRoom(appStore, ydoc, { participantId: 'ann', access: 'edit' })
    expect(listener).toHaveBeenCalled()
    expect(appUndo.canUndo()).toBe(false)
    appStore.getState().dispatch({ type: 'updateCards', cardIds: [card], patch: { text: 'in the room' } })
    expect((ydoc.getMap('cards').get(card) as Y.Map<unknown>).get('text')).toBe('in the room')
    expect(appUndo.canUndo()).toBe(true)
    appUndo.undo()
    expect(appStore.getState().doc!.cards[card]!.text).toBe(doc.cards[card]!.text)
    expect((ydoc.getMap('cards').get(card) as Y.Map<unknown>).get('text')).toBe(doc.cards[card]!.text)

    listener.mockClear()
    binding.dispose()
    expect(listener).toHaveBeenCalled()
    appStore.getState().dispatch({ type: 'updateCards', cardIds: [card], patch: { text: 'alone again' } })
    // Unbound: nothing reaches the room, and undo is the snapshot history's.
    expect((ydoc.getMap('cards').get(card) as Y.Map<unknown>).get('text')).toBe(doc.cards[card]!.text)
    expect(appUndo.canUndo()).toBe(true)
    appUndo.undo()
    expect(appStore.getState().doc!.cards[card]!.text).toBe(doc.cards[card]!.text)
    unsubscribe()
  })

  it('tells command listeners the document before and after, and only for commands that changed it', () => {
    loadDoc(appStore, sampleDoc())
    const heard = vi.fn()
    const stop = appStore.getState().onCommand(heard)
    const before = appStore.getState().doc!
    appStore.getState().dispatch({ type: 'renameMap', title: before.map.title })
    expect(heard).not.toHaveBeenCalled()
    appStore.getState().dispatch({ type: 'renameMap', title: 'Heard' })
    expect(heard).toHaveBeenCalledWith(before, appStore.getState().doc, { type: 'renameMap', title: 'Heard' })
    stop()
    appStore.getState().dispatch({ type: 'renameMap', title: 'Not heard' })
    expect(heard).toHaveBeenCalledTimes(1)
  })
})
