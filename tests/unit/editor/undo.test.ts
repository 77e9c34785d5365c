import { describe, expect, it, vi } from 'vitest'
import { snapshotUndo } from '../../../src/editor'
import { createAppStore, loadDoc } from '../../../src/store'
import { buildSampleDoc } from '../domain/helpers'

const sample = buildSampleDoc()

describe('undo behind one interface, over the snapshot history', () => {
  it('undoes and redoes commands, says what it can do, and tells its subscribers when that changes', () => {
    const store = createAppStore()
    loadDoc(store, sample.doc)
    const undo = snapshotUndo(store)
    const changed = vi.fn()
    const stop = undo.subscribe(changed)
    expect([undo.canUndo(), undo.canRedo()]).toEqual([false, false])
    store.getState().dispatch({ type: 'deleteCards', cardIds: [sample.cards.advert] })
    expect([undo.canUndo(), undo.canRedo()]).toEqual([true, false])
    expect(changed).toHaveBeenCalled()
    undo.undo()
    expect(store.getState().doc!.cards[sample.cards.advert]).toBeDefined()
    expect([undo.canUndo(), undo.canRedo()]).toEqual([false, true])
    undo.redo()
    expect(store.getState().doc!.cards[sample.cards.advert]).toBeUndefined()
    stop()
  })

  it('makes a gesture’s previews one undo step, and a cancelled gesture none', () => {
    const store = createAppStore()
    loadDoc(store, sample.doc)
    const undo = snapshotUndo(store)
    const to = (x: number) => ({ type: 'moveCard' as const, cardId: sample.cards.note, to: { kind: 'free' as const, x, y: 0, width: 200, height: 120 } })
    const drag = undo.startGesture()
    drag.preview(to(10))
    drag.preview(to(20))
    expect(undo.canUndo()).toBe(false)
    drag.end(to(30))
    undo.undo()
    expect(store.getState().doc!.cards[sample.cards.note]!.place).toMatchObject({ x: 40 })
    expect(undo.canUndo()).toBe(false)
    const cancelled = undo.startGesture()
    cancelled.preview(to(50))
    cancelled.end(null)
    expect(store.getState().doc!.cards[sample.cards.note]!.place).toMatchObject({ x: 40 })
    expect(undo.canUndo()).toBe(false)
  })
})
