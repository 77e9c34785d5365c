import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { openRoomBench, ROOM_HOSTNAME, type RoomBench, type WebHostProcess } from './roomHost'
import { isolated } from '../../src/i18n/isolated'
import faRoom from '../../src/i18n/locales/fa.room.json'

// Issue 15: a name a person typed must show whole. In a room, the facilitator gives stages long
// names in the outline (a sentence, one very long word, then a Persian sentence on a right-to-left
// map) and a step a long title. On a participant's phone the stage strip shows each stage's pill
// with its whole name, wrapped onto more lines and never cut with "…", every word inside the pill;
// the strip stays one row that scrolls sideways, its pills still 44 px touch targets; the chosen
// step's title under the strip shows whole too. What the phone shows is measured in its page.

const APP_PORT = E2E_PORT + 61
const ROOM_PORT = E2E_PORT + 62

const SENTENCE = 'Onboarding and account verification with the bank, then the first card arrives in the post'
const ONE_WORD = 'Kundenzufriedenheitsbefragungsauswertungsergebnispräsentationsvorbereitung'
const PERSIAN = 'احراز هویت و افتتاح حساب در بانک، و سپس رسیدن نخستین کارت بانکی با پست'
const STEP = 'Compares insurance offers from several companies and reads every review before choosing one'
const PERSIAN_STEP = 'مقایسهٔ پیشنهادهای بیمهٔ چند شرکت و خواندن همهٔ نظرها پیش از انتخاب یکی'

/** How a pill or title shows its text on the phone, measured in the page. */
interface Shown {
  readonly text: string
  /** Wider or taller inside than its box: cut, or scrolled out of sight. */
  readonly overflows: boolean
  /** Words (or, for one word longer than a line, its pieces) drawn outside the element's box. */
  readonly wordsOutside: readonly string[]
  readonly ellipsis: boolean
  readonly lines: number
  readonly width: number
  readonly height: number
  readonly top: number
  readonly bottom: number
}

/** Measures every element matching `selector`: whether its whole text is inside its own box. */
async function shown(page: Page, selector: string): Promise<Shown[]> {
  return page.evaluate((selector) => {
    const measure = (el: HTMLElement) => {
      const box = el.getBoundingClientRect()
      const inner = el.firstElementChild instanceof HTMLElement ? el.firstElementChild : el
      const text = inner.textContent ?? ''
      const node = [...inner.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)
      const wordsOutside: string[] = []
      const lineTops = new Set<number>()
      if (node) {
        const range = document.createRange()
        for (const match of text.matchAll(/\S+/g)) {
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          for (const r of range.getClientRects()) {
            lineTops.add(Math.round(r.top))
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) wordsOutside.push(match[0])
          }
        }
      }
      const style = getComputedStyle(el)
      return {
        text,
        overflows: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight || inner.scrollWidth > inner.clientWidth || inner.scrollHeight > inner.clientHeight,
        wordsOutside: [...new Set(wordsOutside)],
        ellipsis: style.textOverflow === 'ellipsis' || getComputedStyle(inner).textOverflow === 'ellipsis',
        lines: lineTops.size,
        width: box.width,
        height: box.height,
        top: box.top,
        bottom: box.bottom,
      }
    }
    return [...document.querySelectorAll<HTMLElement>(selector)].map(measure)
  }, selector)
}

/** The strip of stages: one row that scrolls sideways, without a vertical scroll of its own. */
async function strip(page: Page) {
  return page.locator('.room-stage-strip').evaluate((el) => {
    const items = [...el.children].map((li) => li.getBoundingClientRect())
    // From the strip's start (0 in both directions), a thumb's flick towards its end moves it.
    const before = el.scrollLeft
    el.scrollTo({ left: 0, behavior: 'instant' })
    el.scrollBy({ left: el.getAttribute('dir') === 'rtl' ? -200 : 200, behavior: 'instant' })
    const moved = el.scrollLeft !== 0
    el.scrollTo({ left: before, behavior: 'instant' })
    return {
      dir: el.getAttribute('dir'),
      scrollsSideways: el.scrollWidth > el.clientWidth && moved,
      clipsVertically: el.scrollHeight > el.clientHeight,
      /** Every pill's middle, top to bottom: one row has them all on one line. */
      middles: items.map((r) => r.top + r.height / 2),
      tops: items.map((r) => r.top),
      lefts: items.map((r) => r.left),
    }
  })
}

/** Every stage pill shows its whole name, inside its box, in one sideways-scrolling row. */
async function expectWholePills(page: Page, names: readonly string[], dir: 'ltr' | 'rtl'): Promise<void> {
  const pills = await shown(page, '.room-stage-strip .room-stage')
  const width = page.viewportSize()!.width
  for (const name of names) {
    const pill = pills.find((p) => p.text === name)
    expect(pill, `a pill named ${name}`).toBeDefined()
    expect(pill!.overflows, `${name} overflows its pill`).toBe(false)
    expect(pill!.ellipsis, `${name} is cut with …`).toBe(false)
    expect(pill!.wordsOutside, `words of ${name} outside its pill`).toEqual([])
    // Wrapped onto more lines instead of one line as wide as the screen.
    expect(pill!.lines).toBeGreaterThan(1)
    expect(pill!.width).toBeLessThanOrEqual(width * 0.75)
  }
  for (const pill of pills) {
    expect(pill.height, `${pill.text} is a 44 px touch target`).toBeGreaterThanOrEqual(44)
    expect(pill.width).toBeGreaterThanOrEqual(44)
    expect(pill.overflows, `${pill.text} overflows its pill`).toBe(false)
  }
  const s = await strip(page)
  expect(s.dir).toBe(dir)
  expect(s.scrollsSideways).toBe(true)
  expect(s.clipsVertically).toBe(false)
  // One row: the pills of different heights share one middle line, in the map's order.
  for (const m of s.middles) expect(Math.abs(m - s.middles[0]!)).toBeLessThanOrEqual(1)
  const order = s.lefts.slice(1).map((l, i) => (dir === 'rtl' ? l < s.lefts[i]! : l > s.lefts[i]!))
  expect(order.every(Boolean)).toBe(true)
}

/** The chosen step's title under the strip shows whole. */
async function expectWholeStepTitle(page: Page, title: string): Promise<void> {
  const [h2] = await shown(page, '.room-step-current h2')
  expect(h2!.text).toBe(title)
  expect(h2!.overflows).toBe(false)
  expect(h2!.ellipsis).toBe(false)
  expect(h2!.wordsOutside).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
}

describe('long names on a participant’s phone', () => {
  let browser: Browser
  let host: WebHostProcess
  let bench: RoomBench | undefined
  let facilitator: Page
  let phone: Page
  let joinUrl = ''
  const pageErrors: string[] = []

  async function rename(field: string | RegExp, name: string): Promise<void> {
    const input = facilitator.getByRole('textbox', { name: field, exact: typeof field === 'string' }).first()
    await input.fill(name)
    await input.press('Enter')
    await settle(facilitator)
  }

  beforeAll(async () => {
    bench = await openRoomBench('phonenames', { appPort: APP_PORT, roomPort: ROOM_PORT })
    ;({ browser, host } = bench)
    const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
    facilitator = await desk.newPage()
    facilitator.on('pageerror', (error) => pageErrors.push(`facilitator: ${error.message}`))
    await facilitator.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    await bench?.close()
  })

  it('opens a room and a phone joins it', async () => {
    await createWorkshopWithFirstMap(facilitator, 'Names workshop')
    await settle(facilitator)
    await facilitator.getByTestId('room-toggle').click()
    await facilitator.getByRole('button', { name: 'Open the room' }).click()
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${new URL(await facilitator.getByLabel('Join link').inputValue()).hash}`
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-US' })
    phone = await context.newPage()
    phone.on('pageerror', (error) => pageErrors.push(`phone: ${error.message}`))
    await phone.goto(joinUrl)
    await phone.getByLabel('Your name').fill('Cem')
    await phone.getByRole('button', { name: 'Join' }).click()
    await phone.getByRole('navigation', { name: 'Stages' }).waitFor()
    // The room stays open with its panel put away: the outline is back beside the board.
    await facilitator.getByTestId('room-toggle').click()
    await facilitator.getByRole('textbox', { name: 'Stage 1 title', exact: true }).waitFor()
  })

  it('shows a stage’s long name and a very long word whole in the strip, and a long step title whole', async () => {
    await rename('Stage 2 title', SENTENCE)
    await rename('Stage 3 title', ONE_WORD)
    await rename(/, step 1 title$/, STEP)
    for (const name of [SENTENCE, ONE_WORD]) await phone.locator('.room-stage').filter({ hasText: name }).waitFor({ timeout: 10_000 })
    await phone.locator('.room-step-current h2').filter({ hasText: STEP }).waitFor({ timeout: 10_000 })
    await expectWholePills(phone, [SENTENCE, ONE_WORD], 'ltr')
    await expectWholeStepTitle(phone, STEP)
    await screenshot(phone, 'room-phone-long-names')

    // Tapping the long stage chooses it; its pill stays whole, scrolled into view.
    await phone.locator('.room-stage').filter({ hasText: SENTENCE }).tap()
    await expect.poll(() => phone.locator('.room-stage[aria-pressed="true"]').textContent()).toBe(SENTENCE)
    await expectWholePills(phone, [SENTENCE, ONE_WORD], 'ltr')
    await screenshot(phone, 'room-phone-long-names-chosen')
  })

  it('keeps them whole on a right-to-left map with a Persian stage name', async () => {
    await facilitator.getByRole('checkbox', { name: 'Right-to-left map' }).check()
    await rename('Stage 4 title', PERSIAN)
    await phone.locator('.room-stage').filter({ hasText: PERSIAN }).waitFor({ timeout: 10_000 })
    await expect.poll(() => phone.locator('.room-stage-strip').getAttribute('dir'), { timeout: 10_000 }).toBe('rtl')
    await phone.locator('.room-stage').filter({ hasText: PERSIAN }).tap()
    await expect.poll(() => phone.locator('.room-stage[aria-pressed="true"]').textContent()).toBe(PERSIAN)
    await expectWholePills(phone, [SENTENCE, ONE_WORD, PERSIAN], 'rtl')
    await screenshot(phone, 'room-phone-long-names-rtl')
    expect(pageErrors).toEqual([])
  })

  it('gives Persian room on a phone in Persian: headings tall enough for its marks, no square flash on a tapped pill', async () => {
    await rename(`${isolated(PERSIAN)}, step 1 title`, PERSIAN_STEP)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'fa-IR' })
    const sara = await context.newPage()
    sara.on('pageerror', (error) => pageErrors.push(`Persian phone: ${error.message}`))
    await sara.goto(joinUrl)
    await sara.getByLabel(faRoom.join.name).fill('سارا')
    await sara.getByRole('button', { name: faRoom.join.join }).click()
    await sara.getByRole('navigation', { name: faRoom.phone.stages }).waitFor()
    expect(await sara.locator('html').getAttribute('dir')).toBe('rtl')
    await sara.locator('.room-stage').filter({ hasText: PERSIAN }).tap()
    await sara.locator('.room-step-current h2').filter({ hasText: PERSIAN_STEP }).waitFor({ timeout: 10_000 })
    await expectWholeStepTitle(sara, PERSIAN_STEP)
    const look = await sara.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!)
      const ratio = (selector: string) => parseFloat(style(selector).lineHeight) / parseFloat(style(selector).fontSize)
      return {
        tapHighlight: style('.room-stage[aria-pressed="true"]').getPropertyValue('-webkit-tap-highlight-color'),
        title: ratio('.room-phone-header h1'),
        step: ratio('.room-step-current h2'),
        lane: ratio('.room-lane-header h3'),
      }
    })
    // Vazirmatn reaches about 1.56 em from its highest mark to its lowest: 1.25 cut them.
    expect(look.tapHighlight).toBe('rgba(0, 0, 0, 0)')
    for (const ratio of [look.title, look.step, look.lane]) expect(ratio).toBeGreaterThanOrEqual(1.45)
    await screenshot(sara, 'room-phone-fa')
    await context.close()
    expect(pageErrors).toEqual([])
  })
})
