import { describe, expect, it } from 'vitest'
import {
  createLane,
  createStage,
  createStep,
  DEFAULT_LANE_HEIGHT,
  DEFAULT_STEP_WIDTH,
  emotionIdFor,
  MAX_LANE_HEIGHT,
  MAX_STEP_WIDTH,
  MIN_LANE_HEIGHT,
  MIN_STEP_WIDTH,
  newId,
  orderedStepIds,
  type LaneId,
  type StageId,
  type StepId,
} from '../../../src/domain'
import { actUndoRedo, buildSampleDoc, expectNoOps, expectOnlyChanged, expectSetsField } from './helpers'

const missingStage = 'no-such-stage' as StageId
const missingStep = 'no-such-step' as StepId
const missingLane = 'no-such-lane' as LaneId

describe('stages', () => {
  it('addStage inserts the stage with its steps at the index and owns them', () => {
    const s = buildSampleDoc()
    const stage = createStage(s.doc.map.id, 'Stay')
    const steps = [createStep(s.doc.map.id, stage.id, 'Gets a statement', 50), createStep(s.doc.map.id, missingStage, 'Calls support', Number.NaN)]
    actUndoRedo(s.doc, { type: 'addStage', stage, steps, index: 1 }, (after, before) => {
      expect(after.map.stageIds).toEqual([s.stages.discover, stage.id, s.stages.buy, s.stages.use])
      expect(after.stages[stage.id]?.stepIds).toEqual(steps.map((x) => x.id))
      expect(steps.map((x) => after.steps[x.id]?.stageId)).toEqual([stage.id, stage.id])
      expect(steps.map((x) => after.steps[x.id]?.width)).toEqual([MIN_STEP_WIDTH, DEFAULT_STEP_WIDTH])
      expect(orderedStepIds(after).slice(2, 4)).toEqual(steps.map((x) => x.id))
      expectOnlyChanged(before, after, { map: true, stages: [stage.id], steps: steps.map((x) => x.id) })
    })
  })

  it('addStage refuses an existing stage id or step ids that are taken or repeated', () => {
    const s = buildSampleDoc()
    const fresh = createStage(s.doc.map.id, 'Stay')
    const step = createStep(s.doc.map.id, fresh.id, 'x')
    expectNoOps(s.doc, [
      { type: 'addStage', stage: { ...fresh, id: s.stages.buy }, steps: [] },
      { type: 'addStage', stage: fresh, steps: [{ ...step, id: s.steps.sees }] },
      { type: 'addStage', stage: fresh, steps: [step, step] },
    ])
  })

  it('renameStage and recolorStage change that stage only', () => {
    const s = buildSampleDoc()
    expectSetsField(s.doc, { type: 'renameStage', stageId: s.stages.buy, title: 'Apply' }, 'stages', s.stages.buy, 'title', 'Apply')
    expectSetsField(s.doc, { type: 'recolorStage', stageId: s.stages.use, color: '#ffedd5' }, 'stages', s.stages.use, 'color', '#ffedd5')
    expectNoOps(s.doc, [
      { type: 'renameStage', stageId: s.stages.buy, title: 'Sign up' },
      { type: 'renameStage', stageId: missingStage, title: 'x' },
      { type: 'recolorStage', stageId: s.stages.use, color: '#fef9c3' },
      { type: 'recolorStage', stageId: missingStage, color: '#000000' },
    ])
  })

  it('moveStage reorders the stages and clamps the index', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'moveStage', stageId: s.stages.use, toIndex: 0 }, (after, before) => {
      expect(after.map.stageIds).toEqual([s.stages.use, s.stages.discover, s.stages.buy])
      expect(orderedStepIds(after)[0]).toBe(s.steps.firstPayment)
      expectOnlyChanged(before, after, { map: true })
    })
    actUndoRedo(s.doc, { type: 'moveStage', stageId: s.stages.discover, toIndex: 99 }, (after) => {
      expect(after.map.stageIds).toEqual([s.stages.buy, s.stages.use, s.stages.discover])
    })
    expectNoOps(s.doc, [
      { type: 'moveStage', stageId: s.stages.buy, toIndex: 1 },
      { type: 'moveStage', stageId: s.stages.use, toIndex: 7 },
      { type: 'moveStage', stageId: missingStage, toIndex: 0 },
    ])
  })

  it('deleteStage takes its steps, the cards starting there, their links, emotion points and job steps', () => {
    const s = buildSampleDoc()
    const goneEmotions = [emotionIdFor(s.steps.sees, null), emotionIdFor(s.steps.compares, s.personas.ada)]
    actUndoRedo(s.doc, { type: 'deleteStage', stageId: s.stages.discover }, (after, before) => {
      expect(after.map.stageIds).toEqual([s.stages.buy, s.stages.use])
      expect(after.stages[s.stages.discover]).toBeUndefined()
      expect(after.steps[s.steps.sees]).toBeUndefined()
      expect(after.steps[s.steps.compares]).toBeUndefined()
      expect(Object.keys(after.cards).sort()).toEqual([s.cards.getPaid, s.cards.formPain, s.cards.cardDeclined, s.cards.note].sort())
      expect(Object.keys(after.links)).toEqual([s.links.formToDeclined])
      for (const id of goneEmotions) expect(after.emotions[id]).toBeUndefined()
      expect(Object.keys(after.emotions)).toHaveLength(3)
      expect(after.jobs[s.job]?.stepIds).toEqual([s.steps.fillsIn])
      expectOnlyChanged(before, after, {
        map: true,
        stages: [s.stages.discover],
        steps: [s.steps.sees, s.steps.compares],
        cards: [s.cards.advert, s.cards.flyer, s.cards.website],
        links: [s.links.advertToWebsite],
        emotions: goneEmotions,
        jobs: [s.job],
      })
    })
  })

  it('deleteStage shrinks a card that spans into it from the stage before', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteStage', stageId: s.stages.buy }, (after) => {
      const website = after.cards[s.cards.website]
      expect(website?.place).toMatchObject({ kind: 'cell', stepId: s.steps.compares, span: 1 })
      expect(after.cards[s.cards.getPaid]).toBeUndefined()
      expect(after.cards[s.cards.formPain]).toBeUndefined()
      expect(after.links[s.links.formToDeclined]).toBeUndefined()
      expect(after.cards[s.cards.cardDeclined]).toBe(s.doc.cards[s.cards.cardDeclined])
      expect(after.jobs[s.job]?.stepIds).toEqual([s.steps.compares])
    })
    expectNoOps(s.doc, [{ type: 'deleteStage', stageId: missingStage }, { type: 'deleteStage', stageId: 'constructor' as StageId }])
  })
})

describe('steps', () => {
  it('addStep inserts the step into its stage at the index, width clamped', () => {
    const s = buildSampleDoc()
    const step = createStep(s.doc.map.id, s.stages.buy, 'Chooses a card', 10)
    actUndoRedo(s.doc, { type: 'addStep', step, index: 1 }, (after, before) => {
      expect(after.stages[s.stages.buy]?.stepIds).toEqual([s.steps.fillsIn, step.id, s.steps.verifies])
      expect(after.steps[step.id]).toEqual({ ...step, width: MIN_STEP_WIDTH })
      expectOnlyChanged(before, after, { stages: [s.stages.buy], steps: [step.id] })
    })
    actUndoRedo(s.doc, { type: 'addStep', step: { ...step, width: Number.NaN } }, (after) => {
      expect(after.stages[s.stages.buy]?.stepIds.at(-1)).toBe(step.id)
      expect(after.steps[step.id]?.width).toBe(DEFAULT_STEP_WIDTH)
    })
    expectNoOps(s.doc, [
      { type: 'addStep', step: { ...step, stageId: missingStage } },
      { type: 'addStep', step: { ...step, id: s.steps.sees } },
    ])
  })

  it('renameStep changes that step only', () => {
    const s = buildSampleDoc()
    expectSetsField(s.doc, { type: 'renameStep', stepId: s.steps.verifies, title: 'Uploads a passport' }, 'steps', s.steps.verifies, 'title', 'Uploads a passport')
    expectNoOps(s.doc, [
      { type: 'renameStep', stepId: s.steps.verifies, title: 'Verifies identity' },
      { type: 'renameStep', stepId: missingStep, title: 'x' },
    ])
  })

  it('moveStep reorders within a stage', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'moveStep', stepId: s.steps.sees, toStageId: s.stages.discover, toIndex: 1 }, (after, before) => {
      expect(after.stages[s.stages.discover]?.stepIds).toEqual([s.steps.compares, s.steps.sees])
      expectOnlyChanged(before, after, { stages: [s.stages.discover] })
    })
  })

  it('moveStep across stages moves the step and keeps its cards with it', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'moveStep', stepId: s.steps.verifies, toStageId: s.stages.discover, toIndex: 0 }, (after, before) => {
      expect(after.stages[s.stages.discover]?.stepIds).toEqual([s.steps.verifies, s.steps.sees, s.steps.compares])
      expect(after.stages[s.stages.buy]?.stepIds).toEqual([s.steps.fillsIn])
      expect(after.steps[s.steps.verifies]?.stageId).toBe(s.stages.discover)
      expect(orderedStepIds(after)[0]).toBe(s.steps.verifies)
      expectOnlyChanged(before, after, { stages: [s.stages.discover, s.stages.buy], steps: [s.steps.verifies] })
    })
    expectNoOps(s.doc, [
      { type: 'moveStep', stepId: s.steps.sees, toStageId: s.stages.discover, toIndex: 0 },
      { type: 'moveStep', stepId: missingStep, toStageId: s.stages.discover, toIndex: 0 },
      { type: 'moveStep', stepId: s.steps.sees, toStageId: missingStage, toIndex: 0 },
    ])
  })

  it('resizeStep clamps the width and ignores a width that is not a number', () => {
    const s = buildSampleDoc()
    const resize = (width: number) => ({ type: 'resizeStep', stepId: s.steps.compares, width }) as const
    actUndoRedo(s.doc, resize(480), (after, before) => {
      expect(after.steps[s.steps.compares]?.width).toBe(480)
      expectOnlyChanged(before, after, { steps: [s.steps.compares] })
    })
    actUndoRedo(s.doc, resize(3), (after) => expect(after.steps[s.steps.compares]?.width).toBe(MIN_STEP_WIDTH))
    actUndoRedo(s.doc, resize(1e9), (after) => expect(after.steps[s.steps.compares]?.width).toBe(MAX_STEP_WIDTH))
    expectNoOps(s.doc, [resize(DEFAULT_STEP_WIDTH), resize(Number.NaN), resize(Infinity), { type: 'resizeStep', stepId: missingStep, width: 300 }])
  })

  it('deleteStep takes the cards starting there, their links, emotion points and job steps', () => {
    const s = buildSampleDoc()
    const gone = emotionIdFor(s.steps.compares, s.personas.ada)
    actUndoRedo(s.doc, { type: 'deleteStep', stepId: s.steps.compares }, (after, before) => {
      expect(after.stages[s.stages.discover]?.stepIds).toEqual([s.steps.sees])
      expect(after.cards[s.cards.website]).toBeUndefined()
      expect(after.links[s.links.advertToWebsite]).toBeUndefined()
      expect(after.emotions[gone]).toBeUndefined()
      expect(after.jobs[s.job]?.stepIds).toEqual([s.steps.fillsIn])
      expectOnlyChanged(before, after, {
        stages: [s.stages.discover],
        steps: [s.steps.compares],
        cards: [s.cards.website],
        links: [s.links.advertToWebsite],
        emotions: [gone],
        jobs: [s.job],
      })
    })
  })

  it('deleteStep shrinks the span of a card that covers it', () => {
    const s = buildSampleDoc()
    const gone = [emotionIdFor(s.steps.fillsIn, s.personas.ada), emotionIdFor(s.steps.fillsIn, s.personas.bo)]
    actUndoRedo(s.doc, { type: 'deleteStep', stepId: s.steps.fillsIn }, (after, before) => {
      expect(after.cards[s.cards.website]?.place).toEqual({ ...before.cards[s.cards.website]?.place, span: 1 })
      expect(after.cards[s.cards.getPaid]).toBeUndefined()
      expectOnlyChanged(before, after, {
        stages: [s.stages.buy],
        steps: [s.steps.fillsIn],
        cards: [s.cards.website, s.cards.getPaid],
        emotions: gone,
        jobs: [s.job],
      })
    })
    expectNoOps(s.doc, [{ type: 'deleteStep', stepId: missingStep }, { type: 'deleteStep', stepId: 'toString' as StepId }])
  })
})

describe('lanes', () => {
  it('addLane inserts the lane at the index with its height clamped', () => {
    const s = buildSampleDoc()
    const lane = createLane(newId(), 'opportunities', 'Opportunities', 9999)
    actUndoRedo(s.doc, { type: 'addLane', lane, index: 1 }, (after, before) => {
      expect(after.map.laneIds).toEqual([s.lanes.touchpoints, lane.id, s.lanes.jobs, s.lanes.pains, s.lanes.emotions])
      expect(after.lanes[lane.id]).toEqual({ ...lane, mapId: s.doc.map.id, height: MAX_LANE_HEIGHT })
      expectOnlyChanged(before, after, { map: true, lanes: [lane.id] })
    })
    actUndoRedo(s.doc, { type: 'addLane', lane: { ...lane, height: Number.NaN } }, (after) => {
      expect(after.map.laneIds.at(-1)).toBe(lane.id)
      expect(after.lanes[lane.id]?.height).toBe(DEFAULT_LANE_HEIGHT)
    })
    expectNoOps(s.doc, [{ type: 'addLane', lane: { ...lane, id: s.lanes.pains } }])
  })

  it('renameLane, setLaneKind and setLaneCollapsed change that lane only', () => {
    const s = buildSampleDoc()
    expectSetsField(s.doc, { type: 'renameLane', laneId: s.lanes.pains, title: 'Frustrations' }, 'lanes', s.lanes.pains, 'title', 'Frustrations')
    expectSetsField(s.doc, { type: 'setLaneKind', laneId: s.lanes.pains, kind: 'opportunities' }, 'lanes', s.lanes.pains, 'kind', 'opportunities')
    expectSetsField(s.doc, { type: 'setLaneCollapsed', laneId: s.lanes.jobs, collapsed: true }, 'lanes', s.lanes.jobs, 'collapsed', true)
    expectNoOps(s.doc, [
      { type: 'renameLane', laneId: s.lanes.pains, title: 'Pain points' },
      { type: 'renameLane', laneId: missingLane, title: 'x' },
      { type: 'setLaneKind', laneId: s.lanes.pains, kind: 'painPoints' },
      { type: 'setLaneKind', laneId: missingLane, kind: 'text' },
      { type: 'setLaneCollapsed', laneId: s.lanes.jobs, collapsed: false },
      { type: 'setLaneCollapsed', laneId: missingLane, collapsed: true },
    ])
  })

  it('moveLane reorders the lanes', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'moveLane', laneId: s.lanes.emotions, toIndex: 0 }, (after, before) => {
      expect(after.map.laneIds).toEqual([s.lanes.emotions, s.lanes.touchpoints, s.lanes.jobs, s.lanes.pains])
      expectOnlyChanged(before, after, { map: true })
    })
    expectNoOps(s.doc, [
      { type: 'moveLane', laneId: s.lanes.jobs, toIndex: 1 },
      { type: 'moveLane', laneId: s.lanes.touchpoints, toIndex: -5 },
      { type: 'moveLane', laneId: missingLane, toIndex: 0 },
    ])
  })

  it('resizeLane clamps the height and ignores a height that is not a number', () => {
    const s = buildSampleDoc()
    const resize = (height: number) => ({ type: 'resizeLane', laneId: s.lanes.touchpoints, height }) as const
    actUndoRedo(s.doc, resize(240), (after, before) => {
      expect(after.lanes[s.lanes.touchpoints]?.height).toBe(240)
      expectOnlyChanged(before, after, { lanes: [s.lanes.touchpoints] })
    })
    actUndoRedo(s.doc, resize(-20), (after) => expect(after.lanes[s.lanes.touchpoints]?.height).toBe(MIN_LANE_HEIGHT))
    expectNoOps(s.doc, [resize(DEFAULT_LANE_HEIGHT), resize(Number.NaN), { type: 'resizeLane', laneId: missingLane, height: 300 }])
  })

  it('deleteLane takes its cards and their links, and nothing else', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteLane', laneId: s.lanes.pains }, (after, before) => {
      expect(after.map.laneIds).toEqual([s.lanes.touchpoints, s.lanes.jobs, s.lanes.emotions])
      expect(after.cards[s.cards.formPain]).toBeUndefined()
      expect(after.cards[s.cards.cardDeclined]).toBeUndefined()
      expect(after.links[s.links.formToDeclined]).toBeUndefined()
      expectOnlyChanged(before, after, {
        map: true,
        lanes: [s.lanes.pains],
        cards: [s.cards.formPain, s.cards.cardDeclined],
        links: [s.links.formToDeclined],
      })
    })
    actUndoRedo(s.doc, { type: 'deleteLane', laneId: s.lanes.emotions }, (after, before) => {
      expectOnlyChanged(before, after, { map: true, lanes: [s.lanes.emotions] })
    })
    expectNoOps(s.doc, [{ type: 'deleteLane', laneId: missingLane }])
  })
})
