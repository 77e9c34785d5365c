import { describe, expect, it } from 'vitest'
import { createWorkshop, type JourneyDoc, type MapId, type WorkshopId } from '../../../src/domain'
import {
  countMaps,
  createMapDoc,
  createWorkshop as storeWorkshop,
  duplicateMap,
  duplicateWorkshop,
  listMaps,
  listWorkshops,
  loadMapDoc,
  purgeWorkshop,
  restoreWorkshop,
  trashWorkshop,
  updateWorkshop,
} from '../../../src/persistence'
import { buildDoc, openTestDb, seed } from './helpers'

async function load(db: Parameters<typeof loadMapDoc>[0], mapId: MapId): Promise<JourneyDoc> {
  const loaded = await loadMapDoc(db, mapId)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
  return loaded.value.doc
}

describe('workshops', () => {
  it('creates, lists most recent first, renames, trashes and restores', async () => {
    const { db } = await openTestDb('crud')
    const old = createWorkshop({ title: 'Old' }, 1_000)
    const recent = createWorkshop({ title: 'Recent' }, 2_000)
    await storeWorkshop(db, old)
    await storeWorkshop(db, recent)
    await expect(storeWorkshop(db, old)).rejects.toMatchObject({ name: 'ConstraintError' })
    expect((await listWorkshops(db)).map((w) => w.title)).toEqual(['Recent', 'Old'])

    const renamed = await updateWorkshop(db, old.id, { title: 'Old, renamed', facilitator: 'Sam' }, 3_000)
    expect(renamed).toMatchObject({ title: 'Old, renamed', facilitator: 'Sam', updatedAt: 3_000, createdAt: 1_000 })
    expect((await listWorkshops(db)).map((w) => w.title)).toEqual(['Old, renamed', 'Recent'])
    expect(await updateWorkshop(db, 'nope' as WorkshopId, { title: 'x' })).toBeUndefined()

    await trashWorkshop(db, recent.id, 4_000)
    expect((await listWorkshops(db)).map((w) => w.title)).toEqual(['Old, renamed'])
    expect(await listWorkshops(db, { trashed: true })).toEqual([{ ...recent, deletedAt: 4_000 }])
    await restoreWorkshop(db, recent.id)
    expect(await listWorkshops(db, { trashed: true })).toEqual([])
    expect(await listWorkshops(db)).toHaveLength(2)
  })

  it('counts live and trashed maps', async () => {
    const { db } = await openTestDb('count')
    const { workshop, doc } = await seed(db, 3)
    await duplicateMap(db, doc.map.id, 'Second')
    expect(await countMaps(db, workshop.id)).toBe(2)
    const [first] = await listMaps(db, workshop.id)
    await db.maps.update(first!.id, { deletedAt: 1 })
    expect(await countMaps(db, workshop.id)).toBe(1)
    expect(await countMaps(db, workshop.id, { trashed: true })).toBe(1)
  })

  it('purges a workshop with all its maps, rows and people, and nothing of another', async () => {
    const { db, log } = await openTestDb('purge')
    const { workshop, doc } = await seed(db, 40)
    await duplicateMap(db, doc.map.id, 'Second')
    const { workshop: other, doc: otherDoc } = await seed(db, 10, 'Other')
    log.reset()
    await purgeWorkshop(db, workshop.id)
    expect(log.transactions).toHaveLength(1)
    expect(await db.workshops.get(workshop.id)).toBeUndefined()
    expect(await db.maps.where('workshopId').equals(workshop.id).count()).toBe(0)
    expect(await db.personas.where('workshopId').equals(workshop.id).count()).toBe(0)
    expect(await db.jobs.where('workshopId').equals(workshop.id).count()).toBe(0)
    const leftOver = await Promise.all(['stages', 'steps', 'lanes', 'cards', 'links', 'emotions'].map((t) => db.table(t).count()))
    const otherCounts = ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions'].map((t) => Object.keys(otherDoc[t as 'cards']).length)
    expect(leftOver).toEqual(otherCounts)
    expect(await load(db, otherDoc.map.id)).toEqual(otherDoc)
    expect((await listWorkshops(db)).map((w) => w.id)).toEqual([other.id])
  })

  it('duplicates a workshop: every map copied, people re-keyed once and shared by the copies', async () => {
    const { db } = await openTestDb('dupws')
    const { workshop, doc } = await seed(db, 25)
    const second = await duplicateMap(db, doc.map.id, 'Second')
    if (!second.ok) throw new Error('no second map')
    // A map of its own that uses only one persona.
    const third = buildDoc(workshop, 5, doc.map.createdAt + 10)
    await createMapDoc(db, { ...third, personas: {}, jobs: {} })
    const trashed = buildDoc(workshop, 1, doc.map.createdAt + 20)
    await createMapDoc(db, { ...trashed, map: { ...trashed.map, deletedAt: 5 }, personas: {}, jobs: {} })

    const result = await duplicateWorkshop(db, workshop.id, 'Kick-off (copy)')
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const copy = result.value
    expect(copy).toMatchObject({ title: 'Kick-off (copy)', deletedAt: null })
    expect(copy.id).not.toBe(workshop.id)

    const sourceMaps = await listMaps(db, workshop.id)
    const copyMaps = await listMaps(db, copy.id)
    expect(copyMaps.map((m) => m.title)).toEqual(sourceMaps.map((m) => m.title))
    expect(await countMaps(db, copy.id, { trashed: true })).toBe(0)

    const sourcePeople = await db.personas.where('workshopId').equals(workshop.id).toArray()
    const copyPeople = await db.personas.where('workshopId').equals(copy.id).toArray()
    expect(copyPeople.map((p) => p.name).sort()).toEqual(sourcePeople.map((p) => p.name).sort())
    expect(copyPeople.some((p) => sourcePeople.some((s) => s.id === p.id))).toBe(false)
    const copyPersonaIds = new Set(copyPeople.map((p) => p.id))

    const sourceDocs = await Promise.all(sourceMaps.map((m) => load(db, m.id)))
    const copyDocs = await Promise.all(copyMaps.map((m) => load(db, m.id)))
    copyDocs.forEach((d, i) => {
      const source = sourceDocs[i]!
      expect(Object.keys(d.cards)).toHaveLength(Object.keys(source.cards).length)
      expect(Object.keys(d.cards).some((id) => id in source.cards)).toBe(false)
      expect(d.map.personaIds.every((id) => copyPersonaIds.has(id))).toBe(true)
      for (const card of Object.values(d.cards)) expect(card.personaIds.every((id) => copyPersonaIds.has(id))).toBe(true)
      expect(Object.values(d.cards).filter((c) => c.personaIds.length > 0)).toHaveLength(Object.values(source.cards).filter((c) => c.personaIds.length > 0).length)
    })
    // The job follows its steps into the copies, and only into them.
    const [job] = await db.jobs.where('workshopId').equals(copy.id).toArray()
    const copySteps = new Set(copyDocs.flatMap((d) => Object.keys(d.steps)))
    expect(job!.stepIds.length).toBeGreaterThan(0)
    expect(job!.stepIds.every((id) => copySteps.has(id))).toBe(true)
    // The source is untouched.
    expect(sourceDocs[0]).toEqual(await load(db, doc.map.id))
  })

  it('duplicates a workshop that has people but no maps', async () => {
    const { db } = await openTestDb('dupempty')
    const workshop = createWorkshop({ title: 'Empty' })
    await storeWorkshop(db, workshop)
    const doc = buildDoc(workshop, 0)
    await createMapDoc(db, doc)
    await db.maps.delete(doc.map.id)
    const result = await duplicateWorkshop(db, workshop.id, 'Empty copy')
    if (!result.ok) throw new Error('failed')
    expect(await db.personas.where('workshopId').equals(result.value.id).count()).toBe(2)
    expect(await db.jobs.where('workshopId').equals(result.value.id).count()).toBe(1)
    expect(await duplicateWorkshop(db, 'missing' as WorkshopId, 'x')).toEqual({ ok: false, error: { kind: 'notFound', workshopId: 'missing' } })
  })
})
