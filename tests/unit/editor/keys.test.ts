import { describe, expect, it, vi } from 'vitest'
import { cardLayout, gridLayout } from '../../../src/domain/layout'
import { runMenuCommand, type BoardPointer, type EditorSession, type PointerClaim } from '../../../src/editor'
import { actionsFor, menuAccelerator, SHORTCUTS } from '../../../src/editor/keymap'
import { ARROW_PAN } from '../../../src/editor/keys'
import { ZOOM_STEP } from '../../../src/canvas/viewport'
import { buildSampleDoc } from '../domain/helpers'
import { openBoard } from './harness'

const sample = buildSampleDoc()
const { cards, lanes, steps, stages } = sample

describe('the board editor: keys', () => {
  it('deletes the selected cards with Delete or Backspace, as one undo step', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.advert, cards.flyer])
    expect(b.editor.keyDown({ key: 'Backspace' })).toBe(true)
    expect(b.dispatched).toEqual([{ type: 'deleteCards', cardIds: [cards.advert, cards.flyer] }])
    expect(b.selection().cards).toEqual([])
    b.editor.undoStep()
    expect(b.doc().cards[cards.advert]).toBeDefined()
    b.editor.redoStep()
    expect(b.doc().cards[cards.advert]).toBeUndefined()
  })

  it('moves the selection one cell with the arrows, and pans with them while nothing is selected', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.formPain])
    b.editor.keyDown({ key: 'ArrowUp' })
    expect(b.doc().cards[cards.formPain]?.place).toMatchObject({ laneId: lanes.jobs, stepId: steps.verifies })
    expect(b.store.getState().viewport).toEqual({ x: 0, y: 0, zoom: 1 })
    b.editor.keyDown({ key: 'Escape' })
    b.editor.keyDown({ key: 'ArrowRight' })
    expect(b.store.getState().viewport).toEqual({ x: ARROW_PAN, y: 0, zoom: 1 })
    b.editor.keyDown({ key: 'ArrowDown', shiftKey: true })
    expect(b.store.getState().viewport).toEqual({ x: ARROW_PAN, y: 0.8 * 800, zoom: 1 })
    expect(b.dispatched).toHaveLength(1)
  })

  it('selects all with Ctrl/Cmd+A, clears it and goes back to Select with Esc', () => {
    const b = openBoard(sample.doc)
    b.editor.keyDown({ key: 'a', metaKey: true })
    expect(b.selection().cards).toEqual(cardLayout(b.doc()).order)
    b.editor.setTool('rect')
    b.editor.keyDown({ key: 'Escape' })
    expect(b.selection().cards).toEqual([])
    expect(b.store.getState().tool).toBe('select')
  })

  it('picks tools with their letters, not with Shift, Ctrl or a held key', () => {
    const b = openBoard(sample.doc)
    b.editor.keyDown({ key: 'l' })
    expect(b.store.getState().tool).toBe('link')
    b.editor.keyDown({ key: 'R', shiftKey: true })
    b.editor.keyDown({ key: 'h', repeat: true })
    expect(b.store.getState().tool).toBe('link')
    expect(b.editor.keyDown({ key: 'n', ctrlKey: true })).toBe(false)
    expect(b.store.getState().tool).toBe('link')
  })

  it('opens the one selected card for editing with Enter or F2, and duplicates with Ctrl/Cmd+D', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.advert, cards.flyer])
    expect(b.editor.keyDown({ key: 'Enter' })).toBe(false)
    b.editor.keyDown({ key: 'd', ctrlKey: true })
    expect(b.dispatched).toHaveLength(1)
    expect(b.selection().cards).toHaveLength(2)
    expect(b.selection().cards).not.toContain(cards.advert)
    b.editor.select([cards.advert])
    expect(b.editor.keyDown({ key: 'F2' })).toBe(true)
    b.expectToBeIn('editingText')
    // While the text box is open the keys are the text box's.
    expect(b.editor.keyDown({ key: 'Delete' })).toBe(false)
    b.editor.finishEditing(null)
    expect(b.doc().cards[cards.advert]).toBeDefined()
  })

  it('zooms with + - 0 and Shift+1 around the middle of the board, and to a stage with Alt+digit', () => {
    const b = openBoard(sample.doc)
    b.editor.keyDown({ key: '+', shiftKey: true })
    expect(b.store.getState().viewport.zoom).toBeCloseTo(ZOOM_STEP)
    b.editor.keyDown({ key: '-', ctrlKey: true })
    expect(b.store.getState().viewport.zoom).toBeCloseTo(1)
    b.editor.keyDown({ key: '=' })
    b.editor.keyDown({ key: '0' })
    expect(b.store.getState().viewport).toMatchObject({ zoom: 1 })
    expect(b.store.getState().viewport.x).toBeCloseTo(0)
    b.editor.keyDown({ key: '!', code: 'Digit1', shiftKey: true })
    const fit = b.store.getState().viewport
    expect(fit.zoom).not.toBe(1)
    // Alt+digit types another character on a Mac: the key code decides.
    b.editor.keyDown({ key: '™', code: 'Digit2', altKey: true })
    const stage = gridLayout(b.doc()).stages.find((s) => s.stageId === stages.buy)
    const vp = b.store.getState().viewport
    expect(vp).not.toEqual(fit)
    expect(vp.x).toBeLessThanOrEqual(stage!.x)
    expect(b.editor.keyDown({ key: '0', code: 'Digit0', altKey: true })).toBe(false)
  })


  it('keeps a fitted map whole when the board changes size, until the person moves the view', () => {
    const b = openBoard(sample.doc)
    const wholeIn = (width: number, height: number) => {
      const { bounds } = cardLayout(b.doc())
      const vp = b.store.getState().viewport
      expect((bounds.x - vp.x) * vp.zoom).toBeGreaterThanOrEqual(-0.5)
      expect((bounds.x + bounds.width - vp.x) * vp.zoom).toBeLessThanOrEqual(width + 0.5)
      expect((bounds.y + bounds.height - vp.y) * vp.zoom).toBeLessThanOrEqual(height + 0.5)
    }
    b.editor.keyDown({ key: '!', code: 'Digit1', shiftKey: true })
    const fit = b.store.getState().viewport
    // The window narrows (or a side panel opens): the map is fitted again, smaller.
    b.editor.setSize(700, 800)
    b.editor.keepFitted()
    const narrower = b.store.getState().viewport
    expect(narrower.zoom).toBeLessThan(fit.zoom)
    wholeIn(700, 800)
    // Once the person pans, a resize leaves their view alone.
    b.editor.keyDown({ key: 'ArrowRight' })
    const moved = b.store.getState().viewport
    b.editor.setSize(1200, 800)
    b.editor.keepFitted()
    expect(b.store.getState().viewport).toBe(moved)
  })
  it('carries out the board commands of the native menu', () => {
    const b = openBoard(sample.doc)
    runMenuCommand(b.editor, 'selectAll')
    expect(b.selection().cards).toHaveLength(Object.keys(b.doc().cards).length)
    runMenuCommand(b.editor, 'deleteSelection')
    expect(Object.keys(b.doc().cards)).toEqual([])
    runMenuCommand(b.editor, 'zoomIn')
    expect(b.store.getState().viewport.zoom).toBeCloseTo(ZOOM_STEP)
    expect(runMenuCommand(b.editor, 'undo')).toBe(false)
  })
})

describe('the board editor: claims, hover and its session seen from outside', () => {
  it('lets a claim take a press before the cards and relays its drag to it', () => {
    const moves: BoardPointer[] = []
    const end = vi.fn()
    const claim: PointerClaim = {
      name: 'emotion',
      press: (p) => (p.board.y < 50 ? { move: (q) => moves.push(q), end } : null),
      hover: (p) => (p && p.board.y < 50 ? 'ns-resize' : null),
      doubleClick: (p) => p.board.y < 50,
    }
    const b = openBoard(sample.doc, [claim])
    b.editor.pointerMove({ x: 300, y: 20 })
    expect(b.editor.view.getState().cursor).toBe('ns-resize')
    b.editor.pointerDown({ x: 300, y: 20 })
    b.expectToBeIn('claimed')
    expect(b.editor.view.getState().claimedBy).toBe('emotion')
    b.editor.pointerMove({ x: 300, y: 30 }).pointerUp({ x: 300, y: 40 })
    expect(moves.map((m) => m.board.y)).toEqual([30])
    expect(end).toHaveBeenCalledWith(expect.objectContaining({ board: { x: 300, y: 40 } }), false)
    b.editor.doubleClick({ x: 300, y: 20 })
    b.expectToBeIn('idle')
    // Below the claim the cards answer as ever.
    b.editor.pointerDown(b.at(cards.advert)).pointerUp(b.at(cards.advert))
    expect(b.selection().cards).toEqual([cards.advert])
  })

  it('shows the hovered card and the cursor that says what a press would do', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerMove(b.at(cards.advert))
    expect(b.editor.view.getState()).toMatchObject({ hover: cards.advert, cursor: 'move' })
    b.editor.pointerLeave()
    expect(b.editor.view.getState().hover).toBeNull()
    b.editor.setTool('note')
    b.editor.pointerMove(b.at(cards.advert))
    expect(b.editor.view.getState().cursor).toBe('crosshair')
  })

  it('tells a subscriber about the gesture, the selection and the view as they change', () => {
    const b = openBoard(sample.doc)
    const seen: EditorSession[] = []
    const stop = b.editor.subscribe((s) => seen.push(s))
    const from = b.at(cards.advert)
    b.editor.pointerDown(from).pointerMove({ x: from.x, y: from.y + 40 }).pointerUp({ x: from.x, y: from.y + 40 })
    b.editor.wheel({ x: 0, y: 0, dx: 10, dy: 0, zoom: false })
    stop()
    b.editor.keyDown({ key: 'Escape' })
    expect(seen.map((s) => s.status)).toEqual(expect.arrayContaining(['pointingCard', 'draggingCards', 'idle']))
    expect(seen.some((s) => s.selection.cards[0] === cards.advert)).toBe(true)
    expect(seen.at(-1)?.viewport.x).toBe(10)
    expect(seen.at(-1)?.selection.cards).toEqual([cards.advert])
  })
})

describe('the keymap', () => {
  it('gives the native menu the accelerators the page answers to', () => {
    expect(menuAccelerator('undo', 'linux')).toBe('CmdOrCtrl+Z')
    expect(menuAccelerator('redo', 'darwin')).toBe('CmdOrCtrl+Shift+Z')
    expect(menuAccelerator('redo', 'win32')).toBe('CmdOrCtrl+Y')
    expect(menuAccelerator('deleteSelection', 'darwin')).toBe('Backspace')
    expect(menuAccelerator('deleteSelection', 'linux')).toBe('Delete')
    expect(menuAccelerator('zoomIn', 'linux')).toBe('CmdOrCtrl+=')
    expect(menuAccelerator('zoomToFit', 'linux')).toBe('Shift+1')
    expect(menuAccelerator('about', 'linux')).toBeUndefined()
  })

  it('names what a key asks for, leaving where the keyboard is to decide between them', () => {
    expect(actionsFor({ key: 'Delete' })).toEqual(['headerDelete', 'deleteSelection'])
    expect(actionsFor({ key: 'ArrowLeft', shiftKey: true })).toEqual(['nudge', 'panFar'])
    expect(actionsFor({ key: 'Tab', shiftKey: true })).toEqual(['headerPrevious'])
    expect(actionsFor({ key: 'Z', ctrlKey: true, shiftKey: true })).toEqual(['redo'])
    expect(actionsFor({ key: 'z', ctrlKey: true, altKey: true })).toEqual([])
    // The View menu shows the zoom keys with Ctrl/Cmd; the page binds them (the menu leaves keys to the page).
    expect(actionsFor({ key: '=', ctrlKey: true })).toEqual(['zoomIn'])
    expect(actionsFor({ key: '-', metaKey: true })).toEqual(['zoomOut'])
    expect(actionsFor({ key: '0', ctrlKey: true })).toEqual(['zoomReset'])
    expect(actionsFor({ key: '£', code: 'Digit3', altKey: true })).toEqual(['zoomToStage'])
    expect(actionsFor({ key: '0', code: 'Digit0', altKey: true })).toEqual([])
    expect(actionsFor({ key: '2', code: 'Digit2', altKey: true, ctrlKey: true })).toEqual([])
  })

  it('gives one key one meaning in each place: no two rows of a group ask for different things with the same keys', () => {
    const seen = new Map<string, string>()
    for (const s of SHORTCUTS) {
      for (const w of s.ways) {
        if (!('key' in w) || !s.action) continue
        const id = `${s.group}:${w.key}:${w.code ?? ''}:${!!w.mod}:${String(w.shift ?? false)}:${!!w.alt}`
        const action = w.action ?? s.action
        expect(seen.get(id) ?? action, id).toBe(action)
        seen.set(id, action)
      }
    }
  })
})
