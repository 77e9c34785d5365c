import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyCommand, createCard } from '../../../src/domain'
import { setCardHeightRule } from '../../../src/domain/cardFit'
import { cardLayout, gridLayout, LAYOUT } from '../../../src/domain/layout'
import { createCardHeightRule, cutsText } from '../../../src/drawing/cardFit'
import { estimateTextWidth } from '../../../src/drawing/textMeasure'
import { cardTextBox } from '../../../src/drawing/touchpointLayout'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT } from '../../../src/drawing/cardStyle'
import { wrapText } from '../../../src/drawing/textWrap'
import { board, cell, withCards } from './cardBoard'

const LONG = 'The bank asks for a utility bill, a passport scan and a selfie, and then asks for the utility bill again after two days of silence'

beforeEach(() => setCardHeightRule(createCardHeightRule(estimateTextWidth)))
afterEach(() => setCardHeightRule(null))

/** The lines the card's own text box shows: what Konva and the SVG draw (ellipsis when it is short). */
function shownLines(card: Parameters<typeof cardTextBox>[0] & { text: string }, rect: { width: number; height: number }) {
  const box = cardTextBox(card, rect.width, rect.height)
  const lineHeight = CARD_FONT_SIZE * CARD_LINE_HEIGHT
  const max = Math.floor((box.height - 2 * box.padding) / lineHeight + 0.01)
  return wrapText(card.text, box.width - 2 * box.padding, max, (s) => estimateTextWidth(s, '400 15px x'))
}

describe('cards fitted to their text', () => {
  it('grows a long card to show every line, grows its lane with it, and keeps short cards standard', () => {
    const b = board()
    const long = createCard(b.doc.map.id, cell(b, 1, 0), { text: LONG })
    const short = createCard(b.doc.map.id, cell(b, 1, 1), { text: 'Short' })
    const doc = withCards(b.doc, [long, short])
    const rects = cardLayout(doc).rects
    const tall = rects.get(long.id)!
    expect(tall.height).toBeGreaterThan(LAYOUT.cardHeight)
    expect(rects.get(short.id)!.height).toBe(LAYOUT.cardHeight)
    expect(shownLines(long, tall).at(-1)).not.toMatch(/…$/)
    expect(shownLines(long, tall).join(' ')).toBe(LONG)
    const row = gridLayout(doc).rows[1]!
    expect(row.height).toBeGreaterThanOrEqual(tall.height + 2 * LAYOUT.cellPadding)
    expect(row.height).toBeGreaterThan(doc.lanes[row.laneId]!.height)
    // The lanes below move down with it.
    expect(gridLayout(doc).rows[2]!.y).toBe(row.y + row.height)
  })

  it('gives a touchpoint card room for its text above the icon row', () => {
    const b = board()
    const card = createCard(b.doc.map.id, cell(b, 0, 0), { text: LONG, channel: 'email', device: 'mobile' })
    const rect = cardLayout(withCards(b.doc, [card])).rects.get(card.id)!
    expect(shownLines(card, rect).join(' ')).toBe(LONG)
    expect(cutsText(card, rect, estimateTextWidth)).toBe(false)
  })

  it('draws every card of a full cell whole, stacked without overlap, where a compact map shows "+N"', () => {
    const b = board()
    const cards = [0, 1, 2, 3].map((rank) => createCard(b.doc.map.id, cell(b, 2, 0, 1, rank), { text: rank % 2 === 0 ? LONG : `Card ${rank}` }))
    const spanning = createCard(b.doc.map.id, cell(b, 2, 0, 2, 5), { text: 'Spans two steps' })
    const all = [...cards, spanning]
    const fit = withCards(b.doc, all)
    const compact = applyCommand(fit, { type: 'setCardText', mode: 'compact' })
    const fitLayout = cardLayout(fit)
    expect(cardLayout(compact).overflow.length).toBeGreaterThan(0)
    expect(fitLayout.overflow).toEqual([])
    const drawn = all.map((c) => fitLayout.rects.get(c.id))
    expect(drawn.every((r) => r !== undefined)).toBe(true)
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.y).toBeGreaterThanOrEqual(drawn[i - 1]!.y + drawn[i - 1]!.height + LAYOUT.cardGap)
    for (const [i, c] of all.entries()) expect(cutsText(c, drawn[i]!, estimateTextWidth)).toBe(false)
    const row = gridLayout(fit).rows[2]!
    const lowest = drawn.at(-1)!
    expect(lowest.y + lowest.height + LAYOUT.cellPadding).toBeLessThanOrEqual(row.y + row.height)
  })

  it('keeps every card two lines high on a compact map, with the cut text ending in "…"', () => {
    const b = board()
    const long = createCard(b.doc.map.id, cell(b, 1, 0), { text: LONG })
    const doc = applyCommand(withCards(b.doc, [long]), { type: 'setCardText', mode: 'compact' })
    const rect = cardLayout(doc).rects.get(long.id)!
    expect(rect.height).toBe(LAYOUT.cardHeight)
    expect(shownLines(long, rect)).toHaveLength(2)
    expect(shownLines(long, rect)[1]).toMatch(/…$/)
    expect(cutsText(long, rect, estimateTextWidth)).toBe(true)
    expect(gridLayout(doc).rows[1]!.height).toBe(doc.lanes[gridLayout(doc).rows[1]!.laneId]!.height)
  })

  it('keeps the grid object while card edits leave every lane as tall as it was', () => {
    const b = board()
    const card = createCard(b.doc.map.id, cell(b, 1, 0), { text: 'Short' })
    const doc = withCards(b.doc, [card])
    const before = gridLayout(doc)
    const edited = applyCommand(doc, { type: 'updateCards', cardIds: [card.id], patch: { text: 'Still short' } })
    expect(gridLayout(edited)).toBe(before)
    const grown = applyCommand(doc, { type: 'updateCards', cardIds: [card.id], patch: { text: LONG } })
    expect(gridLayout(grown)).not.toBe(before)
  })

  it('switches with one undoable command', () => {
    const b = board()
    const compact = applyCommand(b.doc, { type: 'setCardText', mode: 'compact' })
    expect(compact.map.cardText).toBe('compact')
    expect(applyCommand(compact, { type: 'setCardText', mode: 'compact' })).toBe(compact)
    expect(applyCommand(b.doc, { type: 'setCardText', mode: 'fit' })).toBe(b.doc)
    expect(applyCommand(compact, { type: 'setCardText', mode: 'fit' }).map.cardText).toBe('fit')
  })
})

describe('laying out again after a card edit', () => {
  it('measures only the edited lane again, once for the grid and the cards together, and lays it out as a fresh layout would', () => {
    const b = board()
    const cards = [0, 1, 2].flatMap((lane) => [0, 1, 2].map((step) => createCard(b.doc.map.id, cell(b, lane, step), { text: `${LONG} ${lane}.${step}` })))
    const doc = withCards(b.doc, cards)
    const measured: string[] = []
    const measure = createCardHeightRule(estimateTextWidth)
    setCardHeightRule((card, width) => {
      measured.push(card.text)
      return measure(card, width)
    })
    cardLayout(doc)
    // Every card once: the grid's pass and the cards' pass share one stack per lane.
    expect(measured).toHaveLength(cards.length)

    measured.length = 0
    const edited = cards[4]!
    const after = applyCommand(doc, { type: 'updateCards', cardIds: [edited.id], patch: { text: `${LONG} and then some more words that add a line` } })
    const layout = cardLayout(after)
    // The edited card's lane (three cards) is stacked again; the other lanes are taken as they were.
    expect(measured).toHaveLength(3)
    expect(measured.every((t) => after.cards[edited.id]!.text === t || t.endsWith(' 1.0') || t.endsWith(' 1.2'))).toBe(true)

    // The same rects and grid as a layout that never saw the earlier map (fresh lane records).
    const fresh = { ...after, lanes: Object.fromEntries(Object.entries(after.lanes).map(([id, lane]) => [id, { ...lane }])) }
    expect(cardLayout(fresh).rects).toEqual(layout.rects)
    expect(gridLayout(fresh).rows).toEqual(layout.grid.rows)
  })
})
