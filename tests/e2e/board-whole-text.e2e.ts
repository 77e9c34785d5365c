import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card } from '../../src/domain'
import { DETAIL_ZOOM } from '../../src/canvas/viewport'
import type { Point } from '../../src/domain/layout'
import { screenshot } from './harness'
import { createWorkshop, switchLanguage } from './flows'
import { LANGUAGES, type Language } from './languageList'
import { pageLayout } from './pageLayout'
import { cardTextsUnlikeKonva, drawnTexts, newestMap, newMap, showsWhole } from './wholeText'
import { boardView, centreOn, drag, inCell, storedDoc } from './scene'
import { useApp } from './session'

// Issue 15: a card must be able to show all its text. A facilitator on a map that fits cards to
// their text writes a long card, puts more cards in that cell than the lane's height holds, and
// zooms out: every card shows whole (no "…", no "+N" marker hiding cards), and the stage names in
// the zoomed-out strip above the map show whole too. What the board shows is read from the shapes
// it drew (Konva's Text nodes, with the lines Konva wrapped them into); where to press comes from
// the layout math fed by what is stored, as in the other board specs.

interface Words {
  readonly long: string
  readonly short: readonly [string, string, string]
  readonly stage: string
}

const WORDS: Record<'en' | 'nb' | 'fa', Words> = {
  en: {
    long: 'The bank asks for a utility bill, a passport scan and a selfie, and then asks for the utility bill again after two days of silence',
    short: ['Calls support', 'Waits on hold', 'Gives up'],
    stage: 'Comparing offers and reading the small print',
  },
  nb: {
    long: 'Banken ber om en strømregning, en skannet passkopi og en selfie, og ber så om strømregningen igjen etter to dager uten svar',
    short: ['Ringer kundeservice', 'Venter i kø', 'Gir opp'],
    stage: 'Sammenligner tilbud og leser det som står med liten skrift',
  },
  fa: {
    long: 'بانک قبض برق، اسکن گذرنامه و یک عکس سلفی می‌خواهد و پس از دو روز سکوت دوباره قبض برق را می‌خواهد',
    short: ['با پشتیبانی تماس می‌گیرد', 'پشت خط منتظر می‌ماند', 'منصرف می‌شود'],
    stage: 'مقایسهٔ پیشنهادها و خواندن ریزنویس‌های قرارداد',
  },
}

/** A "+N" overflow marker as the board writes it (board.overflow), in Latin or Persian digits. */
const MARKER = /^\+[0-9۰-۹]+$/


/** The open map as stored and laid out as the page lays it out (cards fitted to their text), and where the board shows it. */
async function scene(page: Page, lang: Language) {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(lang.app.save.saved)
  // The board saves its view 400 ms after the last change: read the view it shows now.
  await page.waitForTimeout(700)
  const doc = await storedDoc(page, await newestMap(page))
  const layout = await pageLayout(page, doc)
  const view = await boardView(page, doc.map.id)
  const board = (await page.getByTestId('board').boundingBox())!
  const card = (text: string): Card => {
    const found = Object.values(doc.cards).find((c) => c.text === text)
    if (!found) throw new Error(`no card "${text}" stored`)
    return found
  }
  const centre = (text: string): Point => {
    const r = layout.rects.get(card(text).id)
    if (!r) throw new Error(`card "${text}" is not drawn`)
    return view.toPage({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
  }
  return { doc, layout, grid: layout.grid, view, board, zoom: view.viewport.zoom, card, centre }
}

async function typeCard(page: Page, lang: Language, at: Point, text: string): Promise<void> {
  await page.mouse.dblclick(at.x, at.y)
  const editor = page.getByRole('textbox', { name: lang.board.cardText })
  await editor.waitFor()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await editor.waitFor({ state: 'detached' })
}

async function setFitToText(page: Page, lang: Language, fit: boolean): Promise<void> {
  await page.getByRole('tab', { name: lang.board.inspector.outlineTab }).click()
  const box = page.getByRole('checkbox', { name: lang.app.outline.fitCardText })
  if (fit) await box.check()
  else await box.uncheck()
  const want = fit ? 'fit' : 'compact'
  await expect.poll(async () => (await newestMap(page)).cardText ?? 'fit', { timeout: 10_000 }).toBe(want)
}
describe('a card shows all its text, and the zoomed-out stage strip its names', () => {
  const session = useApp()
  let current: Language = LANGUAGES[0]!

  it('starts a workshop', async () => {
    await createWorkshop(session.app.page, 'Whole text')
  })

  for (const lang of LANGUAGES.filter((l) => l.code !== 'tr')) {
    const w = WORDS[lang.code as keyof typeof WORDS]
    it(`in ${lang.name}: fit to text draws every card of a full cell whole, with no "+N", and zoomed out every stage name whole`, async () => {
      const { page } = session.app
      if (lang !== current) {
        await switchLanguage(page, current.app, lang)
        current = lang
      }
      await newMap(page, lang)
      // The map is compact at first, as someone chose for a dense wall: the long card is cut.
      await setFitToText(page, lang, false)
      let s = await scene(page, lang)
      const row = s.grid.rows.find((r) => !r.collapsed && s.doc.lanes[r.laneId]?.kind !== 'emotions')!
      const [target, ...others] = s.grid.columns
      await typeCard(page, lang, s.view.toPage(inCell(target!, row)), w.long)
      // Three more cards in the next steps of the lane, then moved into the long card's cell.
      for (const [i, text] of w.short.entries()) await typeCard(page, lang, s.view.toPage(inCell(others[i]!, row)), text)
      for (const text of w.short) {
        s = await scene(page, lang)
        const cell = s.grid.columns.find((c) => c.stepId === target!.stepId)!
        const lane = s.grid.rowByLane.get(row.laneId)!
        await drag(page, s.centre(text), s.view.toPage({ x: cell.x + cell.width / 2, y: lane.y + lane.height - 6 }))
      }
      s = await scene(page, lang)
      const inCellNow = Object.values(s.doc.cards).filter((c) => c.place.kind === 'cell' && c.place.stepId === target!.stepId && c.place.laneId === row.laneId)
      expect(inCellNow.map((c) => c.text).sort()).toEqual([w.long, ...w.short].sort())

      // Close enough to read the cards, on that cell.
      await page.keyboard.press('0')
      await expect.poll(async () => (await boardView(page, s.doc.map.id)).viewport.zoom, { timeout: 10_000 }).toBe(1)
      s = await scene(page, lang)
      const cellRect = (sc: typeof s) => {
        const column = sc.grid.columnByStep.get(target!.stepId)!
        const lane = sc.grid.rowByLane.get(row.laneId)!
        return { x: column.x + column.width / 2, y: lane.y + lane.height / 2 }
      }
      await centreOn(page, s.view.toPage(cellRect(s)))
      s = await scene(page, lang)
      await page.waitForTimeout(300)
      // Compact: the long card ends in "…" and the cell hides what its lane cannot hold behind "+N"
      // (so the checks below can see both when they are there).
      let texts = await drawnTexts(page)
      const longCut = texts.find((d) => d.text === w.long)
      expect(longCut, 'the long card is drawn').toBeDefined()
      expect(longCut!.lines.at(-1)).toMatch(/…$/)
      expect(texts.some((d) => MARKER.test(d.text))).toBe(true)
      // The cards' text, the cut one included, is in the lines Konva's own Text gives it in this language's fonts.
      let unlike = await cardTextsUnlikeKonva(page)
      expect(unlike.differing).toEqual([])
      expect(unlike.checked).toBeGreaterThanOrEqual(2)
      await page.screenshot({ path: `/tmp/whole-text-${lang.code}-compact.png` })

      // The person chooses fit to text: every card of the cell shows, whole, and no marker.
      await setFitToText(page, lang, true)
      s = await scene(page, lang)
      await centreOn(page, s.view.toPage(cellRect(s)))
      s = await scene(page, lang)
      await page.waitForTimeout(300)
      texts = await drawnTexts(page)
      for (const text of [w.long, ...w.short]) {
        const drawn = texts.filter((d) => d.text === text)
        expect(drawn.length, `card "${text}" is drawn`).toBeGreaterThan(0)
        for (const d of drawn) expect(showsWhole(d.lines, text), `card "${text}" drawn as ${JSON.stringify(d.lines)}`).toBe(true)
      }
      expect(texts.filter((d) => MARKER.test(d.text)).map((d) => d.text)).toEqual([])
      unlike = await cardTextsUnlikeKonva(page)
      expect(unlike.differing).toEqual([])
      expect(unlike.checked).toBeGreaterThanOrEqual(4)
      expect(texts.filter((d) => (d.lines.at(-1) ?? '').endsWith('…') && Object.values(s.doc.cards).some((c) => c.text === d.text))).toEqual([])
      await page.screenshot({ path: `/tmp/whole-text-${lang.code}-fit.png` })

      // The widest stage gets a long name, typed in the outline.
      const widest = [...s.grid.stages].sort((a, b) => b.width - a.width)[0]!
      const n = s.doc.map.stageIds.indexOf(widest.stageId) + 1
      const field = page.getByRole('textbox', { name: lang.app.outline.stageTitle.replace('{{n}}', new Intl.NumberFormat(lang.code).format(n)), exact: true })
      await field.fill(w.stage)
      await field.press('Enter')
      await expect.poll(async () => (await storedDoc(page, await newestMap(page))).stages[widest.stageId]?.title, { timeout: 10_000 }).toBe(w.stage)

      // Zoomed out to fit the whole map: the stage strip above it holds every name whole, on the board.
      const board = (await page.getByTestId('board').boundingBox())!
      await page.mouse.click(board.x + board.width / 2, board.y + 4)
      await page.keyboard.press('Shift+Digit1')
      await expect.poll(async () => (await boardView(page, s.doc.map.id)).viewport.zoom, { timeout: 10_000 }).toBeLessThan(DETAIL_ZOOM)
      s = await scene(page, lang)
      await page.waitForTimeout(300)
      texts = await drawnTexts(page)
      await page.screenshot({ path: `/tmp/whole-text-${lang.code}-overview.png` })
      await screenshot(page, `board-whole-text-${lang.code}`)
      const mapTop = s.view.toPage({ x: 0, y: 0 }).y
      let names = 0
      for (const band of s.grid.stages) {
        const title = s.doc.stages[band.stageId]!.title
        if (band.width * s.zoom < 28) continue
        const strip = texts.filter((d) => d.text === title && d.y + d.height <= mapTop + 1)
        expect(strip.length, `stage "${title}" is in the strip`).toBeGreaterThan(0)
        for (const d of strip) {
          expect(showsWhole(d.lines, title), `stage "${title}" drawn as ${JSON.stringify(d.lines)} at ${d.size.toFixed(1)} px`).toBe(true)
          expect(d.size).toBeGreaterThanOrEqual(9 - 0.01)
          // Fitting left room for the whole strip: it starts inside the board.
          expect(d.y).toBeGreaterThanOrEqual(board.y - 0.5)
        }
        names++
      }
      expect(names).toBe(s.grid.stages.length)
      const long = texts.find((d) => d.text === w.stage && d.y + d.height <= mapTop + 1)!
      expect(long.lines.length).toBeGreaterThan(1)
    })
  }
})
