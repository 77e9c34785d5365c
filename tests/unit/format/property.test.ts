import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ACTION_STATUSES,
  AUTOMATION_LEVELS,
  CHANNELS,
  DEVICES,
  LANE_KINDS,
  LIMITS,
  SENTIMENTS,
  createCard,
  createJob,
  createLane,
  createLink,
  createMap,
  createPersona,
  createStage,
  createStep,
  emotionIdFor,
  newAction,
  newId,
} from '../../../src/domain'
import type { CardPlace, EmotionPoint, JourneyDoc, PersonaId, StepId, WorkshopId } from '../../../src/domain'
import { loadEnvelope, parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import type { ImportError, Loaded, Result } from '../../../src/format'
import { APP, fixtureText, sampleFile } from './helpers'

// eslint-disable-next-line no-control-regex -- generated text must already be what the importer keeps
const LINE_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex -- as above, with tab and newline allowed
const PARAGRAPH_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** The importer's last-resort catch turns a bug into this issue; JSON input must never reach it. */
function expectTotal(result: Result<Loaded, ImportError>) {
  expect(typeof result.ok).toBe('boolean')
  if (!result.ok && result.error.kind === 'invalid') expect(result.error.issues.join()).not.toContain('could not be read')
}

describe('the importer is total', () => {
  it('never throws on arbitrary JSON values, bare or in an envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue({ maxDepth: 6 }), (value, document) => {
        expectTotal(loadEnvelope(value))
        expectTotal(loadEnvelope({ type: 'journeyboard', formatVersion: 1, document }))
      }),
    )
  })

  it('never throws when any field of a real file is replaced with anything', () => {
    const tables = ['map', 'stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs'] as const
    const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withDate: true })
    fc.assert(
      fc.property(fc.constantFrom(...tables), fc.nat(), fc.string({ maxLength: 12 }), anything, (table, index, field, value) => {
        const file = sampleFile()
        const records = file.document[table]
        const record = Array.isArray(records) ? records[index % records.length] : records
        const keys = Object.keys(record)
        record[keys.includes(field) ? field : (keys[index % keys.length] ?? field)] = value
        expectTotal(loadEnvelope(file))
      }),
    )
  })

  it('never throws on arbitrary text, JSON text or a damaged real file', () => {
    const damaged = fc
      .tuple(fc.nat({ max: fixtureText.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 5 }))
      .map(([at, cut, insert]) => fixtureText.slice(0, at) + insert + fixtureText.slice(at + cut))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damaged), (text) => {
        expectTotal(parseJourneyFile(text))
      }),
    )
  })
})

const line = fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(LINE_UNSAFE, ''))
const paragraph = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(PARAGRAPH_UNSAFE, ''))
const hex = fc.stringMatching(/^#[0-9a-f]{6}$/)
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((n) => (n === 0 ? 0 : n))
const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)]

const docArbitrary = fc
  .record({
    title: line,
    direction: fc.constantFrom('ltr' as const, 'rtl' as const),
    createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    stages: fc.array(fc.record({ title: line, color: hex, steps: fc.array(fc.record({ title: line, width: fc.integer({ min: 120, max: 2000 }) }), { maxLength: 3 }) }), { maxLength: 4 }),
    lanes: fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS), title: line, height: fc.integer({ min: 48, max: 2000 }), collapsed: fc.boolean() }), { maxLength: 4 }),
    personas: fc.array(
      fc.record({ name: line, goals: fc.array(paragraph, { maxLength: 2 }), channels: fc.subarray([...CHANNELS]), devices: fc.subarray([...DEVICES]), photo: fc.constantFrom(null, 'data:image/png;base64,iVBORw0KGgo=') }),
      { maxLength: 3 },
    ),
    cards: fc.array(
      fc.record({
        text: paragraph,
        sentiment: fc.constantFrom(...SENTIMENTS),
        channel: fc.option(fc.constantFrom(...CHANNELS)),
        device: fc.option(fc.constantFrom(...DEVICES)),
        color: fc.option(hex),
        team: line,
        metrics: fc.array(fc.record({ name: line, value: line }), { maxLength: 2 }),
        inCell: fc.boolean(),
        lane: fc.nat(),
        step: fc.nat(),
        span: fc.integer({ min: 1, max: 5 }),
        rank: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
        free: fc.record({ x: finite(-LIMITS.coordinate, LIMITS.coordinate), y: finite(-LIMITS.coordinate, LIMITS.coordinate), width: finite(1, LIMITS.freeItemSize), height: finite(1, LIMITS.freeItemSize) }),
        persona: fc.option(fc.nat()),
        withJob: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), line), { maxLength: 4 }),
    emotions: fc.array(fc.record({ step: fc.nat(), persona: fc.option(fc.nat()), felt: finite(-2, 2), intended: finite(-2, 2) }), { maxLength: 6 }),
    jobs: fc.array(fc.record({ situation: paragraph, persona: fc.option(fc.nat()), step: fc.option(fc.nat()) }), { maxLength: 2 }),
    actions: fc.array(
      fc.record({
        cards: fc.array(fc.nat(), { maxLength: 3 }),
        title: line,
        deliverable: paragraph,
        owner: line,
        due: fc.option(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })),
        status: fc.constantFrom(...ACTION_STATUSES),
        impact: fc.integer({ min: 1, max: 5 }),
        effort: fc.integer({ min: 1, max: 5 }),
        automation: fc.constantFrom(...AUTOMATION_LEVELS),
        automationNote: paragraph,
        votes: fc.nat({ max: 1000 }),
        createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g): JourneyDoc => {
    const base = createMap(newId<WorkshopId>(), g.title, g.createdAt)
    const stages = g.stages.map((s) => ({ stage: createStage(base.id, s.title, s.color), steps: s.steps }))
    const steps = stages.flatMap(({ stage, steps }) => steps.map((s) => createStep(base.id, stage.id, s.title, s.width)))
    const lanes = g.lanes.map((l) => ({ ...createLane(base.id, l.kind, l.title, l.height), collapsed: l.collapsed }))
    const personas = g.personas.map((p) => ({ ...createPersona(base.workshopId, p.name), goals: p.goals, channels: p.channels, devices: p.devices, photo: p.photo }))
    const personaAt = (n: number | null): PersonaId | null => (n === null ? null : (pick(personas, n)?.id ?? null))
    const stepAt = (n: number | null): StepId | null => (n === null ? null : (pick(steps, n)?.id ?? null))
    const jobs = g.jobs.map((j) => {
      const personaId = personaAt(j.persona)
      const stepId = stepAt(j.step)
      return { ...createJob(base.workshopId, j.situation), personaIds: personaId ? [personaId] : [], stepIds: stepId ? [stepId] : [] }
    })
    const cards = g.cards.map((c) => {
      const stepIndex = c.step % Math.max(1, steps.length)
      const lane = pick(lanes, c.lane)
      const step = steps[stepIndex]
      const place: CardPlace =
        c.inCell && lane && step
          ? { kind: 'cell', laneId: lane.id, stepId: step.id, span: Math.min(c.span, steps.length - stepIndex), rank: c.rank }
          : { kind: 'free', ...c.free }
      const personaId = personaAt(c.persona)
      const job = c.withJob ? pick(jobs, c.step) : undefined
      const { text, sentiment, channel, device, color, team, metrics } = c
      return createCard(base.id, place, { text, sentiment, channel, device, color, team, metrics, personaIds: personaId ? [personaId] : [], jobId: job?.id ?? null })
    })
    const links = g.links.flatMap(([a, b, label]) => {
      const from = pick(cards, a)
      const to = pick(cards, b)
      return from && to && from !== to ? [createLink(base.id, from.id, to.id, label)] : []
    })
    const emotions = new Map<string, EmotionPoint>()
    for (const e of g.emotions) {
      const stepId = stepAt(e.step)
      if (!stepId) continue
      const personaId = personaAt(e.persona)
      const id = emotionIdFor(stepId, personaId)
      if (!emotions.has(id)) emotions.set(id, { id, mapId: base.id, stepId, personaId, felt: e.felt, intended: e.intended })
    }
    const map = {
      ...base,
      direction: g.direction,
      stageIds: stages.map((s) => s.stage.id),
      laneIds: lanes.map((l) => l.id),
      personaIds: personas.map((p) => p.id),
    }
    const actions = g.actions.map((a) => {
      const from = [...new Set(a.cards.flatMap((n) => pick(cards, n) ?? []))]
      const { title, deliverable, owner, status, impact, effort, automation, automationNote, createdAt } = a
      const due = a.due ? a.due.toISOString().slice(0, 10) : ''
      return { ...newAction(base.id, from, createdAt, a.votes), title, deliverable, owner, due, status, impact, effort, automation, automationNote }
    })
    const byId = <T extends { id: string }>(records: readonly T[]) => Object.fromEntries(records.map((r) => [r.id, r]))
    return {
      map,
      stages: byId(stages.map(({ stage }) => ({ ...stage, stepIds: steps.filter((s) => s.stageId === stage.id).map((s) => s.id) }))),
      steps: byId(steps),
      lanes: byId(lanes),
      cards: byId(cards),
      links: byId(links),
      emotions: byId([...emotions.values()]),
      personas: byId(personas),
      jobs: byId(jobs),
      actions: byId(actions),
    } as JourneyDoc
  })

describe('round trip', () => {
  it('loading what was saved gives back the same document, with nothing repaired', () => {
    fc.assert(
      fc.property(docArbitrary, (doc) => {
        const result = loadEnvelope(JSON.parse(stringifyEnvelope(serializeDoc(doc, APP))))
        expect(result).toEqual({ ok: true, value: { doc, repairs: [], migratedFrom: null } })
      }),
    )
  })

  it('saving is stable: the same document always gives the same text', () => {
    fc.assert(
      fc.property(docArbitrary, (doc) => {
        const text = stringifyEnvelope(serializeDoc(doc, APP))
        const loaded = parseJourneyFile(text)
        expect(loaded.ok && stringifyEnvelope(serializeDoc(loaded.value.doc, APP))).toBe(text)
      }),
    )
  })
})
