import { describe, expect, it } from 'vitest'
import { gridLayout } from '../../../src/domain/layout'
import { buildSampleDoc } from '../domain/helpers'
import { middle, openBoard } from './harness'

const sample = buildSampleDoc()
const { cards, lanes, steps, links } = sample

describe('the board editor: selecting with the pointer', () => {
  it('selects a clicked card, and a click on empty board clears the selection', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.advert))
    b.expectToBeIn('pointingCard')
    b.editor.pointerUp(b.at(cards.advert))
    b.expectToBeIn('idle')
    expect(b.selection().cards).toEqual([cards.advert])
    const empty = middle(b.cell(lanes.jobs, steps.sees))
    b.editor.pointerDown(empty).pointerUp(empty)
    expect(b.selection().cards).toEqual([])
    expect(b.dispatched).toEqual([])
  })

  it('adds and removes cards with Shift+click', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.advert)).pointerUp(b.at(cards.advert))
    b.editor.pointerDown({ ...b.at(cards.formPain), shift: true }).pointerUp({ ...b.at(cards.formPain), shift: true })
    expect(b.selection().cards).toEqual([cards.advert, cards.formPain])
    b.editor.pointerDown({ ...b.at(cards.advert), shift: true }).pointerUp({ ...b.at(cards.advert), shift: true })
    expect(b.selection().cards).toEqual([cards.formPain])
  })

  it('narrows a selection to the clicked card on release, not on press (a press may start a group drag)', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.advert, cards.formPain])
    b.editor.pointerDown(b.at(cards.advert))
    expect(b.selection().cards).toEqual([cards.advert, cards.formPain])
    // Within the drag threshold the press is still a click.
    b.editor.pointerMove({ x: b.at(cards.advert).x + 2, y: b.at(cards.advert).y })
    b.expectToBeIn('pointingCard')
    b.editor.pointerUp(b.at(cards.advert))
    expect(b.selection().cards).toEqual([cards.advert])
  })

  it('selects the cards a marquee touches, and adds them to the selection with Shift', () => {
    const b = openBoard(sample.doc)
    const from = middle(b.cell(lanes.jobs, steps.sees))
    const advert = b.rect(cards.advert)
    b.editor.pointerDown(from).pointerMove({ x: from.x + 1, y: from.y })
    b.expectToBeIn('pointingCanvas')
    b.editor.pointerMove({ x: advert.x + 5, y: advert.y + 5 })
    b.expectToBeIn('marquee')
    expect(b.editor.view.getState().marquee).toMatchObject({ x: advert.x + 5, y: advert.y + 5 })
    expect(b.selection().cards).toContain(cards.advert)
    expect(b.selection().cards).not.toContain(cards.formPain)
    b.editor.pointerUp({ x: advert.x + 5, y: advert.y + 5 })
    expect(b.editor.view.getState().marquee).toBeNull()

    b.editor.select([cards.formPain])
    b.editor.pointerDown({ ...from, shift: true }).pointerMove({ x: advert.x + 5, y: advert.y + 5, shift: true }).pointerUp({ x: advert.x + 5, y: advert.y + 5, shift: true })
    expect(b.selection().cards[0]).toBe(cards.formPain)
    expect(b.selection().cards).toContain(cards.advert)
  })

  it('selects an arrow by clicking it, one selection with the cards', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.advert])
    // Half way between the two ends of the arrow from Pain to Declined, clear of both cards.
    const from = b.rect(cards.formPain)
    const to = b.rect(cards.cardDeclined)
    const on = { x: (from.x + from.width + to.x) / 2, y: from.y + from.height / 2 }
    b.editor.pointerDown(on).pointerUp(on)
    expect(b.selection()).toEqual({ cards: [], links: [links.formToDeclined] })
    b.editor.pointerDown(b.at(cards.advert)).pointerUp(b.at(cards.advert))
    expect(b.selection()).toEqual({ cards: [cards.advert], links: [] })
  })
})

describe('the board editor: dragging', () => {
  it('drags a card into another cell as one command and one undo step', () => {
    const b = openBoard(sample.doc)
    const to = middle(b.cell(lanes.pains, steps.sees))
    b.editor.pointerDown(b.at(cards.advert)).pointerMove({ x: b.at(cards.advert).x + 10, y: b.at(cards.advert).y + 10 })
    b.expectToBeIn('draggingCards')
    b.editor.pointerMove(to)
    expect(b.editor.view.getState().drag).toMatchObject({ cardId: cards.advert, target: b.cell(lanes.pains, steps.sees) })
    b.editor.pointerUp(to)
    b.expectToBeIn('idle')
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().cards[cards.advert]?.place).toMatchObject({ kind: 'cell', laneId: lanes.pains, stepId: steps.sees })
    b.editor.undoStep()
    expect(b.doc().cards[cards.advert]?.place).toMatchObject({ laneId: lanes.touchpoints, stepId: steps.sees })
    b.editor.redoStep()
    expect(b.doc().cards[cards.advert]?.place).toMatchObject({ laneId: lanes.pains })
  })

  it('moves two Shift-selected cards together to another lane', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.advert)).pointerUp(b.at(cards.advert))
    b.editor.pointerDown({ ...b.at(cards.formPain), shift: true }).pointerUp({ ...b.at(cards.formPain), shift: true })
    const lanesDown = b.cell(lanes.jobs, steps.sees).y - b.cell(lanes.touchpoints, steps.sees).y
    const from = b.at(cards.advert)
    const to = { x: from.x, y: from.y + lanesDown }
    b.editor.pointerDown(from).pointerMove({ x: from.x, y: from.y + 20 }).pointerMove(to)
    expect(b.editor.view.getState().drag?.others).toHaveLength(1)
    b.editor.pointerUp(to)
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().cards[cards.advert]?.place).toMatchObject({ laneId: lanes.jobs, stepId: steps.sees })
    expect(b.doc().cards[cards.formPain]?.place).not.toMatchObject({ laneId: lanes.pains })
  })

  it('cancels a drag with Esc: nothing moves and nothing is recorded', () => {
    const b = openBoard(sample.doc)
    const from = b.at(cards.advert)
    b.editor.pointerDown(from).pointerMove({ x: from.x, y: from.y + 200 })
    expect(b.editor.keyDown({ key: 'Escape' })).toBe(true)
    b.expectToBeIn('idle')
    expect(b.editor.view.getState().drag).toBeNull()
    b.editor.pointerUp({ x: from.x, y: from.y + 200 })
    expect(b.dispatched).toEqual([])
  })

  it('drags a free note to where its ghost is', () => {
    const b = openBoard(sample.doc)
    const from = b.at(cards.note)
    b.editor.pointerDown(from).pointerMove({ x: from.x + 50, y: from.y + 30 }).pointerUp({ x: from.x + 50, y: from.y + 30 })
    expect(b.doc().cards[cards.note]?.place).toEqual({ kind: 'free', x: 90, y: 930, width: 200, height: 120 })
  })

  it('resizes the selected free note by a corner, and Esc leaves it as it was', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.note)).pointerUp(b.at(cards.note))
    const se = { x: 240, y: 1020 }
    b.editor.pointerMove(se)
    expect(b.editor.view.getState().cursor).toBe('nwse-resize')
    b.editor.pointerDown(se).pointerMove({ x: 300, y: 1060 })
    b.expectToBeIn('resizing')
    expect(b.doc().cards[cards.note]?.place).toMatchObject({ width: 260, height: 160 })
    b.editor.keyDown({ key: 'Escape' })
    expect(b.doc().cards[cards.note]?.place).toMatchObject({ width: 200, height: 120 })
    b.editor.pointerDown(se).pointerMove({ x: 300, y: 1060 }).pointerUp({ x: 300, y: 1060 })
    expect(b.dispatched).toEqual([{ type: 'moveCard', cardId: cards.note, to: { kind: 'free', x: 40, y: 900, width: 260, height: 160 } }])
    b.editor.undoStep()
    expect(b.doc().cards[cards.note]?.place).toMatchObject({ width: 200 })
  })

  it('stretches a selected card over the next step with the grip on its trailing edge', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.getPaid)).pointerUp(b.at(cards.getPaid))
    const r = b.rect(cards.getPaid)
    const grip = { x: r.x + r.width, y: r.y + r.height - 6 }
    b.editor.pointerMove(grip)
    expect(b.editor.view.getState().cursor).toBe('ew-resize')
    // A step is covered once the pointer passes its middle.
    const next = b.cell(lanes.jobs, steps.verifies)
    const past = { x: next.x + next.width / 2 + 10, y: grip.y }
    b.editor.pointerDown(grip).pointerMove(past)
    b.expectToBeIn('stretching')
    b.editor.pointerUp(past)
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().cards[cards.getPaid]?.place).toMatchObject({ span: 2 })
  })

  it('pans with Space held, with the middle button and with the hand tool', () => {
    const b = openBoard(sample.doc)
    b.editor.keyDown({ key: ' ' })
    expect(b.editor.view.getState().cursor).toBe('grab')
    b.editor.pointerDown({ x: 500, y: 300 }).pointerMove({ x: 450, y: 280 })
    b.expectToBeIn('panning')
    b.editor.pointerUp({ x: 450, y: 280 })
    expect(b.store.getState().viewport).toEqual({ x: 50, y: 20, zoom: 1 })
    b.editor.keyUp({ key: ' ' })
    b.editor.pointerDown({ x: 500, y: 300, button: 1 }).pointerMove({ x: 500, y: 320 }).pointerUp({ x: 500, y: 320 })
    expect(b.store.getState().viewport).toEqual({ x: 50, y: 0, zoom: 1 })
    b.editor.setTool('hand')
    b.editor.pointerDown(b.at(cards.advert)).pointerMove({ x: b.at(cards.advert).x - 10, y: b.at(cards.advert).y }).pointerUp(b.at(cards.advert))
    expect(b.store.getState().viewport.x).toBe(60)
    expect(b.selection().cards).toEqual([])
    expect(b.dispatched).toEqual([])
  })

  it('pans with the wheel and zooms around the pointer with Ctrl+wheel', () => {
    const b = openBoard(sample.doc)
    b.editor.wheel({ x: 100, y: 100, dx: 0, dy: 40, zoom: false })
    expect(b.store.getState().viewport).toEqual({ x: 0, y: 40, zoom: 1 })
    b.editor.wheel({ x: 100, y: 100, dx: 0, dy: -100, zoom: true })
    const vp = b.store.getState().viewport
    expect(vp.zoom).toBeGreaterThan(1)
    // The board point under the pointer stays under it.
    expect(100 / vp.zoom + vp.x).toBeCloseTo(100)
    expect(100 / vp.zoom + vp.y).toBeCloseTo(140)
  })
})

describe('the board editor: links, tools and text', () => {
  it('joins two cards with the Link tool, selects the arrow and goes back to Select', () => {
    const b = openBoard(sample.doc)
    b.editor.setTool('link')
    b.editor.pointerDown(b.at(cards.flyer)).pointerMove({ x: b.at(cards.flyer).x, y: b.at(cards.flyer).y + 30 })
    b.expectToBeIn('drawingLink')
    b.editor.pointerMove(b.at(cards.getPaid))
    expect(b.editor.view.getState().draft).toMatchObject({ from: cards.flyer, target: cards.getPaid })
    b.editor.pointerUp(b.at(cards.getPaid))
    expect(b.dispatched).toEqual([{ type: 'addLink', link: expect.objectContaining({ from: cards.flyer, to: cards.getPaid }) }])
    const linkId = Object.values(b.doc().links).find((l) => l.from === cards.flyer)?.id
    expect(b.selection()).toEqual({ cards: [], links: [linkId] })
    expect(b.store.getState().tool).toBe('select')
    expect(b.editor.keyDown({ key: 'Delete' })).toBe(true)
    expect(b.doc().links[linkId!]).toBeUndefined()
  })

  it('draws an arrow from the connector handle of the selected card; dropped on nothing it adds none', () => {
    const b = openBoard(sample.doc)
    b.editor.pointerDown(b.at(cards.getPaid)).pointerUp(b.at(cards.getPaid))
    const r = b.rect(cards.getPaid)
    const handle = { x: r.x + r.width, y: r.y + r.height / 2 }
    b.editor.pointerMove(handle)
    expect(b.editor.view.getState()).toMatchObject({ handleHover: cards.getPaid, cursor: 'crosshair' })
    b.editor.pointerDown(handle).pointerMove(b.at(cards.formPain)).pointerUp(b.at(cards.formPain))
    expect(b.dispatched).toEqual([{ type: 'addLink', link: expect.objectContaining({ from: cards.getPaid, to: cards.formPain }) }])
    // The arrow is selected now, so the card shows its handle again only under the pointer.
    b.editor.pointerMove(b.at(cards.getPaid)).pointerMove(handle)
    expect(b.editor.view.getState().handleHover).toBe(cards.getPaid)
    const empty = middle(b.cell(lanes.jobs, steps.sees))
    b.editor.pointerDown(handle).pointerMove(empty).pointerUp(empty)
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().cards[cards.getPaid]?.place).toMatchObject({ stepId: steps.fillsIn })
  })

  it('puts a text item where the Text tool clicks and a rectangle where the Rectangle tool is dragged', () => {
    const b = openBoard(sample.doc)
    const outside = { x: gridLayout(b.doc()).width + 300, y: 200 }
    b.editor.setTool('text')
    b.editor.pointerDown(outside).pointerUp(outside)
    b.expectToBeIn('editingText')
    expect(b.store.getState().tool).toBe('select')
    const editing = b.editor.view.getState().editing
    expect(editing?.isNew).toBe(true)
    b.editor.finishEditing('Opening hours')
    expect(b.dispatched).toEqual([{ type: 'addCards', cards: [expect.objectContaining({ shape: 'text', text: 'Opening hours' })] }])
    b.editor.setTool('rect')
    b.editor.pointerDown(outside).pointerMove({ x: outside.x + 150, y: outside.y + 90 })
    expect(b.editor.view.getState().creating).toEqual({ ...outside, width: 150, height: 90 })
    b.editor.pointerUp({ x: outside.x + 150, y: outside.y + 90 })
    b.editor.finishEditing(null)
    // A drawn shape is kept without words in it.
    expect(b.dispatched[1]).toEqual({ type: 'addCards', cards: [expect.objectContaining({ shape: 'rect', place: { kind: 'free', ...outside, width: 150, height: 90 } })] })
    b.editor.undoStep()
    expect(Object.values(b.doc().cards).some((c) => c.shape === 'rect')).toBe(false)
  })

  it('adds a card by double-clicking a cell and typing, edits one by double-clicking it', () => {
    const b = openBoard(sample.doc)
    const empty = middle(b.cell(lanes.jobs, steps.sees))
    b.editor.doubleClick(empty)
    b.expectToBeIn('editingText')
    const id = b.editor.view.getState().editing?.cardId
    expect(b.doc().cards[id!]).toBeDefined()
    b.editor.finishEditing('Reads the leaflet')
    b.expectToBeIn('idle')
    expect(b.dispatched).toHaveLength(1)
    expect(b.doc().cards[id!]?.place).toMatchObject({ laneId: lanes.jobs, stepId: steps.sees })

    b.editor.doubleClick(empty)
    const dropped = b.editor.view.getState().editing?.cardId
    b.editor.finishEditing('  ')
    expect(b.doc().cards[dropped!]).toBeUndefined()

    b.editor.doubleClick(b.at(cards.advert))
    expect(b.editor.view.getState().editing).toEqual({ cardId: cards.advert, isNew: false })
    b.editor.finishEditing('Instagram story')
    expect(b.dispatched.at(-1)).toEqual({ type: 'updateCards', cardIds: [cards.advert], patch: { text: 'Instagram story' } })
  })

  it('opens an arrow’s label by double-clicking it', () => {
    const b = openBoard(sample.doc)
    const from = b.rect(cards.formPain)
    const to = b.rect(cards.cardDeclined)
    b.editor.doubleClick({ x: (from.x + from.width + to.x) / 2, y: from.y + from.height / 2 })
    b.expectToBeIn('editingLink')
    expect(b.editor.view.getState().editingLink).toBe(links.formToDeclined)
    expect(b.editor.keyDown({ key: 'Delete' })).toBe(false)
  })
})
