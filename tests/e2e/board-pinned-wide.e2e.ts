import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, newId, type CardId, type Direction, type JourneyDoc, type WorkshopId } from '../../src/domain'
import { cardLayout, LAYOUT, type Rect } from '../../src/domain/layout'
import en from '../../src/i18n/locales/en.json'
import fa from '../../src/i18n/locales/fa.json'
import { decodePng } from './exportImages'
import { PROJECT_ROOT, readDb, screenshot } from './harness'
import { createWorkshop, importNewMap, switchLanguage, writeJourney } from './flows'
import { boardChrome, boardView, storedDoc, wheelPan, type BoardView } from './scene'
import { useApp } from './session'
import { LANGUAGES, type Language } from './languageList'
import { isolated } from '../../src/i18n/isolated'

// A facilitator works on a map wider and taller than the board, in English and in Persian (right
// to left). They scroll it with the wheel until the stage headers are pinned to the top and the
// lane titles to the leading edge, as in a spreadsheet, and look: no card shows through the
// header band. They carry a card up towards the headers and see it in hand over them. They switch
// whose emotion curves they edit from the chips on the emotion lane's pinned title. What the test
// looks at is the board's pixels and the page's elements, as a person sees them.

const OUT = join(PROJECT_ROOT, 'test-results', 'board-pinned-wide')
/** The cards' colour: no stage, step, line or text on the board is anything like it. */
const CARD = '#ff00ff'
const STAGES = 8

interface Words {
  readonly lang: Language
  readonly title: string
  readonly stage: (n: number) => string
  readonly step: (n: number) => string
  readonly lanes: readonly [string, string, string, string]
  readonly personas: readonly [string, string]
}

const EN: Words = {
  lang: LANGUAGES.find((l) => l.code === 'en')!,
  title: 'Wide map',
  stage: (n) => `Stage ${n}`,
  step: (n) => `Step ${n}`,
  lanes: ['Touchpoints', 'Actions', 'Emotional intent', 'Pain points'],
  personas: ['Maya Okafor', 'Jonas Berg'],
}
const FA: Words = {
  lang: LANGUAGES.find((l) => l.code === 'fa')!,
  title: 'نقشهٔ پهن',
  stage: (n) => `مرحلهٔ ${n}`,
  step: (n) => `گام ${n}`,
  lanes: ['نقاط تماس', 'اقدام‌ها', 'احساس', 'نقاط درد'],
  personas: ['دارا رحیمی', 'سیما کاظمی'],
}

/** Eight stages of two steps, a magenta card in every cell of the first two lanes, an emotion lane and two personas on the map. */
function wideMap(words: Words, direction: Direction): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), words.title), direction }
  const [touch, act, feel, pain] = words.lanes
  let doc = createStarterDoc(map, {
    stages: Array.from({ length: STAGES }, (_, i) => words.stage(i + 1)),
    step: words.step,
    lanes: [
      ['touchpoints', touch],
      ['actions', act],
      ['emotions', feel],
      ['painPoints', pain],
    ],
  })
  // Persona colours far from the cards' magenta, so the pixel counts below see only cards.
  for (const [name, color] of [
    [words.personas[0], '#0f766e'],
    [words.personas[1], '#2563eb'],
  ] as const) {
    doc = applyCommand(doc, { type: 'addPersona', onMap: true, persona: createPersona(map.workshopId, name, color) })
  }
  const lanes = doc.map.laneIds.slice(0, 2)
  const steps = doc.map.stageIds.flatMap((id) => doc.stages[id]!.stepIds)
  const cards = lanes.flatMap((laneId) => steps.map((stepId, i) => createCard(map.id, { kind: 'cell', laneId, stepId, span: 1, rank: 0 }, { text: `${i + 1}`, color: CARD })))
  return applyCommand(doc, { type: 'addCards', cards })
}

/** The board's saved view once it has settled: the board saves 400 ms after the last change. */
async function settledView(page: Page, words: Words, mapId: string): Promise<BoardView> {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(words.lang.app.save.saved)
  await page.waitForTimeout(700)
  return boardView(page, mapId)
}
/** Pixels of a page rectangle that are the cards' magenta, alone or seen through something half see-through. */
async function magentaIn(page: Page, r: Rect, skip: readonly Rect[] = []): Promise<{ count: number; xs: number[] }> {
  const png = decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: Math.max(1, r.width), height: Math.max(1, r.height) } }))
  const xs: number[] = []
  let count = 0
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const px = r.x + (x * r.width) / png.width
      const py = r.y + (y * r.height) / png.height
      if (skip.some((s) => px >= s.x && px <= s.x + s.width && py >= s.y && py <= s.y + s.height)) continue
      const i = (y * png.width + x) * 4
      const [red, green, blue] = [png.rgba[i]!, png.rgba[i + 1]!, png.rgba[i + 2]!]
      if (red - green > 80 && blue - green > 50) {
        count++
        xs.push(Math.round(px))
      }
    }
  }
  return { count, xs }
}

describe('a wide map scrolled under headers pinned to the board’s edges', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  for (const [words, direction] of [
    [EN, 'ltr'],
    [FA, 'rtl'],
  ] as const) {
    it(`in ${words.lang.name}: no card shows through the header band, the card in hand is above it, and the pinned emotion title keeps its persona chips`, async () => {
      const { page } = session.app
      const rtl = direction === 'rtl'
      if (rtl) await switchLanguage(page, en, { name: words.lang.name, app: fa })
      else await createWorkshop(page, 'Wide maps')
      const file = join(OUT, `wide-${words.lang.code}.journey`)
      await writeJourney(file, wideMap(words, direction))
      const map = await importNewMap(page, file, words.lang.app.import, words.title)
      expect(map.direction).toBe(direction)

      // The map opens fitted, zoomed out; 0 brings it to 100% once that view is saved, then the wheel
      // scrolls it down past the headers and on towards its end (left in a right-to-left map).
      await expect.poll(async () => (await boardView(page, map.id)).viewport.zoom, { timeout: 10_000 }).toBeLessThan(1)
      await page.keyboard.press('0')
      await expect.poll(async () => (await boardView(page, map.id)).viewport.zoom, { timeout: 10_000 }).toBe(1)
      const doc = await storedDoc(page, map)
      const { grid, rects } = cardLayout(doc)
      const board = (await page.getByTestId('board').boundingBox())!
      // Aimed at: the first lane's top 20 px below the board's top, so its cards lie under the header band's
      // lower, step row (its colours are see-through), and the title column 500 px past the leading edge.
      const start = (await settledView(page, words, map.id)).viewport
      const aim = { x: rtl ? grid.laneTitleX - board.width - 500 : LAYOUT.laneTitleWidth + 500, y: grid.bodyTop - 20 }
      await wheelPan(page, aim.x - start.x, aim.y - start.y, 10, 0.7)
      const view = await settledView(page, words, map.id)
      const z = view.viewport.zoom
      expect(z).toBe(1)
      // Both are pinned now: the stage headers' own place starts above the board's top, the title column's is past its leading edge.
      expect(view.toPage({ x: 0, y: 0 }).y).toBeLessThan(board.y - 40)
      if (rtl) expect(view.toPage({ x: grid.laneTitleX, y: 0 }).x).toBeGreaterThan(board.x + board.width)
      else expect(view.toPage({ x: grid.laneTitleX + LAYOUT.laneTitleWidth, y: 0 }).x).toBeLessThan(board.x)
      // Cards of the first lane lie under the band's place, all along the board.
      const first = grid.rows[0]!
      const laneOf = (id: string) => {
        const place = doc.cards[id as CardId]?.place
        return place?.kind === 'cell' ? place.laneId : null
      }
      const under = [...rects]
        .filter(([id]) => laneOf(id) === first.laneId)
        .map(([, r]) => ({ ...view.toPage(r), width: r.width * z, height: r.height * z }))
        .filter((r) => r.x + r.width > board.x && r.x < board.x + board.width && r.y < board.y + grid.bodyTop * z)
      expect(under.length).toBeGreaterThan(2)
      const shot = await screenshot(page, `board-pinned-wide-${words.lang.code}`)

      // The header band across the board's width, minus the pinned corner and the controls floating over it.
      const bandHeight = grid.bodyTop * z
      const column = LAYOUT.laneTitleWidth * z
      const band = { x: board.x, y: board.y, width: board.width, height: bandHeight }
      const chrome = (await boardChrome(page)).filter((c) => c.width > 0)
      const corner = { x: rtl ? board.x + board.width - column : board.x, y: board.y, width: column, height: bandHeight }
      const through = await magentaIn(page, band, [...chrome, corner])
      expect.soft(through.count, `card pixels showing through the pinned header band (${shot})`).toBe(0)
      // A card of the second lane, in full view below the band.
      const second = grid.rows[1]!
      const [cardId, rect] = [...rects].find(([id, r]) => {
        const x = view.toPage(r).x
        return laneOf(id) === second.laneId && x > board.x + column + 40 && x + r.width * z < board.x + board.width - column - 40
      })!
      const onPage = { ...view.toPage(rect), width: rect.width * z, height: rect.height * z }
      expect(onPage.y).toBeGreaterThan(board.y + bandHeight)
      // The same sampling sees that card where nothing covers it.
      expect((await magentaIn(page, { x: onPage.x + 4, y: onPage.y + 4, width: onPage.width - 8, height: 20 })).count).toBeGreaterThan(0.5 * (onPage.width - 8) * 20)

      // Carried up towards the headers, the card in hand is drawn over the band.
      const from = view.toPage({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })
      const lift = from.y - (board.y + bandHeight / 2)
      await page.mouse.move(from.x, from.y)
      await page.mouse.down()
      for (let i = 1; i <= 10; i++) await page.mouse.move(from.x, from.y - (lift * i) / 10)
      const ghostX = { x: from.x - (rect.width * z) / 2 + 6, width: rect.width * z - 12 }
      const inHand = await magentaIn(page, { ...ghostX, y: board.y + 2, height: bandHeight - 4 })
      await screenshot(page, `board-pinned-wide-drag-${words.lang.code}`)
      // Put back where it was: nothing is moved.
      for (let i = 9; i >= 0; i--) await page.mouse.move(from.x, from.y - (lift * i) / 10)
      await page.mouse.up()
      expect.soft(inHand.count, 'the dragged card’s pixels over the pinned header band').toBeGreaterThan(0.5 * ghostX.width * (bandHeight - 4))
      await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(words.lang.app.save.saved)
      const after = (await readDb<{ id: string; place: { laneId?: string } }>(page, 'cards')).find((c) => c.id === cardId)
      expect(after?.place.laneId).toBe(second.laneId)

      // The emotion lane's title is pinned to the leading edge, and its persona chips with it.
      const chipName = (name: string) => words.lang.board.emotion.choosePersona.replace('{{name}}', isolated(name))
      const chips = words.personas.map((name) => page.getByRole('radio', { name: chipName(name) }))
      const edge = rtl ? board.x + board.width - column : board.x
      for (const chip of chips) {
        const box = (await chip.boundingBox())!
        expect(box, 'a persona chip on the pinned emotion title').toBeTruthy()
        expect(box.x, 'a persona chip’s left on the pinned emotion title').toBeGreaterThanOrEqual(edge - 0.5)
        expect(box.x + box.width).toBeLessThanOrEqual(edge + column + 0.5)
        expect(box.y).toBeGreaterThan(board.y + bandHeight)
        // Nothing covers it: the page's topmost element at its middle is the chip.
        const top = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="radio"]')?.getAttribute('aria-label') ?? null, [box.x + box.width / 2, box.y + box.height / 2])
        expect(top).toBe(await chip.getAttribute('aria-label'))
      }
      expect(await chips[0]!.getAttribute('aria-checked')).toBe('true')
      const box = (await chips[1]!.boundingBox())!
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
      await expect.poll(() => chips[1]!.getAttribute('aria-checked')).toBe('true')
      expect(await chips[0]!.getAttribute('aria-checked')).toBe('false')
      await screenshot(page, `board-pinned-wide-chips-${words.lang.code}`)

      // Scrolled on until the emotion lane has gone up under the band, its chips are hidden, not only
      // cut: Tab from the board passes them by (a focused chip would drag the cut-away layer into view).
      const feels = grid.rows.find((r) => doc.lanes[r.laneId]?.kind === 'emotions')!
      const before = await settledView(page, words, map.id)
      await wheelPan(page, 0, feels.y + feels.height - bandHeight / z + 5 - before.viewport.y, 10, 0.7)
      await settledView(page, words, map.id)
      for (const chip of chips) expect(await chip.isVisible(), 'a persona chip under the pinned band').toBe(false)
      await page.getByTestId('board').focus()
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('radio')
      }
    })
  }
})
