import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, type Card, type JourneyDoc } from '../../../src/domain'
import { RoomProjector } from '../../../src/room/project'
import { bindRoom } from '../../../src/room/binding'
import { seedRoomDoc } from '../../../src/room/shape'
import { createAppStore, loadDoc } from '../../../src/store'
import { sampleDoc } from './rooms'

function bigDoc(cards: number): JourneyDoc {
  const doc = sampleDoc()
  const steps = doc.map.stageIds.flatMap((id) => doc.stages[id]!.stepIds)
  const extra: Record<string, Card> = {}
  for (let i = 0; i < cards; i++) {
    const card = createCard(doc.map.id, { kind: 'cell', laneId: doc.map.laneIds[i % doc.map.laneIds.length]!, stepId: steps[i % steps.length]!, span: 1, rank: i }, { text: `card ${i}` })
    extra[card.id] = card
  }
  return { ...doc, cards: { ...doc.cards, ...extra } }
}

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('projecting a 10,000-card room', () => {
  it('re-checks only what changed, keeping every other object', () => {
    const doc = bigDoc(10_000)
    const ydoc = new Y.Doc()
    seedRoomDoc(ydoc, doc, 'gen-1')
    const projector = new RoomProjector(ydoc)
    let projected: JourneyDoc | null = null
    const full = time(() => (projected = projector.project()))
    const before = projected!
    expect(Object.keys(before.cards)).toHaveLength(Object.keys(doc.cards).length)

    const ids = Object.keys(before.cards)
    const times: number[] = []
    let last = before
    for (let i = 0; i < 20; i++) {
      const id = ids[(i * 487) % ids.length]!
      ;(ydoc.getMap('cards').get(id) as Y.Map<unknown>).set('text', `edited ${i}`)
      times.push(time(() => (last = projector.project(last)!)))
      expect(last.cards[id as keyof typeof last.cards]?.text).toBe(`edited ${i}`)
    }
    const after = last
    // Structural sharing: untouched tables and untouched cards keep their identity.
    expect(after.steps).toBe(before.steps)
    expect(after.lanes).toBe(before.lanes)
    expect(after.map).toBe(before.map)
    const untouched = ids.find((id) => !/^edited/.test(after.cards[id as keyof typeof after.cards]!.text))!
    expect(after.cards[untouched as keyof typeof after.cards]).toBe(before.cards[untouched as keyof typeof before.cards])

    const rename = time(() => {
      ;(ydoc.getMap('stages').get(after.map.stageIds[0]!) as Y.Map<unknown>).set('title', 'Renamed')
      last = projector.project(last)!
    })
    const stepGone = time(() => {
      ydoc.getMap('steps').delete(after.stages[after.map.stageIds[0]!]!.stepIds[0]!)
      last = projector.project(last)!
    })
    expect(Object.keys(last.cards).length).toBeLessThan(ids.length)
    // The yardstick: the same one-card edit made locally copies the 10,000-entry cards record too.
    const local: number[] = []
    for (let i = 0; i < 20; i++) {
      const id = ids[(i * 131) % ids.length]! as keyof typeof last.cards
      local.push(time(() => applyCommand(last, { type: 'updateCards', cardIds: [id], patch: { text: `local ${i}` } })))
    }
    local.sort((a, b) => a - b)
    const sorted = [...times].sort((a, b) => a - b)
    console.log(
      `[room projection, 10,000 cards] first (everything): ${full.toFixed(0)} ms; one card changed: median ${sorted[10]!.toFixed(2)} ms, ` +
        `max ${sorted[19]!.toFixed(2)} ms (the same edit made locally by applyCommand: median ${local[10]!.toFixed(2)} ms); a stage renamed: ${rename.toFixed(1)} ms; a step deleted (all cards checked again): ${stepGone.toFixed(0)} ms`,
    )
  }, 60_000)

  it('a local command on a bound 10,000-card map: write, then project back to the same document', () => {
    const doc = bigDoc(10_000)
    const ydoc = new Y.Doc()
    seedRoomDoc(ydoc, doc, 'gen-1')
    const store = createAppStore()
    loadDoc(store, doc)
    const binding = bindRoom(store, ydoc, { participantId: 'ann', access: 'edit', routeAppUndo: false })
    const ids = Object.keys(doc.cards) as (keyof typeof doc.cards)[]
    let made: JourneyDoc | null = null
    store.getState().onCommand((_, next) => (made = next))
    const times: number[] = []
    for (let i = 0; i < 20; i++) {
      const id = ids[(i * 613) % ids.length]!
      times.push(time(() => store.getState().dispatch({ type: 'updateCards', cardIds: [id], patch: { text: `local ${i}` } })))
      expect((ydoc.getMap('cards').get(id) as Y.Map<unknown>).get('text')).toBe(`local ${i}`)
      // Projecting one's own write back gives the command's own document, not a copy of it.
      expect(store.getState().doc).toBe(made)
    }
    times.sort((a, b) => a - b)
    console.log(`[room, 10,000 cards] one local command (apply, write, project back): median ${times[10]!.toFixed(2)} ms, max ${times[19]!.toFixed(2)} ms`)
    binding.dispose()
  }, 60_000)
})
