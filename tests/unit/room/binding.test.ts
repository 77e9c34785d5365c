import { describe, expect, it } from 'vitest'
import { createCard, type CardId, type JourneyDoc } from '../../../src/domain'
import * as Y from 'yjs'
import { bindRoom } from '../../../src/room/binding'
import { seedRoomDoc } from '../../../src/room/shape'
import { createAppStore, loadDoc } from '../../../src/store'
import { deliver, makeClient, makeRoom, sampleDoc, seedUpdate, stageTitles, syncAll, type Client } from './rooms'

function firstCard(doc: JourneyDoc) {
  return Object.values(doc.cards).sort((a, b) => (a.id < b.id ? -1 : 1))[0]!
}

function addCard(client: Client, text: string) {
  const doc = client.doc()
  const card = createCard(doc.map.id, { kind: 'free', x: 10, y: 20, width: 200, height: 64 }, { text })
  client.store.getState().dispatch({ type: 'addCards', cards: [card] })
  return card.id
}

describe('two people in one room', () => {
  it('both edits to different fields of one card win', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const card = firstCard(ann!.doc())
    ann!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'Ann wrote this' } })
    ben!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { sentiment: 'friction', team: 'Sales' } })
    syncAll([ann!, ben!])
    for (const client of [ann!, ben!]) {
      expect(client.doc().cards[card.id]).toMatchObject({ text: 'Ann wrote this', sentiment: 'friction', team: 'Sales' })
    }
    expect(ann!.doc()).toEqual(ben!.doc())
  })

  it('concurrent moves of stages and lanes neither duplicate nor lose one', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const start = ann!.doc()
    const [s0, , s2] = start.map.stageIds
    const [l0, l1, , l3] = start.map.laneIds
    ann!.store.getState().dispatch({ type: 'moveStage', stageId: s0!, toIndex: 2 })
    ann!.store.getState().dispatch({ type: 'moveLane', laneId: l3!, toIndex: 0 })
    ben!.store.getState().dispatch({ type: 'moveStage', stageId: s2!, toIndex: 0 })
    ben!.store.getState().dispatch({ type: 'moveStage', stageId: s0!, toIndex: 1 })
    ben!.store.getState().dispatch({ type: 'moveLane', laneId: l0!, toIndex: 3 })
    ben!.store.getState().dispatch({ type: 'moveLane', laneId: l1!, toIndex: 2 })
    syncAll([ann!, ben!])
    const a = ann!.doc()
    expect(a.map.stageIds).toEqual(ben!.doc().map.stageIds)
    expect(a.map.laneIds).toEqual(ben!.doc().map.laneIds)
    expect([...a.map.stageIds].sort()).toEqual([...start.map.stageIds].sort())
    expect([...a.map.laneIds].sort()).toEqual([...start.map.laneIds].sort())
  })

  it('a move gives a new key only to what moved', () => {
    const [ann] = makeRoom(sampleDoc())
    const before = new Map([...ann!.ydoc.getMap('stages').entries()].map(([id, m]) => [id, (m as import('yjs').Map<unknown>).get('order')]))
    const [s0] = ann!.doc().map.stageIds
    ann!.store.getState().dispatch({ type: 'moveStage', stageId: s0!, toIndex: 2 })
    const after = new Map([...ann!.ydoc.getMap('stages').entries()].map(([id, m]) => [id, (m as import('yjs').Map<unknown>).get('order')]))
    const moved = [...after.keys()].filter((id) => after.get(id) !== before.get(id))
    expect(moved).toEqual([s0])
    expect(stageTitles(ann!.doc())).toEqual(['During purchase', 'After purchase', 'Before purchase'])
  })

  it("undo takes back my change and leaves the other person's", () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const card = firstCard(ann!.doc())
    ann!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'Ann' } })
    syncAll([ann!, ben!])
    ben!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { team: 'Ben' } })
    const bensCard = addCard(ben!, 'new from Ben')
    syncAll([ann!, ben!])
    expect(ann!.binding.undo.canUndo()).toBe(true)
    ann!.binding.undo.undo()
    syncAll([ann!, ben!])
    for (const client of [ann!, ben!]) {
      expect(client.doc().cards[card.id]).toMatchObject({ text: card.text, team: 'Ben' })
      expect(client.doc().cards[bensCard]?.text).toBe('new from Ben')
    }
    expect(ann!.binding.undo.canUndo()).toBe(false)
    ann!.binding.undo.redo()
    expect(ann!.doc().cards[card.id]).toMatchObject({ text: 'Ann', team: 'Ben' })
  })

  it('undoing a deleted stage brings back its steps and cards, on every client', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const before = ann!.doc()
    ann!.store.getState().dispatch({ type: 'deleteStage', stageId: before.map.stageIds[1]! })
    syncAll([ann!, ben!])
    expect(Object.keys(ben!.doc().cards).length).toBeLessThan(Object.keys(before.cards).length)
    ann!.binding.undo.undo()
    syncAll([ann!, ben!])
    expect(ann!.doc()).toEqual(before)
    expect(ben!.doc()).toEqual(before)
  })

  it('one command is one undo step', () => {
    const [ann] = makeRoom(sampleDoc())
    const card = firstCard(ann!.doc())
    ann!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'one' } })
    ann!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'two' } })
    ann!.binding.undo.undo()
    expect(ann!.doc().cards[card.id]?.text).toBe('one')
  })

  it('a remote change leaves no undo step', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const card = firstCard(ann!.doc())
    const pastBefore = ann!.store.temporal.getState().pastStates.length
    ben!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'from Ben' } })
    syncAll([ann!, ben!])
    expect(ann!.doc().cards[card.id]?.text).toBe('from Ben')
    expect(ann!.binding.undo.canUndo()).toBe(false)
    expect(ann!.store.temporal.getState().pastStates.length).toBe(pastBefore)
  })

  it('new cards are their maker’s', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const mine = addCard(ann!, 'mine')
    syncAll([ann!, ben!])
    expect(ann!.binding.isMine(mine)).toBe(true)
    expect(ben!.binding.isMine(mine)).toBe(false)
    expect(ben!.binding.isMine(firstCard(ben!.doc()).id)).toBe(false)
  })

  it('a view-only client never writes, and its local command is taken back', () => {
    const seed = seedUpdate(sampleDoc())
    const viewer = makeClient('vic', seed, 'view')
    const card = firstCard(viewer.doc())
    viewer.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'nope' } })
    expect(viewer.outbox).toEqual([])
    expect(viewer.doc().cards[card.id]?.text).toBe(card.text)
  })

  it('a remote change during a drag waits for its end, and the drag does not undo it', () => {
    const [ann, ben] = makeRoom(sampleDoc())
    const card = Object.values(ann!.doc().cards).find((c) => c.place.kind === 'cell')!
    const gesture = ann!.binding.undo.startGesture()
    const to = { ...card.place, rank: 5 } as typeof card.place
    gesture.preview({ type: 'moveCard', cardId: card.id, to })
    ben!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'Ben typed' } })
    syncAll([ann!, ben!])
    // Still previewing: the remote text waits, the preview stays.
    expect(ann!.doc().cards[card.id]?.text).toBe(card.text)
    expect(ann!.doc().cards[card.id]?.place).toEqual(to)
    gesture.end({ type: 'moveCard', cardId: card.id, to })
    syncAll([ann!, ben!])
    for (const client of [ann!, ben!]) expect(client.doc().cards[card.id]).toMatchObject({ text: 'Ben typed', place: to })
    ann!.binding.undo.undo()
    expect(ann!.doc().cards[card.id]).toMatchObject({ text: 'Ben typed', place: card.place })
  })

  it('edits made offline merge on reconnect, whatever order the updates arrive in', () => {
    const [ann, ben, cat] = makeRoom(sampleDoc(), ['ann', 'ben', 'cat'])
    const card = firstCard(ann!.doc())
    ann!.store.getState().dispatch({ type: 'updateCards', cardIds: [card.id], patch: { text: 'offline Ann' } })
    const annCard = addCard(ann!, 'made offline')
    ben!.store.getState().dispatch({ type: 'deleteStep', stepId: ben!.doc().map.stageIds.flatMap((id) => ben!.doc().stages[id]!.stepIds)[0]! })
    cat!.store.getState().dispatch({ type: 'renameMap', title: 'Cat named it' })
    // Ann's updates reach Cat newest first; Ben's reach Ann before Cat's.
    deliver(ann!, cat!, [...ann!.outbox].reverse())
    deliver(ben!, ann!)
    deliver(cat!, ann!)
    deliver(ben!, cat!)
    deliver(ann!, ben!)
    deliver(cat!, ben!)
    for (const c of [ann!, ben!, cat!]) c.outbox.length = 0
    expect(ann!.doc()).toEqual(ben!.doc())
    expect(ben!.doc()).toEqual(cat!.doc())
    expect(cat!.doc().map.title).toBe('Cat named it')
    expect(cat!.doc().cards[annCard as CardId]?.text).toBe('made offline')
  })

  it("the host's own open map keeps its objects when bound, and its history is cleared", () => {
    const doc = sampleDoc()
    const store = createAppStore()
    loadDoc(store, doc)
    store.getState().dispatch({ type: 'renameMap', title: 'Before the room' })
    const open = store.getState().doc!
    const ydoc = new Y.Doc()
    seedRoomDoc(ydoc, open, 'gen-1')
    const binding = bindRoom(store, ydoc, { participantId: 'host', access: 'host', routeAppUndo: false })
    expect(store.getState().doc).toBe(open)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
    binding.dispose()
  })
})
