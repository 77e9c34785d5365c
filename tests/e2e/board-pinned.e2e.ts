import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { JourneyMap, Lane } from '../../src/domain'
import { cardLayout, LAYOUT, type GridLayout, type Rect } from '../../src/domain/layout'
import { LANE_TITLE_TEXT_INSET, laneChevronRect } from '../../src/domain/layoutGrid'
import { decodePng } from './exportImages'
import { readDb, screenshot } from './harness'
import { createWorkshop, settle } from './flows'
import { boardView, storedDoc, wheelPan } from './scene'
import { useApp } from './session'
import en from '../../src/i18n/locales/en.json'
import enBoard from '../../src/i18n/locales/en.board.json'
import { LANGUAGES, type Catalogue, type Language } from './languageList'
import { isolated } from '../../src/i18n/isolated'

// A facilitator scrolls a map until its lane titles and stage headers are pinned to the board's
// edges, and uses those pinned titles as the titles themselves: a click selects a lane, a
// double-click renames it, the chevron folds it. Then they start a map from every template in
// four languages and find the lane titles readable in the first, fitted view even though it is
// zoomed out past the cards' text. Where things are comes from the stored map and the saved view.

const TEMPLATES = ['beforeDuringAfter', 'awarenessToSupport', 'dayInLife'] as const

/** The open map laid out and the view the board shows it at, once the board has saved that view. */
async function scene(page: Page, saved: string = en.save.saved) {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(saved)
  // The board saves its view 400 ms after the last change: read the view it shows now.
  await page.waitForTimeout(700)
  const doc = await storedDoc(page, await firstMapOpen(page))
  const view = await boardView(page, doc.map.id)
  return { doc, grid: cardLayout(doc).grid, view, board: (await page.getByTestId('board').boundingBox())! }
}

/** The map whose title heads the breadcrumbs: the newest one. */
async function firstMapOpen(page: Page) {
  const maps = await readDb<JourneyMap & { deletedAt?: number | null }>(page, 'maps')
  return maps.filter((m) => !m.deletedAt).sort((a, b) => b.createdAt - a.createdAt)[0]!
}
/** Dark (ink) pixels of a page rectangle: text, in a strip that otherwise holds only its grey fill and light lines. */
async function inkIn(page: Page, r: Rect): Promise<number> {
  const png = decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: Math.max(1, r.width), height: Math.max(1, r.height) } }))
  let ink = 0
  for (let i = 0; i < png.rgba.length; i += 4) if (png.rgba[i]! < 100 && png.rgba[i + 1]! < 100 && png.rgba[i + 2]! < 100) ink++
  return ink
}

async function newMapFrom(page: Page, lang: Language, template: (typeof TEMPLATES)[number]): Promise<void> {
  const before = (await readDb(page, 'maps')).length
  const first = page.getByRole('button', { name: lang.app.maps.createFirst })
  if (await first.isVisible()) await first.click()
  else await page.getByRole('navigation', { name: lang.app.maps.heading }).getByRole('button', { name: lang.app.maps.new, exact: true }).click()
  const chooser = page.getByRole('dialog', { name: lang.app.templates.chooserTitle })
  await chooser.getByRole('radio', { name: lang.app.templates.names[template] }).check()
  await chooser.getByRole('button', { name: lang.app.templates.create }).click()
  await chooser.waitFor({ state: 'detached' })
  await expect.poll(async () => (await readDb(page, 'maps')).length, { timeout: 10_000 }).toBe(before + 1)
  await page.getByTestId('board').waitFor()
}

/** The page point of a lane's title on the copy pinned to the board's leading edge, `dx` board px in from the column's start. */
function onPinnedTitle(s: Awaited<ReturnType<typeof scene>>, grid: GridLayout, boardY: number, dx: number) {
  const z = s.view.viewport.zoom
  return { x: s.board.x + (dx - grid.laneTitleX) * z, y: s.view.toPage({ x: 0, y: boardY }).y }
}

describe('the headers pinned to the board’s edges, and lane titles in a fitted view', () => {
  const session = useApp()

  it('selects, renames and folds a lane from its title pinned to the left edge', async () => {
    const { page } = session.app
    await createWorkshop(page, 'Pinned headers')
    await newMapFrom(page, LANGUAGES[0]!, 'awarenessToSupport')
    // The new map opens fitted; 0 (100%) is pressed once that view is saved, or the fit could land after it.
    const mapId = (await firstMapOpen(page)).id
    await expect.poll(async () => (await boardView(page, mapId)).viewport.zoom, { timeout: 10_000 }).toBeLessThan(1)
    await page.keyboard.press('0')
    await expect.poll(async () => (await boardView(page, mapId)).viewport.zoom, { timeout: 10_000 }).toBe(1)
    await settle(page)
    await wheelPan(page, 900, 120)
    const s = await scene(page)
    expect(s.view.viewport.zoom).toBe(1)
    // The title column itself has scrolled off to the left: what shows is its pinned copy.
    expect(s.view.toPage({ x: s.grid.laneTitleX + LAYOUT.laneTitleWidth, y: 0 }).x).toBeLessThan(s.board.x)
    // A lane well below the pinned header band, whose title sits over the cards of a step.
    const row = s.grid.rows.find((r) => !r.collapsed && s.view.toPage({ x: 0, y: r.y }).y > s.board.y + s.grid.bodyTop + 10 && s.view.toPage({ x: 0, y: r.y + r.height }).y < s.board.y + s.board.height - 60)!
    const lane = s.doc.lanes[row.laneId]!
    const title = onPinnedTitle(s, s.grid, row.y + 20, s.grid.laneTitleX + 100)

    await page.mouse.move(title.x, title.y)
    const toolbar = page.getByRole('toolbar', { name: enBoard.grid.toolbar.lane.replace('{{title}}', isolated(lane.title)) })
    await toolbar.waitFor()
    const bar = (await toolbar.boundingBox())!
    // The toolbar stands on the pinned copy, at the board's left edge.
    expect(bar.x + bar.width).toBeLessThanOrEqual(s.board.x + LAYOUT.laneTitleWidth + 1)
    await page.mouse.click(title.x, title.y)
    await page.locator('.grid-focus-ring').waitFor()
    await screenshot(page, 'board-pinned-selected')

    await page.mouse.dblclick(title.x, title.y)
    const field = page.getByRole('textbox', { name: enBoard.grid.renameLabel.lane, exact: true })
    await field.waitFor()
    expect(await field.inputValue()).toBe(lane.title)
    const box = (await field.boundingBox())!
    expect(box.x).toBeLessThan(s.board.x + LAYOUT.laneTitleWidth)
    const cardsBefore = (await readDb(page, 'cards')).length
    await field.fill('Arrival')
    await field.press('Enter')
    await field.waitFor({ state: 'detached' })
    await settle(page)
    expect((await readDb<Lane>(page, 'lanes')).find((l) => l.id === lane.id)?.title).toBe('Arrival')
    // The double-click renamed the lane; it did not add or edit a card drawn under the pinned title.
    expect((await readDb(page, 'cards')).length).toBe(cardsBefore)

    const chevron = laneChevronRect(s.grid, row)
    const at = onPinnedTitle(s, s.grid, chevron.y + chevron.height / 2, chevron.x + chevron.width / 2)
    await page.mouse.move(at.x, at.y)
    await page.mouse.click(at.x, at.y)
    await settle(page)
    expect((await readDb<Lane>(page, 'lanes')).find((l) => l.id === lane.id)?.collapsed).toBe(true)
    await screenshot(page, 'board-pinned-collapsed')

    // Zoomed out past reading and scrolled on, the strip of lane titles is what stays at the edge.
    await page.keyboard.press('Shift+Digit1')
    await wheelPan(page, 400, 0)
    const far = await scene(page)
    expect(far.view.viewport.zoom).toBeLessThan(0.4)
    expect(far.view.toPage({ x: far.grid.laneTitleX, y: 0 }).x).toBeLessThan(far.board.x)
    const open = far.grid.rows.find((r) => !r.collapsed && r.laneId !== row.laneId)!
    const top = far.view.toPage({ x: 0, y: open.y }).y
    expect(await inkIn(page, { x: far.board.x + 2, y: top + 2, width: 58, height: open.height * far.view.viewport.zoom - 4 })).toBeGreaterThan(15)
    await page.mouse.move(far.board.x + 20, top + (open.height * far.view.viewport.zoom) / 2)
    await page.getByRole('toolbar', { name: enBoard.grid.toolbar.lane.replace('{{title}}', isolated(far.doc.lanes[open.laneId]!.title)) }).waitFor()
    await screenshot(page, 'board-pinned-overview')
  })

  let current: Catalogue = en
  for (const lang of LANGUAGES) {
    it(`opens a map from each template in ${lang.name} fitted, with every lane title readable beside the map`, async () => {
      const { page } = session.app
      if (lang.app !== current) {
        await page.getByRole('button', { name: current.settings.open, exact: true }).click()
        await page.getByRole('dialog', { name: current.settings.title }).getByRole('radio', { name: lang.name }).check()
        const switched = page.getByRole('dialog', { name: lang.app.settings.title })
        await switched.getByRole('button', { name: lang.app.settings.close }).click()
        await switched.waitFor({ state: 'detached' })
        current = lang.app
      }
      for (const template of TEMPLATES) {
        await newMapFrom(page, lang, template)
        const s = await scene(page, lang.app.save.saved)
        const z = s.view.viewport.zoom
        await screenshot(page, `board-pinned-template-${lang.code}-${template}`)
        const rtl = s.doc.map.direction === 'rtl'
        expect(rtl).toBe(lang.code === 'fa')
        // The title column's outer edge on the page: the titles are written from there inwards.
        const outer = rtl ? s.view.toPage({ x: s.grid.laneTitleX + LAYOUT.laneTitleWidth, y: 0 }).x : s.view.toPage({ x: s.grid.laneTitleX, y: 0 }).x
        // Zoomed out, the titles reach out past the map into the fit's margin, and stay inside the board;
        // close enough to read them in the column, they start after its chevron.
        const reach = z < 0.4 ? 40 : -LANE_TITLE_TEXT_INSET * z
        const start = rtl ? outer + reach : outer - reach
        expect(start).toBeGreaterThanOrEqual(s.board.x)
        expect(start).toBeLessThanOrEqual(s.board.x + s.board.width)
        for (const row of s.grid.rows) {
          const lane = s.doc.lanes[row.laneId]!
          const top = s.view.toPage({ x: 0, y: row.y }).y
          const height = row.height * z
          // The first 60 px of the strip from its outer edge: nothing else is drawn there.
          const strip = { x: rtl ? start - 60 : start + 2, y: top + 2, width: 58, height: height - 4 }
          expect(await inkIn(page, strip), `${lang.code} ${template}: the title of lane “${lane.title}” at ${Math.round(z * 100)}%`).toBeGreaterThan(15)
        }
        // The titles are the lanes': resting the pointer on one shows that lane's toolbar.
        const row = s.grid.rows[0]!
        const p = { x: rtl ? start - 20 : start + 20, y: s.view.toPage({ x: 0, y: row.y + row.height / 2 }).y }
        await page.mouse.move(p.x, p.y)
        const name = lang.board.grid.toolbar.lane.replace('{{title}}', isolated(s.doc.lanes[row.laneId]!.title))
        await page.getByRole('toolbar', { name }).waitFor()
        await page.mouse.move(s.board.x + s.board.width / 2, s.board.y + 10)
      }
    })
  }
})
