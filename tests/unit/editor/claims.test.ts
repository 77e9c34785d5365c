import { describe, expect, it } from 'vitest'
import { emotionClaim } from '../../../src/canvas/emotion/claim'
import { createEmotionUi } from '../../../src/canvas/emotion/emotionUi'
import { locateHandle, type EmotionTarget } from '../../../src/canvas/emotion/geometry'
import { emotionAt } from '../../../src/domain/emotion'
import { buildSampleDoc } from '../domain/helpers'
import { openBoard } from './harness'

const sample = buildSampleDoc()
const { cards, lanes, steps, personas } = sample

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
