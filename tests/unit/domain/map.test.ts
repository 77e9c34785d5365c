import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  createCard,
  createJob,
  createLane,
  createLink,
  createPersona,
  createStage,
  createStep,
  newAction,
  type Command,
  type CommandType,
  type JourneyDoc,
} from '../../../src/domain'
import { actUndoRedo, buildSampleDoc, cell, expectConsistent, expectNoOps, expectOnlyChanged, type Sample } from './helpers'

describe('map', () => {
  it('renameMap retitles the map and nothing else', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'renameMap', title: 'Opening an account (v2)' }, (after, before) => {
      expect(after.map.title).toBe('Opening an account (v2)')
      expectOnlyChanged(before, after, { map: true })
    })
    expectNoOps(s.doc, [{ type: 'renameMap', title: 'Opening a bank account' }])
  })

  it('setMapDirection turns the map right-to-left and nothing else', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'setMapDirection', direction: 'rtl' }, (after, before) => {
      expect(after.map.direction).toBe('rtl')
      expect(after.map.stageIds).toBe(before.map.stageIds)
      expectOnlyChanged(before, after, { map: true })
    })
    expectNoOps(s.doc, [{ type: 'setMapDirection', direction: 'ltr' }])
  })
})

describe('batch', () => {
  it('applies its commands in order, each seeing the ones before, as one result', () => {
    const s = buildSampleDoc()
    const stage = createStage(s.doc.map.id, 'Stay')
    const step = createStep(s.doc.map.id, stage.id, 'Gets a statement')
    const card = createCard(s.doc.map.id, cell(s.lanes.pains, step.id), { text: 'Statement is a PDF only' })
    const link = createLink(s.doc.map.id, s.cards.cardDeclined, card.id)
    const commands: Command[] = [
      { type: 'addStage', stage, steps: [] },
      { type: 'addStep', step },
      { type: 'addCards', cards: [card] },
      { type: 'addLink', link },
      { type: 'renameStage', stageId: stage.id, title: 'Stay with us' },
    ]
    actUndoRedo(s.doc, { type: 'batch', commands }, (after, before) => {
      expect(after).toStrictEqual(commands.reduce(applyCommand, before))
      expect(after.stages[stage.id]).toMatchObject({ title: 'Stay with us', stepIds: [step.id] })
      expect(after.cards[card.id]?.place).toMatchObject({ stepId: step.id })
      expect(after.links[link.id]).toBeDefined()
      expectOnlyChanged(before, after, { map: true, stages: [stage.id], steps: [step.id], cards: [card.id], links: [link.id] })
    })
  })

  it('keeps the document when it is empty or every command in it is a no-op', () => {
    const s = buildSampleDoc()
    expectNoOps(s.doc, [
      { type: 'batch', commands: [] },
      { type: 'batch', commands: [{ type: 'renameMap', title: s.doc.map.title }, { type: 'deleteCards', cardIds: [] }] },
      { type: 'batch', commands: [{ type: 'batch', commands: [{ type: 'moveStage', stageId: s.stages.buy, toIndex: 1 }] }] },
    ])
  })

  it('a later command in the batch that depends on a refused one is refused too', () => {
    const s = buildSampleDoc()
    const card = createCard(s.doc.map.id, cell(s.lanes.pains, 'missing' as never))
    const link = createLink(s.doc.map.id, s.cards.advert, card.id)
    expectNoOps(s.doc, [{ type: 'batch', commands: [{ type: 'addCards', cards: [card] }, { type: 'addLink', link }] }])
  })
})

/** One command of every type that changes the sample. The mapped type makes a new command type fail to compile here until it has one. */
const changing: { [T in CommandType]: (s: Sample) => Extract<Command, { type: T }> } = {
  renameMap: () => ({ type: 'renameMap', title: 'x' }),
  setMapDirection: () => ({ type: 'setMapDirection', direction: 'rtl' }),
  setCardText: () => ({ type: 'setCardText', mode: 'compact' }),
  addStage: (s) => ({ type: 'addStage', stage: createStage(s.doc.map.id, 'x'), steps: [] }),
  renameStage: (s) => ({ type: 'renameStage', stageId: s.stages.use, title: 'x' }),
  recolorStage: (s) => ({ type: 'recolorStage', stageId: s.stages.use, color: '#000000' }),
  moveStage: (s) => ({ type: 'moveStage', stageId: s.stages.use, toIndex: 0 }),
  deleteStage: (s) => ({ type: 'deleteStage', stageId: s.stages.use }),
  addStep: (s) => ({ type: 'addStep', step: createStep(s.doc.map.id, s.stages.use, 'x') }),
  renameStep: (s) => ({ type: 'renameStep', stepId: s.steps.sees, title: 'x' }),
  moveStep: (s) => ({ type: 'moveStep', stepId: s.steps.sees, toStageId: s.stages.use, toIndex: 0 }),
  resizeStep: (s) => ({ type: 'resizeStep', stepId: s.steps.sees, width: 500 }),
  deleteStep: (s) => ({ type: 'deleteStep', stepId: s.steps.sees }),
  addLane: (s) => ({ type: 'addLane', lane: createLane(s.doc.map.id, 'text', 'x') }),
  renameLane: (s) => ({ type: 'renameLane', laneId: s.lanes.jobs, title: 'x' }),
  setLaneKind: (s) => ({ type: 'setLaneKind', laneId: s.lanes.jobs, kind: 'text' }),
  moveLane: (s) => ({ type: 'moveLane', laneId: s.lanes.jobs, toIndex: 3 }),
  resizeLane: (s) => ({ type: 'resizeLane', laneId: s.lanes.jobs, height: 300 }),
  setLaneCollapsed: (s) => ({ type: 'setLaneCollapsed', laneId: s.lanes.jobs, collapsed: true }),
  deleteLane: (s) => ({ type: 'deleteLane', laneId: s.lanes.jobs }),
  addCards: (s) => ({ type: 'addCards', cards: [createCard(s.doc.map.id, cell(s.lanes.jobs, s.steps.sees))] }),
  updateCards: (s) => ({ type: 'updateCards', cardIds: [s.cards.note], patch: { text: 'x' } }),
  moveCard: (s) => ({ type: 'moveCard', cardId: s.cards.note, to: cell(s.lanes.jobs, s.steps.sees) }),
  deleteCards: (s) => ({ type: 'deleteCards', cardIds: [s.cards.note] }),
  addLink: (s) => ({ type: 'addLink', link: createLink(s.doc.map.id, s.cards.note, s.cards.flyer) }),
  updateLink: (s) => ({ type: 'updateLink', linkId: s.links.formToDeclined, label: 'x' }),
  deleteLinks: (s) => ({ type: 'deleteLinks', linkIds: [s.links.formToDeclined] }),
  setEmotion: (s) => ({ type: 'setEmotion', stepId: s.steps.sees, personaId: s.personas.bo, felt: -1 }),
  addPersona: (s) => ({ type: 'addPersona', persona: createPersona(s.workshopId, 'x') }),
  updatePersona: (s) => ({ type: 'updatePersona', personaId: s.personas.bo, patch: { name: 'x' } }),
  deletePersona: (s) => ({ type: 'deletePersona', personaId: s.personas.bo }),
  setMapPersonas: (s) => ({ type: 'setMapPersonas', personaIds: [s.personas.bo] }),
  addJob: (s) => ({ type: 'addJob', job: createJob(s.workshopId, 'x') }),
  updateJob: (s) => ({ type: 'updateJob', jobId: s.job, patch: { situation: 'x' } }),
  deleteJob: (s) => ({ type: 'deleteJob', jobId: s.job }),
  addActions: (s) => ({ type: 'addActions', actions: [newAction(s.doc.map.id, [s.doc.cards[s.cards.advert]!], 1)] }),
  updateActions: (s) => ({ type: 'updateActions', actionIds: [s.action], patch: { status: 'planned' } }),
  deleteActions: (s) => ({ type: 'deleteActions', actionIds: [s.action] }),
  batch: (s) => ({ type: 'batch', commands: [{ type: 'renameMap', title: 'x' }, { type: 'deleteLinks', linkIds: [s.links.advertToWebsite] }] }),
}

/** Swaps every id a command refers to for `id`, so it points at nothing. */
function dangling(cmd: Command, id: string): Command {
  const swap = (value: unknown, key: string): unknown => {
    if (key === 'type' || key === 'title' || key === 'label' || key === 'color') return value
    if (typeof value === 'string') return id
    if (Array.isArray(value)) return value.map((v) => swap(v, ''))
    return value
  }
  return Object.fromEntries(Object.entries(cmd).map(([k, v]) => [k, swap(v, k)])) as Command
}

const referencing: CommandType[] = [
  'renameStage', 'recolorStage', 'moveStage', 'deleteStage', 'renameStep', 'moveStep', 'resizeStep', 'deleteStep',
  'renameLane', 'setLaneKind', 'moveLane', 'resizeLane', 'setLaneCollapsed', 'deleteLane', 'updateCards', 'moveCard',
  'deleteCards', 'updateLink', 'deleteLinks', 'setEmotion', 'updatePersona', 'deletePersona', 'updateJob', 'deleteJob',
  'updateActions', 'deleteActions',
]

describe('every command type', () => {
  it.each(Object.keys(changing) as CommandType[])('%s changes the sample without mutating it, and repeats exactly', (type) => {
    const s = buildSampleDoc()
    const cmd = (changing[type] as (s: Sample) => Command)(s)
    actUndoRedo(s.doc, cmd, (after: JourneyDoc, before: JourneyDoc) => {
      expect(after).not.toStrictEqual(before)
      expectConsistent(after)
    })
  })

  it.each(referencing)('%s pointing at missing records (even at names Object.prototype has) keeps the document', (type) => {
    const s = buildSampleDoc()
    const cmd = (changing[type] as (s: Sample) => Command)(s)
    expectNoOps(
      s.doc,
      ['gone', 'constructor', 'toString', '__proto__', 'hasOwnProperty'].map((id) => dangling(cmd, id)),
    )
  })
})
