import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { readDb, screenshot } from './harness'
import { useApp } from './session'
import en from '../../src/i18n/locales/en.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import { LANGUAGES, type Catalogue, type Language } from './languageList'

// One person switches the interface through all four languages in Settings and starts a map in
// each; Persian must mirror the page and start a right-to-left map whose first stage is drawn at
// the right. The screenshots (test-results/screenshots/lang-*.png) are for a person to look at:
// joined Persian letters in order, mirrored layout, nothing clipped.

interface MapRow {
  id: string
  title: string
  direction: 'ltr' | 'rtl'
  stageIds: string[]
  deletedAt: number | null
}
interface StageRow {
  id: string
  color: string
}

// The node project has no DOM lib, so the few page shapes used inside evaluate are spelled out.
interface PageDocument {
  documentElement: { lang: string; dir: string }
  querySelector(selector: string): CanvasLike | null
}
interface CanvasLike {
  width: number
  height: number
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number>; width: number; height: number } } | null
}

function langAndDir(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { documentElement } = (globalThis as unknown as { document: PageDocument }).document
    return [documentElement.lang, documentElement.dir]
  })
}

async function switchLanguage(page: Page, from: Catalogue, to: Language): Promise<void> {
  await page.getByRole('button', { name: from.settings.open, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: from.settings.title })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: to.name }).check()
  // The dialog itself switches language at once.
  const switched = page.getByRole('dialog', { name: to.app.settings.title })
  await switched.waitFor()
  await screenshot(page, `lang-${to.code}-settings`)
  await switched.getByRole('button', { name: to.app.settings.close }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Creates a map from the first built-in template (or straight away where no chooser exists). */
async function createMap(page: Page, lang: Language): Promise<void> {
  const before = (await readDb<MapRow>(page, 'maps').catch(() => [])).length
  await page.getByRole('navigation', { name: lang.app.maps.heading }).getByRole('button', { name: lang.app.maps.new, exact: true }).click()
  const chooser = page.getByRole('dialog', { name: lang.app.templates.chooserTitle })
  await chooser.waitFor({ timeout: 3000 }).catch(() => undefined)
  if (await chooser.isVisible()) {
    await chooser.getByRole('button', { name: lang.app.templates.create }).click()
    await chooser.waitFor({ state: 'detached' })
  }
  await expect.poll(async () => (await readDb<MapRow>(page, 'maps')).length, { timeout: 10_000 }).toBe(before + 1)
  // The new map is the open one once its title heads the breadcrumbs.
  const created = (await readDb<MapRow & { createdAt: number }>(page, 'maps')).sort((a, b) => b.createdAt - a.createdAt)[0]!
  await expect.poll(() => page.getByRole('navigation', { name: lang.app.nav.breadcrumb }).textContent(), { timeout: 10_000 }).toContain(created.title)
}

/** A persona written in each language, as a facilitator there would: opened from its chip on the board. */
const PERSONAS: Readonly<Record<Language['code'], { name: string; quote: string; goals: readonly string[] }>> = {
  en: { name: 'Maya Olsen', quote: 'I just want the bill to make sense.', goals: ['Pay less', 'Understand the bill'] },
  tr: { name: 'Ayşe Yılmaz', quote: 'Sadece faturamı anlamak istiyorum.', goals: ['Daha az ödemek', 'Faturayı anlamak'] },
  nb: { name: 'Kari Nordmann', quote: 'Jeg vil bare forstå regningen.', goals: ['Betale mindre', 'Forstå regningen'] },
  fa: { name: 'مریم احمدی', quote: 'فقط می‌خواهم صورت‌حساب ۳ ماه را بفهمم.', goals: ['کمتر پرداخت کنم', 'صورت‌حساب را بفهمم'] },
}

/** Writes the language's persona in People, then opens it from its chip above the board. */
async function openPersonaFromBoard(page: Page, lang: Language): Promise<Locator> {
  const who = PERSONAS[lang.code]
  const words = lang.app.people
  await page.getByRole('tab', { name: words.tab }).click()
  await page.getByRole('button', { name: words.addPersona }).click()
  const name = page.getByLabel(words.fields.name, { exact: true })
  await name.fill(who.name)
  await name.press('Enter')
  await page.getByLabel(words.fields.quote, { exact: true }).fill(who.quote)
  const goals = page.getByLabel(new RegExp(`^${words.fields.goals}`))
  await goals.fill(who.goals.join('\n'))
  await goals.blur()
  await page.getByRole('button', { name: words.back }).click()
  await page.getByRole('list', { name: words.header }).getByRole('button', { name: who.name }).click()
  const card = page.getByRole('dialog', { name: who.name })
  await card.waitFor()
  return card
}

/**
 * Where the first and the last stage's header colours sit across the board, read from the grid
 * layer's own pixels: mean x of each, in canvas pixels.
 */
async function stageColourCentres(page: Page, first: string, last: string): Promise<{ first: number; last: number; width: number }> {
  return page.evaluate(
    ({ first, last }) => {
      const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
      const want = [hex(first), hex(last)]
      const canvas = (globalThis as unknown as { document: PageDocument }).document.querySelector('.konvajs-content canvas')!
      const ctx = canvas.getContext('2d')!
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let best = { score: -1, first: NaN, last: NaN }
      for (let y = 0; y < height; y += 2) {
        const sums = [0, 0]
        const counts = [0, 0]
        for (let x = 0; x < width; x++) {
          const o = (y * width + x) * 4
          want.forEach((rgb, i) => {
            if (Math.abs(data[o]! - rgb[0]!) + Math.abs(data[o + 1]! - rgb[1]!) + Math.abs(data[o + 2]! - rgb[2]!) < 9) {
              sums[i]! += x
              counts[i]!++
            }
          })
        }
        const score = Math.min(counts[0]!, counts[1]!)
        if (score > best.score) best = { score, first: sums[0]! / counts[0]!, last: sums[1]! / counts[1]! }
      }
      return { first: best.first, last: best.last, width }
    },
    { first, last },
  )
}

describe('the interface in four languages', () => {
  const session = useApp()
  let current: Catalogue = en

  it('starts in the system language (English here) with a left-to-right page', async () => {
    const { page } = session.app
    await page.getByRole('heading', { level: 1, name: en.workshops.title }).waitFor()
    expect(await langAndDir(page)).toEqual(['en', 'ltr'])
    await page.getByRole('button', { name: en.workshops.new }).click()
    const dialog = page.getByRole('dialog', { name: en.workshopForm.createTitle })
    await dialog.getByLabel(en.workshopForm.title).fill('Çok dilli atölye · کارگاه چندزبانه')
    await dialog.getByRole('button', { name: en.workshopForm.create }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  for (const lang of LANGUAGES) {
    it(`switches to ${lang.name} in Settings and starts a map in it`, async () => {
      const { page } = session.app
      await switchLanguage(page, current, lang)
      current = lang.app
      const rtl = lang.code === 'fa'
      expect(await langAndDir(page)).toEqual([lang.code, rtl ? 'rtl' : 'ltr'])

      await createMap(page, lang)
      const outline = page.getByRole('complementary', { name: lang.app.outline.title })
      await outline.getByRole('textbox', { name: lang.app.outline.mapTitle }).waitFor()
      await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(lang.app.save.saved)
      // Stage names come from the language's catalogue, not English.
      const stageNames = Object.values(lang.app.templates.stages)
      const firstStage = await outline.getByRole('textbox').nth(1).inputValue()
      expect(stageNames).toContain(firstStage)

      // A new map follows the interface: right-to-left only while it is in Persian.
      const toggle = outline.getByRole('checkbox', { name: lang.app.outline.rightToLeft })
      expect(await toggle.isChecked()).toBe(rtl)
      await page.waitForTimeout(300)
      await screenshot(page, `lang-${lang.code}`)
    })

    it(`opens a persona from the board in ${lang.name}, its words in their own direction`, async () => {
      const { page } = session.app
      const who = PERSONAS[lang.code]
      const card = await openPersonaFromBoard(page, lang)
      expect(await card.textContent()).toContain(who.quote)
      expect(await card.getByRole('listitem').allTextContents()).toEqual(who.goals)
      // The card follows the page: mirrored in Persian, its text starting at the right.
      expect(await card.evaluate((el) => getComputedStyle(el).direction)).toBe(lang.code === 'fa' ? 'rtl' : 'ltr')
      // A quote is set in italics, but Persian has none: its letters would only be slanted.
      expect(await card.locator('blockquote').evaluate((el) => getComputedStyle(el).fontStyle)).toBe(lang.code === 'fa' ? 'normal' : 'italic')
      await screenshot(page, `lang-${lang.code}-persona`)
      await page.keyboard.press('Escape')
      await card.waitFor({ state: 'detached' })
      // Back to the outline, where the next language's map is checked.
      await page.getByRole('tab', { name: lang.app.outline.title }).click()
    })
  }

  it('keeps Persian after a restart (prefs language)', async () => {
    await session.restart()
    const { page } = session.app
    await page.getByRole('button', { name: fa.settings.open, exact: true }).waitFor()
    expect(await langAndDir(page)).toEqual(['fa', 'rtl'])
  })

  it('draws the right-to-left map with its first stage at the right', async () => {
    const { page } = session.app
    const maps = (await readDb<MapRow>(page, 'maps')).filter((m) => m.deletedAt === null)
    const persian = maps.find((m) => m.direction === 'rtl')
    expect(persian, 'the map made in Persian is stored right-to-left').toBeDefined()
    expect(maps.filter((m) => m.direction === 'rtl')).toHaveLength(1)
    const nav = page.getByRole('navigation', { name: fa.maps.heading })
    await nav.getByRole('button', { name: persian!.title, exact: true }).click()
    await page.getByRole('button', { name: faBoard.navigation.zoomToFit }).click()
    await page.waitForTimeout(400)

    const stages = await readDb<StageRow>(page, 'stages')
    const colour = (id: string) => stages.find((s) => s.id === id)!.color
    const ids = persian!.stageIds
    const rtlCentres = await stageColourCentres(page, colour(ids[0]!), colour(ids[ids.length - 1]!))
    expect(rtlCentres.first).toBeGreaterThan(rtlCentres.last)
    await screenshot(page, 'lang-fa-rtl-map')

    // The outline toggle turns it around: the same stage moves to the left.
    const toggle = page.getByRole('checkbox', { name: fa.outline.rightToLeft })
    await toggle.uncheck()
    await page.getByRole('button', { name: faBoard.navigation.zoomToFit }).click()
    await page.waitForTimeout(400)
    const ltrCentres = await stageColourCentres(page, colour(ids[0]!), colour(ids[ids.length - 1]!))
    expect(ltrCentres.first).toBeLessThan(ltrCentres.last)
    await toggle.check()
    await expect.poll(async () => (await readDb<MapRow>(page, 'maps')).find((m) => m.id === persian!.id)?.direction, { timeout: 10_000 }).toBe('rtl')
  })
})
