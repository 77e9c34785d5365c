import { describe, expect, it } from 'vitest'
import { cardLayout } from '../../src/domain/layout'
import en from '../../src/i18n/locales/en.json'
import enAgenda from '../../src/i18n/locales/en.agenda.json'
import enFacilitation from '../../src/i18n/locales/en.facilitation.json'
import enPresent from '../../src/i18n/locales/en.present.json'
import enTimer from '../../src/i18n/locales/en.timer.json'
import enVote from '../../src/i18n/locales/en.vote.json'
import fa from '../../src/i18n/locales/fa.json'
import faAgenda from '../../src/i18n/locales/fa.agenda.json'
import faFacilitation from '../../src/i18n/locales/fa.facilitation.json'
import faPresent from '../../src/i18n/locales/fa.present.json'
import faTimer from '../../src/i18n/locales/fa.timer.json'
import faVote from '../../src/i18n/locales/fa.vote.json'
import nb from '../../src/i18n/locales/nb.json'
import nbAgenda from '../../src/i18n/locales/nb.agenda.json'
import nbFacilitation from '../../src/i18n/locales/nb.facilitation.json'
import nbPresent from '../../src/i18n/locales/nb.present.json'
import nbTimer from '../../src/i18n/locales/nb.timer.json'
import nbVote from '../../src/i18n/locales/nb.vote.json'
import tr from '../../src/i18n/locales/tr.json'
import trAgenda from '../../src/i18n/locales/tr.agenda.json'
import trFacilitation from '../../src/i18n/locales/tr.facilitation.json'
import trPresent from '../../src/i18n/locales/tr.present.json'
import trTimer from '../../src/i18n/locales/tr.timer.json'
import trVote from '../../src/i18n/locales/tr.vote.json'
import { screenshot } from './harness'
import { createWorkshopWithFirstMap, settle, switchLanguage } from './flows'
import { boardView, firstMap, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// The facilitation screens in all four languages, for a person to look at: the agenda with a
// running step and the big timer, the saved vote's results with its dots on the cards, and the
// presentation's overview and first stage. Persian runs right to left (Left goes on).
// Screenshots: test-results/screenshots/facilitation-<lang>-*.png.

interface Language {
  readonly code: 'en' | 'tr' | 'fa' | 'nb'
  readonly name: string
  readonly app: typeof en
  readonly agenda: typeof enAgenda
  readonly facilitation: typeof enFacilitation
  readonly present: typeof enPresent
  readonly vote: typeof enVote
  readonly timer: typeof enTimer
}

const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', app: en, agenda: enAgenda, facilitation: enFacilitation, present: enPresent, vote: enVote, timer: enTimer },
  { code: 'tr', name: 'Türkçe', app: tr as typeof en, agenda: trAgenda as typeof enAgenda, facilitation: trFacilitation, present: trPresent as typeof enPresent, vote: trVote as typeof enVote, timer: trTimer as typeof enTimer },
  { code: 'fa', name: 'فارسی', app: fa as typeof en, agenda: faAgenda as typeof enAgenda, facilitation: faFacilitation, present: faPresent as typeof enPresent, vote: faVote as typeof enVote, timer: faTimer as typeof enTimer },
  { code: 'nb', name: 'Norsk bokmål', app: nb as typeof en, agenda: nbAgenda as typeof enAgenda, facilitation: nbFacilitation, present: nbPresent as typeof enPresent, vote: nbVote as typeof enVote, timer: nbTimer as typeof enTimer },
]

const CARDS = ['Sees an Instagram ad for a cycling newsletter', 'Compares three weather apps', 'Signs up on her phone'] as const

describe('facilitation in four languages', () => {
  const session = useApp()

  it('prepares a map with three cards, the method agenda and a saved show-of-hands vote', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Workshop in four languages')
    await settle(page)
    const map = await firstMap(page)
    const doc = await storedDoc(page, map)
    const { grid } = cardLayout(doc)
    const { toPage } = await boardView(page, map.id)
    for (const [i, text] of CARDS.entries()) await typeCardAt(page, toPage(inCell(grid.columns[i % 2]!, grid.rows[Math.floor(i / 2)]!)), text)
    await settle(page)

    await page.getByTestId('facilitate-toggle').click()
    const side = page.getByTestId('facilitation-side')
    await side.getByRole('button', { name: enAgenda.empty.useMethod }).click()
    await side.getByRole('tab', { name: enFacilitation.tabs.vote }).click()
    const panel = page.getByTestId('vote-panel')
    await panel.getByRole('button', { name: enVote.start }).click()
    for (const [i, hands] of [4, 2, 4].entries()) await panel.getByRole('spinbutton', { name: `Hands for ${isolated(CARDS[i]!)}` }).fill(String(hands))
    await panel.getByRole('button', { name: enVote.save }).click()
    await panel.getByRole('button', { name: enVote.hideDots }).waitFor()
    await settle(page)
  })

  for (const [index, lang] of LANGUAGES.entries()) {
    it(`shows the agenda, the vote and the presentation in ${lang.name}`, async () => {
      const { page } = session.app
      if (index > 0) await switchLanguage(page, LANGUAGES[index - 1]!.app, lang)
      const rtl = lang.code === 'fa'
      const next = rtl ? 'ArrowLeft' : 'ArrowRight'
      expect(await page.locator('html').getAttribute('dir')).toBe(rtl ? 'rtl' : 'ltr')

      const side = page.getByTestId('facilitation-side')
      await side.getByRole('tab', { name: lang.facilitation.tabs.agenda }).click()
      const title = lang.agenda.kinds.actions.title
      await side.getByRole('button', { name: lang.agenda.startNamed.replace('{{title}}', isolated(title)), exact: true }).click()
      const banner = page.getByTestId('step-banner')
      await expect.poll(() => banner.textContent()).toContain(lang.agenda.kinds.actions.instruction)
      await page.getByTestId('timer-display').waitFor()
      // A moment for the board to settle on the step's lanes, as the room would see it.
      await page.waitForTimeout(500)
      await screenshot(page, `facilitation-${lang.code}-agenda-running`)
      await banner.getByRole('button', { name: lang.agenda.end }).click()
      await banner.waitFor({ state: 'detached' })
      // Ending the step early stops its countdown, so the vote's screenshot shows the board alone.
      await page.getByTestId('timer-display').waitFor({ state: 'detached' })

      await side.getByRole('tab', { name: lang.facilitation.tabs.vote }).click()
      const panel = page.getByTestId('vote-panel')
      await panel.getByRole('button', { name: lang.vote.showResults }).click()
      await expect.poll(() => panel.locator('.vote-history .vote-result-text').allTextContents()).toEqual(expect.arrayContaining([...CARDS]))
      await screenshot(page, `facilitation-${lang.code}-vote-results`)

      await page.getByRole('button', { name: lang.present.open, exact: true }).click()
      const presentation = page.getByTestId('presentation')
      await presentation.waitFor()
      expect(await presentation.getAttribute('dir')).toBe(rtl ? 'rtl' : 'ltr')
      await page.keyboard.press(next)
      await expect.poll(() => presentation.getAttribute('data-slide')).toBe('overview')
      await screenshot(page, `facilitation-${lang.code}-present-overview`)
      await page.keyboard.press(next)
      await expect.poll(() => presentation.getByTestId('present-card').allTextContents()).toEqual(expect.arrayContaining([CARDS[0], CARDS[1]]))
      await screenshot(page, `facilitation-${lang.code}-present-stage`)
      await page.keyboard.press('Escape')
      await presentation.waitFor({ state: 'detached' })
    })
  }
})
