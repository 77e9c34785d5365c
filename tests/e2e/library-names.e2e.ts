import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { TOUCHPOINT_LIBRARY } from '../../src/domain/touchpointLibrary'
import en from '../../src/i18n/locales/en.json'
import fa from '../../src/i18n/locales/fa.json'
import nb from '../../src/i18n/locales/nb.json'
import tr from '../../src/i18n/locales/tr.json'
import { createWorkshop, switchLanguage } from './flows'
import { SCREENSHOT_DIR, screenshot } from './harness'
import { useApp } from './session'

// Issue 15: a person must be able to read every name in the touchpoint library and every stage,
// step and lane title in the outline, in full, in each language. Names wrap instead of ending in
// "…" ("Spørreundersøkelser om p…"), and the rows stay aligned (Persian on the right).
// Screenshots: test-results/screenshots/libui-<lang>-library.png and -outline.png.

type Catalogue = typeof en
interface Language {
  readonly code: 'en' | 'tr' | 'fa' | 'nb'
  readonly name: string
  readonly app: Catalogue
}

// Norwegian first: it has the longest names, and its own entry below is typed in it.
const LANGUAGES: readonly Language[] = [
  { code: 'nb', name: 'Norsk bokmål', app: nb as Catalogue },
  { code: 'tr', name: 'Türkçe', app: tr as Catalogue },
  { code: 'fa', name: 'فارسی', app: fa as Catalogue },
  { code: 'en', name: 'English', app: en },
]

/** A facilitator's own touchpoint: one word longer than the panel is wide. */
const OWN_ENTRY = 'Kundetilfredshetsundersøkelsesoppfølgingssamtale etter kjøpet'

interface Shown {
  readonly text: string
  /** Content wider or taller than the box, i.e. cut off or scrolled out of sight. */
  readonly clipped: boolean
  readonly lines: number
  /** Where each line of text starts: its left edge in a left-to-right page, its right edge in Persian. */
  readonly starts: number[]
  /** The side the text is set on, whatever the direction of its own script. */
  readonly align: string
}

/** How each element is laid out, measured by Chromium. */
function measure(elements: Locator, rtl: boolean): Promise<Shown[]> {
  return elements.evaluateAll(
    (els, rtl) =>
      els.map((el) => {
        const box = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        const text = el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')
        const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
        // A field's text has no DOM range: its box stands for it.
        const range = document.createRange()
        range.selectNodeContents(el)
        const lines = el instanceof HTMLTextAreaElement ? [box] : [...range.getClientRects()]
        return {
          text,
          clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight,
          lines: Math.round((el.clientHeight - padding) / parseFloat(style.lineHeight)),
          starts: lines.map((line) => (rtl ? line.right : line.left)),
          align: style.textAlign,
        }
      }),
    rtl,
  )
}

async function createAwarenessMap(page: Page, lang: Language): Promise<void> {
  await page.getByRole('navigation', { name: lang.app.maps.heading }).getByRole('button', { name: lang.app.maps.new, exact: true }).click()
  const chooser = page.getByRole('dialog', { name: lang.app.templates.chooserTitle })
  await chooser.getByRole('radio', { name: lang.app.templates.names.awarenessToSupport }).check()
  await chooser.getByRole('button', { name: lang.app.templates.create }).click()
  await chooser.waitFor({ state: 'detached' })
  await page.getByTestId('board').waitFor()
}

/** The panel grown to its full height, so one picture holds every entry. */
async function shootWhole(page: Page, panel: Locator, name: string): Promise<void> {
  const viewport = page.viewportSize()!
  const height = await panel.evaluate((el) => el.scrollHeight)
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 160) })
  await panel.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
  await page.setViewportSize(viewport)
}

describe('names in the library and the outline, in four languages', () => {
  const session = useApp()

  it('opens a workshop', async () => {
    await createWorkshop(session.app.page, 'Navn i sin helhet')
  })

  for (const [index, lang] of LANGUAGES.entries()) {
    it(`shows every library name and outline title in full in ${lang.name}`, async () => {
      const { page } = session.app
      await switchLanguage(page, index === 0 ? en : LANGUAGES[index - 1]!.app, lang)
      const rtl = lang.code === 'fa'
      await createAwarenessMap(page, lang)
      await page.getByRole('button', { name: lang.app.library.toggle }).click()
      const library = page.getByRole('complementary', { name: lang.app.library.title })
      if (index === 0) {
        await library.getByText(lang.app.library.addOwn).click()
        await library.getByLabel(lang.app.library.ownName).fill(OWN_ENTRY)
        await library.getByRole('button', { name: lang.app.library.ownSave }).click()
      }
      const names = library.locator('.library-entry-title')
      await expect.poll(() => names.count()).toBe(TOUCHPOINT_LIBRARY.length + 1)
      await page.evaluate(() => document.fonts.ready.then(() => undefined))

      // Every name: the whole text, nothing cut off, and the ones too long for one line wrapped.
      const shown = await measure(names, rtl)
      const expected = [...TOUCHPOINT_LIBRARY.map((e) => (lang.app.library.entries as Record<string, string>)[e.key!]!), OWN_ENTRY]
      expect(shown.map((s) => s.text).sort()).toEqual(expected.sort())
      expect(shown.filter((s) => s.clipped)).toEqual([])
      expect(shown.find((s) => s.text === OWN_ENTRY)!.lines).toBeGreaterThanOrEqual(2)
      // Rows stay aligned: every line of every name starts at the same edge, wrapped or not, and a
      // Latin name in the Persian panel sits on the right like its Persian neighbours.
      const starts = shown.flatMap((s) => s.starts)
      expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(1)
      // The panel itself does not scroll sideways.
      expect(await library.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

      const outline = page.getByRole('complementary', { name: lang.app.outline.title })
      const titles = outline.locator('.commit-title')
      const stages = Object.values(lang.app.templates.stages)
      await expect.poll(async () => (await measure(titles, rtl)).map((s) => s.text)).toEqual(expect.arrayContaining([lang.app.templates.stages.purchaseSupport]))
      const fields = await measure(titles, rtl)
      expect(fields.filter((s) => s.clipped)).toEqual([])
      expect(new Set(fields.map((s) => s.align))).toEqual(new Set([rtl ? 'right' : 'left']))
      expect(fields.filter((s) => stages.includes(s.text)).map((s) => s.text)).toEqual(
        ['awareness', 'research', 'nurturing', 'purchaseSupport'].map((k) => lang.app.templates.stages[k as keyof Catalogue['templates']['stages']]),
      )
      expect(await outline.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)

      await screenshot(page, `libui-${lang.code}-page`)
      await shootWhole(page, library, `libui-${lang.code}-library`)
      await shootWhole(page, outline, `libui-${lang.code}-outline`)
      await page.getByRole('button', { name: lang.app.library.close }).click()
    })
  }
})
