import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNELS, LANE_KINDS, SENTIMENTS, createCard, createLane, createMap, createStage, createStep, emotionIdFor, emptyDoc, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { exportJson, importMapInto, importMermaidJourney, importTouchpointCsv, readImport, touchpointsToCsv, type ImportResult } from '../../../src/io'
import { createWorkshop as storeWorkshop, loadMapDoc } from '../../../src/persistence'
import { createWorkshop } from '../../../src/domain'
import { openTestDb } from '../persistence/helpers'
import { APP, TITLES, canonical, expectImported } from './helpers'

function expectTotal(run: () => ImportResult): void {
  let result: ImportResult | undefined
  expect(() => (result = run())).not.toThrow()
  expect(typeof result?.ok).toBe('boolean')
}

// Text the importer keeps as it is: no control or bidi characters, no edge spaces in names.
// eslint-disable-next-line no-control-regex -- generated text must already be what the importer keeps
const safeText = fc.string({ maxLength: 24 }).map((s) => s.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ''))
const title = safeText.map((s) => s.trim())

/** A random map: stages with steps, lanes, cards in cells with touchpoint fields, a shared curve. */
const docArb = fc
  .record({
    title,
    stages: fc.array(fc.record({ title, steps: fc.array(title, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
    lanes: fc.array(fc.record({ title, kind: fc.constantFrom(...LANE_KINDS) }), { minLength: 1, maxLength: 4 }),
    cards: fc.array(
      fc.record({ step: fc.nat(), lane: fc.nat(), text: safeText, sentiment: fc.constantFrom(...SENTIMENTS), channel: fc.option(fc.constantFrom(...CHANNELS), { nil: null }), team: title }),
      { maxLength: 12 },
    ),
    felt: fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 12 }),
  })
  .map((spec): JourneyDoc => {
    const map = createMap('w' as WorkshopId, spec.title, 1_700_000_000_000)
    const stages = spec.stages.map((s) => ({ stage: createStage(map.id, s.title), steps: s.steps.map((t) => t) }))
    const steps = stages.flatMap(({ stage, steps: titles }) => titles.map((t) => createStep(map.id, stage.id, t)))
    const lanes = spec.lanes.map((l) => createLane(map.id, l.kind, l.title))
    const cards = spec.cards.map((c, rank) =>
      createCard(map.id, { kind: 'cell', stepId: steps[c.step % steps.length]!.id, laneId: lanes[c.lane % lanes.length]!.id, span: 1, rank }, { text: c.text, sentiment: c.sentiment, channel: c.channel, team: c.team }),
    )
    const emotions = spec.felt.slice(0, steps.length).map((felt, i) => ({ id: emotionIdFor(steps[i]!.id, null), mapId: map.id, stepId: steps[i]!.id, personaId: null, felt, intended: 0 - felt || 0 }))
    const byId = <T extends { id: string }>(list: T[]) => Object.fromEntries(list.map((r) => [r.id, r]))
    return {
      ...emptyDoc({ ...map, stageIds: stages.map((s) => s.stage.id), laneIds: lanes.map((l) => l.id) }),
      stages: byId(stages.map(({ stage }) => ({ ...stage, stepIds: steps.filter((s) => s.stageId === stage.id).map((s) => s.id) }))),
      steps: byId(steps),
      lanes: byId(lanes),
      cards: byId(cards),
      emotions: byId(emotions),
    } as JourneyDoc
  })

describe('every importer is total', () => {
  it('never throws on arbitrary text, whatever the file name', () => {
    fc.assert(
      fc.property(fc.constantFrom('a.journey', 'a.json', 'a.csv', 'a.mmd', 'a.txt', ''), fc.string({ maxLength: 400 }), (name, text) => {
        expectTotal(() => readImport(name, text, TITLES))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on text shaped like a CSV or a Mermaid journey', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '=1+1', '-2', 'step', '\r\n', ',', "'"))
    const csv = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }).map((rows) => ['stage,step,lane,text,emotion_felt', ...rows.map((r) => r.join(','))].join('\r\n'))
    const line = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('section', 'section  ', 'title', ':', '::', 'a:b:c:d', 'x: 1e400: y', '%%'))
    const mermaid = fc.array(line, { maxLength: 20 }).map((lines) => ['journey', ...lines].join('\n'))
    fc.assert(
      fc.property(csv, mermaid, (c, m) => {
        expectTotal(() => importTouchpointCsv(c, { title: 't', untitledStage: 's', untitledLane: 'l' }))
        expectTotal(() => importMermaidJourney(m, { title: 't', untitledStage: 's', actionsLane: 'a', emotionsLane: 'Emotional intent' }))
      }),
      { numRuns: 300 },
    )
  })
})

describe('round trips', () => {
  it('import(export(map)) equals the map, ids aside, through the database', async () => {
    const { db } = await openTestDb('property-roundtrip')
    const workshop = createWorkshop({ title: 'Receiver' })
    await storeWorkshop(db, workshop)
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const read = expectImported(readImport('map.journey', exportJson(doc, APP), TITLES))
        // A file the app wrote itself needs no repair.
        expect(read.repairs).toEqual([])
        const { doc: imported } = await importMapInto(db, workshop.id, read.doc)
        const loaded = await loadMapDoc(db, imported.map.id)
        if (!loaded.ok) expect.fail(JSON.stringify(loaded.error))
        expect(canonical(loaded.value.doc)).toEqual(canonical(doc))
      }),
      { numRuns: 40 },
    )
    db.close()
  })

  it('the touchpoint CSV gives back every card with its text, sentiment, channel and team', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const result = importTouchpointCsv(touchpointsToCsv(doc), { title: 't', untitledStage: '?', untitledLane: '?' })
        const cards = Object.values(doc.cards)
        if (cards.length === 0) {
          // Steps without cards leave no rows; a map with no card at all has nothing to bring back.
          expect(result.ok && Object.keys(result.value.doc.cards)).toEqual(result.ok ? [] : false)
          return
        }
        const back = expectImported(result)
        const summary = (list: typeof cards) => list.map((c) => [c.text, c.sentiment, c.channel, c.team].join('|')).sort()
        expect(summary(Object.values(back.doc.cards))).toEqual(summary(cards))
      }),
      { numRuns: 150 },
    )
  })
})
