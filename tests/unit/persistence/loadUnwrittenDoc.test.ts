import { afterEach, describe, expect, it } from 'vitest'
import { createWorkshop, type JourneyDoc } from '../../../src/domain'
import type { MapFacilitation } from '../../../src/domain/facilitation'
import { exportJson, readImport } from '../../../src/io'
import { createMapDoc, createWorkshop as storeWorkshop, loadMapDoc, loadUnwrittenDoc, type JourneyboardDb } from '../../../src/persistence'
import { prepareImport } from '../../../src/persistence/importMap'
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

/**
 * An import as the workspace shows it: prepared, opened from memory before its write, then written.
 * Opening it that way must give exactly what reading it back after the write gives.
 */
async function importShown(db: JourneyboardDb, workshopId: string, file: JourneyDoc, facilitation?: MapFacilitation) {
  const { doc } = await prepareImport(db, workshopId as never, file)
  const fromMemory = await loadUnwrittenDoc(db, doc, facilitation)
  await createMapDoc(db, doc, undefined, facilitation)
  const readAgain = await loadMapDoc(db, doc.map.id)
  expect(fromMemory).toEqual(readAgain)
  if (!fromMemory.ok) expect.fail(JSON.stringify(fromMemory.error))
  return { imported: doc, loaded: fromMemory.value }
}

describe('loadUnwrittenDoc: opening an imported map before its rows are written', () => {
  it('equals loadMapDoc after the write, with the personas and jobs of the workshop’s other maps merged in', async () => {
    const { db } = await testDb('unwritten-merge')
    const { workshop, doc: existing } = await seed(db, 12)
    const { imported, loaded } = await importShown(db, workshop.id, readBack(buildSampleDoc().doc))
    // The file's two people and the workshop's own two (and its job) are all in the opened map.
    expect(Object.keys(loaded.doc.personas).sort()).toEqual([...Object.keys(existing.personas), ...Object.keys(imported.personas)].sort())
    expect(Object.keys(loaded.doc.jobs).sort()).toEqual([...Object.keys(existing.jobs), ...Object.keys(imported.jobs)].sort())
    expect(loaded.doc.cards).toBe(imported.cards)
    expect(loaded.repairs).toEqual([])
  })

  it('equals loadMapDoc when the file brings people the workshop already has, and for a large map', async () => {
    const { db } = await testDb('unwritten-kept')
    const { workshop, doc } = await seed(db, 5)
    // The workshop's own map sent back in: its personas and job are kept as stored, and the new
    // map's steps are not added to the stored job.
    await importShown(db, workshop.id, readBack(doc))
    const { loaded } = await importShown(db, workshop.id, readBack(buildDoc(workshop, 3000)))
    expect(Object.keys(loaded.doc.cards)).toHaveLength(3000)
  })

  it('equals loadMapDoc for a new, empty workshop', async () => {
    const { db } = await testDb('unwritten-new')
    const workshop = createWorkshop({ title: 'Fresh' })
    await storeWorkshop(db, workshop)
    await importShown(db, workshop.id, readBack(buildSampleDoc().doc))
  })
})
