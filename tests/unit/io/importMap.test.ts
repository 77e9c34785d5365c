import { afterEach, describe, expect, it } from 'vitest'
import { createPersona, createWorkshop, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION, parseJourneyFile } from '../../../src/format'
import { exportJson, importMapInto, readImport } from '../../../src/io'
import { createWorkshop as storeWorkshop, loadMapDoc, type JourneyboardDb } from '../../../src/persistence'
import { buildSampleDoc } from '../domain/helpers'
import { openTestDb, seed } from '../persistence/helpers'
import { APP, TITLES, canonical, expectImported, snapshot } from './helpers'

const open: JourneyboardDb[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

async function testDb(label: string) {
  const opened = await openTestDb(label)
  open.push(opened.db)
  return opened
}

async function newWorkshop(db: JourneyboardDb, title: string): Promise<WorkshopId> {
  const workshop = createWorkshop({ title })
  await storeWorkshop(db, workshop)
  return workshop.id
}

async function stored(db: JourneyboardDb, doc: JourneyDoc): Promise<JourneyDoc> {
  const loaded = await loadMapDoc(db, doc.map.id)
  if (!loaded.ok) expect.fail(JSON.stringify(loaded.error))
  return loaded.value.doc
}

describe('importing a file as a new map', () => {
  it('round-trips: the stored map equals the exported one, ids aside', async () => {
    const { db } = await testDb('roundtrip')
    const target = await newWorkshop(db, 'Elsewhere')
    const { doc } = buildSampleDoc()
    const read = expectImported(readImport('bank.journey', exportJson(doc, APP), TITLES))
    const { doc: imported } = await importMapInto(db, target, read.doc)
    const back = await stored(db, imported)
    expect(back.map.workshopId).toBe(target)
    expect(back.map.id).not.toBe(doc.map.id)
    expect(Object.keys(back.cards).some((id) => id in doc.cards)).toBe(false)
    expect(canonical(back)).toEqual(canonical(doc))
  })

  it('never replaces a map: importing the same file twice gives two maps', async () => {
    const { db } = await testDb('twice')
    const target = await newWorkshop(db, 'Twice')
    const text = exportJson(buildSampleDoc().doc, APP)
    const first = await importMapInto(db, target, expectImported(readImport('a.journey', text, TITLES)).doc)
    const second = await importMapInto(db, target, expectImported(readImport('a.journey', text, TITLES)).doc)
    expect(first.doc.map.id).not.toBe(second.doc.map.id)
    expect(await db.maps.where('workshopId').equals(target).count()).toBe(2)
    expect(await db.cards.count()).toBe(2 * Object.keys(buildSampleDoc().doc.cards).length)
  })

  it('keeps people ids in a workshop that does not know them, and keeps stored people as they are', async () => {
    const { db } = await testDb('people')
    const target = await newWorkshop(db, 'Team')
    const { doc } = buildSampleDoc()
    const file = expectImported(readImport('a.journey', exportJson(doc, APP), TITLES)).doc
    const first = await importMapInto(db, target, file)
    expect(Object.keys(first.doc.personas).sort()).toEqual(Object.keys(doc.personas).sort())
    expect(first.notes).toEqual([])

    // Someone renames Ada here, then the same file arrives again: the stored Ada stays.
    const adaId = Object.values(doc.personas).find((p) => p.name === 'Ada')!.id
    await db.personas.update(adaId, { name: 'Ada Lovelace' })
    const second = await importMapInto(db, target, file)
    expect((await db.personas.get(adaId))?.name).toBe('Ada Lovelace')
    expect(second.notes).toEqual([{ key: 'import.note.peopleKept', values: { count: 3 } }])
    // A kept job points at the steps it had, a new map's cards still point at the job.
    const jobCard = Object.values(second.doc.cards).find((c) => c.jobId !== null)
    expect(jobCard?.jobId).toBe(Object.keys(doc.jobs)[0])
  })

  it('re-keys all people when one of them belongs to another workshop', async () => {
    const { db } = await testDb('collide')
    const { workshop } = await seed(db, 3)
    const other = await newWorkshop(db, 'Other')
    const { doc } = buildSampleDoc()
    // The file's persona happens to have the id of a persona stored under another workshop.
    const theirs = { ...createPersona(workshop.id, 'Someone else'), id: Object.keys(doc.personas)[0]! } as never
    await db.personas.add(theirs)
    const file = expectImported(readImport('a.journey', exportJson(doc, APP), TITLES)).doc
    const before = await db.personas.where('workshopId').equals(workshop.id).toArray()
    const { doc: imported, notes } = await importMapInto(db, other, file)
    expect(Object.keys(imported.personas).some((id) => id in doc.personas)).toBe(false)
    // New ids are nothing a person sees or can act on: the report stays quiet.
    expect(notes).toEqual([])
    expect(await db.personas.where('workshopId').equals(workshop.id).toArray()).toEqual(before)
    expect(canonical(await stored(db, imported))).toEqual(canonical(doc))
  })

  it('leaves the database exactly as it was when the write fails part-way', async () => {
    const { db, faults } = await testDb('fails')
    await seed(db, 5)
    const target = await newWorkshop(db, 'Target')
    const file = expectImported(readImport('a.journey', exportJson(buildSampleDoc().doc, APP), TITLES)).doc
    const before = await snapshot(db)
    // The map row and the stages go in, then the disk is full.
    faults.failNext(99)
    await expect(importMapInto(db, target, file)).rejects.toThrow()
    faults.failNext(0)
    expect(await snapshot(db)).toEqual(before)
  })

  it('writes nothing into a workshop that does not exist', async () => {
    const { db } = await testDb('noworkshop')
    await seed(db, 2)
    const before = await snapshot(db)
    const file = expectImported(readImport('a.journey', exportJson(buildSampleDoc().doc, APP), TITLES)).doc
    await expect(importMapInto(db, 'missing' as WorkshopId, file)).rejects.toThrow(/No workshop/)
    expect(await snapshot(db)).toEqual(before)
  })

  it('exports pretty JSON that parses back to the same document', () => {
    const { doc } = buildSampleDoc()
    const text = exportJson(doc, APP)
    expect(text).toContain(`\n  "formatVersion": ${CURRENT_FORMAT_VERSION},\n`)
    const loaded = parseJourneyFile(text)
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
  })
})
