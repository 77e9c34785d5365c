import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  cloneDocsWithNewIds,
  cloneDocWithNewIds,
  createMap,
  createStarterDoc,
  emotionIdFor,
  newId,
  orderedStepIds,
  RECORD_TABLES,
  type CardId,
  type JourneyDoc,
  type PersonaId,
  type WorkshopId,
} from '../../../src/domain'
import { buildSampleDoc, deepFreeze, expectConsistent } from './helpers'

function ids(doc: JourneyDoc): string[] {
  return [doc.map.id, doc.map.workshopId, ...RECORD_TABLES.flatMap((t) => Object.keys(doc[t]))]
}

function counts(doc: JourneyDoc): number[] {
  return RECORD_TABLES.map((t) => Object.keys(doc[t]).length)
}

/** The board as a person sees it: titles in order and what each card says where, with no ids in it. */
function picture(doc: JourneyDoc) {
  const stepTitle = (id: string) => doc.steps[id as never]?.title
  const cardText = (id: CardId) => doc.cards[id]?.text
  return {
    title: doc.map.title,
    stages: doc.map.stageIds.map((id) => doc.stages[id]?.title),
    steps: orderedStepIds(doc).map(stepTitle),
    lanes: doc.map.laneIds.map((id) => doc.lanes[id]?.title),
    cards: Object.values(doc.cards)
      .map((c) => [c.text, c.place.kind === 'cell' ? [doc.lanes[c.place.laneId]?.title, stepTitle(c.place.stepId), c.place.span] : c.place, c.personaIds.map((p) => doc.personas[p]?.name), c.jobId && doc.jobs[c.jobId]?.outcome])
      .sort(),
    links: Object.values(doc.links).map((l) => [cardText(l.from), cardText(l.to), l.label]).sort(),
    emotions: Object.values(doc.emotions).map((e) => [stepTitle(e.stepId), e.personaId && doc.personas[e.personaId]?.name, e.felt, e.intended]).sort(),
    personas: Object.values(doc.personas).map((p) => p.name).sort(),
    header: doc.map.personaIds.map((p) => doc.personas[p]?.name),
  }
}

describe('cloneDocWithNewIds', () => {
  it('gives every record a new id, leaves the source untouched and keeps what the board shows', () => {
    const s = buildSampleDoc()
    const before = structuredClone(s.doc)
    const workshopId = newId<WorkshopId>()
    const copy = cloneDocWithNewIds(s.doc, { workshopId, keepPeople: false }, 99)
    expect(s.doc).toStrictEqual(before)
    const json = JSON.stringify(copy)
    for (const id of ids(s.doc)) expect(json.includes(id), `${id} survived`).toBe(false)
    expect(counts(copy)).toEqual(counts(s.doc))
    expectConsistent(copy)
    expect(picture(copy)).toEqual(picture(s.doc))
    expect(copy.map).toMatchObject({ workshopId, createdAt: 99, deletedAt: null, title: s.doc.map.title })
  })

  it('by default keeps the workshop people and their ids, and a kept job also gains the copied steps', () => {
    const s = buildSampleDoc()
    const copy = cloneDocWithNewIds(s.doc, { workshopId: s.workshopId, title: 'Copy of onboarding' })
    expect(copy.map.title).toBe('Copy of onboarding')
    expect(copy.personas).toStrictEqual(s.doc.personas)
    expect(copy.map.personaIds).toEqual(s.doc.map.personaIds)
    expect(Object.keys(copy.jobs)).toEqual([s.job])
    const copiedSteps = orderedStepIds(copy)
    const [compares, fillsIn] = [copiedSteps[1], copiedSteps[2]]
    expect(copy.jobs[s.job]?.stepIds).toEqual([s.steps.compares, s.steps.fillsIn, compares, fillsIn])
    const json = JSON.stringify({ ...copy, personas: {}, jobs: {} })
    const sourceIds = ids(s.doc).filter((id) => id !== s.workshopId && !(id in s.doc.personas) && id !== s.job)
    for (const id of sourceIds) expect(json.includes(id), `${id} survived`).toBe(false)
    expectConsistent(copy, { jobStepsElsewhere: true })
    expect(picture(copy)).toEqual({ ...picture(s.doc), title: 'Copy of onboarding' })
  })

  it('derives emotion ids from the new step and persona, so setEmotion on the copy finds them', () => {
    const s = buildSampleDoc()
    const copy = deepFreeze(cloneDocWithNewIds(s.doc, { workshopId: s.workshopId }))
    for (const e of Object.values(copy.emotions)) expect(e.id).toBe(emotionIdFor(e.stepId, e.personaId))
    const fillsIn = orderedStepIds(copy)[2] as (typeof s.steps)['fillsIn']
    const after = applyCommand(copy, { type: 'setEmotion', stepId: fillsIn, personaId: s.personas.bo, felt: 1 })
    expect(Object.keys(after.emotions)).toHaveLength(Object.keys(copy.emotions).length)
    expect(after.emotions[emotionIdFor(fillsIn, s.personas.bo)]?.felt).toBe(1)
  })

  it('gives a copy that commands work on, with the same cascades as the source', () => {
    const s = buildSampleDoc()
    const copy = deepFreeze(cloneDocWithNewIds(s.doc, { workshopId: newId<WorkshopId>(), keepPeople: false }))
    const deleteFirst = (doc: JourneyDoc) => applyCommand(doc, { type: 'deleteStage', stageId: doc.map.stageIds[0] as never })
    expect(picture(deleteFirst(copy))).toEqual(picture(deleteFirst(s.doc)))
    expect(counts(deleteFirst(copy))).toEqual(counts(deleteFirst(s.doc)))
    const ada = Object.values(copy.personas).find((p) => p.name === 'Ada')?.id as PersonaId
    const withoutAda = applyCommand(copy, { type: 'deletePersona', personaId: ada })
    expect(picture(withoutAda)).toEqual(picture(applyCommand(s.doc, { type: 'deletePersona', personaId: s.personas.ada })))
    expectConsistent(withoutAda)
  })

  it('makes different ids every time', () => {
    const s = buildSampleDoc()
    const a = cloneDocWithNewIds(s.doc, { workshopId: s.workshopId, keepPeople: false })
    const b = cloneDocWithNewIds(s.doc, { workshopId: s.workshopId, keepPeople: false })
    const shared = ids(a).filter((id) => ids(b).includes(id))
    expect(shared).toEqual([s.workshopId])
  })

  it('revives a map from the trash and drops references to records the document does not hold', () => {
    const s = buildSampleDoc()
    const broken: JourneyDoc = {
      ...s.doc,
      map: { ...s.doc.map, deletedAt: 5, personaIds: [...s.doc.map.personaIds, 'gone' as PersonaId] },
      cards: { ...s.doc.cards, [s.cards.note]: { ...s.doc.cards[s.cards.note]!, personaIds: ['gone' as PersonaId], jobId: 'gone' as never } },
      links: { ...s.doc.links, [s.links.formToDeclined]: { ...s.doc.links[s.links.formToDeclined]!, to: 'gone' as CardId } },
    }
    const copy = cloneDocWithNewIds(broken, { workshopId: s.workshopId, keepPeople: false })
    expect(copy.map.deletedAt).toBeNull()
    expectConsistent(copy)
    expect(Object.keys(copy.links)).toHaveLength(1)
    expect(Object.values(copy.cards).find((c) => c.text === s.doc.cards[s.cards.note]?.text)).toMatchObject({ personaIds: [], jobId: null })
  })
})

describe('cloneDocsWithNewIds', () => {
  it('gives the maps of a duplicated workshop one new id per shared persona and job', () => {
    const s = buildSampleDoc()
    const second: JourneyDoc = {
      ...createStarterDoc(createMap(s.workshopId, 'Closing an account'), { stages: ['Decide'], step: (n) => `S${n}`, lanes: [['touchpoints', 'T']] }),
      personas: s.doc.personas,
      jobs: s.doc.jobs,
    }
    const workshopId = newId<WorkshopId>()
    const [a, b] = cloneDocsWithNewIds([s.doc, second], { workshopId, keepPeople: false }, 7)
    expect(a && b).toBeTruthy()
    expect(Object.keys(a!.personas).sort()).toEqual(Object.keys(b!.personas).sort())
    expect(Object.keys(a!.personas)).not.toContain(s.personas.ada)
    expect(a!.jobs).toStrictEqual(b!.jobs)
    expect(b!.map).toMatchObject({ workshopId, title: 'Closing an account', createdAt: 7 })
    expect(a!.map.id).not.toBe(b!.map.id)
    expectConsistent(a!)
    expectConsistent(b!, { jobStepsElsewhere: true })
  })
})
