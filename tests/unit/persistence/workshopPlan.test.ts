import { describe, expect, it } from 'vitest'
import { applyCommand, createWorkshop, newAction, type JourneyDoc, type Workshop } from '../../../src/domain'
import { createMapDoc, createWorkshop as storeWorkshop, loadWorkshopActions, openDatabase, SCHEMA, trashMap } from '../../../src/persistence'
import { buildDoc, openTestDb, uniqueName } from './helpers'

/** A map of the workshop, titled, made at `at`, with one action per title given (made in that order). */
function planned(workshop: Workshop, title: string, at: number, actions: readonly string[]): JourneyDoc {
  const doc = applyCommand(buildDoc(workshop, 4, at), { type: 'renameMap', title })
  const cards = Object.values(doc.cards)
  const made = actions.map((name, i) => ({ ...newAction(doc.map.id, [cards[i % cards.length]!], at + 10 + i), title: name }))
  return made.length > 0 ? applyCommand(doc, { type: 'addActions', actions: made }) : doc
}

describe('loadWorkshopActions: the actions of every map of a workshop', () => {
  it('lists them map by map in the map list’s order, each map’s oldest first, with the map’s id and title', async () => {
    const { db } = await openTestDb('workshop-plan')
    const workshop = createWorkshop({ title: 'Kick-off' })
    await storeWorkshop(db, workshop)
    // Stored out of order: the list follows when the maps were made, not when they were written.
    const returns = planned(workshop, 'Returns', 2_000, ['Prepaid label', 'Refund in two days'])
    const signup = planned(workshop, 'Sign-up', 1_000, ['Shorter form'])
    const empty = planned(workshop, 'Delivery', 3_000, [])
    for (const doc of [returns, signup, empty]) await createMapDoc(db, doc)

    const other = createWorkshop({ title: 'Another workshop' })
    await storeWorkshop(db, other)
    await createMapDoc(db, planned(other, 'Elsewhere', 500, ['Not ours']))

    const rows = await loadWorkshopActions(db, workshop.id)
    expect(rows.map((r) => [r.mapTitle, r.action.title])).toEqual([
      ['Sign-up', 'Shorter form'],
      ['Returns', 'Prepaid label'],
      ['Returns', 'Refund in two days'],
    ])
    expect(rows[0]!.mapId).toBe(signup.map.id)
    expect(rows[1]!.action).toEqual(Object.values(returns.actions).find((a) => a.title === 'Prepaid label'))
    db.close()
  })

  it('leaves out the maps in the bin', async () => {
    const { db } = await openTestDb('workshop-plan-bin')
    const workshop = createWorkshop({ title: 'Kick-off' })
    await storeWorkshop(db, workshop)
    const kept = planned(workshop, 'Kept', 1_000, ['Stays'])
    const binned = planned(workshop, 'Binned', 2_000, ['Goes'])
    await createMapDoc(db, kept)
    await createMapDoc(db, binned)
    await trashMap(db, binned.map.id)
    expect((await loadWorkshopActions(db, workshop.id)).map((r) => r.action.title)).toEqual(['Stays'])
    db.close()
  })

  it('reads a damaged row field by field: a bad field falls back, a row without a usable id is dropped', async () => {
    const { db } = await openTestDb('workshop-plan-damaged')
    const workshop = createWorkshop({ title: 'Kick-off' })
    await storeWorkshop(db, workshop)
    const doc = planned(workshop, 'Map', 1_000, ['Fine'])
    await createMapDoc(db, doc)
    await db.table('actions').bulkPut([
      { id: 'damaged-1', mapId: doc.map.id, title: 42, status: 'someday', impact: 40, effort: 'a lot', due: 'soon', owner: 'Support', votes: -3, createdAt: 5_000, cardIds: 'x' },
      { id: '../bad', mapId: doc.map.id, title: 'Unsafe id', createdAt: 6_000 },
    ])
    const rows = await loadWorkshopActions(db, workshop.id)
    expect(rows.map((r) => r.action.title)).toEqual(['Fine', ''])
    expect(rows[1]!.action).toMatchObject({ id: 'damaged-1', status: 'idea', impact: 5, effort: 3, due: '', owner: 'Support', votes: 0, cardIds: [], automation: 'no' })
    db.close()
  })

  it('finds none in a database from before the plan (schema version 3), and none for a workshop without maps', async () => {
    const v3 = await openDatabase(uniqueName('workshop-plan-v3'), SCHEMA.slice(0, 3))
    const workshop = createWorkshop({ title: 'Old' })
    await storeWorkshop(v3.db, workshop)
    expect(await loadWorkshopActions(v3.db, workshop.id)).toEqual([])
    v3.db.close()
    const { db } = await openTestDb('workshop-plan-empty')
    await storeWorkshop(db, workshop)
    expect(await loadWorkshopActions(db, workshop.id)).toEqual([])
    db.close()
  })
})
