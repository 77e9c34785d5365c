import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CARD_SHAPES,
  CHANNELS,
  DEVICES,
  LANE_KINDS,
  LIMITS,
  SENTIMENTS,
  applyCommand,
  createCard,
  createJob,
  createLane,
  createLink,
  createPersona,
  createStage,
  createStep,
} from '../../../src/domain'
import type { CardPlace, Command, JourneyDoc, StepId } from '../../../src/domain'
import { parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../../src/format'
import { buildSampleDoc } from '../domain/helpers'
import { APP } from './helpers'

/*
 * Strict saving: whatever a person (or a paste, or another device) makes commands carry, the
 * document that results saves and loads back the same, with nothing to repair. This is the other
 * half of tolerant loading: nothing the app saves can lock anyone out of a map.
 */

const LONG = 'x'.repeat(LIMITS.stringLength + 7)
/** Any text, including control and bidi-override characters and texts past the length limit. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constant(LONG), fc.constant('\u202Eevil\u0000'), fc.constant(`${'y'.repeat(LIMITS.stringLength - 1)}😀`))
/** Any number: NaN, the infinities, -0, 1e300 and ordinary ones. */
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(1e9, -1e300, 1e300, -0, 0.5, 3), fc.integer({ min: -5, max: 50 }))
const anyWord = <T extends string>(known: readonly T[]) => fc.oneof(fc.constantFrom(...known), fc.constantFrom('happy', 'red', '', '__proto__')) as fc.Arbitrary<T>
const anyId = fc.oneof(fc.constant(null), fc.constantFrom('__proto__', 'constructor', 'has space', 'x'.repeat(80)))

/** What one command is made from: indexes to pick existing records, and arbitrary values. */
const recipe = fc.record({
  kind: fc.nat({ max: 27 }),
  a: fc.nat(),
  b: fc.nat(),
  text: anyText,
  n: anyNumber,
  m: anyNumber,
  flag: fc.boolean(),
  sentiment: anyWord(SENTIMENTS),
  channel: anyWord(CHANNELS),
  device: anyWord(DEVICES),
  shape: anyWord(CARD_SHAPES),
  laneKind: anyWord(LANE_KINDS),
  color: fc.oneof(fc.constantFrom('#a1b2c3', 'red', '#12345'), fc.constant(null)),
  badId: anyId,
})
type Recipe = typeof recipe extends fc.Arbitrary<infer R> ? R : never

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)]
const ids = <T extends string>(table: Readonly<Record<T, unknown>>) => Object.keys(table) as T[]

function commandFrom(doc: JourneyDoc, r: Recipe): Command | null {
  const mapId = doc.map.id
  const stageId = pick(ids(doc.stages), r.a)
  const stepId = pick(ids(doc.steps), r.a)
  const laneId = pick(ids(doc.lanes), r.b)
  const cardId = pick(ids(doc.cards), r.a)
  const otherCard = pick(ids(doc.cards), r.b)
  const personaId = pick(ids(doc.personas), r.b)
  const jobId = pick(ids(doc.jobs), r.a)
  const withBadId = <T extends { id: string }>(record: T): T => (r.badId === null ? record : { ...record, id: r.badId })
  const free: CardPlace = { kind: 'free', x: r.n, y: r.m, width: r.flag ? r.n : 120, height: r.flag ? 80 : r.m }
  const place: CardPlace = r.flag && laneId && stepId ? { kind: 'cell', laneId, stepId, span: Math.trunc(Math.abs(r.n) % 2000) || 1, rank: r.m } : free
  switch (r.kind) {
    case 0:
      return { type: 'renameMap', title: r.text }
    case 1: {
      const stage = withBadId({ ...createStage(mapId, r.text), color: r.color ?? 'nope' })
      return { type: 'addStage', stage, steps: [createStep(mapId, stage.id, r.text, r.n)], index: r.m }
    }
    case 2:
      return stageId ? { type: 'renameStage', stageId, title: r.text } : null
    case 3:
      return stageId ? { type: 'recolorStage', stageId, color: r.color ?? 'red' } : null
    case 4:
      return stageId ? { type: 'moveStage', stageId, toIndex: r.n } : null
    case 5:
      return stageId ? { type: 'addStep', step: withBadId(createStep(mapId, stageId, r.text, r.n)), index: r.m } : null
    case 6:
      return stepId && stageId ? { type: 'moveStep', stepId, toStageId: pick(ids(doc.stages), r.b)!, toIndex: r.n } : null
    case 7:
      return stepId ? { type: 'resizeStep', stepId, width: r.n } : null
    case 8:
      return stepId ? { type: 'deleteStep', stepId } : null
    case 9:
      return { type: 'addLane', lane: withBadId({ ...createLane(mapId, r.laneKind, r.text, r.n), collapsed: r.flag }), index: r.m }
    case 10:
      return laneId ? { type: 'setLaneKind', laneId, kind: r.laneKind } : null
    case 11:
      return laneId ? { type: 'resizeLane', laneId, height: r.n } : null
    case 12:
      return laneId ? { type: 'moveLane', laneId, toIndex: r.n } : null
    case 13: {
      const card = withBadId(createCard(mapId, place, { text: r.text, sentiment: r.sentiment, shape: r.shape, color: r.color, team: r.text }))
      return { type: 'addCards', cards: [card, { ...card, id: `${card.id.slice(0, 10)}b` as typeof card.id, place: free, channel: r.channel, device: r.device }] }
    }
    case 14:
      return cardId
        ? { type: 'updateCards', cardIds: [cardId], patch: { text: r.text, sentiment: r.sentiment, color: r.color, channel: r.channel, device: r.device, shape: r.shape, action: r.text, metrics: [{ name: r.text, value: r.text }] } }
        : null
    case 15:
      return cardId ? { type: 'moveCard', cardId, to: place } : null
    case 16:
      return cardId ? { type: 'deleteCards', cardIds: [cardId] } : null
    case 17:
      return cardId && otherCard ? { type: 'addLink', link: withBadId(createLink(mapId, cardId, otherCard, r.text)) } : null
    case 18: {
      const linkId = pick(ids(doc.links), r.a)
      return linkId ? { type: 'updateLink', linkId, label: r.text } : null
    }
    case 19:
      return stepId ? { type: 'setEmotion', stepId, personaId: r.flag ? (personaId ?? null) : null, felt: r.n, intended: r.m } : null
    case 20:
      return { type: 'addPersona', persona: withBadId({ ...createPersona(doc.map.workshopId, r.text), goals: [r.text], photo: r.flag ? 'javascript:x' : null, color: r.color ?? 'red' }), onMap: r.flag }
    case 21:
      return personaId ? { type: 'updatePersona', personaId, patch: { name: r.text, description: r.text, channels: [r.channel, r.channel], devices: [r.device], photo: r.text } } : null
    case 22:
      return personaId ? { type: 'deletePersona', personaId } : null
    case 23:
      return { type: 'addJob', job: withBadId({ ...createJob(doc.map.workshopId, r.text), personaIds: personaId ? [personaId, personaId] : [], stepIds: stepId ? [stepId] : [] }) }
    case 24:
      return jobId ? { type: 'updateJob', jobId, patch: { outcome: r.text, stepIds: [(r.badId ?? 'elsewhere') as StepId] } } : null
    case 25:
      return cardId ? { type: 'updateCards', cardIds: [cardId], patch: { personaIds: personaId ? [personaId, 'gone' as typeof personaId] : [], jobId: jobId ?? null } } : null
    case 26:
      return stageId ? { type: 'deleteStage', stageId } : null
    default:
      return laneId ? { type: 'deleteLane', laneId } : null
  }
}

describe('any sequence of commands gives a document that saves and loads back equal', () => {
  it('holds for arbitrary input, including hostile text, numbers and ids', () => {
    fc.assert(
      fc.property(fc.array(recipe, { minLength: 1, maxLength: 25 }), (recipes) => {
        let doc = buildSampleDoc().doc
        for (const r of recipes) {
          const cmd = commandFrom(doc, r)
          if (cmd) doc = applyCommand(doc, cmd)
        }
        const loaded = parseJourneyFile(stringifyEnvelope(serializeDoc(doc, APP)))
        expect(loaded.ok && loaded.value.repairs).toEqual([])
        expect(loaded.ok && loaded.value.doc).toEqual(doc)
      }),
      { numRuns: 150 },
    )
  })
})
