import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { gapToIndex, headerRect, hitHeader, laneChevronRect, laneInsertion, stageInsertion, stepInsertion } from '../../../src/domain/layoutGrid'
import { sampleGrid } from './helpers'

const { stageHeaderHeight: STAGE_H, stepHeaderHeight: STEP_H } = LAYOUT
const TOP = STAGE_H + STEP_H

/**
 * Stage A with steps of 200 and 300, stage B with one of 250, and an empty stage C; lanes of 160,
 * 240 and a collapsed one. Left to right: titles 0..200, a1 200..400, a2 400..700, b1 700..950,
 * C 950..1070. Rows: 88..248, 248..488, 488..528.
 */
function build(direction: 'ltr' | 'rtl' = 'ltr') {
  const sample = sampleGrid({ emptyStage: true, direction })
  return { ...sample, grid: gridLayout(sample.doc) }
}

/** A left-to-right x seen in the mirrored right-to-left map of the same width (1070). */
const mirror = (x: number) => 1070 - x

describe('header hit tests', () => {
  it('finds stage and step headers, lane titles and nothing in cells or outside', () => {
    const { grid, a, b, c, a2, tall } = build()
    expect(hitHeader(grid, { x: 300, y: 10 })).toMatchObject({ kind: 'stage', stageId: a.id, rect: { x: 200, width: 500 } })
    expect(hitHeader(grid, { x: 800, y: 47 })).toMatchObject({ kind: 'stage', stageId: b.id })
    expect(hitHeader(grid, { x: 1000, y: 10 })).toMatchObject({ kind: 'stage', stageId: c.id })
    expect(hitHeader(grid, { x: 550, y: STAGE_H + 5 })).toMatchObject({ kind: 'step', stepId: a2.id, stageId: a.id, rect: { x: 400, y: STAGE_H, width: 300, height: STEP_H } })
    expect(hitHeader(grid, { x: 100, y: 300 })).toMatchObject({ kind: 'lane', laneId: tall.id, rect: { x: 0, y: 248, width: 200, height: 240 } })
    expect(hitHeader(grid, { x: 500, y: 300 })).toBeNull()
    expect(hitHeader(grid, { x: 100, y: 20 })).toBeNull()
    expect(hitHeader(grid, { x: -5, y: 20 })).toBeNull()
    expect(hitHeader(grid, { x: 300, y: 600 })).toBeNull()
  })

  it('prefers the resize edge within the tolerance: right of a step, bottom of an open lane', () => {
    const { grid, a1, a2, short, shut } = build()
    expect(hitHeader(grid, { x: 397, y: 60 })).toMatchObject({ kind: 'stepEdge', stepId: a1.id })
    expect(hitHeader(grid, { x: 403, y: 60 })).toMatchObject({ kind: 'stepEdge', stepId: a1.id })
    expect(hitHeader(grid, { x: 409, y: 60 })).toMatchObject({ kind: 'step', stepId: a2.id })
    expect(hitHeader(grid, { x: 409, y: 60 }, 10)).toMatchObject({ kind: 'stepEdge', stepId: a1.id })
    // The first step's leading edge borders the corner, not another step: nothing to resize there.
    expect(hitHeader(grid, { x: 201, y: 60 })).toMatchObject({ kind: 'step' })
    expect(hitHeader(grid, { x: 100, y: 246 })).toMatchObject({ kind: 'laneEdge', laneId: short.id })
    // A collapsed lane has no height to drag.
    expect(hitHeader(grid, { x: 100, y: 527 })).toMatchObject({ kind: 'lane', laneId: shut.id })
  })

  it('finds the collapse chevron at the start of a lane title', () => {
    const { grid, tall, shut } = build()
    const row = grid.rowByLane.get(tall.id)!
    const chevron = laneChevronRect(grid, row)
    expect(chevron.x).toBe(8)
    expect(hitHeader(grid, { x: chevron.x + 10, y: chevron.y + 10 })).toMatchObject({ kind: 'laneToggle', laneId: tall.id })
    const shutRow = grid.rowByLane.get(shut.id)!
    const closed = laneChevronRect(grid, shutRow)
    expect(closed.y + closed.height / 2).toBe(shutRow.y + shutRow.height / 2)
    expect(hitHeader(grid, { x: closed.x + 10, y: closed.y + 10 })).toMatchObject({ kind: 'laneToggle', laneId: shut.id })
  })

  it('mirrors in a right-to-left map: titles on the right, step edges on the left', () => {
    const { grid, a, a1, a2, tall } = build('rtl')
    expect(grid.laneTitleX).toBe(870)
    expect(hitHeader(grid, { x: mirror(300), y: 10 })).toMatchObject({ kind: 'stage', stageId: a.id })
    expect(hitHeader(grid, { x: mirror(550), y: 60 })).toMatchObject({ kind: 'step', stepId: a2.id })
    // a1 covers 670..870 here: its trailing edge (in reading order) is at 670.
    expect(hitHeader(grid, { x: 672, y: 60 })).toMatchObject({ kind: 'stepEdge', stepId: a1.id })
    expect(hitHeader(grid, { x: 868, y: 60 })).toMatchObject({ kind: 'step', stepId: a1.id })
    expect(hitHeader(grid, { x: 1000, y: 300 })).toMatchObject({ kind: 'lane', laneId: tall.id, rect: { x: 870 } })
    const chevron = laneChevronRect(grid, grid.rowByLane.get(tall.id)!)
    expect(chevron.x + chevron.width).toBe(1070 - 8)
  })

  it('gives the rect of any header for an editor or a toolbar', () => {
    const { grid, b, a2, shut } = build()
    expect(headerRect(grid, { kind: 'stage', id: b.id })).toMatchObject({ x: 700, y: 0, width: 250, height: STAGE_H })
    expect(headerRect(grid, { kind: 'step', id: a2.id })).toEqual({ x: 400, y: STAGE_H, width: 300, height: STEP_H })
    expect(headerRect(grid, { kind: 'lane', id: shut.id })).toEqual({ x: 0, y: 488, width: 200, height: 40 })
  })
})

describe('insertion while dragging a header', () => {
  it('turns a pointer x into a stage gap at the halfway points, left to right', () => {
    const { grid } = build()
    expect(stageInsertion(grid, 210)).toEqual({ gap: 0, at: 200 })
    expect(stageInsertion(grid, 460)).toEqual({ gap: 1, at: 700 })
    expect(stageInsertion(grid, 900)).toEqual({ gap: 2, at: 950 })
    expect(stageInsertion(grid, 5000)).toEqual({ gap: 3, at: 1070 })
  })

  it('runs leftwards in a right-to-left map', () => {
    const { grid } = build('rtl')
    expect(stageInsertion(grid, mirror(210))).toEqual({ gap: 0, at: mirror(200) })
    expect(stageInsertion(grid, mirror(460))).toEqual({ gap: 1, at: mirror(700) })
    expect(stageInsertion(grid, -100)).toEqual({ gap: 3, at: 0 })
  })

  it('puts a step into the stage under the pointer, before or after the step by its middle', () => {
    const { grid, a, b, c } = build()
    expect(stepInsertion(grid, 250)).toEqual({ stageId: a.id, index: 0, gap: 0, at: 200 })
    expect(stepInsertion(grid, 350)).toEqual({ stageId: a.id, index: 1, gap: 1, at: 400 })
    expect(stepInsertion(grid, 690)).toEqual({ stageId: a.id, index: 2, gap: 2, at: 700 })
    expect(stepInsertion(grid, 710)).toEqual({ stageId: b.id, index: 0, gap: 2, at: 700 })
    expect(stepInsertion(grid, 1000)).toEqual({ stageId: c.id, index: 0, gap: 0, at: 1010 })
    // Past either end of the grid the nearest stage takes it.
    expect(stepInsertion(grid, 50)).toMatchObject({ stageId: a.id, index: 0 })
  })

  it('mirrors step insertion in a right-to-left map', () => {
    const { grid, a, b } = build('rtl')
    expect(stepInsertion(grid, mirror(350))).toEqual({ stageId: a.id, index: 1, gap: 1, at: mirror(400) })
    expect(stepInsertion(grid, mirror(690))).toEqual({ stageId: a.id, index: 2, gap: 2, at: mirror(700) })
    expect(stepInsertion(grid, mirror(900))).toEqual({ stageId: b.id, index: 1, gap: 3, at: mirror(950) })
  })

  it('turns a pointer y into a lane gap', () => {
    const { grid } = build()
    expect(laneInsertion(grid, 0)).toEqual({ gap: 0, at: TOP })
    expect(laneInsertion(grid, 200)).toEqual({ gap: 1, at: 248 })
    expect(laneInsertion(grid, 500)).toEqual({ gap: 2, at: 488 })
    expect(laneInsertion(grid, 520)).toEqual({ gap: 3, at: 528 })
  })

  it('converts a gap into the index a move command expects, so dropping in place changes nothing', () => {
    const { doc, short, tall, shut } = build()
    expect(gapToIndex(0, 0)).toBe(0)
    expect(gapToIndex(0, 1)).toBe(0)
    expect(gapToIndex(0, 3)).toBe(2)
    expect(gapToIndex(2, 1)).toBe(1)
    expect(gapToIndex(-1, 2)).toBe(2)
    const moved = applyCommand(doc, { type: 'moveLane', laneId: short.id, toIndex: gapToIndex(0, 2) })
    expect(moved.map.laneIds).toEqual([tall.id, short.id, shut.id])
    expect(applyCommand(doc, { type: 'moveLane', laneId: short.id, toIndex: gapToIndex(0, 1) })).toBe(doc)
  })
})
