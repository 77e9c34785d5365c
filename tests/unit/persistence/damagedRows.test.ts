import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION } from '../../../src/format'
import { loadMapDoc } from '../../../src/persistence'
import { openTestDb, seed } from './helpers'

/*
 * Files and database rows share one loading path, so a damaged row costs one record (or one
 * field), never the map: the map opens, the repair is reported and written back once.
 */

describe('a map with a damaged row still opens', () => {
  it('opens a map whose card text went past the limit (the row that locked people out) and heals the row', async () => {
    const { db } = await openTestDb('long-text')
    const { doc } = await seed(db, 10)
    const [first] = Object.values(doc.cards)
    // What the app wrote before its editors had a limit: a card text of 150,000 characters.
    await db.cards.update(first!.id, { text: 'y'.repeat(150_000) })
    const loaded = await loadMapDoc(db, doc.map.id)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
    expect(Object.keys(loaded.value.doc.cards)).toHaveLength(10)
    expect(loaded.value.doc.cards[first!.id]?.text).toHaveLength(LIMITS.stringLength)
    expect(loaded.value.repairs.map((r) => r.kind)).toEqual(['cutTexts'])
    expect((await db.cards.get(first!.id))?.text).toHaveLength(LIMITS.stringLength)
    const again = await loadMapDoc(db, doc.map.id)
    expect(again.ok && again.value.repairs).toEqual([])
  })

  it('costs one record for a row that is not a card at all, and one field for a bad sentiment', async () => {
    const { db } = await openTestDb('bad-rows')
    const { doc } = await seed(db, 6)
    const [a, b] = Object.values(doc.cards)
    await db.cards.update(a!.id, { sentiment: 'happy' as never, color: 'red' })
    await db.cards.update(b!.id, { place: 'nowhere' as never })
    await db.lanes.update(doc.map.laneIds[0]!, { kind: 'swimlane' as never })
    const loaded = await loadMapDoc(db, doc.map.id)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
    expect(Object.keys(loaded.value.doc.cards)).toHaveLength(6)
    expect(loaded.value.doc.cards[a!.id]).toMatchObject({ sentiment: 'neutral', color: null })
    expect(loaded.value.doc.cards[b!.id]?.place.kind).toBe('free')
    expect(loaded.value.doc.lanes[doc.map.laneIds[0]!]?.kind).toBe('text')
    expect(loaded.value.repairs.find((r) => r.kind === 'resetFields')?.count).toBe(4)
  })

  it('migrates a map stored at version 1 and its workshop people on their own version, once', async () => {
    const { db } = await openTestDb('versions')
    const { doc, workshop } = await seed(db, 4)
    const [card] = Object.values(doc.cards)
    // As version 1 left them: no card shape, and no people version on the workshop row.
    await db.maps.update(doc.map.id, { formatVersion: 1 })
    await db.cards.where('mapId').equals(doc.map.id).modify((c: Record<string, unknown>) => void delete c.shape)
    await db.workshops.update(workshop.id, { peopleFormatVersion: undefined } as never)
    const loaded = await loadMapDoc(db, doc.map.id)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error))
    expect(loaded.value.migratedFrom).toBe(1)
    expect(loaded.value.repairs).toEqual([])
    // The only change the steps make to what the app wrote: the map now says its cards fit their text.
    expect(loaded.value.doc).toEqual({ ...doc, map: { ...doc.map, cardText: 'fit' } })
    expect((await db.maps.get(doc.map.id))?.formatVersion).toBe(CURRENT_FORMAT_VERSION)
    expect((await db.cards.get(card!.id))?.shape).toBe('note')
    expect(((await db.workshops.get(workshop.id)) as { peopleFormatVersion?: number }).peopleFormatVersion).toBe(CURRENT_FORMAT_VERSION)
  })

  it('refuses people stored by a newer app instead of reading them as ours', async () => {
    const { db } = await openTestDb('newer-people')
    const { doc, workshop } = await seed(db, 1)
    await db.workshops.update(workshop.id, { peopleFormatVersion: CURRENT_FORMAT_VERSION + 1 } as never)
    expect(await loadMapDoc(db, doc.map.id)).toEqual({ ok: false, error: { kind: 'newerVersion', found: CURRENT_FORMAT_VERSION + 1, supported: CURRENT_FORMAT_VERSION } })
  })
})
