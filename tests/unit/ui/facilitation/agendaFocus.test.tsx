import { describe, expect, it } from 'vitest'
import { createMap, createStarterDoc, newId, type JourneyDoc, type LaneKind, type WorkshopId } from '../../../../src/domain'
import { gridLayout } from '../../../../src/domain/layout'
import { lanesRect, lanesViewport } from '../../../../src/ui/facilitation/agenda/focusLanes'

// Where "Start step" puts the board: the step's lanes, below the banner and above the tool bar;
// a long map starts at its lane titles, which sit on the right in a right-to-left map.

function doc(direction: 'ltr' | 'rtl', stages = 2): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), 'Focus'), direction }
  const lanes: [LaneKind, string][] = [['actions', 'A'], ['touchpoints', 'T'], ['emotions', 'E'], ['tasks', 'K']]
  return createStarterDoc(map, { stages: Array.from({ length: stages }, (_, i) => `S${i}`), step: (n) => `Step ${n}`, lanes })
}

const AREA = { width: 1000, height: 700, top: 150, bottom: 88 }
const screenY = (vp: { y: number; zoom: number }, y: number) => (y - vp.y) * vp.zoom
const screenX = (vp: { x: number; zoom: number }, x: number) => (x - vp.x) * vp.zoom

describe("focusing the board on a step's lanes", () => {
  it('takes the rows of the matching lanes, the whole width of the grid', () => {
    const d = doc('ltr')
    const grid = gridLayout(d)
    const [actions, touchpoints] = grid.rows
    expect(lanesRect(d, ['touchpoints', 'actions', 'channels'])).toEqual({ x: 0, y: actions!.y, width: grid.width, height: touchpoints!.y + touchpoints!.height - actions!.y })
    expect(lanesRect(d, ['channels'])).toBeNull()
    expect(lanesViewport(d, ['backstage'], AREA)).toBeNull()
  })

  it('fits a short map whole between the banner and the tool bar', () => {
    const d = doc('ltr', 1)
    const grid = gridLayout(d)
    const tasks = grid.rows[3]!
    const vp = lanesViewport(d, ['actions', 'tasks'], AREA)!
    expect(screenY(vp, grid.rows[0]!.y)).toBeGreaterThanOrEqual(AREA.top)
    expect(screenY(vp, tasks.y + tasks.height)).toBeLessThanOrEqual(AREA.height - AREA.bottom)
    expect(screenX(vp, 0)).toBeGreaterThanOrEqual(0)
    expect(screenX(vp, grid.width)).toBeLessThanOrEqual(AREA.width)
  })

  it('starts a long map at its lane titles, on the left or on the right', () => {
    const ltr = doc('ltr', 8)
    const vp = lanesViewport(ltr, ['touchpoints'], AREA)!
    expect(vp.zoom).toBeGreaterThanOrEqual(0.6)
    expect(screenX(vp, 0)).toBeGreaterThan(0)
    expect(screenX(vp, 0)).toBeLessThan(40)

    const rtl = doc('rtl', 8)
    const grid = gridLayout(rtl)
    const back = lanesViewport(rtl, ['touchpoints'], AREA)!
    expect(AREA.width - screenX(back, grid.width)).toBeGreaterThan(0)
    expect(AREA.width - screenX(back, grid.width)).toBeLessThan(40)
    const row = grid.rows[1]!
    expect(screenY(back, row.y)).toBeGreaterThanOrEqual(AREA.top)
    expect(screenY(back, row.y + row.height)).toBeLessThanOrEqual(AREA.height - AREA.bottom)
  })
})
