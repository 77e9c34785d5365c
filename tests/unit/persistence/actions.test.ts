import { describe, expect, it } from 'vitest'
import { applyCommand, newAction, type CardId, type JourneyDoc } from '../../../src/domain'
import { createAutosave, duplicateMap, loadMapDoc, openDatabase, purgeMap, SCHEMA } from '../../../src/persistence'
import { openTestDb, seed, uniqueName } from './helpers'

function withPlan(doc: JourneyDoc): JourneyDoc {
  const cards = Object.values(doc.cards).slice(0, 2)
  return applyCommand(doc, { type: 'addActions', actions: [newAction(doc.map.id, cards, 1), newAction(doc.map.id, [], 2)] })
}

describe('the action plan in the database (schema version 4)', () => {
  it('is autosaved row by row and loads back with the map', async () => {
    const { db } = await openTestDb('plan-autosave')
    const { doc } = await seed(db, 10)
    const autosave = createAutosave({ db, initial: doc, onStatus: () => {} })
    const planned = withPlan(doc)
    autosave.update(planned)
    await autosave.flush()
    expect(await db.actions.where('mapId').equals(doc.map.id).count()).toBe(2)
    const [first] = Object.values(planned.actions).sort((a, b) => a.createdAt - b.createdAt)
    const edited = applyCommand(planned, { type: 'updateActions', actionIds: [first!.id], patch: { status: 'done', due: '2026-05-01' } })
    autosave.update(edited)
    await autosave.flush()
    const loaded = await loadMapDoc(db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(edited)
    const removed = applyCommand(edited, { type: 'deleteCards', cardIds: [first!.cardIds[0]!] })
    autosave.update(removed)
    await autosave.flush()
    const again = await loadMapDoc(db, doc.map.id)
    expect(again.ok && again.value.doc.actions[first!.id]?.cardIds).toEqual(first!.cardIds.slice(1))
    db.close()
  })

  it('goes with a duplicated map, pointing at the copy’s cards, and goes away with a purged one', async () => {
    const { db } = await openTestDb('plan-duplicate')
    const { doc } = await seed(db, 5)
    const autosave = createAutosave({ db, initial: doc, onStatus: () => {} })
    const planned = withPlan(doc)
    autosave.update(planned)
    await autosave.flush()
    const copy = await duplicateMap(db, doc.map.id, 'Copy')
    if (!copy.ok) throw new Error('no copy')
    const copied = Object.values(copy.value.actions)
    expect(copied).toHaveLength(2)
    for (const a of copied) for (const id of a.cardIds) expect(copy.value.cards[id as CardId]).toBeDefined()
    await purgeMap(db, doc.map.id)
    expect(await db.actions.where('mapId').equals(doc.map.id).count()).toBe(0)
    expect(await db.actions.where('mapId').equals(copy.value.map.id).count()).toBe(2)
    db.close()
  })

  it('opens a version 3 database with its maps intact and adds the table', async () => {
    const name = uniqueName('v3-to-v4')
    const v3 = await openDatabase(name, SCHEMA.slice(0, 3))
    const { doc } = await seed(v3.db, 5)
    // Without the table a map simply has no plan.
    const before = await loadMapDoc(v3.db, doc.map.id)
    expect(before.ok && before.value.doc).toEqual(doc)
    v3.db.close()
    const v4 = await openDatabase(name)
    expect(v4.db.verno).toBe(4)
    const loaded = await loadMapDoc(v4.db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
    v4.db.close()
  })
})
