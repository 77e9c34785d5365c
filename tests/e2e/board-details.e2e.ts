import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card } from '../../src/domain'
import { cardLayout, LAYOUT, type Rect } from '../../src/domain/layout'
import { decodePng } from './exportImages'
import { readDb, screenshot } from './harness'
import { createWorkshop, settle } from './flows'
import { boardChrome, boardView, firstMap, inside, overlaps, storedDoc, wheelPan } from './scene'
import { useApp } from './session'

// A facilitator opens a map from a template and finds it whole on screen, clear of the tool bar
// and the minimap; scrolls it and keeps the lane titles and stage headers in sight; marks a card's
// sentiment from the card itself; pastes a copy where the pointer is; and opens a persona from its
// chip. Where things are comes from the stored map and the view the board saved.

const TITLE_FILL = [244, 244, 245] as const

async function newMapFrom(page: Page, template: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Create the first map' }).click()
  const chooser = page.getByRole('dialog', { name: 'New map' })
  await chooser.getByRole('radio', { name: template }).check()
  await chooser.getByRole('button', { name: 'Create map' }).click()
  await chooser.waitFor({ state: 'detached' })
  await page.getByTestId('board').waitFor()
}

/** The open map laid out, and where the board shows it now. */
async function scene(page: Page) {
  await settle(page)
  // The board saves its view 400 ms after the last change: read the view it shows now.
  await page.waitForTimeout(700)
  const doc = await storedDoc(page, await firstMap(page))
  const view = await boardView(page, doc.map.id)
  const layout = cardLayout(doc)
  const onPage = (r: Rect): Rect => {
    const a = view.toPage(r)
    return { x: a.x, y: a.y, width: r.width * view.viewport.zoom, height: r.height * view.viewport.zoom }
  }
  return { doc, layout, view, onPage }
}

async function expectFitted(page: Page): Promise<void> {
  const s = await scene(page)
  const board = (await page.getByTestId('board').boundingBox())!
  const controls = await boardChrome(page)
  expect(controls.length).toBeGreaterThanOrEqual(3)
  expect(s.layout.rects.size).toBeGreaterThan(0)
  for (const rect of [...s.layout.rects.values(), s.layout.bounds]) {
    const r = s.onPage(rect)
    expect(inside(r, board)).toBe(true)
    for (const c of controls) expect(overlaps(r, c)).toBe(false)
  }
}

/** Share of a board strip's pixels in the lane title column's grey. */
async function titleGreyShare(page: Page, strip: { x0: number; x1: number; y0: number; y1: number }): Promise<number> {
  const board = (await page.getByTestId('board').boundingBox())!
  const png = decodePng(await page.screenshot({ clip: { x: board.x, y: board.y, width: board.width, height: board.height } }))
  const scale = png.width / board.width
  let grey = 0
  let all = 0
  for (let y = Math.round(strip.y0 * scale); y < strip.y1 * scale; y += 2) {
    for (let x = Math.round(strip.x0 * scale); x < strip.x1 * scale; x += 2) {
      const o = (y * png.width + x) * 4
      all++
      if (TITLE_FILL.every((v, i) => Math.abs(png.rgba[o + i]! - v) <= 2)) grey++
    }
  }
  return grey / all
}
describe('the board: first view, pinned headers, card menu, paste and personas', () => {
  const session = useApp()

  it('opens a map from a template whole, clear of the tool bar, minimap and scrollbars', async () => {
    const { page } = session.app
    await createWorkshop(page, 'Board details')
    await newMapFrom(page, /Awareness to support/)
    await expectFitted(page)
    await screenshot(page, 'board-details-fitted')
  })

  it('keeps the lane titles at the left edge and the headers at the top while panning, and Shift+1 fits again', async () => {
    const { page } = session.app
    await page.keyboard.press('0')
    await settle(page)
    const board = (await page.getByTestId('board').boundingBox())!
    const column = LAYOUT.laneTitleWidth
    const strip = { x0: 6, x1: column - 6, y0: LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight + 6, y1: board.height - 80 }
    await wheelPan(page, 900, 250)
    // Mid-gesture: the layers are hidden behind sliding tiles, and the pinned titles are still at the edge.
    const during = await titleGreyShare(page, strip)
    await settle(page)
    await page.waitForTimeout(300)
    const s = await scene(page)
    // The lane title column itself has scrolled far off to the left.
    expect(s.onPage({ x: s.layout.grid.laneTitleX, y: 0, width: column, height: 1 }).x + column).toBeLessThan(board.x)
    expect(during).toBeGreaterThan(0.5)
    expect(await titleGreyShare(page, strip)).toBeGreaterThan(0.5)
    // The stage header band is pinned to the top: a stage's colour right under the board's top edge.
    const png = decodePng(await page.screenshot({ clip: { x: board.x + column + 40, y: board.y + 8, width: 4, height: 4 } }))
    const colours = Object.values(s.doc.stages).map((st) => st.color.toLowerCase())
    const hex = `#${[...png.rgba.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`
    expect(colours).toContain(hex)
    await screenshot(page, 'board-details-pinned')

    await page.keyboard.press('Shift+Digit1')
    await expectFitted(page)
  })

  it('pins a right-to-left map’s lane titles to the right edge', async () => {
    const { page } = session.app
    await page.getByRole('tab', { name: 'Outline' }).click()
    await page.getByLabel('Right-to-left map').check()
    await settle(page)
    await page.getByTestId('board').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('0')
    await settle(page)
    await wheelPan(page, -900, 250)
    await settle(page)
    await page.waitForTimeout(300)
    const board = (await page.getByTestId('board').boundingBox())!
    const column = LAYOUT.laneTitleWidth
    const strip = { x0: board.width - column + 6, x1: board.width - 20, y0: LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight + 6, y1: board.height - 200 }
    expect(await titleGreyShare(page, strip)).toBeGreaterThan(0.5)
    await screenshot(page, 'board-details-pinned-rtl')
    await page.getByRole('tab', { name: 'Outline' }).click()
    await page.getByLabel('Right-to-left map').uncheck()
    await settle(page)
  })

  it('sets a card’s sentiment from its right-click menu and with the digit keys', async () => {
    const { page } = session.app
    // The whole map in view: no card lies under a pinned header.
    await page.getByTestId('board').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Shift+Digit1')
    const s = await scene(page)
    const [id, rect] = [...s.layout.rects.entries()][0]!
    const r = s.onPage(rect)
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, { button: 'right' })
    const menu = page.getByRole('menu', { name: 'Sentiment' })
    await menu.waitFor()
    await screenshot(page, 'board-details-card-menu')
    await menu.getByRole('menuitemradio', { name: 'Positive' }).click()
    await menu.waitFor({ state: 'detached' })
    await expect.poll(async () => (await readDb<Card>(page, 'cards')).find((c) => c.id === id)?.sentiment).toBe('positive')
    await page.keyboard.press('3')
    await expect.poll(async () => (await readDb<Card>(page, 'cards')).find((c) => c.id === id)?.sentiment).toBe('decision')
  })

  it('pastes a copy into the cell under the pointer, not under the original', async () => {
    const { page } = session.app
    const s = await scene(page)
    const before = await readDb<Card>(page, 'cards')
    const original = before.find((c) => c.place.kind === 'cell' && s.layout.rects.has(c.id))!
    const r = s.onPage(s.layout.rects.get(original.id)!)
    await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2)
    await page.keyboard.press('Control+C')
    // An empty cell in view: the first lane, at a step with nothing in it.
    const row = s.layout.grid.rows[0]!
    const board = (await page.getByTestId('board').boundingBox())!
    const column = s.layout.grid.columns.find((c) => {
      const p = s.view.toPage({ x: c.x + c.width / 2, y: row.y + 40 })
      const taken = before.some((card) => card.place.kind === 'cell' && card.place.laneId === row.laneId && card.place.stepId === c.stepId)
      return !taken && p.x > board.x + LAYOUT.laneTitleWidth && p.x < board.x + board.width - 40 && (c.stepId !== (original.place.kind === 'cell' ? original.place.stepId : ''))
    })!
    const target = s.view.toPage({ x: column.x + column.width / 2, y: row.y + 40 })
    await page.mouse.move(target.x, target.y)
    await page.keyboard.press('Control+V')
    await settle(page)
    const added = (await readDb<Card>(page, 'cards')).filter((c) => !before.some((b) => b.id === c.id))
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ text: original.text, place: { kind: 'cell', laneId: row.laneId, stepId: column.stepId } })
  })

  it('opens a persona from its chip on the board, and closes it with Esc', async () => {
    const { page } = session.app
    await page.getByRole('tab', { name: 'People' }).click()
    await page.getByRole('button', { name: 'New persona' }).click()
    const name = page.getByLabel('Name', { exact: true })
    await name.fill('Maya Olsen')
    await name.press('Enter')
    await page.getByLabel('Quote').fill('I just want the bill to make sense.')
    await page.getByLabel('Quote').blur()
    const goals = page.getByLabel(/^Goals/)
    await goals.fill('Pay less\nUnderstand the bill')
    await goals.blur()
    await page.getByRole('button', { name: 'Back to personas' }).click()
    await settle(page)

    await page.getByRole('list', { name: 'Personas on this map' }).getByRole('button', { name: /Maya Olsen/ }).click()
    const card = page.getByRole('dialog', { name: 'Maya Olsen' })
    await card.waitFor()
    expect(await card.textContent()).toContain('I just want the bill to make sense.')
    expect(await card.getByRole('listitem').allTextContents()).toEqual(['Pay less', 'Understand the bill'])
    await screenshot(page, 'board-details-persona')
    await page.keyboard.press('Escape')
    await card.waitFor({ state: 'detached' })
  })
})
