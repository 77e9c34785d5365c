import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Rect } from '../../src/domain/layout'
import en from '../../src/i18n/locales/en.json'
import enBoard from '../../src/i18n/locales/en.board.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import { createWorkshopWithFirstMap, switchLanguage } from './flows'
import { screenshot } from './harness'
import { boardChrome, firstMap, inside, overlaps, savedViewport } from './scene'
import { useApp } from './session'

// A facilitator opens the touchpoint library beside the board, so the board narrows, and resizes
// the window from a small laptop's 1,024 px to a full-HD 1,920 px: the tool bar, the zoom buttons,
// the minimap and the scrollbars floating over the board never cover one another, and the zoom-out
// button still zooms out when clicked. In Persian the sides mirror: the zoom corner is on the left.

const WIDTHS = [1024, 1100, 1180, 1280, 1366, 1440, 1600, 1920]

interface Words {
  readonly library: string
  readonly tools: string
  readonly zoom: string
  readonly zoomOut: string
  readonly zoomToFit: string
}

const words = (app: typeof en, board: typeof enBoard): Words => ({
  library: app.library.toggle,
  tools: board.toolbar.label,
  zoom: board.navigation.zoomControls,
  zoomOut: board.navigation.zoomOut,
  zoomToFit: board.navigation.zoomToFit,
})
const EN = words(en, enBoard)
const FA = words(fa, faBoard)

const middleX = (r: Rect) => r.x + r.width / 2

async function box(page: Page, role: 'toolbar', name: string): Promise<Rect> {
  const found = await page.getByRole(role, { name, exact: true }).boundingBox()
  if (!found) throw new Error(`no ${role} "${name}" on screen`)
  return found
}

/** At each width: nothing overlaps, all on the board, the zoom corner on the end side of the tool bar. */
async function checkWidths(page: Page, words: Words, dir: 'ltr' | 'rtl', widths: readonly number[] = WIDTHS): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 })
    // The board follows its area through a ResizeObserver: wait until it has taken the area's new width.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const area = document.querySelector('.board-area')
          const board = document.querySelector('[data-testid="board"]')
          return !!area && !!board && Math.abs(area.clientWidth - board.getBoundingClientRect().width) <= 1
        }),
      )
      .toBe(true)
    await page.waitForTimeout(150)
    const board = (await page.getByTestId('board').boundingBox())!
    const tools = await box(page, 'toolbar', words.tools)
    const zoom = await box(page, 'toolbar', words.zoom)
    const buttons = await page.getByRole('toolbar', { name: words.zoom, exact: true }).getByRole('button').all()
    expect(buttons.length).toBeGreaterThanOrEqual(4)
    for (const button of buttons) expect(overlaps(tools, (await button.boundingBox())!), `${dir} ${width}px`).toBe(false)
    expect(overlaps(tools, zoom), `${dir} ${width}px`).toBe(false)
    expect(inside(tools, board) && inside(zoom, board), `${dir} ${width}px`).toBe(true)
    // The tool bar, the zoom corner (minimap and buttons) and the scrollbars (when the map is wider than the board): no two of them meet.
    const chrome = await boardChrome(page)
    expect(chrome.length, `${dir} ${width}px`).toBeGreaterThanOrEqual(2)
    for (const [i, a] of chrome.entries()) {
      for (const b of chrome.slice(i + 1)) expect(overlaps(a, b), `${a.name} / ${b.name} at ${dir} ${width}px`).toBe(false)
    }
    // The zoom corner is at the end: right of the tool bar left to right, left of it right to left.
    if (dir === 'ltr') expect(middleX(zoom)).toBeGreaterThan(middleX(tools))
    else expect(middleX(zoom)).toBeLessThan(middleX(tools))
  }
}

/** Clicks zoom-out as a person does (Playwright refuses a click on a covered button) and reads the zoom the board saved. */
async function zoomOutWorks(page: Page, words: Words): Promise<void> {
  const mapId = (await firstMap(page)).id
  await page.waitForTimeout(700)
  const before = (await savedViewport(page, mapId))?.zoom
  expect(before).toBeGreaterThan(0)
  await page.getByRole('button', { name: words.zoomOut, exact: true }).click({ timeout: 3_000 })
  await expect.poll(async () => (await savedViewport(page, mapId))?.zoom, { timeout: 5_000 }).toBeLessThan(before! * 0.95)
}

/** At the narrowest and a common width: fitted to the free board (screenshots to look at), then zoom-out clicked. */
async function lookAt(page: Page, words: Words, language: string): Promise<void> {
  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.waitForTimeout(300)
    await page.getByRole('button', { name: words.zoomToFit, exact: true }).click()
    await page.waitForTimeout(300)
    await screenshot(page, `board-controls-library-${language}-${width}`)
    await zoomOutWorks(page, words)
  }
}

describe('the board’s floating controls with the touchpoint library open', () => {
  const session = useApp()

  it('keeps the tool bar off the zoom buttons from 1,024 to 1,920 px, and zoom-out zooms out', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Controls')
    await page.getByRole('button', { name: EN.library, exact: true }).click()
    await page.getByRole('complementary', { name: EN.library }).waitFor()
    await checkWidths(page, EN, 'ltr')
    await lookAt(page, EN, 'en')
  })

  it('keeps them apart with the arrange bar over the tool bar too (two free shapes selected)', async () => {
    const { page } = session.app
    await page.setViewportSize({ width: 1024, height: 768 })
    // Two rectangles drawn with a click each in the empty band above the fitted map, then both selected.
    for (const dx of [40, 120]) {
      const board = (await page.getByTestId('board').boundingBox())!
      await page.keyboard.press('r')
      await page.mouse.click(board.x + dx, board.y + 30)
      const text = page.getByRole('textbox', { name: 'Card text' })
      await text.waitFor()
      await page.keyboard.press('Escape')
      await text.waitFor({ state: 'detached' })
    }
    await page.keyboard.press('Control+a')
    const arrange = page.getByRole('toolbar', { name: enBoard.toolbar.arrange, exact: true })
    await arrange.waitFor()
    await checkWidths(page, EN, 'ltr', [1024, 1180, 1366, 1440, 1920])
    // The arrange bar itself stays clear of the zoom corner and on the board.
    const zoom = await box(page, 'toolbar', EN.zoom)
    expect(overlaps((await arrange.boundingBox())!, zoom)).toBe(false)
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.waitForTimeout(300)
    expect(overlaps((await arrange.boundingBox())!, await box(page, 'toolbar', EN.zoom))).toBe(false)
    expect(inside((await arrange.boundingBox())!, (await page.getByTestId('board').boundingBox())!)).toBe(true)
    await screenshot(page, 'board-controls-arrange-en-1024')
  })

  it('mirrors them in Persian, right to left, with nothing overlapping', async () => {
    const { page } = session.app
    await switchLanguage(page, en, { name: 'فارسی', app: fa })
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    const library = page.getByRole('button', { name: FA.library, exact: true })
    if ((await library.getAttribute('aria-pressed')) !== 'true') await library.click()
    await page.getByRole('complementary', { name: FA.library }).waitFor()
    await checkWidths(page, FA, 'rtl')
    await lookAt(page, FA, 'fa')
  })
})
