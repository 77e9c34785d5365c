import type { Command } from './commands'
import { createLane, createStage, createStep, STAGE_COLORS } from './factories'
import type { LaneId, StageId, StepId } from './ids'
import { gridLayout, type Point } from './layout'
import { gapToIndex, laneInsertion, stageInsertion, stepInsertion, type HeaderTarget } from './layoutGrid'
import { MAX_LANE_HEIGHT, MAX_STEP_WIDTH, MIN_LANE_HEIGHT, MIN_STEP_WIDTH, type JourneyDoc, type LaneKind } from './types'

/** The title a header has now, or null when it is gone. */
export function headerTitle(doc: JourneyDoc, target: HeaderTarget): string | null {
  if (target.kind === 'stage') return doc.stages[target.id]?.title ?? null
  if (target.kind === 'step') return doc.steps[target.id]?.title ?? null
  return doc.lanes[target.id]?.title ?? null
}

/** One rename command, or none when the text is unchanged or blank (a header always keeps a name). */
export function renameCommand(doc: JourneyDoc, target: HeaderTarget, draft: string): Command | null {
  const title = draft.trim()
  const current = headerTitle(doc, target)
  if (current === null || !title || title === current) return null
  if (target.kind === 'stage') return { type: 'renameStage', stageId: target.id, title }
  if (target.kind === 'step') return { type: 'renameStep', stepId: target.id, title }
  return { type: 'renameLane', laneId: target.id, title }
}

export interface Drop {
  /** Where the insertion marker goes (x for stages and steps, y for lanes), in board pixels. */
  readonly at: number
  /** The move, or null when dropping here leaves everything where it is. */
  readonly command: Command | null
}

/** Where a dragged header would land if dropped at `p`, and the move that puts it there. */
export function dropFor(doc: JourneyDoc, target: HeaderTarget, p: Point): Drop | null {
  const grid = gridLayout(doc)
  if (target.kind === 'stage') {
    const ins = stageInsertion(grid, p.x)
    const from = doc.map.stageIds.indexOf(target.id)
    if (!ins || from < 0) return null
    const toIndex = gapToIndex(from, ins.gap)
    return { at: ins.at, command: toIndex === from ? null : { type: 'moveStage', stageId: target.id, toIndex } }
  }
  if (target.kind === 'lane') {
    const ins = laneInsertion(grid, p.y)
    const from = doc.map.laneIds.indexOf(target.id)
    if (!ins || from < 0) return null
    const toIndex = gapToIndex(from, ins.gap)
    return { at: ins.at, command: toIndex === from ? null : { type: 'moveLane', laneId: target.id, toIndex } }
  }
  const step = doc.steps[target.id]
  const ins = stepInsertion(grid, p.x)
  if (!step || !ins) return null
  const toStage = doc.stages[ins.stageId]
  if (!toStage) return null
  if (ins.stageId !== step.stageId) return { at: ins.at, command: { type: 'moveStep', stepId: step.id, toStageId: ins.stageId, toIndex: ins.index } }
  const from = toStage.stepIds.indexOf(step.id)
  const toIndex = gapToIndex(from, ins.index)
  return { at: ins.at, command: toIndex === from ? null : { type: 'moveStep', stepId: step.id, toStageId: ins.stageId, toIndex } }
}

/** A width or height after dragging its edge by `deltaScreen` pixels at `zoom`, within the allowed range. */
export function resized(start: number, deltaScreen: number, zoom: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(max, start + deltaScreen / zoom)))
}

/** The step's new width while its trailing edge is dragged: rightwards in a left-to-right map, leftwards in a right-to-left one. */
export function resizeStepCommand(doc: JourneyDoc, stepId: StepId, startWidth: number, dxScreen: number, zoom: number): Command {
  const towardsEnd = doc.map.direction === 'rtl' ? -dxScreen : dxScreen
  return { type: 'resizeStep', stepId, width: resized(startWidth, towardsEnd, zoom, MIN_STEP_WIDTH, MAX_STEP_WIDTH) }
}

export function resizeLaneCommand(laneId: LaneId, startHeight: number, dyScreen: number, zoom: number): Command {
  return { type: 'resizeLane', laneId, height: resized(startHeight, dyScreen, zoom, MIN_LANE_HEIGHT, MAX_LANE_HEIGHT) }
}

/** Titles for new headers, in the person's language. */
export interface NewTitles {
  readonly stage: (n: number) => string
  readonly step: (n: number) => string
}

/** A new stage with one step, right after `stageId`, coloured in turn like the outline does. */
export function addStageAfter(doc: JourneyDoc, stageId: StageId, titles: NewTitles): { command: Command; stageId: StageId } {
  const count = doc.map.stageIds.length
  const stage = createStage(doc.map.id, titles.stage(count + 1), STAGE_COLORS[count % STAGE_COLORS.length])
  const step = createStep(doc.map.id, stage.id, titles.step(1))
  const index = doc.map.stageIds.indexOf(stageId) + 1
  return { command: { type: 'addStage', stage, steps: [step], index: index > 0 ? index : undefined }, stageId: stage.id }
}

export function addStepAfter(doc: JourneyDoc, stepId: StepId, titles: NewTitles): { command: Command; stepId: StepId } | null {
  const after = doc.steps[stepId]
  const stage = after && doc.stages[after.stageId]
  if (!after || !stage) return null
  const step = createStep(doc.map.id, stage.id, titles.step(stage.stepIds.length + 1), after.width)
  return { command: { type: 'addStep', step, index: stage.stepIds.indexOf(stepId) + 1 }, stepId: step.id }
}

export function addLaneBelow(doc: JourneyDoc, laneId: LaneId, kind: LaneKind, title: string): { command: Command; laneId: LaneId } {
  const lane = createLane(doc.map.id, kind, title)
  const index = doc.map.laneIds.indexOf(laneId) + 1
  return { command: { type: 'addLane', lane, index: index > 0 ? index : undefined }, laneId: lane.id }
}

export function deleteCommand(target: HeaderTarget): Command {
  if (target.kind === 'stage') return { type: 'deleteStage', stageId: target.id }
  if (target.kind === 'step') return { type: 'deleteStep', stepId: target.id }
  return { type: 'deleteLane', laneId: target.id }
}
