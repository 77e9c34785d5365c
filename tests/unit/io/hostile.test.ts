import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createWorkshop, type WorkshopId } from '../../../src/domain'
import { describeIoImportError, importMapInto, readImport, type ImportResult } from '../../../src/io'
import { createWorkshop as storeWorkshop, type JourneyboardDb } from '../../../src/persistence'
import { openTestDb, seed } from '../persistence/helpers'
import { TITLES, snapshot } from './helpers'

// The corpus of hostile files RELIABILITY.md asks for: real files on disk, each read the way the
// app reads a dropped or opened file, with what must come of it.
const corpus = import.meta.glob('../../fixtures/format/hostile/*.journey', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const byName = Object.fromEntries(Object.entries(corpus).map(([path, text]) => [path.split('/').pop()!, text]))

/** An error kind (and a detail of it), or repairs the load must report among others that follow from them. */
type Expected = { error: string; detail?: RegExp } | { repairs: string[] }
const EXPECTED: Record<string, Expected> = {
  'depth-bomb.journey': { error: 'tooLarge', detail: /"what":"depth"/ },
  'number-1e400.journey': { repairs: ['resetFields'] },
  'duplicate-ids.journey': { repairs: ['rekeyedIds'] },
  'dangling-references.journey': { repairs: ['orphanSteps', 'orphanCards', 'danglingLinks'] },
  'truncated.journey': { error: 'notJson' },
  'newer-version.journey': { error: 'newerVersion', detail: /"found":99/ },
  'huge-strings.journey': { repairs: ['cutTexts'] },
  'prototype-keys.journey': { repairs: ['strippedKeys'] },
  'bidi-overrides.journey': { repairs: ['strippedCharacters'] },
  'not-journeyboard.journey': { error: 'notJourneyboard' },
  'empty.journey': { error: 'notJson' },
  'facilitation.journey': { repairs: ['strippedKeys', 'repairedFacilitation'] },
}

let db: JourneyboardDb
let target: WorkshopId

beforeAll(async () => {
  db = (await openTestDb('hostile')).db
  await seed(db, 8)
  const workshop = createWorkshop({ title: 'Receiving files' })
  await storeWorkshop(db, workshop)
  target = workshop.id
})

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted
  delete (Object.prototype as Record<string, unknown>).isAdmin
})

describe('the hostile corpus', () => {
  it('has a file for every case and a case for every file', () => {
    expect(Object.keys(byName).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(Object.keys(EXPECTED))('%s: never throws, gives the right answer, and a refusal writes nothing', async (name) => {
    const expected = EXPECTED[name]!
    const before = await snapshot(db)
    let result: ImportResult | undefined
    expect(() => (result = readImport(name, byName[name]!, TITLES))).not.toThrow()
    if (!result) return
    if ('error' in expected) {
      if (result.ok) expect.fail(`${name} was accepted`)
      expect(result.error.kind).toBe(expected.error)
      if (expected.detail) expect(JSON.stringify(result.error)).toMatch(expected.detail)
      // Every refusal has words for the person.
      expect(describeIoImportError(result.error).key).toMatch(/^import\.error\./)
      expect(await snapshot(db)).toEqual(before)
      return
    }
    if (!result.ok) expect.fail(`${name} was refused: ${JSON.stringify(result.error)}`)
    expect(result.value.repairs.map((r) => r.kind)).toEqual(expect.arrayContaining(expected.repairs))
    const { doc } = await importMapInto(db, target, result.value.doc, Date.now(), undefined, result.value.facilitation)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    const text = JSON.stringify(doc)
    // eslint-disable-next-line no-control-regex -- the bell character is one of the planted ones
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007]/)
    expect(await db.maps.get(doc.map.id)).toBeDefined()
  })

  it('facilitation.journey: the map imports whole and its agenda and votes are stored repaired', async () => {
    const result = readImport('facilitation.journey', byName['facilitation.journey']!, TITLES)
    if (!result.ok) expect.fail('refused')
    expect(Object.keys(result.value.doc.cards)).toHaveLength(8)
    const { doc } = await importMapInto(db, target, result.value.doc, Date.now(), undefined, result.value.facilitation)
    const stored = await db.facilitation.get(doc.map.id)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    const text = JSON.stringify(stored)
    expect(text).not.toMatch(/__proto__|constructor|polluted|isAdmin/)
    // eslint-disable-next-line no-control-regex -- the bell character is one of the planted ones
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007]/)
    const steps = stored?.agenda?.steps ?? []
    expect(steps.map((s) => [s.kind, s.minutes, s.laneKinds])).toEqual([
      ['actions', 1, ['actions']],
      ['tasks', 20, ['tasks']],
    ])
    expect(steps[0]?.id).not.toBe('__proto__')
    expect(stored?.votes.map((v) => v.id)).toEqual(['vote-named'])
    const [vote] = stored?.votes ?? []
    expect(vote).toMatchObject({ startedAt: 10, revealedAt: 10, voters: null, participants: null, settings: { votesPerPerson: 50 } })
    expect(vote?.rows.map((r) => r.cardId)).toEqual(['card-hidden-shipping'])
    // "anonymous": "yes" is no setting: the default (anonymous) holds, so no names are kept.
    expect(vote?.settings.anonymous).toBe(true)
    expect(vote?.rows[0]).not.toHaveProperty('voters')
  })
})
