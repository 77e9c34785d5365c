import { describe, expect, it } from 'vitest'
import { hitTarget } from '../../../src/canvas/grid/headerPointer'
import { toolbarAnchor, TOOLBAR_HEIGHT } from '../../../src/canvas/grid/toolbarPlacement'
import { createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { hitHeader } from '../../../src/domain/layoutGrid'

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
