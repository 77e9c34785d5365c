import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NO_FACILITATION, type MapFacilitation } from '../../../src/domain/facilitation'
import { CURRENT_FORMAT_VERSION, loadEnvelope, parseJourneyFile, runMigrations, serializeDoc, stringifyEnvelope, Versions } from '../../../src/format'
import v2Text from '../../fixtures/format/v2-sample.journey?raw'
import v3Text from '../../fixtures/format/v3-sample.journey?raw'
import { APP, expectLoaded, fixtureText, repairOf } from './helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary paths of untyped JSON
type Json = any

function v3File(): Json {
  return JSON.parse(v3Text)
}

function load(value: unknown) {
  return expectLoaded(parseJourneyFile(typeof value === 'string' ? value : JSON.stringify(value)))
}

describe('format version 3: the facilitation section', () => {
  it('is version 3, reached by the named step "facilitation"', () => {
    expect(Versions.Facilitation).toBe(3)
    expect(CURRENT_FORMAT_VERSION).toBeGreaterThan(Versions.Facilitation)
    const fromV2 = runMigrations(JSON.parse(v2Text).document, 2, Versions.Facilitation)
    expect(fromV2.ok && fromV2.value.ran).toEqual(['facilitation'])
    // The map's records are not touched: the section lives beside the document.
    expect(fromV2.ok && fromV2.value.document).toEqual(JSON.parse(v2Text).document)
  })

  it('loads the v3 fixture with its agenda and vote, nothing repaired, the same map as v1 and v2', () => {
    const v3 = load(v3Text)
    expect(v3.migratedFrom).toBe(3)
    expect(v3.repairs).toEqual([])
    expect(v3.doc).toEqual(load(fixtureText).doc)
    expect(v3.facilitation?.agenda?.steps.map((s) => [s.id, s.kind, s.minutes])).toEqual([
      ['agenda-prep', 'prep', 15],
      ['agenda-actions', 'actions', 25],
      ['agenda-break', 'custom', 10],
    ])
    expect(v3.facilitation?.agenda?.steps[1]?.instruction).toContain('\n')
    const [vote] = v3.facilitation?.votes ?? []
    expect(vote).toMatchObject({ id: 'vote-biggest-pain', mode: 'ballots', voters: 4, participants: 5, settings: { anonymous: false, capPerCard: 2 } })
    expect(vote?.rows.map((r) => [r.cardId, r.votes, r.rank])).toEqual([
      ['card-hidden-shipping', 6, 1],
      ['card-pricing-page', 3, 2],
      ['card-plan-quiz', 3, 2],
    ])
  })

  it('round-trips: saving the loaded v3 map with its facilitation gives the fixture byte for byte, at the current version with an empty plan', () => {
    const v3 = load(v3Text)
    const expected = v3File()
    expected.formatVersion = CURRENT_FORMAT_VERSION
    expected.document.actions = []
    expected.document.map = { id: expected.document.map.id, cardText: 'fit', ...expected.document.map }
    expect(stringifyEnvelope(serializeDoc(v3.doc, APP, v3.facilitation))).toBe(`${JSON.stringify(expected, null, 2)}\n`)
  })

  it('opens older files unchanged and without facilitation', () => {
    for (const text of [fixtureText, v2Text]) {
      const loaded = load(text)
      expect(loaded.facilitation).toBeUndefined()
      expect(loaded.repairs).toEqual([])
    }
  })

  it('ignores a facilitation key in a file older than version 3: it is not this section', () => {
    const file = JSON.parse(v2Text) as Json
    file.facilitation = v3File().facilitation
    const loaded = load(file)
    expect(loaded.facilitation).toBeUndefined()
    expect(loaded.repairs).toEqual([])
  })

  it('writes no section for a map that has no agenda and no votes, or when none is given (a room)', () => {
    const { doc } = load(v3Text)
    expect(serializeDoc(doc, APP)).not.toHaveProperty('facilitation')
    expect(serializeDoc(doc, APP, NO_FACILITATION)).not.toHaveProperty('facilitation')
    const agendaOnly: MapFacilitation = { agenda: { steps: [] }, votes: [] }
    expect(load(stringifyEnvelope(serializeDoc(doc, APP, agendaOnly))).facilitation).toEqual(agendaOnly)
  })

  it('reads a section of null as none, with nothing to report', () => {
    const file = v3File()
    file.facilitation = null
    const loaded = load(file)
    expect(loaded.facilitation).toBeUndefined()
    expect(loaded.repairs).toEqual([])
  })
})

describe('a hostile facilitation section never makes the map unreadable', () => {
  const mapOf = (text: string) => load(text).doc

  it('drops a section that is not an object and says so', () => {
    for (const section of ['agenda', 42, [1, 2, 3], true]) {
      const file = v3File()
      file.facilitation = section
      const loaded = load(file)
      expect(loaded.doc).toEqual(mapOf(v3Text))
      expect(loaded.facilitation).toEqual(NO_FACILITATION)
      expect(repairOf(loaded, 'droppedFacilitation')).toMatchObject({ count: 1, message: expect.stringContaining('agenda and vote history') })
    }
  })

  it('repairs wrong types field by field and counts them', () => {
    const file = v3File()
    file.facilitation.agenda = 'not an agenda'
    file.facilitation.votes = { 0: 'not a list' }
    const loaded = load(file)
    expect(loaded.doc).toEqual(mapOf(v3Text))
    expect(loaded.facilitation).toEqual({ agenda: { steps: [] }, votes: [] })
    expect(repairOf(loaded, 'repairedFacilitation')?.count).toBe(2)
  })

  it('drops unusable entries and fixes bad fields, keeping the rest', () => {
    const file = v3File()
    const steps = file.facilitation.agenda.steps
    steps[0].minutes = 1e9
    steps.push('junk', null, { id: 'agenda-extra', kind: 'future-kind', title: 'From a newer build', minutes: 5, laneKinds: ['nope', 'tasks'] })
    file.facilitation.votes.push({ id: 'vote-bad', rows: 'none' }, 7)
    file.facilitation.votes[0].rows[0].votes = -5
    const loaded = load(file)
    expect(loaded.doc).toEqual(mapOf(v3Text))
    const agenda = loaded.facilitation?.agenda?.steps ?? []
    expect(agenda.map((s) => s.id)).toEqual(['agenda-prep', 'agenda-actions', 'agenda-break', 'agenda-extra'])
    expect(agenda[0]?.minutes).toBe(240)
    expect(agenda[3]).toMatchObject({ kind: 'custom', title: 'From a newer build', laneKinds: ['tasks'] })
    expect(loaded.facilitation?.votes.map((v) => v.id)).toEqual(['vote-biggest-pain'])
    // minutes clamped, 2 junk steps, the newer step's kind and lanes, 2 unreadable votes, one vote's count.
    expect(repairOf(loaded, 'repairedFacilitation')?.count).toBe(7)
  })

  it('strips prototype keys at every depth of the section and reports them', () => {
    const text = v3Text
      .replace('"facilitation": {', '"facilitation": {\n    "__proto__": { "polluted": true },')
      .replace('"id": "agenda-prep",', '"id": "agenda-prep", "constructor": { "prototype": { "polluted": true } },')
      .replace('"id": "vote-biggest-pain",', '"id": "vote-biggest-pain", "__proto__": { "isAdmin": true },')
    const loaded = load(text)
    expect(repairOf(loaded, 'strippedKeys')?.count).toBe(3)
    expect(loaded.facilitation).toEqual(load(v3Text).facilitation)
    expect(({} as Json).polluted).toBeUndefined()
    expect(({} as Json).isAdmin).toBeUndefined()
  })

  it('keeps huge arrays to their limits without refusing the file', () => {
    const file = v3File()
    const step = file.facilitation.agenda.steps[2]
    file.facilitation.agenda.steps = Array.from({ length: 20_000 }, (_, i) => ({ ...step, id: `s${i}` }))
    const vote = file.facilitation.votes[0]
    file.facilitation.votes = Array.from({ length: 5_000 }, (_, i) => ({ ...vote, id: `v${i}` }))
    file.facilitation.votes[4_999].rows = Array.from({ length: 50_000 }, (_, i) => ({ cardId: `c${i}`, text: 'x', votes: 1, rank: 1 }))
    const started = performance.now()
    const loaded = load(file)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(loaded.doc).toEqual(mapOf(v3Text))
    expect(loaded.facilitation?.agenda?.steps).toHaveLength(50)
    expect(loaded.facilitation?.votes).toHaveLength(200)
    expect(loaded.facilitation?.votes.at(-1)?.rows).toHaveLength(20_000)
    expect(repairOf(loaded, 'repairedFacilitation')?.count).toBeGreaterThan(0)
  })

  it('is total: any JSON in the section, or in its agenda and votes, loads the map with a section that saves and reloads unchanged', () => {
    const { doc } = load(v3Text)
    const section = fc.oneof(
      fc.jsonValue({ maxDepth: 5 }),
      fc.record({ agenda: fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 4 }), fc.record({ steps: fc.array(fc.jsonValue({ maxDepth: 3 })) })), votes: fc.jsonValue({ maxDepth: 5 }) }),
    )
    fc.assert(
      fc.property(section, (facilitation) => {
        const file = { ...v3File(), facilitation }
        const loaded = expectLoaded(loadEnvelope(JSON.parse(JSON.stringify(file))))
        expect(loaded.doc).toEqual(doc)
        const saved = expectLoaded(parseJourneyFile(stringifyEnvelope(serializeDoc(loaded.doc, APP, loaded.facilitation))))
        expect(saved.facilitation ?? NO_FACILITATION).toEqual(loaded.facilitation ?? NO_FACILITATION)
        expect(saved.repairs).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
