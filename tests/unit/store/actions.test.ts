import { describe, expect, it } from 'vitest'
import { actionsForCard, createCard, createMap, emptyDoc, newAction, type WorkshopId } from '../../../src/domain'
import { createAppStore, loadDoc, redo, undo } from '../../../src/store'

function openStore() {
  const map = createMap('w1' as WorkshopId, 'Map')
  const card = createCard(map.id, { kind: 'free', x: 0, y: 0, width: 200, height: 64 }, { text: 'Long wait on the phone', team: 'Support' })
  const store = createAppStore()
  loadDoc(store, { ...emptyDoc(map), cards: { [card.id]: card } })
  return { store, card }
}

describe('the action plan through the store', () => {
  it('each action command is one undo step that undo and redo take back and bring again', () => {
    const { store, card } = openStore()
    const action = newAction(store.getState().doc!.map.id, [card], 5, 2)
    const { dispatch } = store.getState()
    dispatch({ type: 'addActions', actions: [action] })
    dispatch({ type: 'updateActions', actionIds: [action.id], patch: { status: 'planned', owner: 'Support' } })
    dispatch({ type: 'deleteCards', cardIds: [card.id] })
    dispatch({ type: 'deleteActions', actionIds: [action.id] })
    expect(store.temporal.getState().pastStates).toHaveLength(4)
    expect(store.getState().doc!.actions).toEqual({})
    undo(store)
    expect(store.getState().doc!.actions[action.id]).toMatchObject({ status: 'planned', cardIds: [] })
    undo(store)
    expect(actionsForCard(store.getState().doc!, card.id).map((a) => a.id)).toEqual([action.id])
    undo(store)
    expect(store.getState().doc!.actions[action.id]).toEqual(action)
    undo(store)
    expect(store.getState().doc!.actions).toEqual({})
    redo(store)
    redo(store)
    expect(store.getState().doc!.actions[action.id]).toMatchObject({ status: 'planned', owner: 'Support', cardIds: [card.id] })
  })

  it('a command that changes nothing leaves no undo step', () => {
    const { store } = openStore()
    store.getState().dispatch({ type: 'updateActions', actionIds: [], patch: { status: 'done' } })
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })
})
