import { describe, expect, it } from 'vitest'
import { addLaneBelow, addStageAfter, addStepAfter, deleteCommand, dropFor, renameCommand, resizeLaneCommand, resizeStepCommand } from '../../../src/canvas/grid/gridCommands'
import { hitTarget } from '../../../src/canvas/grid/headerPointer'
import { toolbarAnchor, TOOLBAR_HEIGHT } from '../../../src/canvas/grid/toolbarPlacement'
import { applyCommand, createMap, createStarterDoc, newId, STAGE_COLORS, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { hitHeader } from '../../../src/domain/layoutGrid'
import { MAX_STEP_WIDTH, MIN_LANE_HEIGHT, MIN_STEP_WIDTH } from '../../../src/domain/types'

/** Three stages of two 220-wide steps, three lanes of 160. Left to right: titles 0..200, steps from 200 on. */
function starter(direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), 'Grid'), direction }
  return createStarterDoc(map, {
    stages: ['Before', 'During', 'After'],
    step: (n) => `Step ${n}`,
    lanes: [
      ['actions', 'Actions'],
      ['touchpoints', 'Touchpoints'],
      ['painPoints', 'Pain points'],
    ],
  })
}

const titles = { stage: (n: number) => `Stage ${n}`, step: (n: number) => `Step ${n}` }

describe('renaming a header', () => {
  it('makes one rename command with the trimmed text, and none for no change or a blank', () => {
    const doc = starter()
    const stageId = doc.map.stageIds[0]!
    const stepId = doc.stages[stageId]!.stepIds[1]!
    const laneId = doc.map.laneIds[2]!
    expect(renameCommand(doc, { kind: 'stage', id: stageId }, '  Discover ')).toEqual({ type: 'renameStage', stageId, title: 'Discover' })
    expect(renameCommand(doc, { kind: 'step', id: stepId }, 'Compares')).toEqual({ type: 'renameStep', stepId, title: 'Compares' })
    expect(renameCommand(doc, { kind: 'lane', id: laneId }, 'Friction')).toEqual({ type: 'renameLane', laneId, title: 'Friction' })
    expect(renameCommand(doc, { kind: 'stage', id: stageId }, 'Before')).toBeNull()
    expect(renameCommand(doc, { kind: 'stage', id: stageId }, '   ')).toBeNull()
  })
})

describe('dropping a dragged header', () => {
  it('moves a stage to the gap under the pointer and does nothing when dropped in place', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const [a, b, c] = doc.map.stageIds
    const drop = dropFor(doc, { kind: 'stage', id: a! }, { x: grid.stages[2]!.x + 300, y: 10 })!
    expect(drop.at).toBe(grid.width)
    expect(applyCommand(doc, drop.command!).map.stageIds).toEqual([b, c, a])
    expect(dropFor(doc, { kind: 'stage', id: a! }, { x: grid.stages[0]!.x + 100, y: 10 })!.command).toBeNull()
    // In the first half of the next stage: the gap right after itself.
    expect(dropFor(doc, { kind: 'stage', id: a! }, { x: grid.stages[1]!.x + 100, y: 10 })!.command).toBeNull()
  })

  it('moves a step within its stage and into another one', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const [s1, s2] = doc.map.stageIds
    const [first, second] = doc.stages[s1!]!.stepIds
    const within = dropFor(doc, { kind: 'step', id: first! }, { x: grid.columns[1]!.x + 200, y: 60 })!
    expect(applyCommand(doc, within.command!).stages[s1!]!.stepIds).toEqual([second, first])
    const across = dropFor(doc, { kind: 'step', id: first! }, { x: grid.columns[3]!.x + 20, y: 60 })!
    const moved = applyCommand(doc, across.command!)
    expect(moved.stages[s2!]!.stepIds[1]).toBe(first)
    expect(moved.steps[first!]!.stageId).toBe(s2)
    expect(dropFor(doc, { kind: 'step', id: first! }, { x: grid.columns[0]!.x + 20, y: 60 })!.command).toBeNull()
  })

  it('mirrors in a right-to-left map: dragging leftwards moves a stage later', () => {
    const doc = starter('rtl')
    const grid = gridLayout(doc)
    const [a, b, c] = doc.map.stageIds
    const last = grid.stages[2]!
    const drop = dropFor(doc, { kind: 'stage', id: a! }, { x: last.x + 20, y: 10 })!
    expect(applyCommand(doc, drop.command!).map.stageIds).toEqual([b, c, a])
    expect(drop.at).toBe(last.x)
  })

  it('moves a lane to the gap under the pointer', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const [l1, l2, l3] = doc.map.laneIds
    const drop = dropFor(doc, { kind: 'lane', id: l3! }, { x: 50, y: grid.rows[0]!.y + 10 })!
    expect(drop.at).toBe(grid.bodyTop)
    expect(applyCommand(doc, drop.command!).map.laneIds).toEqual([l3, l1, l2])
  })
})

describe('resizing', () => {
  it('turns the screen distance of the edge drag into board pixels, within the limits', () => {
    const doc = starter()
    const stepId = doc.stages[doc.map.stageIds[0]!]!.stepIds[0]!
    expect(resizeStepCommand(doc, stepId, 220, 100, 2)).toEqual({ type: 'resizeStep', stepId, width: 270 })
    expect(resizeStepCommand(doc, stepId, 220, -500, 1)).toMatchObject({ width: MIN_STEP_WIDTH })
    expect(resizeStepCommand(doc, stepId, 220, 99_999, 1)).toMatchObject({ width: MAX_STEP_WIDTH })
    const laneId = doc.map.laneIds[0]!
    expect(resizeLaneCommand(laneId, 160, 40, 0.5)).toEqual({ type: 'resizeLane', laneId, height: 240 })
    expect(resizeLaneCommand(laneId, 160, -400, 1)).toMatchObject({ height: MIN_LANE_HEIGHT })
  })

  it('grows a step when its left edge is dragged leftwards in a right-to-left map', () => {
    const doc = starter('rtl')
    const stepId = doc.stages[doc.map.stageIds[0]!]!.stepIds[0]!
    expect(resizeStepCommand(doc, stepId, 220, -60, 1)).toMatchObject({ width: 280 })
  })
})

describe('adding and deleting from the header toolbar', () => {
  it('adds a stage with one step right after, coloured in turn', () => {
    const doc = starter()
    const [a, b] = doc.map.stageIds
    const made = addStageAfter(doc, a!, titles)
    const next = applyCommand(doc, made.command)
    expect(next.map.stageIds).toEqual([a, made.stageId, b, doc.map.stageIds[2]])
    expect(next.stages[made.stageId]).toMatchObject({ title: 'Stage 4', color: STAGE_COLORS[3] })
    expect(next.stages[made.stageId]!.stepIds).toHaveLength(1)
  })

  it('adds a step after another with the same width, and a lane of a kind below another', () => {
    const doc = starter()
    const s1 = doc.map.stageIds[0]!
    const [first, second] = doc.stages[s1]!.stepIds
    const resized = applyCommand(doc, { type: 'resizeStep', stepId: first!, width: 300 })
    const step = addStepAfter(resized, first!, titles)!
    const withStep = applyCommand(resized, step.command)
    expect(withStep.stages[s1]!.stepIds).toEqual([first, step.stepId, second])
    expect(withStep.steps[step.stepId]).toMatchObject({ title: 'Step 3', width: 300 })
    const lane = addLaneBelow(doc, doc.map.laneIds[0]!, 'opportunities', 'Opportunities')
    const withLane = applyCommand(doc, lane.command)
    expect(withLane.map.laneIds[1]).toBe(lane.laneId)
    expect(withLane.lanes[lane.laneId]).toMatchObject({ kind: 'opportunities', title: 'Opportunities', collapsed: false })
  })

  it('deletes whatever header the toolbar belongs to', () => {
    const doc = starter()
    const stageId = doc.map.stageIds[1]!
    expect(applyCommand(doc, deleteCommand({ kind: 'stage', id: stageId })).map.stageIds).not.toContain(stageId)
    const laneId = doc.map.laneIds[0]!
    expect(applyCommand(doc, deleteCommand({ kind: 'lane', id: laneId })).map.laneIds).not.toContain(laneId)
  })
})

describe('the header under the pointer', () => {
  it('belongs an edge to its step and a chevron to its lane', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const column = grid.columns[0]!
    const edge = hitHeader(grid, { x: column.x + column.width, y: LAYOUT.stageHeaderHeight + 5 })!
    expect(hitTarget(edge)).toEqual({ kind: 'step', id: column.stepId })
    const toggle = hitHeader(grid, { x: 18, y: grid.rows[1]!.y + 23 })!
    expect(toggle.kind).toBe('laneToggle')
    expect(hitTarget(toggle)).toEqual({ kind: 'lane', id: grid.rows[1]!.laneId })
  })
})

describe('where the header toolbar goes', () => {
  it('sits inside the header at its reading end, and at the bottom of a tall lane title', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const vp = { x: 0, y: 0, zoom: 1 }
    const band = grid.stages[0]!
    expect(toolbarAnchor(grid, { kind: 'stage', id: band.stageId }, vp, 2000, 1000)).toEqual({ x: band.x + band.width - 8, y: LAYOUT.stageHeaderHeight / 2, side: 'right' })
    const row = grid.rows[0]!
    expect(toolbarAnchor(grid, { kind: 'lane', id: row.laneId }, vp, 2000, 1000)).toEqual({ x: 192, y: row.y + row.height - 8 - TOOLBAR_HEIGHT / 2, side: 'right' })
  })

  it('keeps to the visible part of a header cut by the screen edge, and hides for one off screen', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const last = grid.stages[2]!
    const vp = { x: 0, y: 0, zoom: 1 }
    expect(toolbarAnchor(grid, { kind: 'stage', id: last.stageId }, vp, last.x + 100, 800)!.x).toBe(last.x + 92)
    expect(toolbarAnchor(grid, { kind: 'stage', id: last.stageId }, vp, last.x - 10, 800)).toBeNull()
  })

  it('goes to the left end of a header in a right-to-left map', () => {
    const doc = starter('rtl')
    const grid = gridLayout(doc)
    const band = grid.stages[0]!
    expect(toolbarAnchor(grid, { kind: 'stage', id: band.stageId }, { x: 0, y: 0, zoom: 1 }, 3000, 800)).toMatchObject({ x: band.x + 8, side: 'left' })
  })
})
