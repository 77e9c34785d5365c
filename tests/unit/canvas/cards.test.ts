import { describe, expect, it } from 'vitest'
import { CHANNEL_ICON_PATHS, DEVICE_ICON_PATHS } from '../../../src/drawing/touchpointIcons'
import { revealViewport } from '../../../src/canvas/cards/reveal'
import { hitSpanHandle, spanHandleRect } from '../../../src/canvas/cards/spanDrag'
import { cardHeightForLines, cardTextBox, touchpointFooterLayout, TOUCHPOINT_ICON_SIZE } from '../../../src/drawing/touchpointLayout'
import { CARD_FONT_SIZE, CARD_LINE_HEIGHT } from '../../../src/drawing/cardStyle'
import { CHANNELS, createCard, DEVICES } from '../../../src/domain'
import { cardLayout, LAYOUT } from '../../../src/domain/layout'
import { firstCards, laneCardGroups } from '../../../src/ui/outlineGroups'
import { board, cell, withCards } from '../domain/cardBoard'


describe('the span handle', () => {
  it('puts the grip on the trailing edge below the link connector, and only for one selected cell card', () => {
    const b = board()
    const card = createCard(b.doc.map.id, cell(b, 0, 0))
    const free = createCard(b.doc.map.id, { kind: 'free', x: -400, y: 0, width: 200, height: 100 })
    const doc = withCards(b.doc, [card, free])
    const rect = cardLayout(doc).rects.get(card.id)!
    const grip = spanHandleRect(rect, false, 1)
    expect(grip.x + grip.width / 2).toBe(rect.x + rect.width)
    expect(grip.y).toBeGreaterThan(rect.y + rect.height / 2 + 10)
    expect(grip.y + grip.height).toBeLessThanOrEqual(rect.y + rect.height)
    const rtlGrip = spanHandleRect(rect, true, 1)
    expect(rtlGrip.x + rtlGrip.width / 2).toBe(rect.x)
    const on = { x: rect.x + rect.width, y: grip.y + grip.height / 2 }
    expect(hitSpanHandle(doc, [card.id], on, 1)?.card.id).toBe(card.id)
    expect(hitSpanHandle(doc, [card.id, free.id], on, 1)).toBeNull()
    expect(hitSpanHandle(doc, [card.id], { x: on.x, y: rect.y + rect.height / 2 }, 1)).toBeNull()
    expect(hitSpanHandle(doc, [free.id], { x: -200, y: 80 }, 1)).toBeNull()
  })
})

describe('touchpoint details on a card', () => {
  it('has a drawing for every channel and device', () => {
    for (const channel of CHANNELS) expect(CHANNEL_ICON_PATHS[channel]).toMatch(/^[Mm]/)
    for (const device of DEVICES) expect(DEVICE_ICON_PATHS[device]).toMatch(/^[Mm]/)
  })

  it('keeps two lines of text above the icon row on a standard card, and the whole card for a plain one', () => {
    const plain = { channel: null, device: null, team: '' }
    expect(cardTextBox(plain, 200, LAYOUT.cardHeight)).toMatchObject({ width: 200, height: LAYOUT.cardHeight })
    const box = cardTextBox({ channel: 'email', device: null, team: '' }, 200, LAYOUT.cardHeight)
    expect(box.height).toBeGreaterThanOrEqual(2 * CARD_FONT_SIZE * CARD_LINE_HEIGHT)
    const footer = touchpointFooterLayout(2, true, 200, LAYOUT.cardHeight, 'ltr')
    // The lines the box holds end above the icons (the box itself has half a pixel of slack).
    const lineHeight = CARD_FONT_SIZE * CARD_LINE_HEIGHT
    expect(Math.floor(box.height / lineHeight)).toBe(2)
    expect(box.y + 2 * lineHeight).toBeLessThanOrEqual(footer.icons[0]!.y + 1e-9)
    expect(footer.icons[0]!.y + TOUCHPOINT_ICON_SIZE).toBeLessThanOrEqual(LAYOUT.cardHeight)
    expect(footer.team!.x).toBeGreaterThan(footer.icons[1]!.x + TOUCHPOINT_ICON_SIZE)
  })

  it('gives a touchpoint card grown to its text every line of it, counted as Konva counts them', () => {
    const card = { channel: 'email' as const, device: 'laptop' as const, team: 'Sales' }
    const lineHeight = CARD_FONT_SIZE * CARD_LINE_HEIGHT
    for (let lines = 1; lines <= 12; lines++) {
      // The layout grows a card to a whole pixel; Konva adds line heights one by one while they fit the box.
      const box = cardTextBox(card, 200, Math.ceil(cardHeightForLines(card, lines)))
      let shown = 0
      for (let used = 0; used + lineHeight <= box.height; used += lineHeight) shown++
      expect(shown, `${lines} lines`).toBe(lines)
    }
  })

  it('starts the icons at the right edge in a right-to-left map', () => {
    const ltr = touchpointFooterLayout(1, true, 200, 64, 'ltr')
    const rtl = touchpointFooterLayout(1, true, 200, 64, 'rtl')
    expect(rtl.icons[0]!.x).toBe(200 - ltr.icons[0]!.x - TOUCHPOINT_ICON_SIZE)
    expect(rtl.team!.x + rtl.team!.width).toBeLessThan(rtl.icons[0]!.x)
  })
})

describe('revealing a card from the outline', () => {
  const vp = { x: 0, y: 0, zoom: 1 }
  it('leaves the view alone when the card is on screen', () => {
    expect(revealViewport(vp, { x: 100, y: 100, width: 200, height: 64 }, 1000, 800)).toBe(vp)
  })
  it('pans just enough to bring it in with a margin', () => {
    expect(revealViewport(vp, { x: 1200, y: 100, width: 200, height: 64 }, 1000, 800)).toEqual({ x: 448, y: 0, zoom: 1 })
    expect(revealViewport({ x: 0, y: 0, zoom: 2 }, { x: -100, y: -50, width: 50, height: 20 }, 1000, 800)).toEqual({ x: -124, y: -74, zoom: 2 })
  })
  it('centres a card that is bigger than the screen', () => {
    expect(revealViewport(vp, { x: 0, y: 0, width: 3000, height: 64 }, 1000, 800).x).toBe(1000)
  })
})

describe('cards in the outline', () => {
  it('groups a lane\'s cards by step in time order, stacked by rank, and pages them', () => {
    const b = board()
    const late = createCard(b.doc.map.id, cell(b, 0, 3), { text: 'late' })
    const bottom = createCard(b.doc.map.id, cell(b, 0, 0, 1, 2), { text: 'bottom' })
    const top = createCard(b.doc.map.id, cell(b, 0, 0, 1, 1), { text: 'top' })
    const elsewhere = createCard(b.doc.map.id, cell(b, 1, 0), { text: 'elsewhere' })
    const doc = withCards(b.doc, [late, bottom, top, elsewhere])
    const groups = laneCardGroups(doc, b.lanes[0]!)
    expect(groups.map((g) => [g.stepId, g.cards.map((c) => c.text)])).toEqual([
      [b.steps[0], ['top', 'bottom']],
      [b.steps[3], ['late']],
    ])
    const page = firstCards(groups, 2)
    expect(page.groups.map((g) => g.cards.length)).toEqual([2])
    expect(page.hidden).toBe(1)
  })
})
