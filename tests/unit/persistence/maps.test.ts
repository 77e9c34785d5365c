import { describe, expect, it } from 'vitest'
import { applyCommand, createMap, createStarterDoc, emptyDoc, type MapId } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION } from '../../../src/format'
import { createMapDoc, duplicateMap, IdCollisionError, listMaps, loadMapDoc, purgeMap, renameMap, restoreMap, trashMap } from '../../../src/persistence'
import { docRecords, openTestDb, seed, storedRecords } from './helpers'

describe('maps', () => {
  it('loads back exactly the document createMapDoc wrote, through the file path', async () => {
    const { db } = await openTestDb('roundtrip')
    const { doc } = await seed(db, 50)
    const loaded = await loadMapDoc(db, doc.map.id)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
    expect(loaded.value.repairs).toEqual([])
    expect(loaded.value.migratedFrom).toBeNull()
    expect(loaded.value.doc).toEqual(doc)
    expect((await db.maps.get(doc.map.id))?.formatVersion).toBe(CURRENT_FORMAT_VERSION)
  })

  it('reports a missing map as notFound', async () => {
    const { db } = await openTestDb('missing')
    expect(await loadMapDoc(db, 'nope' as MapId)).toEqual({ ok: false, error: { kind: 'notFound', mapId: 'nope' } })
  })

  it('writes a new map all or nothing: an id taken by another workshop aborts every row', async () => {
    const { db, log } = await openTestDb('atomic')
    const { doc } = await seed(db, 5)
    const { workshop: other } = await seed(db, 0, 'Other')
    const intruder = { ...emptyDoc(createMap(other.id, 'Intruder')), personas: doc.personas }
    log.reset()
    await expect(createMapDoc(db, intruder)).rejects.toBeInstanceOf(IdCollisionError)
    expect(await db.maps.get(intruder.map.id)).toBeUndefined()
    expect(log.transactions[0]?.durability).toBe('strict')
  })

  it('repairs what the loader repairs in the stored rows too, once', async () => {
    const { db, log } = await openTestDb('heal')
    const { doc } = await seed(db, 3)
    const cards = Object.values(doc.cards)
    // A link to a card that is gone, as an older app with a bug might have left behind.
    await db.links.put({ id: 'dangling' as never, mapId: doc.map.id, from: cards[0]!.id, to: 'gone' as never, label: '' })
    log.reset()
    const first = await loadMapDoc(db, doc.map.id)
    expect(first.ok && first.value.repairs.length).toBeGreaterThan(0)
    expect(log.rows).toEqual({ links: 1 })
    expect(await db.links.get('dangling')).toBeUndefined()
    const second = await loadMapDoc(db, doc.map.id)
    expect(second.ok && second.value.repairs).toEqual([])
    expect(second.ok && second.value.doc).toEqual(doc)
  })

  it('lists live maps by creation, trashes, restores and purges them', async () => {
    const { db } = await openTestDb('list')
    const { workshop, doc: first } = await seed(db, 5)
    const later = createStarterDoc(createMap(workshop.id, 'Later', first.map.createdAt + 1000), { stages: ['A'], step: (n) => `S${n}`, lanes: [['actions', 'Do']] })
    const earlier = emptyDoc(createMap(workshop.id, 'Earlier', first.map.createdAt - 1000))
    await createMapDoc(db, later)
    await createMapDoc(db, earlier)
    expect((await listMaps(db, workshop.id)).map((m) => m.title)).toEqual(['Earlier', 'Onboarding', 'Later'])
    expect(await listMaps(db, workshop.id)).not.toContainEqual(expect.objectContaining({ formatVersion: expect.anything() }))

    await renameMap(db, earlier.map.id, 'First of all')
    expect((await listMaps(db, workshop.id))[0]?.title).toBe('First of all')
    await trashMap(db, later.map.id)
    expect((await listMaps(db, workshop.id)).map((m) => m.title)).toEqual(['First of all', 'Onboarding'])
    expect((await listMaps(db, workshop.id, { trashed: true })).map((m) => m.title)).toEqual(['Later'])
    await restoreMap(db, later.map.id)
    expect(await listMaps(db, workshop.id, { trashed: true })).toEqual([])

    await purgeMap(db, first.map.id)
    expect(await db.maps.get(first.map.id)).toBeUndefined()
    for (const table of ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions'] as const) {
      expect(await db.table(table).where('mapId').equals(first.map.id).count()).toBe(0)
    }
    expect(await db.steps.where('mapId').equals(later.map.id).count()).toBe(2)
    // The workshop's people outlive its maps.
    expect(await db.personas.where('workshopId').equals(workshop.id).count()).toBe(2)
  })

  it('duplicates a map in its workshop with new ids, sharing the personas and jobs', async () => {
    const { db } = await openTestDb('dupmap')
    const { workshop, doc } = await seed(db, 30)
    const result = await duplicateMap(db, doc.map.id, 'Copy')
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const copy = result.value
    expect(copy.map.id).not.toBe(doc.map.id)
    expect(copy.map.title).toBe('Copy')
    expect(Object.keys(copy.cards)).toHaveLength(30)
    expect(Object.keys(copy.cards).some((id) => id in doc.cards)).toBe(false)
    expect(Object.keys(copy.personas).sort()).toEqual(Object.keys(doc.personas).sort())

    const loadedCopy = await loadMapDoc(db, copy.map.id)
    if (!loadedCopy.ok) throw new Error('copy lost')
    // The loader drops job steps outside the map it loads (the source's), in memory only.
    expect({ ...loadedCopy.value.doc, jobs: {} }).toEqual({ ...copy, jobs: {} })
    const job = Object.values(copy.jobs)[0]!
    expect((await db.jobs.get(job.id))?.stepIds).toEqual(job.stepIds)
    // The original is untouched, apart from its job now also covering the copy's steps.
    const original = await loadMapDoc(db, doc.map.id)
    if (!original.ok) throw new Error('original lost')
    expect(docRecords({ ...original.value.doc, jobs: {} })).toEqual(docRecords({ ...doc, jobs: {} }))
    expect((await listMaps(db, workshop.id)).map((m) => m.title).sort()).toEqual(['Copy', 'Onboarding'])
  })

  it('stores every record of a big map in its own row', async () => {
    const { db } = await openTestDb('rows')
    const { doc } = await seed(db, 200)
    expect(await storedRecords(db, doc)).toEqual(docRecords(doc))
    const renamed = applyCommand(doc, { type: 'renameMap', title: 'Renamed' })
    expect(renamed.map.title).toBe('Renamed')
  })
})
