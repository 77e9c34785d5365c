import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { spanHandleRect } from '../../src/canvas/cards/spanDrag'
import type { Card, JourneyDoc } from '../../src/domain'
import type { CardLayout, Point } from '../../src/domain/layout'
import { readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { pageLayout } from './pageLayout'
import { boardView, drag, firstMap, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator fills a lane with touchpoints the way a room calls them out: double-click a cell
// and type, open a card in the inspector and say how the customer meets the brand, mark the
// friction, stretch a card over two steps, move two cards together to another lane, undo and
// redo, and find it all after a restart. Where to press comes from the layout math the board
// draws with, fed by what is stored and the view the board saved.

const TEXTS = ['Sees an Instagram ad', 'Signs up on the website', 'Reads the welcome email'] as const

interface Scene {
  readonly doc: JourneyDoc
  readonly layout: CardLayout
  readonly toPage: (p: Point) => Point
  /** The board's zoom: a new map opens fitted to the window, not at 100%. */
  readonly zoom: number
  readonly byText: (text: string) => Card
}

/** The open map as stored, laid out, and where the board shows it. */
async function scene(page: Page): Promise<Scene> {
  await settle(page)
  const doc = await storedDoc(page, await firstMap(page))
  const { toPage, viewport } = await boardView(page, doc.map.id)
  return {
    doc,
    // Cards as tall as the page draws them (fitted to their text), not the standard height.
    layout: await pageLayout(page, doc),
    toPage,
    zoom: viewport.zoom,
    byText: (text) => {
      const card = Object.values(doc.cards).find((c) => c.text === text)
      if (!card) throw new Error(`no card "${text}" stored`)
      return card
    },
  }
}

/**
 * A new map opens fitted to the window, small: for fine work (the span grip) a person zooms to
 * 100% and scrolls back to the map's first steps.
 */
async function zoomInOnStart(page: Page): Promise<void> {
  const board = (await page.getByTestId('board').boundingBox())!
  await page.mouse.click(board.x + 5, board.y + 5)
  await page.keyboard.press('0')
  await page.waitForTimeout(700)
  const s = await scene(page)
  const first = s.toPage({ x: s.layout.grid.columns[0]!.x, y: 0 })
  await page.mouse.move(board.x + board.width / 2, board.y + board.height / 2)
  // The map's top too: the headers pinned at the board's top edge would cover the first lane's cards.
  await page.mouse.wheel(first.x - (board.x + 260), first.y - (board.y + 20))
  await page.waitForTimeout(700)
}

/** The middle of a card on the page. */
function centre(s: Scene, card: Card): Point {
  const r = s.layout.rects.get(card.id)
  if (!r) throw new Error(`card "${card.text}" is not drawn`)
  return s.toPage({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
}

/**
 * Whether the board's top layer (selection, hover, drags) is on the page, and whether it shows
 * anything a few pixels above `at` (where a selected card's ring runs along its top edge).
 */
async function selectionLayer(page: Page, at: Point): Promise<{ shown: boolean; ringAbove: boolean }> {
  return page.evaluate((at) => {
    type Canvas = { style: { display: string }; width: number; height: number; getBoundingClientRect(): { left: number; top: number; width: number }; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } }
    const g = globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<Canvas> } }
    const layers = Array.from(g.document.querySelectorAll('[data-testid="board"] .konvajs-content > canvas'))
    const top = layers[layers.length - 1]!
    if (top.style.display === 'none') return { shown: false, ringAbove: false }
    const box = top.getBoundingClientRect()
    const scale = top.width / box.width
    const column = top.getContext('2d').getImageData(Math.round((at.x - box.left) * scale), 0, 1, top.height).data
    const y = Math.round((at.y - box.top) * scale)
    let ringAbove = false
    for (let k = y - 40; k < y; k++) if (k >= 0 && column[k * 4 + 3]! > 0) ringAbove = true
    return { shown: true, ringAbove }
  }, at)
}

function inspector(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Inspector' })
}

describe('touchpoint cards on the board', () => {
  const session = useApp()

  it('adds three cards by double-clicking cells and typing', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Touchpoint workshop')
    await page.getByTestId('board').waitFor()

    const s = await scene(page)
    const row = s.layout.grid.rows[0]!
    for (const [i, text] of TEXTS.entries()) {
      await typeCardAt(page, s.toPage(inCell(s.layout.grid.columns[i]!, row)), text)
    }
    await settle(page)
    const cards = await readDb<Card>(page, 'cards')
    expect(cards.map((c) => c.text).sort()).toEqual([...TEXTS].sort())
    expect(new Set(cards.map((c) => (c.place.kind === 'cell' ? c.place.laneId : null)))).toEqual(new Set([row.laneId]))
  })

  it('sets a card’s channel, device and sentiment in the inspector', async () => {
    const { page } = session.app
    const s = await scene(page)
    const first = s.byText(TEXTS[0])
    const at = centre(s, first)
    const rect = s.layout.rects.get(first.id)!
    const topEdge = s.toPage({ x: rect.x + rect.width / 2, y: rect.y })
    // Nothing selected or hovered: the empty top layer is off the page (it would cost every frame).
    await page.keyboard.press('Escape')
    await page.mouse.move(at.x, at.y + 2000)
    await expect.poll(async () => (await selectionLayer(page, topEdge)).shown).toBe(false)
    await page.mouse.click(at.x, at.y)
    // The selected card's ring is drawn on it.
    await expect.poll(() => selectionLayer(page, topEdge)).toEqual({ shown: true, ringAbove: true })
    // Selecting on the board brings the inspector forward.
    await expect.poll(() => page.getByRole('tab', { name: 'Inspector' }).getAttribute('aria-selected')).toBe('true')
    const panel = inspector(page)
    expect(await panel.getByLabel('Text').inputValue()).toBe(TEXTS[0])
    await panel.getByLabel('Channel').selectOption({ label: 'Email' })
    await panel.getByLabel('Device').selectOption({ label: 'Mobile' })
    await panel.getByRole('radio', { name: 'Friction point' }).check()
    await panel.getByLabel('Owning team').fill('Marketing')
    await panel.getByLabel('Owning team').press('Enter')
    await settle(page)
    const stored = (await readDb<Card>(page, 'cards')).find((c) => c.id === first.id)
    expect(stored).toMatchObject({ channel: 'email', device: 'mobile', sentiment: 'friction', team: 'Marketing' })
  })

  it('stretches a card over two steps with the grip on its trailing edge', async () => {
    const { page } = session.app
    await zoomInOnStart(page)
    const s = await scene(page)
    // The second card: its grip is well inside the board at the first view.
    const second = s.byText(TEXTS[1])
    const at = centre(s, second)
    await page.mouse.click(at.x, at.y)
    const rect = s.layout.rects.get(second.id)!
    const grip = spanHandleRect(rect, s.doc.map.direction === 'rtl', s.zoom)
    const from = s.toPage({ x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 })
    const next = s.layout.grid.columns[2]!
    await drag(page, from, s.toPage({ x: next.x + next.width * 0.75, y: grip.y + grip.height / 2 }))
    await settle(page)
    const stored = (await readDb<Card>(page, 'cards')).find((c) => c.id === second.id)
    expect(stored?.place).toMatchObject({ kind: 'cell', stepId: second.place.kind === 'cell' ? second.place.stepId : '', span: 2 })
  })

  it('moves two shift-selected cards together to another lane', async () => {
    const { page } = session.app
    const s = await scene(page)
    const [a, b] = [s.byText(TEXTS[0]), s.byText(TEXTS[1])]
    const pa = centre(s, a)
    // The second card now covers two steps: take it by its first step, so it keeps its columns.
    const rb = s.layout.rects.get(b.id)!
    const pb = s.toPage({ x: s.doc.map.direction === 'rtl' ? rb.x + rb.width - 30 : rb.x + 30, y: rb.y + rb.height / 2 })
    await page.mouse.click(pa.x, pa.y)
    await page.keyboard.down('Shift')
    await page.mouse.click(pb.x, pb.y)
    await page.keyboard.up('Shift')
    await expect.poll(() => inspector(page).getByText('2 cards selected').isVisible()).toBe(true)
    // The two cards differ in channel: the inspector says so rather than showing one of them.
    expect(await inspector(page).getByLabel('Channel').inputValue()).toBe('__mixed__')

    const target = s.layout.grid.rows[1]!
    await drag(page, pb, { x: pb.x, y: s.toPage({ x: 0, y: target.y + 40 }).y })
    await settle(page)
    const cards = await readDb<Card>(page, 'cards')
    const lane = (id: string) => {
      const p = cards.find((c) => c.id === id)?.place
      return p?.kind === 'cell' ? [p.laneId, p.stepId] : null
    }
    const step = (c: Card) => (c.place.kind === 'cell' ? c.place.stepId : null)
    expect(lane(a.id)).toEqual([target.laneId, step(a)])
    expect(lane(b.id)).toEqual([target.laneId, step(b)])
    expect(lane(s.byText(TEXTS[2]).id)?.[0]).toBe(s.layout.grid.rows[0]!.laneId)
  })

  it('undoes the move as one step and redoes it', async () => {
    const { page } = session.app
    const lanes = async () => {
      await settle(page)
      const cards = await readDb<Card>(page, 'cards')
      return TEXTS.map((t) => {
        const p = cards.find((c) => c.text === t)?.place
        return p?.kind === 'cell' ? p.laneId : null
      })
    }
    const moved = await lanes()
    await page.getByRole('button', { name: 'Undo' }).click()
    const undone = await lanes()
    expect(new Set(undone).size).toBe(1)
    expect(undone[0]).toBe(moved[2])
    await page.getByRole('button', { name: 'Redo' }).click()
    expect(await lanes()).toEqual(moved)
  })

  it('finds the cards, their touchpoint details and the stretch after a restart', async () => {
    await session.restart()
    const { page } = session.app
    await page.getByTestId('board').waitFor({ timeout: 15_000 })
    const s = await scene(page)
    const first = s.byText(TEXTS[0])
    expect(first).toMatchObject({ channel: 'email', device: 'mobile', sentiment: 'friction', team: 'Marketing' })
    expect(s.byText(TEXTS[1]).place).toMatchObject({ span: 2 })
    const rows = s.layout.grid.rows
    expect([TEXTS[0], TEXTS[1]].map((t) => (s.byText(t).place as { laneId: string }).laneId)).toEqual([rows[1]!.laneId, rows[1]!.laneId])

    // The outline lists the lane's cards; picking one there selects it on the board.
    await page.getByRole('tab', { name: 'Outline' }).click()
    const lane = s.doc.lanes[rows[1]!.laneId]!
    await page.getByRole('button', { name: `Show the cards of ${isolated(lane.title)}` }).click()
    const row = page.getByRole('textbox', { name: new RegExp(`^Card 1 in .*, ${isolated(lane.title)}$`) }).first()
    expect([TEXTS[0], TEXTS[1]]).toContain(await row.inputValue())
    await row.focus()
    // The outline keeps the keyboard; the inspector tab does not jump forward.
    expect(await page.getByRole('tab', { name: 'Outline' }).getAttribute('aria-selected')).toBe('true')

    await page.getByRole('tab', { name: 'Inspector' }).click()
    expect(await inspector(page).getByText('1 card selected').isVisible()).toBe(true)
    const selected = await inspector(page).getByLabel('Text').inputValue()
    expect([TEXTS[0], TEXTS[1]]).toContain(selected)

    const shot = await screenshot(page, 'board-cards')
    expect(existsSync(shot)).toBe(true)
  })
})
