import { describe, expect, it } from 'vitest'
import { createCard, createLane, createMap, createStarterDoc, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { createAppStore, loadDoc, redo, startGesture, undo } from '../../../src/store'

function starter(): JourneyDoc {
  return createStarterDoc(createMap('w1' as WorkshopId, 'Map'), {
    stages: ['Before', 'During'],
    step: (n) => `Step ${n}`,
    lanes: [['touchpoints', 'Touchpoints']],
  })
}

function openStore() {
  const store = createAppStore()
  loadDoc(store, starter())
  return store
}

describe('document history', () => {
  it('opening a map leaves nothing to undo', () => {
    const store = openStore()
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('records one step per command and undoes and redoes it', () => {
    const store = openStore()
    const before = store.getState().doc
    store.getState().dispatch({ type: 'renameMap', title: 'Renamed' })
    const after = store.getState().doc
    expect(after?.map.title).toBe('Renamed')
    expect(store.temporal.getState().pastStates).toHaveLength(1)
    undo(store)
    expect(store.getState().doc).toBe(before)
    redo(store)
    expect(store.getState().doc).toBe(after)
  })

  it('refuses every command on a view-only page (a room’s view link), leaving the map and history as they were', () => {
    const store = openStore()
    const before = store.getState().doc
    store.getState().patchWorkspace({ viewOnly: true })
    store.getState().dispatch({ type: 'renameMap', title: 'Renamed' })
    expect(store.getState().doc).toBe(before)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('leaves no step for a command that changes nothing', () => {
    const store = openStore()
    store.getState().dispatch({ type: 'renameMap', title: 'Map' })
    store.getState().dispatch({ type: 'deleteCards', cardIds: ['missing' as never] })
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('never records selection, tool or viewport', () => {
    const store = openStore()
    store.getState().setViewport({ x: 10, y: 20, zoom: 2 })
    store.getState().setTool('hand')
    store.getState().select(['c1' as never])
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('undo works across kinds of change, in order', () => {
    const store = openStore()
    const doc0 = store.getState().doc!
    const lane = createLane(doc0.map.id, 'painPoints', 'Pain')
    store.getState().dispatch({ type: 'addLane', lane })
    const stepId = doc0.stages[doc0.map.stageIds[0]!]!.stepIds[0]!
    const card = createCard(doc0.map.id, { kind: 'cell', laneId: lane.id, stepId, span: 1, rank: 0 }, { text: 'Slow site' })
    store.getState().dispatch({ type: 'addCards', cards: [card] })
    store.getState().dispatch({ type: 'renameMap', title: 'T' })
    undo(store)
    expect(store.getState().doc?.map.title).toBe('Map')
    expect(store.getState().doc?.cards[card.id]).toBeDefined()
    undo(store)
    expect(store.getState().doc?.cards[card.id]).toBeUndefined()
    undo(store)
    expect(store.getState().doc).toBe(doc0)
  })

  it('a gesture previews without history and commits one undo step', () => {
    const store = openStore()
    const doc0 = store.getState().doc!
    const gesture = startGesture(store)
    gesture.preview({ type: 'renameMap', title: 'A' })
    gesture.preview({ type: 'renameMap', title: 'AB' })
    expect(store.getState().doc?.map.title).toBe('AB')
    gesture.end({ type: 'renameMap', title: 'ABC' })
    expect(store.getState().doc?.map.title).toBe('ABC')
    expect(store.temporal.getState().pastStates).toHaveLength(1)
    undo(store)
    expect(store.getState().doc).toBe(doc0)
  })

  it('a cancelled gesture puts the document back and records nothing', () => {
    const store = openStore()
    const doc0 = store.getState().doc
    const gesture = startGesture(store)
    gesture.preview({ type: 'renameMap', title: 'A' })
    gesture.end(null)
    expect(store.getState().doc).toBe(doc0)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('undo drops selected cards that no longer exist', () => {
    const store = openStore()
    const doc0 = store.getState().doc!
    const laneId = doc0.map.laneIds[0]!
    const stepId = doc0.stages[doc0.map.stageIds[0]!]!.stepIds[0]!
    const card = createCard(doc0.map.id, { kind: 'cell', laneId, stepId, span: 1, rank: 0 })
    store.getState().dispatch({ type: 'addCards', cards: [card] })
    store.getState().select([card.id])
    undo(store)
    expect(store.getState().selection).toEqual([])
  })
})
