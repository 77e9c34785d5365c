import { afterEach, describe, expect, it } from 'vitest'
import { createMapDoc, type JourneyboardDb } from '../../../src/persistence'
import { importMapInto } from '../../../src/io'
import { snapshot } from '../io/helpers'
import { buildDoc, openTestDb, seed } from './helpers'

const open: JourneyboardDb[] = []
afterEach(() => {
  for (const db of open.splice(0)) db.close()
})

/** A signal that reads as aborted from its `after`-th check on: a Cancel pressed partway through the write. */
function abortedAfter(after: number): AbortSignal {
  const controller = new AbortController()
  let checks = 0
  const signal = controller.signal
  const real = signal.throwIfAborted.bind(signal)
  signal.throwIfAborted = () => {
    if (++checks >= after) controller.abort()
    real()
  }
  return signal
}

describe('a Cancel during the write of a new map', () => {
  it('aborts the transaction partway: nothing of the map is stored', async () => {
    const { db } = await openTestDb('cancel-write')
    open.push(db)
    const { workshop } = await seed(db, 3)
    const before = await snapshot(db)
    // The stages, steps and lanes go in one chunk each, then 1,200 cards in three: the Cancel
    // comes at the fifth check, after the first 500 cards are in.
    const doc = buildDoc(workshop, 1200)
    await expect(createMapDoc(db, doc, abortedAfter(5))).rejects.toThrow()
    expect(await snapshot(db)).toEqual(before)
  })

  it('stops an import the same way, and a signal never aborted changes nothing about the write', async () => {
    const { db } = await openTestDb('cancel-import')
    open.push(db)
    const { workshop } = await seed(db, 3)
    const before = await snapshot(db)
    const controller = new AbortController()
    controller.abort()
    await expect(importMapInto(db, workshop.id, buildDoc(workshop, 10), Date.now(), controller.signal)).rejects.toThrow()
    expect(await snapshot(db)).toEqual(before)
    const { doc } = await importMapInto(db, workshop.id, buildDoc(workshop, 10), Date.now(), new AbortController().signal)
    expect(await db.cards.where('mapId').equals(doc.map.id).count()).toBe(10)
  })
})
