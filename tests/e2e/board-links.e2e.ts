import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card, JourneyMap, Link } from '../../src/domain'
import { cellRect, slotRect, type Point } from '../../src/domain/layout'
import { linkPath, pointAt } from '../../src/drawing/linkGeometry'
import { readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { pageLayout } from './pageLayout'
import { boardView, drag, rowsOf, storedDoc } from './scene'
import { useApp } from './session'

// A facilitator joins two cards with an arrow, moves one and watches the arrow follow, labels it,
// puts a heading and a box on the board with the toolbar, copies a card into a second map, undoes
// and redoes, and after a restart finds all of it. Where to press comes from the same layout and
// link geometry the board draws with, fed by what is stored and the view the board saved.

/** The stored document of one map, and a function from board points to page points for the view the board saved. */
async function scene(page: Page, mapTitle: string) {
  await settle(page)
  const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === mapTitle)
  if (!map) throw new Error(`no map "${mapTitle}" stored`)
  const doc = await storedDoc(page, map)
  const { toPage, viewport } = await boardView(page, map.id)
  // Cards as tall as the page draws them (fitted to their text), not the standard height.
  const layout = await pageLayout(page, doc)
  // A new map opens fitted to the window: sizes drawn on screen are board sizes times the zoom.
  return { doc, grid: layout.grid, rects: layout.rects, toPage, zoom: viewport.zoom }
}

function centre(r: { x: number; y: number; width: number; height: number }): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

async function typeCard(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Card text' })
  await box.waitFor()
  await box.fill(text)
  await box.press('Enter')
  await box.waitFor({ state: 'detached' })
}

async function openMap(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Maps' }).getByRole('button', { name: title, exact: true }).click()
  await page.getByTestId('board').waitFor()
}

describe('links, whiteboard items and the clipboard, as a facilitator uses them', () => {
  const session = useApp()
  const FIRST = 'Journey map 1'
  const SECOND = 'Journey map 2'

  it('adds two cards and joins them with the Link tool', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Links workshop')
    await page.getByTestId('board').waitFor()

    const s = await scene(page, FIRST)
    const [lane] = s.grid.rows
    const [first, second] = s.grid.columns
    for (const [column, text] of [
      [first!, 'Sees an advert'],
      [second!, 'Visits the website'],
    ] as const) {
      const at = s.toPage(centre(slotRect(cellRect(s.grid, lane!.laneId, column.stepId)!, 0)))
      await page.mouse.dblclick(at.x, at.y)
      await typeCard(page, text)
    }

    await page.getByRole('button', { name: 'Link: drag from one card to another' }).click()
    expect(await page.getByRole('button', { name: 'Link: drag from one card to another' }).getAttribute('aria-pressed')).toBe('true')
    const t = await scene(page, FIRST)
    const [advert, website] = ['Sees an advert', 'Visits the website'].map((text) => Object.values(t.doc.cards).find((c) => c.text === text)!)
    await drag(page, t.toPage(centre(t.rects.get(advert!.id)!)), t.toPage(centre(t.rects.get(website!.id)!)))
    await settle(page)
    const links = await readDb<Link>(page, 'links')
    expect(links).toEqual([expect.objectContaining({ from: advert!.id, to: website!.id, label: '' })])
    // Drawing a link hands the board back to the Select tool.
    expect(await page.getByRole('button', { name: 'Select', exact: true }).getAttribute('aria-pressed')).toBe('true')

    // The new arrow is selected: Enter opens its label on the middle of the curve.
    await page.keyboard.press('Enter')
    const label = page.getByRole('textbox', { name: 'Arrow label' })
    await label.fill('clicks through')
    await label.press('Enter')
    await settle(page)
    expect((await readDb<Link>(page, 'links'))[0]?.label).toBe('clicks through')
  })

  it('drags a card to another lane and the arrow follows it', async () => {
    const { page } = session.app
    const s = await scene(page, FIRST)
    const website = Object.values(s.doc.cards).find((c) => c.text === 'Visits the website')!
    const below = s.grid.rows[1]!
    const column = s.grid.columns[1]!
    await drag(page, s.toPage(centre(s.rects.get(website.id)!)), s.toPage(centre(slotRect(cellRect(s.grid, below.laneId, column.stepId)!, 0))))
    await settle(page)
    const moved = (await readDb<Card>(page, 'cards')).find((c) => c.id === website.id)!
    expect(moved.place).toMatchObject({ kind: 'cell', laneId: below.laneId, stepId: column.stepId })

    // Where the arrow runs now, by the board's own geometry: a click there finds it.
    const t = await scene(page, FIRST)
    const link = Object.values(t.doc.links)[0]!
    const mid = pointAt(linkPath(t.rects.get(link.from)!, t.rects.get(link.to)!), 0.3)
    const at = t.toPage(mid)
    await page.mouse.click(at.x, at.y)
    await page.keyboard.press('Enter')
    const label = page.getByRole('textbox', { name: 'Arrow label' })
    expect(await label.inputValue()).toBe('clicks through')
    await label.press('Escape')
    await screenshot(page, 'board-links-followed')

    // Delete removes the selected arrow; undo brings it back.
    await page.mouse.click(at.x, at.y)
    await page.keyboard.press('Delete')
    await settle(page)
    expect(await readDb<Link>(page, 'links')).toEqual([])
    await page.getByRole('button', { name: 'Undo' }).click()
    await settle(page)
    expect(await readDb<Link>(page, 'links')).toHaveLength(1)
  })

  it('puts a text item and a rectangle on the board with the toolbar', async () => {
    const { page } = session.app
    const s = await scene(page, FIRST)
    const lane = s.grid.rows[0]!
    const third = s.grid.columns[2]!
    const second = s.grid.columns[1]!
    const touchpoints = s.grid.rows[1]!
    await page.getByRole('button', { name: 'Text', exact: true }).click()
    const textAt = s.toPage({ x: third.x + third.width / 2, y: lane.y + lane.height - 30 })
    await page.mouse.click(textAt.x, textAt.y)
    await typeCard(page, 'Decision gate')

    await page.keyboard.press('r')
    expect(await page.getByRole('button', { name: 'Rectangle' }).getAttribute('aria-pressed')).toBe('true')
    // Below the card that moved into this cell: a box drawn over the grid stays a free item.
    const from = s.toPage({ x: second.x + 30, y: touchpoints.y + 84 })
    await drag(page, from, { x: from.x + 170 * s.zoom, y: from.y + 70 * s.zoom })
    await typeCard(page, 'Pilot scope')
    await settle(page)

    const cards = await readDb<Card>(page, 'cards')
    const heading = cards.find((c) => c.text === 'Decision gate')
    const box = cards.find((c) => c.text === 'Pilot scope')
    expect(heading).toMatchObject({ shape: 'text', place: { kind: 'free' } })
    expect(box).toMatchObject({ shape: 'rect', place: { kind: 'free', width: 170, height: 70 } })
  })

  it('copies a card and pastes it into a second map, with undo and redo', async () => {
    const { page } = session.app
    const s = await scene(page, FIRST)
    const advert = Object.values(s.doc.cards).find((c) => c.text === 'Sees an advert')!
    const at = s.toPage(centre(s.rects.get(advert.id)!))
    await page.mouse.click(at.x, at.y)
    await page.keyboard.press('Control+C')

    await page.getByRole('button', { name: 'New map' }).click()
    const templates = page.getByRole('dialog', { name: 'New map' })
    if (await templates.waitFor({ timeout: 2_000 }).then(() => true, () => false)) await templates.getByRole('button', { name: 'Create map' }).click()
    await expect.poll(() => page.getByRole('navigation', { name: 'Maps' }).getByRole('button', { name: SECOND, exact: true }).getAttribute('aria-current')).toBe('page')
    await page.getByTestId('board').waitFor()
    await settle(page)
    const second = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === SECOND)!

    await page.getByTestId('board').focus()
    await page.keyboard.press('Control+V')
    await settle(page)
    const pasted = await rowsOf<Card>(page, 'cards', second.id)
    expect(pasted).toHaveLength(1)
    expect(pasted[0]).toMatchObject({ text: 'Sees an advert', place: { kind: 'free' } })
    expect(pasted[0]!.id).not.toBe(advert.id)

    await page.getByRole('button', { name: 'Undo' }).click()
    await settle(page)
    expect(await rowsOf<Card>(page, 'cards', second.id)).toHaveLength(0)
    await page.getByRole('button', { name: 'Redo' }).click()
    await settle(page)
    expect(await rowsOf<Card>(page, 'cards', second.id)).toHaveLength(1)
  })

  it('finds everything after a restart', async () => {
    await session.restart()
    const { page } = session.app
    // The app may reopen the last map by itself; otherwise the person opens the workshop.
    const reopened = await page.getByTestId('board').waitFor({ timeout: 5_000 }).then(() => true, () => false)
    if (!reopened) await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Links workshop', exact: true }) }).getByRole('button', { name: 'Open' }).click()
    await openMap(page, SECOND)
    const second = await scene(page, SECOND)
    expect(Object.values(second.doc.cards).map((c) => c.text)).toEqual(['Sees an advert'])

    await openMap(page, FIRST)
    const first = await scene(page, FIRST)
    expect(Object.values(first.doc.cards).map((c) => [c.text, c.shape]).sort()).toEqual([
      ['Decision gate', 'text'],
      ['Pilot scope', 'rect'],
      ['Sees an advert', 'note'],
      ['Visits the website', 'note'],
    ])
    expect(Object.values(first.doc.links)).toEqual([expect.objectContaining({ label: 'clicks through' })])
    const shot = await screenshot(page, 'board-links')
    expect(existsSync(shot)).toBe(true)
  })
})
