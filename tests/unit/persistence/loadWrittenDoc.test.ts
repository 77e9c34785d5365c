import { afterEach, describe, expect, it } from 'vitest'
import { createWorkshop, type JourneyDoc } from '../../../src/domain'
import { exportJson, importMapInto, readImport } from '../../../src/io'
import { createWorkshop as storeWorkshop, loadMapDoc, loadWrittenDoc, purgeMap, type JourneyboardDb } from '../../../src/persistence'
import { buildSampleDoc } from '../domain/helpers'
import { APP, TITLES, expectImported } from '../io/helpers'
import { buildDoc, openTestDb, seed } from './helpers'

const open: JourneyboardDb[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

async function testDb(label: string) {
  const opened = await openTestDb(label)
  open.push(opened.db)
  return opened
}

/** Exports the document and reads the file back, as the import worker does. */
function readBack(doc: JourneyDoc): JourneyDoc {
  return expectImported(readImport('map.journey', exportJson(doc, APP), TITLES)).doc
}

/** Opening the just-written map from memory must give exactly what reading it back gives. */
async function expectSameAsLoad(db: JourneyboardDb, written: JourneyDoc) {
  const fromMemory = await loadWrittenDoc(db, written)
  const readAgain = await loadMapDoc(db, written.map.id)
  expect(fromMemory).toEqual(readAgain)
  if (!fromMemory.ok) expect.fail(JSON.stringify(fromMemory.error))
  return fromMemory.value
}

describe('loadWrittenDoc: opening an imported map without reading its rows back', () => {
  it('equals loadMapDoc, with the personas and jobs of the workshop’s other maps merged in', async () => {
    const { db } = await testDb('written-merge')
    const { workshop, doc: existing } = await seed(db, 12)
    const { doc: imported } = await importMapInto(db, workshop.id, readBack(buildSampleDoc().doc))
    const loaded = await expectSameAsLoad(db, imported)
    // The file's two people and the workshop's own two (and its job) are all in the opened map.
    expect(Object.keys(loaded.doc.personas).sort()).toEqual([...Object.keys(existing.personas), ...Object.keys(imported.personas)].sort())
    expect(Object.keys(loaded.doc.jobs).sort()).toEqual([...Object.keys(existing.jobs), ...Object.keys(imported.jobs)].sort())
    expect(loaded.doc.cards).toBe(imported.cards)
    expect(loaded.repairs).toEqual([])
  })

  it('equals loadMapDoc when the file brings people the workshop already has, and for a large map', async () => {
    const { db } = await testDb('written-kept')
    const { workshop, doc } = await seed(db, 5)
    // The workshop's own map sent back in: its personas and job are kept as stored, and the new
    // map's steps are not added to the stored job.
    const { doc: again } = await importMapInto(db, workshop.id, readBack(doc))
    await expectSameAsLoad(db, again)
    const { doc: large } = await importMapInto(db, workshop.id, readBack(buildDoc(workshop, 3000)))
    const loaded = await expectSameAsLoad(db, large)
    expect(Object.keys(loaded.doc.cards)).toHaveLength(3000)
  })

  it('equals loadMapDoc for a new, empty workshop', async () => {
    const { db } = await testDb('written-new')
    const workshop = createWorkshop({ title: 'Fresh' })
    await storeWorkshop(db, workshop)
    const { doc } = await importMapInto(db, workshop.id, readBack(buildSampleDoc().doc))
    await expectSameAsLoad(db, doc)
  })

  it('reads a map that is no longer stored as loadMapDoc does: not found', async () => {
    const { db } = await testDb('written-gone')
    const { workshop } = await seed(db, 1)
    const { doc } = await importMapInto(db, workshop.id, readBack(buildSampleDoc().doc))
    await purgeMap(db, doc.map.id)
    expect(await loadWrittenDoc(db, doc)).toEqual({ ok: false, error: { kind: 'notFound', mapId: doc.map.id } })
  })
})
