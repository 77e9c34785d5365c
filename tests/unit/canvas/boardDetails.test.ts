import { describe, expect, it } from 'vitest'
import { hitEmotion, neighbourTarget, shownCurveOwners } from '../../../src/drawing/emotionGeometry'
import { headerOrder, nextHeader, panToShow } from '../../../src/canvas/grid/gridKeys'
import { linkSizes } from '../../../src/canvas/links/draw'
import { dropPlace, filesIntoCells } from '../../../src/domain/placement'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { columnCentre, emotionBand, levelToY } from '../../../src/domain/emotion'
import { gridLayout } from '../../../src/domain/layout'

function starter(direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const map = { ...createMap('w1' as WorkshopId, 'Map'), direction }
  return createStarterDoc(map, { stages: ['Before', 'During'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions'], ['emotions', 'Emotional intent']] })
}

describe('the grid from the keyboard', () => {
  it('walks each stage then its steps, then the lanes, and leaves the grid past either end', () => {
    const doc = starter()
    const order = headerOrder(doc)
    const [before, during] = doc.map.stageIds.map((id) => doc.stages[id]!)
    expect(order.map((t) => t.kind)).toEqual(['stage', 'step', 'step', 'stage', 'step', 'step', 'lane', 'lane'])
    expect(order[0]).toEqual({ kind: 'stage', id: before!.id })
    expect(order[3]).toEqual({ kind: 'stage', id: during!.id })
    expect(nextHeader(order, null, false)).toEqual(order[0])
    expect(nextHeader(order, order[0]!, false)).toEqual(order[1])
    expect(nextHeader(order, order[1]!, true)).toEqual(order[0])
    // Tab past the last header and Shift+Tab before the first leave the board to the page.
    expect(nextHeader(order, order[7]!, false)).toBeNull()
    expect(nextHeader(order, order[0]!, true)).toBeNull()
    expect(nextHeader(order, null, true)).toBeNull()
    expect(nextHeader([], null, false)).toBeNull()
  })

  it('pans just enough to show a header that is off screen', () => {
    const vp = { x: 0, y: 0, zoom: 1 }
    expect(panToShow(vp, { x: 100, y: 100, width: 200, height: 40 }, 800, 600)).toBeNull()
    const right = panToShow(vp, { x: 1000, y: 100, width: 200, height: 40 }, 800, 600)!
    expect(right.x).toBe(1000 + 200 + 24 - 800)
    expect(right.y).toBe(0)
    const left = panToShow({ x: 500, y: 0, zoom: 2 }, { x: 100, y: 10, width: 50, height: 40 }, 800, 600)!
    expect(left.x).toBe(100 - 12)
    // Wider than the screen: its start (where the title is) comes into view.
    const wide = panToShow(vp, { x: 900, y: 0, width: 3000, height: 40 }, 800, 600)!
    expect(wide.x).toBe(900 - 24)
  })
})

describe('arrows zoomed out', () => {
  it('keep their screen size down to 40%, then shrink with the board, never below a pixel', () => {
    const at100 = linkSizes(2, 1)
    expect(at100.width).toBe(2)
    expect(at100.head).toBe(13)
    const at40 = linkSizes(2, 0.4)
    expect(at40.width * 0.4).toBeCloseTo(2)
    expect(at40.head * 0.4).toBeCloseTo(13)
    // At 10% the head is a quarter of its 40% screen size, not a card-sized wedge.
    const at10 = linkSizes(2, 0.1)
    expect(at10.head * 0.1).toBeCloseTo(13 / 4)
    expect(at10.head).toBeCloseTo(at40.head)
    expect(at10.width * 0.1).toBeCloseTo(1)
  })
})

describe('dragging free items', () => {
  it('only notes file into cells; text and shapes always land free', () => {
    const doc = starter()
    const grid = gridLayout(doc)
    const cell = { laneId: grid.rows[0]!.laneId, stepId: grid.columns[0]!.stepId }
    const free = { kind: 'free' as const, x: 0, y: 0, width: 120, height: 60 }
    const note = createCard(doc.map.id, free)
    const text = createCard(doc.map.id, free, { shape: 'text' })
    const rect = createCard(doc.map.id, free, { shape: 'rect' })
    expect([note, text, rect].map(filesIntoCells)).toEqual([true, false, false])
    const withCards = applyCommand(doc, { type: 'addCards', cards: [note, text] })
    const column = grid.columns[0]!
    const row = grid.rows[0]!
    const inCell = { x: column.x + 20, y: row.y + 20 }
    const ghost = { ...inCell, width: 120, height: 60 }
    expect(dropPlace(withCards, note.id, inCell, ghost)).toMatchObject({ kind: 'cell', ...cell })
    expect(dropPlace(withCards, text.id, inCell, ghost)).toMatchObject({ kind: 'free' })
  })
})

describe('emotion lanes', () => {
  it('move Left and Right in screen order, mirrored in a right-to-left map', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const doc = starter(direction)
      const grid = gridLayout(doc)
      const [first, second] = grid.columns
      const target = { laneId: grid.rows[1]!.laneId, stepId: first!.stepId, personaId: null, curve: 'felt' as const }
      // The second step lies to the right of the first in ltr and to its left in rtl.
      const right = neighbourTarget(doc, target, 1)
      const left = neighbourTarget(doc, target, -1)
      if (direction === 'ltr') {
        expect(right?.stepId).toBe(second!.stepId)
        expect(left).toBeNull()
      } else {
        expect(second!.x).toBeLessThan(first!.x)
        expect(left?.stepId).toBe(second!.stepId)
        expect(right).toBeNull()
      }
    }
  })

  it('show and edit only the focused persona’s curves', () => {
    let doc = starter()
    const ana = createPersona(doc.map.workshopId, 'Ana', '#2563eb')
    const ben = createPersona(doc.map.workshopId, 'Ben', '#16a34a')
    const cleo = createPersona(doc.map.workshopId, 'Cleo', '#d97706')
    doc = applyCommand(doc, { type: 'addPersona', persona: ana, onMap: true })
    doc = applyCommand(doc, { type: 'addPersona', persona: ben, onMap: true })
    doc = applyCommand(doc, { type: 'addPersona', persona: cleo, onMap: false })
    expect(shownCurveOwners(doc, null)).toEqual([ana.id, ben.id])
    expect(shownCurveOwners(doc, ben.id)).toEqual([ben.id])
    // A focused persona with no curves on this map changes nothing.
    expect(shownCurveOwners(doc, cleo.id)).toEqual([ana.id, ben.id])

    const grid = gridLayout(doc)
    const column = grid.columns[1]!
    const band = emotionBand(grid.rows[1]!)
    const at = { x: columnCentre(column) - 9, y: levelToY(0, band) }
    // Ana is chosen in the lane's switcher, but the board is focused on Ben: Ben's point is the one taken.
    expect(hitEmotion(doc, at, 1, ana.id)?.personaId).toBe(ana.id)
    expect(hitEmotion(doc, at, 1, ana.id, ben.id)?.personaId).toBe(ben.id)
  })
})
