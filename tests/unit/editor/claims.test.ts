import { describe, expect, it } from 'vitest'
import { emotionClaim } from '../../../src/canvas/emotion/claim'
import { createEmotionUi } from '../../../src/canvas/emotion/emotionUi'
import { locateHandle, type EmotionTarget } from '../../../src/drawing/emotionGeometry'
import { createGridUiStore } from '../../../src/canvas/grid/gridUi'
import { headerPointer } from '../../../src/canvas/grid/headerPointer'
import { emotionAt } from '../../../src/domain/emotion'
import { gridLayout, LAYOUT } from '../../../src/domain/layout'
import { headerRect, hitHeader, type HeaderHit, type HeaderTarget } from '../../../src/domain/layoutGrid'
import { startGesture } from '../../../src/store'
import { toolbarAnchor } from '../../../src/canvas/grid/toolbarPlacement'
import { cardUnder } from '../../../src/editor/hits'
import { buildSampleDoc } from '../domain/helpers'
import { middle, openBoard } from './harness'

const sample = buildSampleDoc()
const { cards, lanes, steps, stages, personas } = sample

/** Ada's felt point at "Fills in the form" (-1), the persona the lane edits first. */
const felt: EmotionTarget = { laneId: lanes.emotions, stepId: steps.fillsIn, personaId: personas.ada, curve: 'felt' }

describe('the emotion lanes, as a claim of the board editor', () => {
  function open() {
    const ui = createEmotionUi()
    return { ...openBoard(sample.doc, (store) => [emotionClaim(store, ui)]), ui }
  }

  it('drags a point to a new level as one undo step, and a press there never starts a marquee', () => {
    const b = open()
    b.editor.select([cards.advert])
    const handle = locateHandle(b.doc(), felt)!
    b.editor.pointerMove(handle)
    expect(b.editor.view.getState().cursor).toBe('ns-resize')
    b.editor.pointerDown(handle)
    b.expectToBeIn('claimed')
    expect(b.selection().cards).toEqual([])
    b.editor.pointerMove({ x: handle.x, y: handle.y + 200 }).pointerUp({ x: handle.x, y: handle.y + 200 })
    b.expectToBeIn('idle')
    expect(b.dispatched).toHaveLength(1)
    expect(emotionAt(b.doc().emotions, steps.fillsIn, personas.ada).felt).toBe(-2)
    expect(b.editor.view.getState().marquee).toBeNull()
    b.editor.undoStep()
    expect(emotionAt(b.doc().emotions, steps.fillsIn, personas.ada).felt).toBe(-1)
  })

  it('gives the arrow keys to a focused point before the cards, and Esc puts it down and clears the board', () => {
    const b = open()
    const handle = locateHandle(b.doc(), felt)!
    b.editor.pointerDown(handle).pointerUp(handle)
    expect(b.ui.getState().focus).toMatchObject(felt)
    expect(b.editor.keyDown({ key: 'ArrowUp' })).toBe(true)
    expect(emotionAt(b.doc().emotions, steps.fillsIn, personas.ada).felt).toBe(-0.5)
    b.editor.keyDown({ key: 'ArrowRight' })
    expect(b.ui.getState().focus).toMatchObject({ stepId: steps.verifies })
    b.editor.setTool('rect')
    b.editor.keyDown({ key: 'Escape' })
    expect(b.ui.getState().focus).toBeNull()
    expect(b.store.getState().tool).toBe('select')
    // With no point focused the arrows are the board's again.
    b.editor.keyDown({ key: 'ArrowUp' })
    expect(b.store.getState().viewport.y).toBeLessThan(0)
  })
})

describe('the grid headers, as a claim of the board editor', () => {
  function open() {
    const ui = createGridUiStore()
    const b = openBoard(sample.doc, (store) => [headerPointer({ store, ui, startGesture: () => startGesture(store), size: () => ({ width: 1200, height: 800 }) })])
    const header = (target: HeaderTarget) => headerRect(gridLayout(b.doc()), target)!
    /** A board point in a header where the hit test finds `kind`. */
    const find = (target: HeaderTarget, kind: HeaderHit['kind']) => {
      const r = header(target)
      for (let y = r.y; y < r.y + r.height + 6; y += 2) for (let x = r.x; x < r.x + r.width + 6; x += 2) if (hitHeader(gridLayout(b.doc()), { x, y })?.kind === kind) return { x, y }
      throw new Error(`no ${kind} in the header`)
    }
    return { ...b, ui, header, find }
  }
  const stage = { kind: 'stage', id: stages.discover } as const
  const step = { kind: 'step', id: steps.sees } as const
  const lane = { kind: 'lane', id: lanes.touchpoints } as const

  it('shows a header’s toolbar on hover, keeps it while the pointer is on the toolbar, and drops it over other controls', () => {
    const b = open()
    const at = middle(b.header(step))
    b.editor.pointerMove(at)
    expect(b.ui.getState().hover).toEqual(step)
    expect(b.editor.view.getState().cursor).toBe('grab')
    b.editor.pointerMove({ x: at.x, y: at.y - 30, over: 'gridUi' })
    expect(b.ui.getState().hover).toEqual(step)
    b.editor.pointerMove({ ...at, over: 'control' })
    expect(b.ui.getState().hover).toBeNull()
    b.editor.setTool('note')
    b.editor.pointerMove(at)
    expect(b.ui.getState().hover).toBeNull()
  })

  it('drags the first lane below the third as one command, never a marquee', () => {
    const b = open()
    const from = middle(b.header(lane))
    const below = b.header({ kind: 'lane', id: lanes.pains })
    const to = { x: from.x, y: below.y + below.height - 5 }
    b.editor.pointerDown(from).pointerMove({ x: from.x, y: from.y + 10 }).pointerMove(to)
    b.expectToBeIn('claimed')
    expect(b.ui.getState().drag?.target).toEqual(lane)
    expect(b.editor.view.getState().marquee).toBeNull()
    b.editor.pointerUp(to)
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().map.laneIds.indexOf(lanes.touchpoints)).toBeGreaterThan(b.doc().map.laneIds.indexOf(lanes.pains))
    expect(b.selection().cards).toEqual([])
  })

  it('widens a step by its edge as one undo step, and Esc before any move cancels the press', () => {
    const b = open()
    const edge = b.find(step, 'stepEdge')
    const width = b.doc().steps[steps.sees]!.width
    b.editor.pointerDown(edge)
    expect(b.editor.view.getState().cursor).toBe('col-resize')
    b.editor.keyDown({ key: 'Escape' })
    b.expectToBeIn('idle')
    b.editor.pointerDown(edge).pointerMove({ x: edge.x + 60, y: edge.y })
    expect(b.doc().steps[steps.sees]!.width).toBe(width + 60)
    b.editor.pointerUp({ x: edge.x + 60, y: edge.y })
    expect(b.dispatched).toHaveLength(1)
    b.editor.undoStep()
    expect(b.doc().steps[steps.sees]!.width).toBe(width)
  })

  it('collapses a lane with the chevron, and renames a stage by double-clicking it instead of adding a card', () => {
    const b = open()
    const chevron = b.find(lane, 'laneToggle')
    b.editor.pointerDown(chevron).pointerUp(chevron)
    expect(b.doc().lanes[lanes.touchpoints]!.collapsed).toBe(true)
    const title = middle(b.header(stage))
    b.editor.doubleClick(title)
    expect(b.ui.getState().editing).toEqual(stage)
    b.expectToBeIn('idle')
    expect(b.dispatched).toHaveLength(1)
  })

  describe('on the copies pinned to the board’s edges', () => {
    // Scrolled 400 px into the map: the lane title column is pinned at the left edge, over the cards of the first steps.
    const scrolled = { x: 400, y: 0, zoom: 1 }
    /** The screen point on the pinned lane title column that stands for a board point of the real column. */
    const onPinnedColumn = (board: { x: number; y: number }) => ({ x: board.x - gridLayout(sample.doc).laneTitleX, y: board.y - scrolled.y })

    it('selects a lane by a click on its pinned title, shows its toolbar there, and renames it by a double-click instead of editing the card under it', () => {
      const b = open()
      // Scrolled so that the advert card (in the lane) lies under the pinned title, 100 px from the edge.
      const card = b.rect(cards.advert)
      const vp = { x: card.x + 10 - 100, y: 0, zoom: 1 }
      b.store.getState().setViewport(vp)
      const at = { x: 100, y: card.y + card.height / 2 }
      expect(cardUnder(b.doc(), { x: vp.x + at.x, y: at.y })).toBe(cards.advert)
      b.editor.pointerMove(at)
      expect(b.ui.getState().hover).toEqual(lane)
      expect(b.editor.view.getState().hover).toBeNull()
      expect(toolbarAnchor(gridLayout(b.doc()), lane, vp, 1200, 800)?.x).toBeLessThan(LAYOUT.laneTitleWidth)
      b.editor.pointerDown(at).pointerUp(at)
      expect(b.store.getState().selectedHeader).toEqual(lane)
      expect(b.selection().cards).toEqual([])
      b.editor.doubleClick(at)
      expect(b.ui.getState().editing).toEqual(lane)
      expect(b.editor.view.getState().editing).toBeNull()
      expect(b.dispatched).toHaveLength(0)
    })

    it('collapses a lane from the chevron of its pinned title, and with a drawing tool a press there draws nothing', () => {
      const b = open()
      b.store.getState().setViewport(scrolled)
      const chevron = onPinnedColumn(b.find(lane, 'laneToggle'))
      b.editor.pointerDown(chevron).pointerUp(chevron)
      expect(b.doc().lanes[lanes.touchpoints]!.collapsed).toBe(true)
      b.editor.setTool('note')
      b.editor.pointerDown(chevron).pointerMove({ x: chevron.x + 40, y: chevron.y + 40 }).pointerUp({ x: chevron.x + 40, y: chevron.y + 40 })
      expect(b.dispatched).toHaveLength(1)
    })

    it('drags a lane from its pinned title below another, as from the title itself', () => {
      const b = open()
      b.store.getState().setViewport(scrolled)
      const from = onPinnedColumn(middle(b.header(lane)))
      const below = b.header({ kind: 'lane', id: lanes.pains })
      const to = { x: from.x, y: below.y + below.height - 5 - scrolled.y }
      b.editor.pointerDown(from).pointerMove({ x: from.x, y: from.y + 10 }).pointerMove(to).pointerUp(to)
      expect(b.doc().map.laneIds.indexOf(lanes.touchpoints)).toBeGreaterThan(b.doc().map.laneIds.indexOf(lanes.pains))
    })

    it('renames a stage from the header band pinned to the top', () => {
      const b = open()
      const vp = { x: 0, y: 150, zoom: 1 }
      b.store.getState().setViewport(vp)
      const band = b.header(stage)
      const at = { x: band.x + band.width / 2 - vp.x, y: LAYOUT.stageHeaderHeight / 2 }
      b.editor.doubleClick(at)
      expect(b.ui.getState().editing).toEqual(stage)
      expect(b.dispatched).toHaveLength(0)
    })
  })
})
