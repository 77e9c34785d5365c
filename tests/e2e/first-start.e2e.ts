import { describe, expect, it } from 'vitest'
import { launchApp, readDb, screenshot } from './harness'
import { LANGUAGES, type Language } from './languageList'

// A first start on a computer set to each of the four languages: the app opens in that language
// (never English first), mirrored in Persian, offers the sample workshop in it, and opens the
// sample's map whole on the board, its words and its direction the language's. The screenshots
// (test-results/screenshots/first-start-*.png) are for a person to look at.

/** The system language each interface language is picked for, as the operating system names it. */
const SYSTEM_LOCALE: Readonly<Record<Language['code'], string>> = { en: 'en-GB', tr: 'tr-TR', nb: 'nb-NO', fa: 'fa-IR' }

interface MapRow {
  readonly title: string
  readonly direction: 'ltr' | 'rtl'
}

describe('a first start in the system language', () => {
  for (const lang of LANGUAGES) {
    it(`opens in ${lang.name} on a computer set to ${SYSTEM_LOCALE[lang.code]}, and opens the sample workshop in it`, async () => {
      const app = await launchApp({ locale: SYSTEM_LOCALE[lang.code] })
      try {
        const { page } = app
        const rtl = lang.code === 'fa'
        await page.getByRole('heading', { level: 1, name: lang.app.workshops.title }).waitFor()
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang.code, rtl ? 'rtl' : 'ltr'])
        const offer = page.getByRole('button', { name: lang.app.sample.open })
        await offer.waitFor()
        expect(await page.getByText(lang.app.sample.offerTitle).isVisible()).toBe(true)
        await screenshot(page, `first-start-${lang.code}`)

        await offer.click()
        const where = page.getByRole('navigation', { name: lang.app.nav.breadcrumb })
        await expect.poll(() => where.textContent(), { timeout: 10_000 }).toContain(lang.app.sample.mapTitle)
        await page.getByTestId('board').waitFor()
        await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(lang.app.save.saved)
        const maps = await readDb<MapRow>(page, 'maps')
        expect(maps.map((m) => [m.title, m.direction])).toEqual([[lang.app.sample.mapTitle, rtl ? 'rtl' : 'ltr']])
        // The sample's persona is on the board in the language's words.
        await page.getByRole('list', { name: lang.app.people.header }).getByRole('button', { name: lang.app.sample.persona.name }).waitFor()
        await screenshot(page, `first-start-${lang.code}-sample`)
        expect(app.errors).toEqual([])
      } finally {
        await app.close()
      }
    })
  }
})
