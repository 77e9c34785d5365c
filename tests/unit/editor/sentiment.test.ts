import { describe, expect, it } from 'vitest'
import { boardToScreen } from '../../../src/canvas/viewport'
import { cardLayout } from '../../../src/domain/layout'
import { runMenuCommand } from '../../../src/editor'
import { actionsFor, SHORTCUTS } from '../../../src/editor/keymap'
import { buildSampleDoc } from '../domain/helpers'
import { openBoard } from './harness'

const sample = buildSampleDoc()
const { cards } = sample

// Sentiment set on the board itself: a digit for the selected cards, or a right click on a card.
describe('the board editor: sentiment without the inspector', () => {
  it('marks the selected cards with 1–4 in the inspector’s order, as one undo step', () => {
    const b = openBoard(sample.doc)
    b.editor.select([cards.advert, cards.flyer])
    expect(b.editor.keyDown({ key: '2', code: 'Digit2' })).toBe(true)
    expect(b.doc().cards[cards.advert]?.sentiment).toBe('friction')
    expect(b.doc().cards[cards.flyer]?.sentiment).toBe('friction')
    b.editor.undoStep()
    expect(b.doc().cards[cards.advert]?.sentiment).toBe(sample.doc.cards[cards.advert]?.sentiment)
    b.editor.redoStep()
    expect(b.doc().cards[cards.flyer]?.sentiment).toBe('friction')
    b.editor.keyDown({ key: '1', code: 'Digit1' })
    expect(b.doc().cards[cards.advert]?.sentiment).toBe('positive')
  })

  it('leaves a digit alone with nothing selected, and keeps Shift+1 and Alt+digits for the view', () => {
    const b = openBoard(sample.doc)
    expect(b.editor.keyDown({ key: '3', code: 'Digit3' })).toBe(false)
    expect(b.dispatched).toEqual([])
    expect(actionsFor({ key: '!', code: 'Digit1', shiftKey: true })).toEqual(['zoomToFit'])
    expect(actionsFor({ key: '1', code: 'Digit1', altKey: true })).toEqual(['zoomToStage'])
    // The plain digits ask for their sentiment and nothing else, and are listed in the shortcuts.
    for (const [n, sentiment] of ['positive', 'friction', 'decision', 'neutral'].entries()) {
      expect(actionsFor({ key: String(n + 1), code: `Digit${n + 1}` })).toEqual([`sentiment:${sentiment}`])
      expect(SHORTCUTS.find((s) => s.action === `sentiment:${sentiment}`)?.unlisted).toBeUndefined()
    }
  })

  it('the native menu’s Card Sentiment items do what the digits do, and nothing without a selection', () => {
    const b = openBoard(sample.doc)
    expect(runMenuCommand(b.editor, 'sentiment:decision')).toBe(false)
    expect(b.dispatched).toEqual([])
    b.editor.select([cards.advert, cards.flyer])
    expect(runMenuCommand(b.editor, 'sentiment:decision')).toBe(true)
    expect(b.doc().cards[cards.advert]?.sentiment).toBe('decision')
    expect(b.doc().cards[cards.flyer]?.sentiment).toBe('decision')
    b.editor.undoStep()
    expect(b.doc().cards[cards.flyer]?.sentiment).toBe(sample.doc.cards[cards.flyer]?.sentiment)
    runMenuCommand(b.editor, 'sentiment:neutral')
    expect(b.doc().cards[cards.advert]?.sentiment).toBe('neutral')
  })

  it('a right click selects the card under it for its menu; a card in the selection keeps the selection', () => {
    const b = openBoard(sample.doc)
    const layout = cardLayout(sample.doc)
    const at = (id: string) => {
      const r = layout.rects.get(id as never)!
      return boardToScreen(b.store.getState().viewport, { x: r.x + r.width / 2, y: r.y + r.height / 2 })
    }
    expect(b.editor.cardForMenu(at(cards.website))).toBe(cards.website)
    expect(b.selection().cards).toEqual([cards.website])
    b.editor.select([cards.advert, cards.flyer])
    expect(b.editor.cardForMenu(at(cards.flyer))).toBe(cards.flyer)
    expect(b.selection().cards).toEqual([cards.advert, cards.flyer])
    expect(b.editor.cardForMenu({ x: -500, y: -500 })).toBeNull()
  })
})
