import { afterEach, describe, expect, it, vi } from 'vitest'
import { NO_FACILITATION, type MapFacilitation } from '../../../src/domain/facilitation'
import { parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import {
  createFacilitationAutosave,
  createWorkshop as storeWorkshop,
  duplicateMap,
  duplicateWorkshop,
  listMaps,
  loadMapDoc,
  loadUnwrittenDoc,
  openDatabase,
  purgeMap,
  purgeWorkshop,
  readMapFacilitation,
  ReadOnlyDatabaseError,
  restoreMap,
  SCHEMA,
  trashMap,
  writeMapFacilitation,
  JourneyboardDb,
  type SaveStatus,
} from '../../../src/persistence'
import { importMapInto, prepareImport } from '../../../src/persistence/importMap'
import { createWorkshop } from '../../../src/domain'
import v3Text from '../../fixtures/format/v3-sample.journey?raw'
import { openTestDb, seed, uniqueName } from './helpers'

/** The agenda and the vote of the v3 fixture, as the format reads them. */
function sample(): MapFacilitation {
  const loaded = parseJourneyFile(v3Text)
  if (!loaded.ok || !loaded.value.facilitation) throw new Error('the v3 fixture did not load')
  return loaded.value.facilitation
}

async function freshDb(label: string): Promise<JourneyboardDb> {
  const { db } = await openDatabase(uniqueName(label))
  return db
}

afterEach(() => {
  vi.useRealTimers()
})

describe('schema version 3: one facilitation row per map', () => {
  it('opens a version 2 database with its maps intact and adds the table', async () => {
    const name = uniqueName('v2-to-v3')
    const v2 = await openDatabase(name, SCHEMA.slice(0, 2))
    const { doc } = await seed(v2.db, 5)
    // An older schema has no place for it: reading gives none, loading carries none.
    expect(await readMapFacilitation(v2.db, doc.map.id)).toEqual(NO_FACILITATION)
    v2.db.close()

    const v3 = await openDatabase(name, SCHEMA.slice(0, 3))
    expect(v3).toMatchObject({ status: 'ok', readOnly: false })
    expect(v3.db.verno).toBe(3)
    const loaded = await loadMapDoc(v3.db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
    expect(loaded.ok && loaded.value.facilitation).toBeUndefined()
    await writeMapFacilitation(v3.db, doc.map.id, sample())
    expect(await readMapFacilitation(v3.db, doc.map.id)).toEqual(sample())
    v3.db.close()
  })

  it('saves and loads a map’s agenda and votes; an empty one keeps no row', async () => {
    const db = await freshDb('save')
    const { doc } = await seed(db, 3)
    await writeMapFacilitation(db, doc.map.id, sample())
    const loaded = await loadMapDoc(db, doc.map.id)
    expect(loaded.ok && loaded.value.facilitation).toEqual(sample())
    await writeMapFacilitation(db, doc.map.id, NO_FACILITATION)
    expect(await db.facilitation.count()).toBe(0)
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(NO_FACILITATION)
  })

  it('reads a damaged row tolerantly: what can be used is kept', async () => {
    const db = await freshDb('damaged')
    const { doc } = await seed(db, 3)
    const good = sample()
    await db.facilitation.put({ mapId: doc.map.id, agenda: { steps: [...good.agenda!.steps, 'junk'] }, votes: [42, ...good.votes, { id: 'bad' }] } as never)
    const loaded = await loadMapDoc(db, doc.map.id)
    expect(loaded.ok && loaded.value.facilitation).toEqual(good)
    await db.facilitation.put({ mapId: doc.map.id, agenda: 'nonsense', votes: 'none' } as never)
    expect(await readMapFacilitation(db, doc.map.id)).toEqual({ agenda: { steps: [] }, votes: [] })
  })

  it('refuses to write in a read-only database', async () => {
    const name = uniqueName('readonly')
    const db = new JourneyboardDb(name)
    const { doc } = await seed(db, 1)
    db.close()
    const readOnly = new JourneyboardDb(name, { readOnly: true })
    await readOnly.open()
    await expect(writeMapFacilitation(readOnly, doc.map.id, sample())).rejects.toBeInstanceOf(ReadOnlyDatabaseError)
    expect(await readMapFacilitation(readOnly, doc.map.id)).toEqual(NO_FACILITATION)
  })
})

describe('a map’s facilitation follows the map', () => {
  it('stays through trash and restore, and goes when the map is purged', async () => {
    const db = await freshDb('trash')
    const { doc } = await seed(db, 3)
    const other = await seed(db, 2, 'Other')
    await writeMapFacilitation(db, doc.map.id, sample())
    await writeMapFacilitation(db, other.doc.map.id, sample())
    await trashMap(db, doc.map.id)
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(sample())
    await restoreMap(db, doc.map.id)
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(sample())
    await purgeMap(db, doc.map.id)
    expect(await db.facilitation.get(doc.map.id)).toBeUndefined()
    expect(await readMapFacilitation(db, other.doc.map.id)).toEqual(sample())
  })

  it('is copied with a duplicated map, independently', async () => {
    const db = await freshDb('duplicate')
    const { doc } = await seed(db, 3)
    await writeMapFacilitation(db, doc.map.id, sample())
    const copy = await duplicateMap(db, doc.map.id, 'Copy')
    if (!copy.ok) throw new Error('duplicate failed')
    expect(await readMapFacilitation(db, copy.value.map.id)).toEqual(sample())
    await writeMapFacilitation(db, copy.value.map.id, NO_FACILITATION)
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(sample())
  })

  it('is copied with a duplicated workshop and removed with a purged one', async () => {
    const db = await freshDb('workshop')
    const { workshop, doc } = await seed(db, 3)
    await writeMapFacilitation(db, doc.map.id, sample())
    const copy = await duplicateWorkshop(db, workshop.id, 'Copy')
    if (!copy.ok) throw new Error('duplicate failed')
    const [copiedMap] = await listMaps(db, copy.value.id)
    expect(await readMapFacilitation(db, copiedMap!.id)).toEqual(sample())
    await purgeWorkshop(db, workshop.id)
    expect(await db.facilitation.get(doc.map.id)).toBeUndefined()
    expect(await readMapFacilitation(db, copiedMap!.id)).toEqual(sample())
  })

  it('is written with an imported map in the same transaction, and opens with it from memory', async () => {
    const db = await freshDb('import')
    const workshop = createWorkshop({ title: 'Target' })
    await storeWorkshop(db, workshop)
    const file = parseJourneyFile(v3Text)
    if (!file.ok) throw new Error('fixture')
    const { doc: prepared } = await prepareImport(db, workshop.id, file.value.doc)
    const opened = await loadUnwrittenDoc(db, prepared, file.value.facilitation)
    const imported = await importMapInto(db, workshop.id, file.value.doc, Date.now(), undefined, file.value.facilitation)
    expect(await readMapFacilitation(db, imported.doc.map.id)).toEqual(sample())
    expect(opened.ok && opened.value.facilitation).toEqual(sample())
    // A cancelled import stores neither the map nor its facilitation.
    const abort = new AbortController()
    abort.abort(new Error('stop'))
    await expect(importMapInto(db, workshop.id, file.value.doc, Date.now(), abort.signal, file.value.facilitation)).rejects.toThrow()
    expect(await db.facilitation.count()).toBe(1)
  })

  it('round-trips: stored here, exported, imported into another database, equal', async () => {
    const here = await freshDb('export')
    const { doc } = await seed(here, 12)
    await writeMapFacilitation(here, doc.map.id, sample())
    const loaded = await loadMapDoc(here, doc.map.id)
    if (!loaded.ok) throw new Error('load')
    const text = stringifyEnvelope(serializeDoc(loaded.value.doc, { name: 'Journeyboard', version: 'test' }, loaded.value.facilitation))

    const elsewhere = await freshDb('elsewhere')
    const workshop = createWorkshop({ title: 'Elsewhere' })
    await storeWorkshop(elsewhere, workshop)
    const read = parseJourneyFile(text)
    if (!read.ok) throw new Error('parse')
    expect(read.value.repairs).toEqual([])
    const imported = await importMapInto(elsewhere, workshop.id, read.value.doc, Date.now(), undefined, read.value.facilitation)
    const reopened = await loadMapDoc(elsewhere, imported.doc.map.id)
    expect(reopened.ok && reopened.value.facilitation).toEqual(sample())
  })
})

function statusLog() {
  const statuses: SaveStatus[] = []
  const errors: unknown[] = []
  return { statuses, errors, onStatus: (s: SaveStatus, e?: unknown) => (statuses.push(s), e !== undefined && errors.push(e)) }
}

describe('createFacilitationAutosave', () => {
  it('throttles a burst of changes into one strict write after the delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { db, log } = await openTestDb('fac-throttle')
    const { doc } = await seed(db, 2)
    const { statuses, onStatus } = statusLog()
    const saving = createFacilitationAutosave({ db, mapId: doc.map.id, initial: NO_FACILITATION, delayMs: 300, onStatus })
    log.reset()
    const full = sample()
    saving.update({ agenda: full.agenda, votes: [] })
    saving.update(full)
    expect(statuses).toEqual(['unsaved'])
    expect(log.total()).toBe(0)
    await vi.advanceTimersByTimeAsync(300)
    await saving.flush()
    expect(log.rows).toEqual({ facilitation: 1 })
    expect(log.transactions).toEqual([{ stores: ['facilitation'], durability: 'strict' }])
    expect(statuses).toEqual(['unsaved', 'saving', 'saved'])
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(full)
  })

  it('reports a full disk, loses nothing, and the retry writes the newest', async () => {
    const { db, faults } = await openTestDb('fac-quota')
    const { doc } = await seed(db, 2)
    const { statuses, errors, onStatus } = statusLog()
    const saving = createFacilitationAutosave({ db, mapId: doc.map.id, initial: NO_FACILITATION, onStatus })
    faults.failNext()
    saving.update(sample())
    await expect(saving.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(statuses.at(-1)).toBe('failed')
    expect(errors[0]).toMatchObject({ name: 'QuotaExceededError' })
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(NO_FACILITATION)
    await saving.flush()
    expect(statuses.at(-1)).toBe('saved')
    expect(await readMapFacilitation(db, doc.map.id)).toEqual(sample())
  })

  it('writes nothing in a read-only database and says so', async () => {
    const { db, log } = await openTestDb('fac-readonly')
    const { doc } = await seed(db, 1)
    const { statuses, onStatus } = statusLog()
    const saving = createFacilitationAutosave({ db, mapId: doc.map.id, initial: NO_FACILITATION, onStatus, readOnly: true })
    log.reset()
    saving.update(sample())
    await saving.dispose()
    expect(statuses).toEqual(['readonly'])
    expect(log.total()).toBe(0)
  })
})
