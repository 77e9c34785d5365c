import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates'
import { listMaps, listWorkshops, loadMapDoc, openDatabase, SCHEMA, type SchemaVersion } from '../../../src/persistence'
import { addLibraryEntry, deleteLibraryEntry, listLibraryEntries } from '../../../src/persistence/library'
import { deleteTemplate, listSavedTemplates, saveTemplate } from '../../../src/persistence/templates'
import { seed, uniqueName } from './helpers'

const V1: SchemaVersion[] = SCHEMA.slice(0, 1)
const V2: SchemaVersion[] = SCHEMA.slice(0, 2)

describe('schema version 2: library entries and saved templates', () => {
  it('opens a version 1 database with its data intact and adds the two tables', async () => {
    const name = uniqueName('v1-to-v2')
    const v1 = await openDatabase(name, V1)
    expect(v1.db.verno).toBe(1)
    const { workshop, doc } = await seed(v1.db, 12)
    v1.db.close()

    const v2 = await openDatabase(name, V2)
    expect(v2).toMatchObject({ status: 'ok', readOnly: false })
    expect(v2.db.verno).toBe(2)
    expect((await listWorkshops(v2.db)).map((w) => w.id)).toEqual([workshop.id])
    expect((await listMaps(v2.db, workshop.id)).map((m) => m.id)).toEqual([doc.map.id])
    const loaded = await loadMapDoc(v2.db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
    expect(await listLibraryEntries(v2.db)).toEqual([])
    expect(await listSavedTemplates(v2.db)).toEqual([])
    v2.db.close()
  })

  it('keeps a facilitator’s own touchpoints in creation order until they delete them', async () => {
    const { db } = await openDatabase(uniqueName('library'))
    await addLibraryEntry(db, { id: 'b', name: 'Café visit', phase: 'during', channel: 'inPerson', createdAt: 2 })
    await addLibraryEntry(db, { id: 'a', name: 'Podcast', phase: 'before', channel: 'liveVideo', createdAt: 1 })
    expect((await listLibraryEntries(db)).map((e) => e.name)).toEqual(['Podcast', 'Café visit'])
    await deleteLibraryEntry(db, 'a')
    expect((await listLibraryEntries(db)).map((e) => e.id)).toEqual(['b'])
    db.close()
  })

  it('stores saved templates as the facilitator’s words, newest first, and skips broken rows', async () => {
    const { db } = await openDatabase(uniqueName('templates'))
    const blank = BUILT_IN_TEMPLATES.find((t) => t.id === 'blank')!
    await saveTemplate(db, { ...blank, id: 'old', name: 'Old', createdAt: 1 })
    await saveTemplate(db, { ...blank, id: 'new', name: 'New', createdAt: 2 })
    await db.table('templates').put({ id: 'junk', name: 3 })
    const saved = await listSavedTemplates(db)
    expect(saved.map((t) => t.id)).toEqual(['new', 'old'])
    expect(saved.every((t) => !t.builtIn)).toBe(true)
    await deleteTemplate(db, 'new')
    expect((await listSavedTemplates(db)).map((t) => t.id)).toEqual(['old'])
    db.close()
  })
})
