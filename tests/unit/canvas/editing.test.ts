import { describe, expect, it } from 'vitest'
import { commitCardText, finishNewCard, previewNewCard } from '../../../src/canvas/editing'
import { newCardInCell } from '../../../src/domain/placement'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { createAppStore, loadDoc, redo, undo } from '../../../src/store'

function setup() {
  const store = createAppStore()
  const map = createMap(newId<WorkshopId>(), 'Editing')
  const doc = createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions']] })
  loadDoc(store, doc)
  const grid = gridLayout(doc)
  const cell = { laneId: grid.rows[0]!.laneId, stepId: grid.columns[0]!.stepId }
  return { store, doc, cell }
}

const pastSteps = (store: ReturnType<typeof createAppStore>) => store.temporal.getState().pastStates.length

describe('a card made by double-click', () => {
  it('shows at once, and adding plus typing is one undo step', () => {
    const { store, doc, cell } = setup()
    const card = newCardInCell(doc, cell)
    const session = previewNewCard(store, card)!
    expect(store.getState().doc?.cards[card.id]).toBeDefined()
    expect(store.getState().selection).toEqual([card.id])
    expect(pastSteps(store)).toBe(0)
    expect(finishNewCard(store, session, 'Signs up\non her phone')).toBe(true)
    expect(store.getState().doc?.cards[card.id]?.text).toBe('Signs up\non her phone')
    expect(pastSteps(store)).toBe(1)
    undo(store)
    expect(store.getState().doc?.cards[card.id]).toBeUndefined()
    expect(store.getState().selection).toEqual([])
    redo(store)
    expect(store.getState().doc?.cards[card.id]?.text).toBe('Signs up\non her phone')
  })

  it('leaves no trace when cancelled or left empty', () => {
    const { store, doc, cell } = setup()
    for (const text of [null, '   ']) {
      const card = newCardInCell(doc, cell)
      const session = previewNewCard(store, card)!
      expect(finishNewCard(store, session, text)).toBe(false)
      expect(store.getState().doc).toBe(doc)
      expect(store.getState().selection).toEqual([])
      expect(pastSteps(store)).toBe(0)
    }
  })

  it('does not touch a map opened while it was being typed', () => {
    const { store, doc, cell } = setup()
    const session = previewNewCard(store, newCardInCell(doc, cell))!
    const other = setup().doc
    loadDoc(store, other)
    expect(finishNewCard(store, session, 'late')).toBe(false)
    expect(store.getState().doc).toBe(other)
  })
})

describe('editing an existing card', () => {
  it('commits one step when the text changed and none when it did not', () => {
    const { store, doc, cell } = setup()
    const session = previewNewCard(store, newCardInCell(doc, cell))!
    finishNewCard(store, session, 'First')
    const id = session.card.id
    commitCardText(store, id, 'First')
    expect(pastSteps(store)).toBe(1)
    commitCardText(store, id, 'Second')
    expect(pastSteps(store)).toBe(2)
    undo(store)
    expect(store.getState().doc?.cards[id]?.text).toBe('First')
  })
})
