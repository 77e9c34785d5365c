import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createLane, createStage, createStep, type CardId, type Command } from '../../../src/domain'
import {
  isDefaultControl,
  lockRefusal,
  NO_CONTROL,
  NO_FACILITATION,
  pruneControl,
  setCardsLocked,
  validateControl,
  validateFacilitation,
  type FacilitatorControl,
} from '../../../src/domain/facilitation'
import { buildSampleDoc, cell } from '../domain/helpers'

const sample = buildSampleDoc()
const { doc } = sample
const refusal = (control: FacilitatorControl, cmd: Command) => lockRefusal(doc, applyCommand(doc, cmd), control)
const gridLocked: FacilitatorControl = { ...NO_CONTROL, gridLocked: true }
const advertLocked: FacilitatorControl = { ...NO_CONTROL, lockedCardIds: [sample.cards.advert] }

describe('facilitator control: reading it', () => {
  it('reads what it can use and drops the rest, never throwing', () => {
    expect(validateControl(null)).toEqual(NO_CONTROL)
    expect(validateControl('locked')).toEqual(NO_CONTROL)
    expect(validateControl({ gridLocked: 'yes', lockedCardIds: 'a', participantsRunTimer: 1 })).toEqual(NO_CONTROL)
    expect(validateControl({ gridLocked: true, lockedCardIds: ['a', 'a', '__proto__', '', 7, 'b'], participantsRunTimer: true })).toEqual({
      gridLocked: true,
      lockedCardIds: ['a', 'b'],
      participantsRunTimer: true,
    })
  })

  it('a map without control (older files and rows) reads as nothing locked, and nothing locked is not stored', () => {
    expect(validateFacilitation({ agenda: null, votes: [] })).toEqual(NO_FACILITATION)
    expect(validateFacilitation({ agenda: null, votes: [], control: { gridLocked: false, lockedCardIds: [] } })).toEqual(NO_FACILITATION)
    expect(validateFacilitation({ control: { gridLocked: true } }).control).toEqual({ ...NO_CONTROL, gridLocked: true })
    expect(isDefaultControl(NO_CONTROL)).toBe(true)
    expect(isDefaultControl({ ...NO_CONTROL, participantsRunTimer: true })).toBe(false)
  })

  it('locks and unlocks cards without repeats, and forgets cards no longer on the map', () => {
    const a = 'a' as CardId
    const b = 'b' as CardId
    const locked = setCardsLocked(NO_CONTROL, [a, b, a], true)
    expect(locked.lockedCardIds).toEqual([a, b])
    expect(setCardsLocked(locked, [a], true)).toBe(locked)
    expect(setCardsLocked(locked, [a], false).lockedCardIds).toEqual([b])
    expect(setCardsLocked(locked, ['c' as CardId], false)).toBe(locked)
    const withSample = setCardsLocked(NO_CONTROL, [sample.cards.advert, a], true)
    expect(pruneControl(withSample, doc).lockedCardIds).toEqual([sample.cards.advert])
  })
})

describe('facilitator control: what a participant may not do', () => {
  it('with the grid locked, refuses every change to stages, steps and lanes', () => {
    const newStage = createStage(doc.map.id, 'New')
    const newLane = createLane(doc.map.id, 'actions', 'New lane')
    const grid: [Command, string][] = [
      [{ type: 'moveLane', laneId: sample.lanes.pains, toIndex: 0 }, 'lane'],
      [{ type: 'renameLane', laneId: sample.lanes.pains, title: 'Pains' }, 'lane'],
      [{ type: 'resizeLane', laneId: sample.lanes.pains, height: 400 }, 'lane'],
      [{ type: 'setLaneKind', laneId: sample.lanes.pains, kind: 'thoughts' }, 'lane'],
      [{ type: 'deleteLane', laneId: sample.lanes.pains }, 'lane'],
      [{ type: 'addLane', lane: newLane }, 'lane'],
      [{ type: 'moveStage', stageId: sample.stages.use, toIndex: 0 }, 'stage'],
      [{ type: 'renameStage', stageId: sample.stages.use, title: 'Use' }, 'stage'],
      [{ type: 'addStage', stage: newStage, steps: [createStep(doc.map.id, newStage.id, 's')] }, 'stage'],
      [{ type: 'deleteStage', stageId: sample.stages.use }, 'stage'],
      [{ type: 'renameStep', stepId: sample.steps.sees, title: 'Sees' }, 'step'],
      [{ type: 'resizeStep', stepId: sample.steps.sees, width: 500 }, 'step'],
      [{ type: 'moveStep', stepId: sample.steps.sees, toStageId: sample.stages.buy, toIndex: 0 }, 'stage'],
      [{ type: 'deleteStep', stepId: sample.steps.firstPayment }, 'stage'],
    ]
    for (const [cmd, kind] of grid) {
      expect(refusal(gridLocked, cmd), cmd.type).toBe(kind)
      expect(refusal(NO_CONTROL, cmd), cmd.type).toBeNull()
    }
  })

  it('with the grid locked, cards still move, change and come and go', () => {
    const card = createCard(doc.map.id, cell(sample.lanes.pains, sample.steps.sees), { text: 'new' })
    expect(refusal(gridLocked, { type: 'addCards', cards: [card] })).toBeNull()
    expect(refusal(gridLocked, { type: 'moveCard', cardId: sample.cards.advert, to: cell(sample.lanes.pains, sample.steps.sees) })).toBeNull()
    expect(refusal(gridLocked, { type: 'deleteCards', cardIds: [sample.cards.note] })).toBeNull()
  })

  it('refuses moving, editing or deleting a locked card, also inside a batch or by deleting its lane', () => {
    const move: Command = { type: 'moveCard', cardId: sample.cards.advert, to: cell(sample.lanes.pains, sample.steps.sees) }
    expect(refusal(advertLocked, move)).toBe('card')
    expect(refusal(advertLocked, { type: 'updateCards', cardIds: [sample.cards.advert], patch: { text: 'x' } })).toBe('card')
    expect(refusal(advertLocked, { type: 'deleteCards', cardIds: [sample.cards.note, sample.cards.advert] })).toBe('card')
    expect(refusal(advertLocked, { type: 'batch', commands: [{ type: 'updateCards', cardIds: [sample.cards.note], patch: { text: 'y' } }, move] })).toBe('card')
    expect(refusal(advertLocked, { type: 'deleteLane', laneId: sample.lanes.touchpoints })).toBe('card')
    // Other cards are free.
    expect(refusal(advertLocked, { type: 'updateCards', cardIds: [sample.cards.note], patch: { text: 'y' } })).toBeNull()
    expect(refusal(advertLocked, { type: 'deleteLane', laneId: sample.lanes.pains })).toBeNull()
  })

  it('a command that changes nothing is never refused', () => {
    expect(lockRefusal(doc, doc, { gridLocked: true, lockedCardIds: [sample.cards.advert], participantsRunTimer: false })).toBeNull()
  })
})
