import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { emotionBand } from '../../src/domain/emotion'
import { cardLayout } from '../../src/domain/layout'
import { stepHandles } from '../../src/drawing/emotionGeometry'
import en from '../../src/i18n/locales/en.json'
import enPresent from '../../src/i18n/locales/en.present.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import faPresent from '../../src/i18n/locales/fa.present.json'
import type { JourneyMap } from '../../src/domain'
import { readDb } from './harness'
import { screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { boardView, drag, firstMap, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'

// A facilitator puts two touchpoints on a new map, presents it to the room and walks it with
// the arrow keys: the title, the overview and the first stage with the cards' whole text; Esc
// brings the board back. Then the same in Persian, where the page runs right to left and Left
// goes on. The screenshots (test-results/screenshots/present-*.png) are for a person to look at:
// text large and unclipped, columns in order, Persian mirrored with Persian digits.

const CARDS = ['Sees an Instagram ad for a weather newsletter for cyclists', 'Signs up through the embedded form on her phone'] as const

/** Default template: four stages, so title + overview + one slide per stage. */
const SLIDES = 6

const presentation = (page: Page) => page.getByTestId('presentation')
const counter = (page: Page) => page.getByTestId('present-counter').textContent()

async function openPresentation(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click()
  await presentation(page).waitFor()
  // Full screen (or the window) settles before anything is read off the page.
  await page.waitForTimeout(300)
}

describe('presenting the map', () => {
  const session = useApp()

  it('adds two cards to the first stage of a new map and scores how step 2 feels', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Presentation workshop')
    await settle(page)
    const doc = await storedDoc(page, await firstMap(page))
    const { grid } = cardLayout(doc)
    const { toPage } = await boardView(page, doc.map.id)
    await typeCardAt(page, toPage(inCell(grid.columns[0]!, grid.rows[0]!)), CARDS[0])
    await typeCardAt(page, toPage(inCell(grid.columns[1]!, grid.rows[1]!)), CARDS[1])
    await settle(page)

    // The starter map's emotional-intent lane: step 2 felt at -2, so the overview draws a curve.
    const lane = doc.map.laneIds.map((id) => doc.lanes[id]).find((l) => l?.kind === 'emotions')
    const row = lane && grid.rowByLane.get(lane.id)
    if (!lane || !row) throw new Error('the starter map has no emotional-intent lane')
    const band = emotionBand(row)
    const [start] = stepHandles(grid, band, lane.id, grid.columns[1]!, null, { felt: 0, intended: 0, set: false })
    const [down] = stepHandles(grid, band, lane.id, grid.columns[1]!, null, { felt: -2, intended: 0, set: true })
    await drag(page, toPage(start), toPage({ x: start.x, y: down.y + 30 }))
    await settle(page)
  })

  it('puts a persona with a quote and goals on the map, for the title slide', async () => {
    const { page } = session.app
    await page.getByRole('tab', { name: 'People' }).click()
    await page.getByRole('button', { name: 'New persona' }).click()
    const name = page.getByLabel('Name', { exact: true })
    await name.fill('Jenny Rider')
    await name.press('Enter')
    await page.getByLabel('Quote').fill('I just want to know if I will get soaked on the way home.')
    const goals = page.getByLabel(/^Goals/)
    await goals.fill('Cycle to work dry\nPlan the week around the weather')
    await goals.blur()
    await page.getByRole('button', { name: 'Back to personas' }).click()
    await settle(page)
  })

  it('walks title, overview and the first stage with the arrow keys, and Esc goes back to the board', async () => {
    const { page } = session.app
    await openPresentation(page, enPresent.open)
    expect(await counter(page)).toBe(`Slide 1 of ${SLIDES}`)
    expect(await presentation(page).getAttribute('dir')).toBe('ltr')
    expect(await presentation(page).getAttribute('data-slide')).toBe('title')
    expect(await presentation(page).getByTestId('present-persona').textContent()).toContain('Jenny Rider')
    await screenshot(page, 'present-en-1-title')

    await page.keyboard.press('ArrowRight')
    expect(await counter(page)).toBe(`Slide 2 of ${SLIDES}`)
    expect(await presentation(page).getAttribute('data-slide')).toBe('overview')
    await screenshot(page, 'present-en-2-overview')

    await page.keyboard.press('Space')
    expect(await counter(page)).toBe(`Slide 3 of ${SLIDES}`)
    const cards = presentation(page).getByTestId('present-card')
    expect(await cards.allTextContents()).toEqual([...CARDS])
    await screenshot(page, 'present-en-3-stage')

    // The laser pointer: L toggles it, the dot follows the mouse.
    await page.keyboard.press('l')
    expect(await page.getByTestId('present-laser-toggle').getAttribute('aria-pressed')).toBe('true')
    await page.mouse.move(500, 300)
    await page.mouse.move(520, 320)
    await page.getByTestId('present-laser').waitFor()
    await screenshot(page, 'present-en-4-laser')
    await page.keyboard.press('l')
    await page.getByTestId('present-laser').waitFor({ state: 'detached' })

    await page.keyboard.press('ArrowLeft')
    expect(await counter(page)).toBe(`Slide 2 of ${SLIDES}`)
    await page.keyboard.press('End')
    expect(await counter(page)).toBe(`Slide ${SLIDES} of ${SLIDES}`)
    await page.keyboard.press('Home')
    expect(await counter(page)).toBe(`Slide 1 of ${SLIDES}`)

    await page.keyboard.press('Escape')
    await presentation(page).waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
  })

  it('presents in Persian: right to left, Left goes on, Persian digits', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: en.settings.open, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: en.settings.title })
    await dialog.getByRole('radio', { name: 'فارسی' }).check()
    const switched = page.getByRole('dialog', { name: fa.settings.title })
    await switched.waitFor()
    await switched.getByRole('button', { name: fa.settings.close }).click()
    await switched.waitFor({ state: 'detached' })

    await openPresentation(page, faPresent.open)
    expect(await presentation(page).getAttribute('dir')).toBe('rtl')
    expect(await counter(page)).toBe('اسلاید ۱ از ۶')
    await screenshot(page, 'present-fa-1-title')

    await page.keyboard.press('ArrowLeft')
    expect(await counter(page)).toBe('اسلاید ۲ از ۶')
    await screenshot(page, 'present-fa-2-overview')

    await page.keyboard.press('ArrowLeft')
    expect(await counter(page)).toBe('اسلاید ۳ از ۶')
    expect(await presentation(page).getByTestId('present-card').allTextContents()).toEqual([...CARDS])
    await screenshot(page, 'present-fa-3-stage')

    await page.keyboard.press('ArrowRight')
    expect(await counter(page)).toBe('اسلاید ۲ از ۶')

    await page.keyboard.press('Escape')
    await presentation(page).waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
  })

  it('presents a map made in Persian right to left: first stage and step at the right, Persian text', async () => {
    const { page } = session.app
    await page.getByRole('navigation', { name: fa.maps.heading }).getByRole('button', { name: fa.maps.new, exact: true }).click()
    const chooser = page.getByRole('dialog', { name: fa.templates.chooserTitle })
    await chooser.getByRole('button', { name: fa.templates.create }).click()
    await chooser.waitFor({ state: 'detached' })
    await expect.poll(async () => (await readDb<JourneyMap>(page, 'maps')).length, { timeout: 10_000 }).toBe(2)
    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.direction === 'rtl')
    if (!map) throw new Error('the map made in Persian is not right to left')
    const doc = await storedDoc(page, map)
    const { grid } = cardLayout(doc)
    const { toPage } = await boardView(page, map.id)
    const first = grid.columns.find((c) => c.stepId === doc.stages[doc.map.stageIds[0]!]!.stepIds[0])!
    await page.mouse.dblclick(toPage(inCell(first, grid.rows[0]!)).x, toPage(inCell(first, grid.rows[0]!)).y)
    const editor = page.getByRole('textbox', { name: faBoard.cardText })
    await editor.waitFor()
    await page.keyboard.type('تبلیغ اینستاگرام دربارهٔ خبرنامهٔ هواشناسی را می‌بیند')
    await page.keyboard.press('Enter')
    await editor.waitFor({ state: 'detached' })

    await openPresentation(page, faPresent.open)
    await page.keyboard.press('ArrowLeft')
    await screenshot(page, 'present-fa-rtl-2-overview')
    await page.keyboard.press('ArrowLeft')
    expect(await presentation(page).getByTestId('present-card').allTextContents()).toEqual(['تبلیغ اینستاگرام دربارهٔ خبرنامهٔ هواشناسی را می‌بیند'])
    // The first step's column is the rightmost of the stage's steps.
    const steps = presentation(page).locator('.present-grid__step')
    const [a, b] = [await steps.nth(0).boundingBox(), await steps.nth(1).boundingBox()]
    expect(await steps.nth(1).textContent()).toBe(doc.steps[doc.stages[doc.map.stageIds[0]!]!.stepIds[0]!]!.title)
    expect(b!.x).toBeGreaterThan(a!.x)
    await screenshot(page, 'present-fa-rtl-3-stage')
    await page.keyboard.press('Escape')
    await presentation(page).waitFor({ state: 'detached' })
  })

  it('splits a stage with more text than a slide holds into continuation slides, text kept at its size', async () => {
    const { page } = session.app
    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.direction === 'rtl')!
    const long = (n: number) => `${n}. ${'مشتری پیش از خرید نظرهای دیگران را در شبکه‌های اجتماعی می‌خواند و قیمت‌ها را مقایسه می‌کند؛ '.repeat(5)}`.trim()
    // Compact cards: the cells this test double-clicks are computed here, in Node, at the standard
    // card height (a map that fits cards to their text grows its lanes by text measured in the page).
    await page.getByRole('tab', { name: faBoard.inspector.outlineTab }).click()
    const fit = page.getByRole('checkbox', { name: fa.outline.fitCardText })
    if (await fit.isChecked()) await fit.uncheck()
    const texts: string[] = []
    for (const [row, col] of [[0, 1], [1, 0], [1, 1]] as const) {
      const doc = await storedDoc(page, map)
      const { grid } = cardLayout(doc)
      const lanes = grid.rows.filter((r) => doc.lanes[r.laneId]?.kind !== 'emotions')
      const stepIds = doc.stages[doc.map.stageIds[0]!]!.stepIds
      const column = grid.columns.find((c) => c.stepId === stepIds[col])!
      const { toPage } = await boardView(page, map.id)
      const at = toPage(inCell(column, lanes[row]!))
      await page.mouse.dblclick(at.x, at.y)
      const editor = page.getByRole('textbox', { name: faBoard.cardText })
      await editor.waitFor({ timeout: 10_000 })
      const text = long(texts.length + 1)
      await editor.fill(text)
      await editor.press('Enter')
      await editor.waitFor({ state: 'detached', timeout: 10_000 })
      texts.push(text)
    }
    // settle() reads the English status; the page is in Persian now.
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(fa.save.saved)
    await openPresentation(page, faPresent.open)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    const parts = presentation(page).getByTestId('present-part')
    expect(await parts.textContent()).toMatch(/^بخش ۱ از [۲-۹]$/)
    const shown = [...(await presentation(page).getByTestId('present-card').allTextContents())]
    await screenshot(page, 'present-fa-rtl-4-continued-1')
    await page.keyboard.press('ArrowLeft')
    expect(await parts.textContent()).toMatch(/^بخش ۲ از [۲-۹]$/)
    shown.push(...(await presentation(page).getByTestId('present-card').allTextContents()))
    await screenshot(page, 'present-fa-rtl-4-continued-2')
    expect(shown.filter((t) => texts.includes(t)).sort()).toEqual([...texts].sort())
    await page.keyboard.press('Escape')
    await presentation(page).waitFor({ state: 'detached' })
  })
})
