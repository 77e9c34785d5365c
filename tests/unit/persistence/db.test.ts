import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import { applyCommand, createWorkshop, type CardId } from '../../../src/domain'
import {
  createAutosave,
  createWorkshop as storeWorkshop,
  JourneyboardDb,
  listWorkshops,
  loadMapDoc,
  NewerDatabaseError,
  openDatabase,
  ReadOnlyDatabaseError,
  requestPersistentStorage,
  SCHEMA,
  setPref,
  type SaveStatus,
  type SchemaVersion,
} from '../../../src/persistence'
import { buildDoc, seed, uniqueName } from './helpers'

/** The schema as version 1 of the app declared it; the tests below play that app against later ones. */
const V1: SchemaVersion[] = SCHEMA.slice(0, 1)
const LATEST = Math.max(...SCHEMA.map((v) => v.version))

/** Writes a database the way version 1 of the app left it, with nothing but raw IndexedDB. */
async function writeRawV1(name: string, rows: Record<string, readonly object[]>): Promise<void> {
  const stores = SCHEMA[0]!.stores
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, 10)
    req.onupgradeneeded = () => {
      for (const [table, spec] of Object.entries(stores)) {
        const [key, ...indexes] = (spec ?? '').split(',').map((s) => s.trim())
        const store = req.result.createObjectStore(table, { keyPath: key })
        for (const index of indexes) store.createIndex(index, index)
      }
    }
    req.onerror = () => reject(req.error)
    req.onsuccess = () => {
      const idb = req.result
      const tx = idb.transaction(Object.keys(rows), 'readwrite')
      for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).put(row)
      tx.oncomplete = () => {
        idb.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  })
}

async function nativeVersion(name: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((d) => d.name === name)?.version
}

describe('opening the database', () => {
  it('creates a fresh database at the current schema', async () => {
    const name = uniqueName('fresh')
    const opened = await openDatabase(name)
    expect(opened).toMatchObject({ readOnly: false, status: 'ok' })
    expect(opened.db.verno).toBe(LATEST)
    expect(opened.db.tables.map((t) => t.name).sort()).toEqual([...new Set(SCHEMA.flatMap((v) => Object.keys(v.stores)))].sort())
    opened.db.close()
  })

  it('reads a version 1 database written without Dexie, then runs a version 2 upgrade on it', async () => {
    const name = uniqueName('upgrade')
    const workshop = createWorkshop({ title: 'Legacy' })
    const doc = buildDoc(workshop, 30)
    const { map, ...records } = doc
    await writeRawV1(name, {
      workshops: [workshop],
      maps: [{ ...map, formatVersion: 1 }],
      // A version 1 database has no table for the plan (added in schema version 4); this map has none.
      ...Object.fromEntries(Object.entries(records).flatMap(([table, byId]) => (table === 'actions' ? [] : [[table, Object.values(byId)]]))),
    })

    const v1 = await openDatabase(name, V1)
    expect(v1.status).toBe('ok')
    expect(await listWorkshops(v1.db)).toEqual([workshop])
    const loaded = await loadMapDoc(v1.db, map.id)
    // A map stored at format version 1 is brought to the current one: its cards now fit their text.
    expect(loaded.ok && loaded.value.doc).toEqual({ ...doc, map: { ...map, cardText: 'fit' } })
    v1.db.close()

    const upgrade = vi.fn((tx: Parameters<NonNullable<SchemaVersion['upgrade']>>[0]) =>
      tx.table('cards').toCollection().modify((card: { upgraded?: boolean }) => {
        card.upgraded = true
      }),
    )
    const v2Schema: SchemaVersion[] = [...V1, { version: 2, stores: { cards: 'id, mapId, sentiment' }, upgrade }]
    const v2 = await openDatabase(name, v2Schema)
    expect(v2.status).toBe('ok')
    expect(upgrade).toHaveBeenCalledTimes(1)
    expect(await nativeVersion(name)).toBe(20)
    expect(await v2.db.cards.where('sentiment').equals('neutral').count()).toBe(30)
    expect((await v2.db.cards.toArray()).every((c) => (c as { upgraded?: boolean }).upgraded)).toBe(true)
    v2.db.close()

    // The version 1 app meets the version 2 database: it reads, and never writes.
    const old = await openDatabase(name, V1)
    expect(old).toMatchObject({ readOnly: true, status: 'newer' })
    old.db.close()
  })

  it('opens a database from a newer app read-only and never writes to it', async () => {
    const name = uniqueName('newer')
    const current = new JourneyboardDb(name)
    const { workshop, doc } = await seed(current, 10)
    current.close()
    const future = new Dexie(name)
    future.version(7).stores({ ...SCHEMA[0]!.stores, comments: 'id, cardId' })
    await future.open()
    future.close()

    const opened = await openDatabase(name)
    expect(opened).toMatchObject({ readOnly: true, status: 'newer' })
    expect(opened.error).toBeInstanceOf(NewerDatabaseError)
    expect(opened.error).toMatchObject({ installedVersion: 7, supportedVersion: LATEST })
    const { db } = opened
    expect(await listWorkshops(db)).toEqual([{ ...workshop, updatedAt: expect.any(Number) }])
    const loaded = await loadMapDoc(db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(doc)

    await expect(storeWorkshop(db, createWorkshop({ title: 'New' }))).rejects.toBeInstanceOf(ReadOnlyDatabaseError)
    await expect(db.cards.put({ ...Object.values(doc.cards)[0]!, text: 'sneaky' })).rejects.toBeInstanceOf(ReadOnlyDatabaseError)
    expect(await setPref(db, 'lastMapId', doc.map.id)).toBe(false)

    const statuses: SaveStatus[] = []
    const autosave = createAutosave({ db, initial: doc, delayMs: 1, onStatus: (s) => statuses.push(s) })
    const id = Object.keys(doc.cards)[0] as CardId
    autosave.update(applyCommand(doc, { type: 'updateCards', cardIds: [id], patch: { text: 'lost?' } }))
    await autosave.flush()
    await new Promise((r) => setTimeout(r, 20))
    expect(statuses).toEqual(['readonly'])
    expect((await db.cards.get(id))?.text).toBe('Card 0')
    expect(await nativeVersion(name)).toBe(70)
    db.close()
  })

  it('reports a database that cannot be opened instead of throwing', async () => {
    const name = uniqueName('broken')
    ;(await openDatabase(name, V1)).db.close()
    const opened = await openDatabase(name, [...V1, { version: 2, stores: {}, upgrade: () => Promise.reject(new Error('disk on fire')) }])
    expect(opened.status).toBe('failed')
    expect(opened.readOnly).toBe(true)
    expect(opened.error).toBeDefined()
    // The aborted upgrade left the database as it was.
    const again = await openDatabase(name, V1)
    expect(again.status).toBe('ok')
    expect(await nativeVersion(name)).toBe(10)
    again.db.close()
  })

  it('commits explicit writes and every autosave, timed or flushed, with strict durability', async () => {
    const db = new JourneyboardDb(uniqueName('durability'))
    const seen: (string | undefined)[] = []
    db.use({
      stack: 'dbcore',
      level: 5,
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (mode === 'readwrite') seen.push(options?.durability)
          return down.transaction(stores, mode, options)
        },
      }),
    })
    const { doc } = await seed(db, 3)
    expect(seen).toEqual(['default', 'strict'])
    const autosave = createAutosave({ db, initial: doc, delayMs: 1, onStatus: () => {} })
    const done = new Promise<void>((resolve) => {
      const a = createAutosave({ db, initial: doc, delayMs: 1, onStatus: (s) => s === 'saved' && resolve() })
      a.update(applyCommand(doc, { type: 'renameMap', title: 'Timed' }))
    })
    await done
    autosave.update(applyCommand(doc, { type: 'renameMap', title: 'Flushed' }))
    await autosave.flush()
    expect(seen).toEqual(['default', 'strict', 'strict', 'strict'])
    db.close()
  })

  it('asks for persistent storage once, and shrugs where there is none', async () => {
    const persist = vi.fn(async () => true)
    vi.stubGlobal('navigator', { storage: { persist } })
    try {
      expect(await requestPersistentStorage()).toBe(true)
      expect(await requestPersistentStorage()).toBe(true)
      expect(persist).toHaveBeenCalledTimes(1)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
