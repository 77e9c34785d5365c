import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { applyCommand, createMap, createStarterDoc, newId, type Direction, type JourneyDoc, type JourneyMap, type WorkshopId } from '../../src/domain'
import { gridLayout, LAYOUT, type GridLayout, type Rect, type StageBand } from '../../src/domain/layout'
import en from '../../src/i18n/locales/en.json'
import { decodePng } from './exportImages'
import { PROJECT_ROOT, readDb, screenshot } from './harness'
import { createWorkshop, importNewMap, switchLanguage, writeJourney } from './flows'
import { LANGUAGES, type Language } from './languageList'
import { boardView, storedDoc, wheelPan, type BoardView } from './scene'
import { useApp } from './session'
import { drawnTexts } from './wholeText'

// Issue 15's leftovers. A facilitator scrolls a wide map sideways: a stage half gone under the lane
// titles pinned at the leading edge still shows its name at the start of what is left of its band,
// in the header row's own place and on the copy pinned to the top, in English and in Persian (right
// to left). Zoomed out to about 60%, they can still read the stage and step names. What is checked
// is the board's pixels, as a person sees them: dark text where the name should be, none where not,
// and how tall a line of it is; zoomed out, also the size Konva drew each title at.

const OUT = join(PROJECT_ROOT, 'test-results', 'board-stage-titles')

interface Words {
  readonly lang: Language
  readonly title: string
  readonly stages: readonly string[]
  readonly step: (n: number) => string
}

const EN: Words = {
  lang: LANGUAGES.find((l) => l.code === 'en')!,
  title: 'Sticky titles',
  // The first stage has one step: at 100% its long name shows whole on two lines of 12 px.
  stages: ['Onboarding and account verification with the bank', 'Research', 'Purchase', 'Delivery', 'Setup', 'Support'],
  step: (n) => `Step ${n}`,
}
const FA: Words = {
  lang: LANGUAGES.find((l) => l.code === 'fa')!,
  title: 'عنوان‌های چسبان',
  stages: ['احراز هویت و افتتاح حساب در بانک', 'جست‌وجو', 'خرید', 'تحویل', 'راه‌اندازی', 'پشتیبانی'],
  step: (n) => `گام ${n}`,
}

/** The words' stages of two steps each (the first of one), three lanes. */
function stickyMap(words: Words, direction: Direction): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), words.title), direction }
  const doc = createStarterDoc(map, { stages: [...words.stages], step: words.step, lanes: [['touchpoints', 'A'], ['actions', 'B'], ['painPoints', 'C']] })
  const first = doc.stages[doc.map.stageIds[0]!]!
  return applyCommand(doc, { type: 'deleteStep', stepId: first.stepIds[1]! })
}

async function importMap(page: Page, words: Words, path: string): Promise<JourneyMap> {
  const map = await importNewMap(page, path, words.lang.app.import, words.title)
  // The notice of the import is dark, as text is: out of the way of the pixels read below.
  const dismiss = page.getByRole('button', { name: words.lang.app.notices.dismiss, exact: true })
  await dismiss.click()
  await dismiss.waitFor({ state: 'detached' })
  await page.getByTestId('board').focus()
  return map
}

/** The board's saved view once it has settled: the board saves 400 ms after the last change. */
async function settledView(page: Page, words: Words, mapId: string): Promise<BoardView> {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(words.lang.app.save.saved)
  await page.waitForTimeout(700)
  return boardView(page, mapId)
}

/** Rows of dark (text) pixels of a page rectangle, top to bottom: stage colours, white, grey fills and lines are all lighter. */
async function inkRows(page: Page, r: Rect): Promise<number[]> {
  const png = decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: Math.max(1, r.width), height: Math.max(1, r.height) } }))
  const rows: number[] = []
  for (let y = 0; y < png.height; y++) {
    let ink = 0
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4
      if (png.rgba[i]! < 100 && png.rgba[i + 1]! < 100 && png.rgba[i + 2]! < 100) ink++
    }
    rows.push(ink)
  }
  return rows
}
const inkIn = async (page: Page, r: Rect) => (await inkRows(page, r)).reduce((a, b) => a + b, 0)

/** The tallest run of rows with text in them (CSS px): the height of a line of text as drawn. */
async function tallestLine(page: Page, r: Rect): Promise<number> {
  let best = 0
  let run = 0
  for (const n of await inkRows(page, r)) {
    run = n > 0 ? run + 1 : 0
    best = Math.max(best, run)
  }
  return best
}

/** Wheels the board so that its view's corner goes to board point `to`, and returns the view it settled at. */
async function scrollTo(page: Page, words: Words, mapId: string, to: { x: number; y: number }): Promise<BoardView> {
  const from = (await settledView(page, words, mapId)).viewport
  await wheelPan(page, (to.x - from.x) * from.zoom, (to.y - from.y) * from.zoom, 8, 0.7)
  return settledView(page, words, mapId)
}

/**
 * The stage row's text where a person looks for a band's name: the part of the band on screen
 * (right of the pinned lane titles, or left of them right to left), its first 130 px from the
 * start of that part; and where no text may be: the pinned column's corner beside it, and the rest
 * of the band's part on screen past the name.
 */
async function titleInk(page: Page, grid: GridLayout, view: BoardView, board: Rect, band: StageBand, rowTop: number) {
  const z = view.viewport.zoom
  const rtl = grid.direction === 'rtl'
  const column = LAYOUT.laneTitleWidth * z
  const left = view.toPage({ x: band.x, y: 0 }).x
  const right = view.toPage({ x: band.x + band.width, y: 0 }).x
  const y = rowTop + 3
  const height = LAYOUT.stageHeaderHeight * z - 6
  const shownFrom = rtl ? left : board.x + column
  const shownTo = rtl ? board.x + board.width - column : right
  const start = rtl ? { x: shownTo - 130, y, width: 128, height } : { x: shownFrom + 2, y, width: 128, height }
  const rest = rtl ? { x: shownFrom + 4, y, width: shownTo - 150 - shownFrom, height } : { x: shownFrom + 150, y, width: shownTo - 4 - shownFrom - 150, height }
  const corner = { x: rtl ? board.x + board.width - column + 4 : board.x + 4, y, width: column - 8, height }
  return { start: await inkIn(page, start), rest: await inkIn(page, rest), corner: await inkIn(page, corner), shown: shownTo - shownFrom }
}

describe('stage names a person can read when a stage is half scrolled out and when zoomed out', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  for (const [words, direction] of [
    [EN, 'ltr'],
    [FA, 'rtl'],
  ] as const) {
    it(`in ${words.lang.name}: a stage half under the pinned lane titles shows its name in what is left of its band`, async () => {
      const { page } = session.app
      const rtl = direction === 'rtl'
      if (rtl) await switchLanguage(page, en, { name: words.lang.name, app: words.lang.app })
      else await createWorkshop(page, 'Sticky titles')
      const file = join(OUT, `sticky-${words.lang.code}.journey`)
      await writeJourney(file, stickyMap(words, direction))
      const map = await importMap(page, words, file)
      await expect.poll(async () => (await boardView(page, map.id)).viewport.zoom, { timeout: 10_000 }).toBeLessThan(1)
      await page.keyboard.press('0')
      await expect.poll(async () => (await boardView(page, map.id)).viewport.zoom, { timeout: 10_000 }).toBe(1)
      const grid = gridLayout(await storedDoc(page, map))
      const board = (await page.getByTestId('board').boundingBox())!
      // The third stage ("Purchase"): its first 160 px (its last, right to left) under the pinned lane titles.
      const band = grid.stages[2]!
      const cover = LAYOUT.laneTitleWidth
      const x = rtl ? band.x + band.width - 160 - (board.width - cover) : band.x + 160 - cover

      // The header row in its own place, 40 px below the board's top.
      let view = await scrollTo(page, words, map.id, { x, y: -40 })
      expect(view.viewport.zoom).toBe(1)
      let seen = await titleInk(page, grid, view, board, band, view.toPage({ x: 0, y: 0 }).y)
      const inPlace = await screenshot(page, `board-stage-titles-in-place-${words.lang.code}`)
      expect(seen.shown, 'the band is partly on screen').toBeGreaterThan(200)
      expect(seen.start, `the name at the start of the band’s part on screen (${inPlace})`).toBeGreaterThan(40)
      expect(seen.rest, 'nothing written further along the band').toBe(0)
      expect(seen.corner, 'no name over the pinned lane titles’ corner').toBe(0)

      // Scrolled down the lanes: the copy pinned to the board's top does the same.
      view = await scrollTo(page, words, map.id, { x, y: 300 })
      expect(view.toPage({ x: 0, y: 0 }).y).toBeLessThan(board.y - 100)
      seen = await titleInk(page, grid, view, board, band, board.y)
      const pinned = await screenshot(page, `board-stage-titles-pinned-${words.lang.code}`)
      expect(seen.start, `the name on the pinned copy (${pinned})`).toBeGreaterThan(40)
      expect(seen.rest).toBe(0)
      expect(seen.corner).toBe(0)

      // Scrolled on until 40 px of the band are left: the name is going out with the band's end,
      // its tail in those 40 px, ending a label's inset before the end (no text where the band meets the next).
      const late = rtl ? band.x + 40 - (board.width - cover) : band.x + band.width - 40 - cover
      view = await scrollTo(page, words, map.id, { x: late, y: 300 })
      const out = await screenshot(page, `board-stage-titles-out-${words.lang.code}`)
      const end = view.toPage({ x: rtl ? band.x : band.x + band.width, y: 0 }).x
      const row = { y: board.y + 3, height: LAYOUT.stageHeaderHeight - 6 }
      expect(await inkIn(page, { x: rtl ? end + 10 : end - 38, ...row, width: 28 }), `the name’s tail in the band’s last 40 px (${out})`).toBeGreaterThan(10)
      expect(await inkIn(page, { x: end - 7, ...row, width: 14 })).toBe(0)
    })

    it(`in ${words.lang.name}: zoomed out to about 60%, draws the stage and step names at least 12 px tall on screen`, async () => {
      const { page } = session.app
      const rtl = direction === 'rtl'
      const map = (await readDb<JourneyMap & { deletedAt?: number | null }>(page, 'maps')).find((m) => !m.deletedAt && m.title === words.title)!
      // Two steps out from 100%: 64%.
      await page.keyboard.press('-')
      await page.keyboard.press('-')
      await expect.poll(async () => (await boardView(page, map.id)).viewport.zoom, { timeout: 10_000 }).toBeCloseTo(0.64)
      const grid = gridLayout(await storedDoc(page, map))
      const board = (await page.getByTestId('board').boundingBox())!
      // The map's start (its right end, right to left) in view, the header rows 30 px below the board's top.
      const z = (await settledView(page, words, map.id)).viewport.zoom
      const view = await scrollTo(page, words, map.id, { x: rtl ? grid.width + 40 / z - board.width / z : -40 / z, y: -30 / z })
      expect(view.viewport.zoom).toBeCloseTo(0.64)
      const shot = await screenshot(page, `board-stage-titles-zoomed-${words.lang.code}`)
      const top = view.toPage({ x: 0, y: 0 }).y
      // Konva's own sizes: each stage and step title's font size on screen (its em).
      const texts = (await drawnTexts(page)).filter((d) => d.y >= top - 1 && d.y < top + grid.bodyTop * z && d.x < board.x + board.width && d.x + d.width > board.x)
      expect(texts.map((d) => d.text)).toContain(words.stages[0])
      expect(texts.length).toBeGreaterThan(4)
      for (const d of texts) expect(d.size, `"${d.text}" at ${d.size.toFixed(1)} px on screen (${shot})`).toBeGreaterThanOrEqual(12 - 0.01)
      if (rtl) return
      // And the pixels: a line of the long stage name (fitted at 100%: 9 px here if it were not
      // fitted again) and of a step name (9.6 px) is as tall as a line of 12 px text, from a
      // capital's top to a "p"'s or "g"'s foot (about 0.95 em: 12 rows; at 9 px, 9).
      const first = grid.stages[0]!
      const column = grid.columns[0]!
      const stageRow = { x: view.toPage({ x: first.x, y: 0 }).x + 2, y: top + 1, width: first.width * z - 4, height: LAYOUT.stageHeaderHeight * z - 2 }
      const stepRow = { x: view.toPage({ x: column.x, y: 0 }).x + 2, y: top + LAYOUT.stageHeaderHeight * z + 1, width: column.width * z - 4, height: LAYOUT.stepHeaderHeight * z - 2 }
      expect(await tallestLine(page, stageRow), 'the long stage name’s line on screen').toBeGreaterThanOrEqual(11)
      expect(await tallestLine(page, stepRow), 'a step name’s line on screen').toBeGreaterThanOrEqual(11)
    })
  }
})
