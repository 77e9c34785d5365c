import { describe, expect, it } from 'vitest'
import {
  createCard,
  createJob,
  createMap,
  createStarterDoc,
  createWorkshop,
  DEFAULT_LANE_HEIGHT,
  DEFAULT_STEP_WIDTH,
  emptyDoc,
  isSafeId,
  newId,
  orderedStepIds,
  RECORD_TABLES,
  STAGE_COLORS,
  type JourneyDoc,
  type WorkshopId,
} from '../../../src/domain'
import { buildSampleDoc, cell, expectConsistent } from './helpers'

const titles = {
  stages: ['Aware', 'Join', 'Use'],
  step: (n: number) => `Step ${n}`,
  lanes: [
    ['touchpoints', 'Touchpoints'],
    ['emotions', 'Feelings'],
    ['painPoints', 'Pain points'],
  ],
} as const

function allIds(doc: JourneyDoc): string[] {
  return [doc.map.id, ...RECORD_TABLES.flatMap((t) => Object.keys(doc[t]))]
}

describe('factories', () => {
  it('createWorkshop and createMap start live, stamped with the given time', () => {
    const workshop = createWorkshop({ title: 'Retail bank', facilitator: 'Lin' }, 42)
    expect(workshop).toMatchObject({ title: 'Retail bank', facilitator: 'Lin', date: '', createdAt: 42, updatedAt: 42, deletedAt: null })
    const map = createMap(workshop.id, 'Onboarding', 43)
    expect(map).toMatchObject({ workshopId: workshop.id, direction: 'ltr', stageIds: [], laneIds: [], personaIds: [], createdAt: 43, deletedAt: null })
    expect(isSafeId(workshop.id) && isSafeId(map.id)).toBe(true)
    expect(emptyDoc(map)).toEqual({ map, stages: {}, steps: {}, lanes: {}, cards: {}, links: {}, emotions: {}, personas: {}, jobs: {}, actions: {} })
  })

  it('createStarterDoc gives each stage two steps and the lanes in order, titles from the caller', () => {
    const map = createMap(newId<WorkshopId>(), 'New map', 0)
    const doc = createStarterDoc(map, titles)
    expectConsistent(doc)
    expect(doc.map.stageIds.map((id) => doc.stages[id]?.title)).toEqual(['Aware', 'Join', 'Use'])
    expect(doc.map.stageIds.map((id) => doc.stages[id]?.color)).toEqual(STAGE_COLORS.slice(0, 3))
    expect(orderedStepIds(doc).map((id) => doc.steps[id]?.title)).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6'])
    expect(Object.values(doc.steps).every((s) => s.width === DEFAULT_STEP_WIDTH)).toBe(true)
    expect(doc.map.laneIds.map((id) => [doc.lanes[id]?.kind, doc.lanes[id]?.title, doc.lanes[id]?.height])).toEqual([
      ['touchpoints', 'Touchpoints', DEFAULT_LANE_HEIGHT],
      ['emotions', 'Feelings', 200],
      ['painPoints', 'Pain points', DEFAULT_LANE_HEIGHT],
    ])
    expect(Object.keys(doc.cards)).toHaveLength(0)
  })

  it('every id a factory makes is safe and unique', () => {
    const docs = Array.from({ length: 20 }, () => createStarterDoc(createMap(newId<WorkshopId>(), 'm'), titles))
    const ids = docs.flatMap(allIds)
    expect(ids).toHaveLength(20 * (1 + 3 + 6 + 3))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every(isSafeId)).toBe(true)
  })

  it('createCard and createJob fill defaults that the given fields override', () => {
    const s = buildSampleDoc()
    const card = createCard(s.doc.map.id, cell(s.lanes.pains, s.steps.sees), { text: 'Long queue', sentiment: 'friction' })
    expect(card).toMatchObject({ text: 'Long queue', sentiment: 'friction', shape: 'note', color: null, channel: null, metrics: [], personaIds: [], jobId: null })
    expect(createCard(s.doc.map.id, { kind: 'free', x: 0, y: 0, width: 80, height: 40 }, { shape: 'text' }).shape).toBe('text')
    expect(createJob(s.workshopId, 'a', 'b', 'c')).toMatchObject({ situation: 'a', motivation: 'b', outcome: 'c', personaIds: [], stepIds: [] })
  })

  it('isSafeId refuses what cannot be a record key', () => {
    for (const bad of ['', '__proto__', 'constructor', 'a b', 'x'.repeat(65), 'é', 7, null]) expect(isSafeId(bad), String(bad)).toBe(false)
    for (const good of ['a', 'A-z_09', 'x'.repeat(64)]) expect(isSafeId(good)).toBe(true)
  })

  it('the sample fixture is itself consistent', () => {
    expectConsistent(buildSampleDoc().doc)
  })
})
