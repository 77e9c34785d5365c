import type { Command } from './commands'
import type { StageId, StepId } from './ids'
import { clampSize, getRecord, hasRecord, insertAt, moveInArray, patchRecord, putRecord, putRecords, removeRecords, without } from './records'
import { removeCardsAndLinks } from './applyContent'
import { isHex, isLaneKind, roomFor } from './bounds'
import { STAGE_COLORS } from './factories'
import { isSafeId } from './ids'
import { cleanLine } from './text'
import type { JourneyDoc } from './types'
import { DEFAULT_LANE_HEIGHT, DEFAULT_STEP_WIDTH, MAX_LANE_HEIGHT, MAX_STEP_WIDTH, MIN_LANE_HEIGHT, MIN_STEP_WIDTH } from './types'

type GridCommand = Extract<
  Command,
  {
    type:
      | 'addStage'
      | 'renameStage'
      | 'recolorStage'
      | 'moveStage'
      | 'deleteStage'
      | 'addStep'
      | 'renameStep'
      | 'moveStep'
      | 'resizeStep'
      | 'deleteStep'
      | 'addLane'
      | 'renameLane'
      | 'setLaneKind'
      | 'moveLane'
      | 'resizeLane'
      | 'setLaneCollapsed'
      | 'deleteLane'
  }
>

export function applyGridCommand(doc: JourneyDoc, cmd: GridCommand): JourneyDoc {
  switch (cmd.type) {
    case 'addStage': {
      if (hasRecord(doc.stages, cmd.stage.id) || !isSafeId(cmd.stage.id) || roomFor(doc, 'stages') < 1) return doc
      const stepIds = cmd.steps.map((s) => s.id)
      // A reused step id would silently take the step away from its own stage.
      if (new Set(stepIds).size !== stepIds.length || stepIds.some((id) => hasRecord(doc.steps, id) || !isSafeId(id))) return doc
      if (roomFor(doc, 'steps') < stepIds.length) return doc
      const color = isHex(cmd.stage.color) ? cmd.stage.color : STAGE_COLORS[0]
      const stage = { id: cmd.stage.id, mapId: doc.map.id, title: cleanLine(cmd.stage.title), color, stepIds }
      const steps = cmd.steps.map((s) => ({ id: s.id, mapId: doc.map.id, stageId: stage.id, title: cleanLine(s.title), width: stepWidth(s.width, DEFAULT_STEP_WIDTH) }))
      return {
        ...doc,
        map: { ...doc.map, stageIds: insertAt(doc.map.stageIds, stage.id, cmd.index) },
        stages: putRecord(doc.stages, stage.id, stage),
        steps: putRecords(doc.steps, steps),
      }
    }
    case 'renameStage':
      return updateStage(doc, cmd.stageId, { title: cleanLine(cmd.title) })
    case 'recolorStage':
      return isHex(cmd.color) ? updateStage(doc, cmd.stageId, { color: cmd.color }) : doc
    case 'moveStage': {
      const stageIds = moveInArray(doc.map.stageIds, cmd.stageId, cmd.toIndex)
      return stageIds === doc.map.stageIds ? doc : fitSpans({ ...doc, map: { ...doc.map, stageIds } })
    }
    case 'deleteStage': {
      const stage = getRecord(doc.stages, cmd.stageId)
      if (!stage) return doc
      const cleared = removeSteps(doc, new Set(stage.stepIds))
      return {
        ...cleared,
        map: { ...cleared.map, stageIds: without(cleared.map.stageIds, cmd.stageId) },
        stages: removeRecords(cleared.stages, [cmd.stageId]),
      }
    }
    case 'addStep': {
      const stage = getRecord(doc.stages, cmd.step.stageId)
      if (!stage || hasRecord(doc.steps, cmd.step.id) || !isSafeId(cmd.step.id) || roomFor(doc, 'steps') < 1) return doc
      const step = { id: cmd.step.id, mapId: doc.map.id, stageId: stage.id, title: cleanLine(cmd.step.title), width: stepWidth(cmd.step.width, DEFAULT_STEP_WIDTH) }
      return {
        ...doc,
        stages: putRecord(doc.stages, stage.id, { ...stage, stepIds: insertAt(stage.stepIds, step.id, cmd.index) }),
        steps: putRecord(doc.steps, step.id, step),
      }
    }
    case 'renameStep':
      return updateStep(doc, cmd.stepId, { title: cleanLine(cmd.title) })
    case 'resizeStep': {
      const step = getRecord(doc.steps, cmd.stepId)
      return step ? updateStep(doc, step.id, { width: stepWidth(cmd.width, step.width) }) : doc
    }
    case 'moveStep': {
      const moved = moveStep(doc, cmd.stepId, cmd.toStageId, cmd.toIndex)
      return moved === doc ? doc : fitSpans(moved)
    }
    case 'deleteStep':
      return hasRecord(doc.steps, cmd.stepId) ? removeSteps(doc, new Set([cmd.stepId])) : doc
    case 'addLane': {
      if (hasRecord(doc.lanes, cmd.lane.id) || !isSafeId(cmd.lane.id) || !isLaneKind(cmd.lane.kind) || roomFor(doc, 'lanes') < 1) return doc
      const lane = {
        id: cmd.lane.id,
        mapId: doc.map.id,
        kind: cmd.lane.kind,
        title: cleanLine(cmd.lane.title),
        height: laneHeight(cmd.lane.height, DEFAULT_LANE_HEIGHT),
        collapsed: cmd.lane.collapsed === true,
      }
      return {
        ...doc,
        map: { ...doc.map, laneIds: insertAt(doc.map.laneIds, lane.id, cmd.index) },
        lanes: putRecord(doc.lanes, lane.id, lane),
      }
    }
    case 'renameLane':
      return updateLane(doc, cmd.laneId, { title: cleanLine(cmd.title) })
    case 'setLaneKind':
      return isLaneKind(cmd.kind) ? updateLane(doc, cmd.laneId, { kind: cmd.kind }) : doc
    case 'resizeLane': {
      const lane = getRecord(doc.lanes, cmd.laneId)
      return lane ? updateLane(doc, lane.id, { height: laneHeight(cmd.height, lane.height) }) : doc
    }
    case 'setLaneCollapsed':
      return updateLane(doc, cmd.laneId, { collapsed: cmd.collapsed === true })
    case 'moveLane': {
      const laneIds = moveInArray(doc.map.laneIds, cmd.laneId, cmd.toIndex)
      return laneIds === doc.map.laneIds ? doc : { ...doc, map: { ...doc.map, laneIds } }
    }
    case 'deleteLane': {
      if (!hasRecord(doc.lanes, cmd.laneId)) return doc
      const cardIds = Object.values(doc.cards)
        .filter((c) => c.place.kind === 'cell' && c.place.laneId === cmd.laneId)
        .map((c) => c.id)
      const cleared = removeCardsAndLinks(doc, cardIds)
      return {
        ...cleared,
        map: { ...cleared.map, laneIds: without(cleared.map.laneIds, cmd.laneId) },
        lanes: removeRecords(cleared.lanes, [cmd.laneId]),
      }
    }
  }
}

function updateStage(doc: JourneyDoc, id: StageId, patch: { title?: string; color?: string }): JourneyDoc {
  const stage = getRecord(doc.stages, id)
  if (!stage) return doc
  const stages = putRecord(doc.stages, id, patchRecord(stage, patch))
  return stages === doc.stages ? doc : { ...doc, stages }
}

function updateStep(doc: JourneyDoc, id: StepId, patch: { title?: string; width?: number }): JourneyDoc {
  const step = getRecord(doc.steps, id)
  if (!step) return doc
  const steps = putRecord(doc.steps, id, patchRecord(step, patch))
  return steps === doc.steps ? doc : { ...doc, steps }
}

function updateLane(doc: JourneyDoc, id: JourneyDoc['map']['laneIds'][number], patch: Partial<JourneyDoc['lanes'][typeof id]>): JourneyDoc {
  const lane = getRecord(doc.lanes, id)
  if (!lane) return doc
  const lanes = putRecord(doc.lanes, id, patchRecord(lane, patch))
  return lanes === doc.lanes ? doc : { ...doc, lanes }
}

function moveStep(doc: JourneyDoc, stepId: StepId, toStageId: StageId, toIndex: number): JourneyDoc {
  const step = getRecord(doc.steps, stepId)
  const target = getRecord(doc.stages, toStageId)
  if (!step || !target) return doc
  if (step.stageId === toStageId) {
    const stepIds = moveInArray(target.stepIds, stepId, toIndex)
    return stepIds === target.stepIds ? doc : { ...doc, stages: putRecord(doc.stages, target.id, { ...target, stepIds }) }
  }
  const source = getRecord(doc.stages, step.stageId)
  let stages = doc.stages
  if (source) stages = putRecord(stages, source.id, { ...source, stepIds: without(source.stepIds, stepId) })
  stages = putRecord(stages, target.id, { ...target, stepIds: insertAt(target.stepIds, stepId, toIndex) })
  return { ...doc, stages, steps: putRecord(doc.steps, stepId, { ...step, stageId: toStageId }) }
}

/**
 * Removes steps and everything that hangs on them: cards that start there, emotion points, job
 * references. A card that starts earlier and stretches over a removed step loses that much span.
 */
function removeSteps(doc: JourneyDoc, stepIds: ReadonlySet<StepId>): JourneyDoc {
  const order = orderedStepIds(doc)
  const doomedCards = Object.values(doc.cards)
    .filter((c) => c.place.kind === 'cell' && stepIds.has(c.place.stepId))
    .map((c) => c.id)
  let next = removeCardsAndLinks(doc, doomedCards)
  const shrunk = Object.values(next.cards).flatMap((card) => {
    if (card.place.kind !== 'cell' || card.place.span <= 1) return []
    const start = order.indexOf(card.place.stepId)
    if (start < 0) return []
    const covered = order.slice(start, start + card.place.span)
    const lost = covered.filter((id) => stepIds.has(id)).length
    return lost > 0 ? [{ ...card, place: { ...card.place, span: Math.max(1, card.place.span - lost) } }] : []
  })
  next = { ...next, cards: putRecords(next.cards, shrunk) }
  const emotions = Object.values(next.emotions)
    .filter((e) => stepIds.has(e.stepId))
    .map((e) => e.id)
  const jobs = Object.values(next.jobs).flatMap((job) => {
    const kept = without(job.stepIds, stepIds as Set<StepId>)
    return kept === job.stepIds ? [] : [{ ...job, stepIds: kept }]
  })
  const stages = Object.values(next.stages).flatMap((stage) => {
    const kept = without(stage.stepIds, stepIds as Set<StepId>)
    return kept === stage.stepIds ? [] : [{ ...stage, stepIds: kept }]
  })
  return {
    ...next,
    stages: putRecords(next.stages, stages),
    steps: removeRecords(next.steps, stepIds),
    emotions: removeRecords(next.emotions, emotions),
    jobs: putRecords(next.jobs, jobs),
  }
}

/** After steps change order, a card may no longer stretch past the last step. */
function fitSpans(doc: JourneyDoc): JourneyDoc {
  const order = orderedStepIds(doc)
  const index = new Map<string, number>(order.map((id, i) => [id, i]))
  const shrunk = Object.values(doc.cards).flatMap((card) => {
    if (card.place.kind !== 'cell' || card.place.span <= 1) return []
    const room = order.length - (index.get(card.place.stepId) ?? order.length - 1)
    return card.place.span > room ? [{ ...card, place: { ...card.place, span: Math.max(1, room) } }] : []
  })
  return shrunk.length === 0 ? doc : { ...doc, cards: putRecords(doc.cards, shrunk) }
}

/** All step ids of the map in board order (stage by stage). */
export function orderedStepIds(doc: JourneyDoc): StepId[] {
  return doc.map.stageIds.flatMap((id) => getRecord(doc.stages, id)?.stepIds ?? [])
}

function stepWidth(width: number, fallback: number): number {
  return clampSize(width, MIN_STEP_WIDTH, MAX_STEP_WIDTH, fallback)
}

function laneHeight(height: number, fallback: number): number {
  return clampSize(height, MIN_LANE_HEIGHT, MAX_LANE_HEIGHT, fallback)
}
