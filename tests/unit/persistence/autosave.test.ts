import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyCommand, createStage, createStep, type CardId, type JourneyDoc } from '../../../src/domain'
import { putRecords } from '../../../src/domain/records'
import { createAutosave, diffDocs, loadMapDoc, type SaveStatus } from '../../../src/persistence'
import { docRecords, openTestDb, seed, storedRecords } from './helpers'

function statusLog(): { statuses: SaveStatus[]; errors: unknown[]; onStatus: (s: SaveStatus, e?: unknown) => void } {
  const statuses: SaveStatus[] = []
  const errors: unknown[] = []
  return {
    statuses,
    errors,
    onStatus: (s, e) => {
      statuses.push(s)
      if (e !== undefined) errors.push(e)
    },
  }
}

function firstCard(doc: JourneyDoc): CardId {
  return Object.keys(doc.cards)[0] as CardId
}

afterEach(() => {
  vi.useRealTimers()
})

describe('diffDocs', () => {
  it('finds changed, new and vanished records by reference, and skips untouched tables', async () => {
    const { db } = await openTestDb('diff')
    const { doc } = await seed(db, 10)
    expect(diffDocs(doc, doc)).toEqual({ puts: {}, deletes: {}, mapChanged: false, rowCount: 0 })
    const id = firstCard(doc)
    const edited = applyCommand(doc, { type: 'updateCards', cardIds: [id], patch: { text: 'Edited' } })
    expect(diffDocs(doc, edited)).toEqual({ puts: { cards: [edited.cards[id]] }, deletes: {}, mapChanged: false, rowCount: 1 })
    const deleted = applyCommand(doc, { type: 'deleteCards', cardIds: [id] })
    const diff = diffDocs(doc, deleted)
    // The first card has a link to the second, which goes with it.
    expect(diff.deletes).toEqual({ cards: [id], links: Object.keys(doc.links) })
    expect(diff.mapChanged).toBe(false)
    // A renamed map is its map row alone.
    expect(diffDocs(doc, applyCommand(doc, { type: 'renameMap', title: 'X' })).rowCount).toBe(1)
  })

  it('finds the same records after a run of edits as by comparing every record, a card put back as it was left out', async () => {
    const { db } = await openTestDb('diff-run')
    const { doc } = await seed(db, 10)
    const [a, b] = Object.keys(doc.cards) as CardId[]
    let next = applyCommand(doc, { type: 'updateCards', cardIds: [a!], patch: { text: 'One' } })
    next = applyCommand(next, { type: 'updateCards', cardIds: [b!], patch: { text: 'Two' } })
    next = { ...next, cards: putRecords(next.cards, [doc.cards[a!]!]) }
    const diff = diffDocs(doc, next)
    expect(diff.puts).toEqual({ cards: [next.cards[b!]] })
    // A copy made some other way is compared whole, and gives the same answer.
    expect(diffDocs(doc, { ...next, cards: { ...next.cards } })).toEqual(diff)
    const removed = applyCommand(next, { type: 'deleteCards', cardIds: [a!] })
    expect(diffDocs(doc, removed).deletes.cards).toEqual([a])
    expect(diffDocs(doc, removed).puts.cards).toEqual([removed.cards[b!]])
  })
})

describe('autosave', () => {
  it('writes exactly one row when one card of 5,000 changes', async () => {
    const { db, log } = await openTestDb('key')
    const started = performance.now()
    const { doc } = await seed(db, 5000)
    const fullWriteMs = performance.now() - started
    log.reset()
    const loadStarted = performance.now()
    const loaded = await loadMapDoc(db, doc.map.id)
    const loadMs = performance.now() - loadStarted
    expect(loaded.ok && loaded.value.doc).toEqual(doc)
    // A clean map is read, not rewritten.
    expect(log.total()).toBe(0)
    const { statuses, onStatus } = statusLog()
    const autosave = createAutosave({ db, initial: doc, onStatus })

    const id = firstCard(doc)
    const edited = applyCommand(doc, { type: 'updateCards', cardIds: [id], patch: { text: 'Changed in the workshop' } })
    autosave.update(edited)
    const t = performance.now()
    await autosave.flush()
    const oneCardMs = performance.now() - t

    expect(log.rows).toEqual({ cards: 1 })
    expect(log.rows.maps ?? 0).toBe(0)
    expect(log.transactions).toEqual([{ stores: ['cards'], durability: 'strict' }])
    expect(statuses).toEqual(['unsaved', 'saving', 'saved'])
    expect((await db.cards.get(id))?.text).toBe('Changed in the workshop')
    console.info(`5,000 cards on fake-indexeddb: create ${fullWriteMs.toFixed(0)} ms, load ${loadMs.toFixed(0)} ms, one-card save ${oneCardMs.toFixed(1)} ms`)

    log.reset()
    autosave.update(applyCommand(edited, { type: 'deleteCards', cardIds: [Object.keys(doc.cards)[4999] as CardId] }))
    await autosave.flush()
    expect(log.rows).toEqual({ cards: 1 })
    expect(await db.cards.where('mapId').equals(doc.map.id).count()).toBe(4999)
  })

  it('writes a new stage with its steps and the map row, nothing else', async () => {
    const { db, log } = await openTestDb('stage')
    const { doc } = await seed(db, 100)
    const autosave = createAutosave({ db, initial: doc, onStatus: () => {} })
    log.reset()
    const stage = createStage(doc.map.id, 'Renew')
    const steps = [createStep(doc.map.id, stage.id, 'Reminder'), createStep(doc.map.id, stage.id, 'Pay')]
    const next = applyCommand(doc, { type: 'addStage', stage, steps })
    autosave.update(next)
    await autosave.flush()
    expect(log.rows).toEqual({ stages: 1, steps: 2, maps: 1 })
    expect(log.transactions).toHaveLength(1)
    const loaded = await loadMapDoc(db, doc.map.id)
    expect(loaded.ok && loaded.value.doc).toEqual(next)
  })

  it('saves persona and job edits to the workshop rows', async () => {
    const { db, log } = await openTestDb('people')
    const { doc } = await seed(db, 10)
    const autosave = createAutosave({ db, initial: doc, onStatus: () => {} })
    log.reset()
    const personaId = doc.map.personaIds[0]!
    autosave.update(applyCommand(doc, { type: 'updatePersona', personaId, patch: { quote: 'Just let me in' } }))
    await autosave.flush()
    expect(log.rows).toEqual({ personas: 1 })
    expect((await db.personas.get(personaId))?.quote).toBe('Just let me in')
  })

  it('reports a full disk, loses nothing, and the retry writes everything pending', async () => {
    const { db, log, faults } = await openTestDb('quota')
    const { doc } = await seed(db, 50)
    const { statuses, errors, onStatus } = statusLog()
    const autosave = createAutosave({ db, initial: doc, onStatus })
    const ids = Object.keys(doc.cards) as CardId[]
    const first = applyCommand(doc, { type: 'updateCards', cardIds: [ids[0]!], patch: { text: 'one' } })
    faults.failNext()
    autosave.update(first)
    await expect(autosave.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(statuses.at(-1)).toBe('failed')
    expect(errors[0]).toMatchObject({ name: 'QuotaExceededError' })
    expect((await db.cards.get(ids[0]!))?.text).toBe('Card 0')

    log.reset()
    const second = applyCommand(first, { type: 'deleteCards', cardIds: [ids[10]!] })
    autosave.update(second)
    await autosave.flush()
    expect(statuses.at(-1)).toBe('saved')
    expect(log.rows).toEqual({ cards: 2 })
    expect(await storedRecords(db, second)).toEqual(docRecords(second))
  })

  it('throttles: the first edit is written at once, the burst after it becomes one strict transaction after the delay, and only then says saved', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const { db, log } = await openTestDb('throttle')
    const { doc } = await seed(db, 20)
    const { statuses, onStatus } = statusLog()
    const autosave = createAutosave({ db, initial: doc, delayMs: 300, onStatus })
    log.reset()
    const ids = Object.keys(doc.cards) as CardId[]
    let next = doc
    next = applyCommand(next, { type: 'updateCards', cardIds: [ids[0]!], patch: { text: 'burst 0' } })
    autosave.update(next)
    await vi.advanceTimersByTimeAsync(0)
    expect(statuses).toEqual(['unsaved', 'saving'])
    for (let i = 1; i < 5; i++) {
      next = applyCommand(next, { type: 'updateCards', cardIds: [ids[i]!], patch: { text: `burst ${i}` } })
      autosave.update(next)
      await vi.advanceTimersByTimeAsync(50)
    }
    // The burst waits out the delay from the first write's start: one write for all four.
    expect(log.transactions).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(150)
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'))
    // Strict: "Saved" is shown for what is on disk, so it survives a power cut, not just a crash.
    expect(log.transactions).toEqual([
      { stores: ['cards'], durability: 'strict' },
      { stores: ['cards'], durability: 'strict' },
    ])
    // Whether the first write ended before the second edit depends on the disk; the last word is 'saved' either way.
    expect(statuses.slice(0, 2)).toEqual(['unsaved', 'saving'])
    expect(statuses.filter((s) => s === 'saving')).toHaveLength(2)
    expect(log.rows).toEqual({ cards: 5 })
    await vi.advanceTimersByTimeAsync(1000)
    expect(log.transactions).toHaveLength(2)
  })

  it('writes changes made during a write after it, never two writes at once', async () => {
    const { db, log } = await openTestDb('overlap')
    const { doc } = await seed(db, 20)
    const { statuses, onStatus } = statusLog()
    const autosave = createAutosave({ db, initial: doc, delayMs: 5, onStatus })
    log.reset()
    const ids = Object.keys(doc.cards) as CardId[]
    const a = applyCommand(doc, { type: 'updateCards', cardIds: [ids[0]!], patch: { text: 'a' } })
    autosave.update(a)
    await vi.waitFor(() => expect(statuses).toContain('saving'))
    const b = applyCommand(a, { type: 'updateCards', cardIds: [ids[1]!], patch: { text: 'b' } })
    autosave.update(b)
    await autosave.flush()
    expect(statuses.at(-1)).toBe('saved')
    expect(log.transactions).toHaveLength(2)
    expect(log.rows).toEqual({ cards: 2 })
    expect(await storedRecords(db, b)).toEqual(docRecords(b))
  })

  it('an undo back to the saved document writes nothing', async () => {
    const { db, log } = await openTestDb('undo')
    const { doc } = await seed(db, 5)
    const { statuses, onStatus } = statusLog()
    const autosave = createAutosave({ db, initial: doc, delayMs: 5, onStatus })
    log.reset()
    autosave.update(applyCommand(doc, { type: 'renameMap', title: 'Oops' }))
    autosave.update(doc)
    await autosave.dispose()
    expect(log.transactions).toHaveLength(0)
    expect(statuses).toEqual(['unsaved', 'saved'])
  })

  it('keeps a trashed map in the trash when the open document renames it', async () => {
    const { db } = await openTestDb('keeptrash')
    const { doc } = await seed(db, 5)
    const autosave = createAutosave({ db, initial: doc, onStatus: () => {} })
    await db.maps.update(doc.map.id, { deletedAt: 123 })
    autosave.update(applyCommand(doc, { type: 'renameMap', title: 'Renamed' }))
    await autosave.flush()
    expect(await db.maps.get(doc.map.id)).toMatchObject({ title: 'Renamed', deletedAt: 123 })
  })
})
