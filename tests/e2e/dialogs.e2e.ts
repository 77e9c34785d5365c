import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import en from '../../src/i18n/locales/en.json'
import enBoard from '../../src/i18n/locales/en.board.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import nb from '../../src/i18n/locales/nb.json'
import tr from '../../src/i18n/locales/tr.json'
import { createWorkshop, importFile, settle } from './flows'
import { PROJECT_ROOT, readDb } from './harness'
import { useApp } from './session'

// A facilitator imports a Mermaid journey, looks at the export dialog's preview while changing the
// options, exports the touchpoints as CSV, and opens the help: in English, then in Turkish,
// Norwegian and Persian. Screenshots go to SHOTS for a person to look at.

const OUT = join(PROJECT_ROOT, 'test-results', 'dialogs')
const SHOTS = process.env.JOURNEYBOARD_SHOTS ?? join(OUT, 'shots')
type Catalogue = typeof en

const JOURNEY = `journey
  title Coffee run
  section Order
    Read the menu: 4: Me
    Wait in line: 1: Me, Friend
  section Drink
    Sip the coffee: 5: Friend
`

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

async function previewSrc(page: Page, dialogName: string): Promise<string> {
  const image = page.getByRole('dialog', { name: dialogName }).getByTestId('export-preview-image')
  await image.waitFor()
  await expect.poll(() => page.getByTestId('export-preview').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false')
  return (await image.getAttribute('src')) ?? ''
}

async function switchLanguage(page: Page, from: Catalogue, name: string, to: Catalogue): Promise<void> {
  await page.getByRole('button', { name: from.settings.open, exact: true }).click()
  await page.getByRole('dialog', { name: from.settings.title }).getByRole('radio', { name }).check()
  const switched = page.getByRole('dialog', { name: to.settings.title })
  await switched.getByRole('button', { name: to.settings.close }).click()
  await switched.waitFor({ state: 'detached' })
}

async function exportCsv(page: Page, c: Catalogue, file: string): Promise<string> {
  await page.getByRole('button', { name: c.export.button }).first().click()
  const dialog = page.getByRole('dialog', { name: c.export.title })
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: c.export.csv }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  return readFile(path, 'utf8')
}

async function lookAtExportAndHelp(page: Page, c: Catalogue, code: string): Promise<void> {
  await page.getByRole('button', { name: c.export.button }).first().click()
  const dialog = page.getByRole('dialog', { name: c.export.title })
  await dialog.getByRole('radio', { name: c.export.pdf }).check()
  await dialog.getByLabel(c.export.paper, { exact: true }).selectOption({ label: c.export.paperA4 })
  await previewSrc(page, c.export.title)
  await shot(page, `export-${code}`)
  await dialog.getByRole('button', { name: c.export.close }).click()
  await page.getByRole('button', { name: c.shortcuts.help }).click()
  const help = page.getByRole('dialog', { name: c.shortcuts.title })
  await help.waitFor()
  await shot(page, `shortcuts-${code}`)
  // The title is in view when the sheet opens, not scrolled away above the first rows.
  const title = await help.getByRole('heading', { name: c.shortcuts.title }).boundingBox()
  const box = await help.boundingBox()
  expect(title && box && title.y >= box.y && title.y + title.height <= box.y + box.height).toBe(true)
  await help.getByRole('button', { name: c.shortcuts.close }).click()
}

describe('the export dialog, the CSV and the help, in four languages', () => {
  const session = useApp()

  it('imports a Mermaid journey with its scores as a curve and its actors as personas', async () => {
    const { page } = session.app
    await mkdir(OUT, { recursive: true })
    await createWorkshop(page, 'Dialogs')
    const path = join(OUT, 'coffee.mmd')
    await writeFile(path, JOURNEY)
    const dialog = await importFile(page, path)
    await dialog.waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
    await settle(page)
    const lanes = await readDb<{ kind: string; title: string }>(page, 'lanes')
    expect(lanes.map((l) => [l.kind, l.title]).sort()).toEqual([
      ['actions', 'Customer actions'],
      ['emotions', 'Emotional intent'],
    ])
    expect((await readDb<{ name: string }>(page, 'personas')).map((p) => p.name).sort()).toEqual(['Friend', 'Me'])
    // The shared curve and each actor's: Me (4, 1), Friend (1, 5), everyone (4, 1, 5).
    const curves = await readDb<{ felt: number; personaId: string | null }>(page, 'emotions')
    expect(curves.filter((e) => e.personaId === null).map((e) => e.felt).sort()).toEqual([-2, 1, 2])
    expect(curves.filter((e) => e.personaId !== null)).toHaveLength(4)
    expect((await readDb<{ text: string }>(page, 'cards')).map((c) => c.text).sort()).toEqual(['Read the menu', 'Sip the coffee', 'Wait in line'])
    await shot(page, 'mermaid-import-en')
  })

  it('shows a preview that follows the options', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: en.export.button }).first().click()
    const dialog = page.getByRole('dialog', { name: en.export.title })
    const first = await previewSrc(page, en.export.title)
    expect(await dialog.getByTestId('export-summary').textContent()).toMatch(/^[\d,]+ × [\d,]+ px$/)
    await dialog.getByLabel(en.export.background, { exact: true }).selectOption({ label: en.export.transparent })
    await expect.poll(() => previewSrc(page, en.export.title)).not.toBe(first)
    expect(await dialog.getByTestId('export-preview').getAttribute('data-transparent')).toBe('true')
    // On paper the preview frames where the pages cut.
    await dialog.getByRole('radio', { name: en.export.pdf }).check()
    await dialog.getByLabel(en.export.paper, { exact: true }).selectOption({ label: en.export.paperA4 })
    await previewSrc(page, en.export.title)
    expect(await dialog.getByTestId('export-preview-page').count()).toBeGreaterThanOrEqual(1)
    await dialog.getByLabel(en.export.paper, { exact: true }).selectOption({ label: en.export.paperFit })
    await expect.poll(() => dialog.getByTestId('export-preview-page').count()).toBe(0)
    await dialog.getByRole('button', { name: en.export.close }).click()
  })

  it('writes CSV words in the interface language, codes and personas beside them', async () => {
    const { page } = session.app
    const csv = await exportCsv(page, en, 'en.csv')
    expect(csv).toContain('"persona"')
    expect(csv).toContain(`"Wait in line","${enBoard.cards.sentiments.neutral}"`)
    expect(csv).toContain(`"${enBoard.laneKinds.actions}","Me; Friend","neutral"`)
  })

  it('looks right in English, Turkish, Norwegian and Persian', async () => {
    const { page } = session.app
    await lookAtExportAndHelp(page, en, 'en')
    await switchLanguage(page, en, 'Türkçe', tr as Catalogue)
    await lookAtExportAndHelp(page, tr as Catalogue, 'tr')
    await switchLanguage(page, tr as Catalogue, 'Norsk bokmål', nb as Catalogue)
    await lookAtExportAndHelp(page, nb as Catalogue, 'nb')
    await switchLanguage(page, nb as Catalogue, 'فارسی', fa as Catalogue)
    await lookAtExportAndHelp(page, fa as Catalogue, 'fa')
    // Key combinations read left to right inside the Persian sheet.
    await page.getByRole('button', { name: fa.shortcuts.help }).click()
    const help = page.getByRole('dialog', { name: fa.shortcuts.title })
    const kbd = help.locator('kbd', { hasText: 'Ctrl+' }).first()
    expect(await kbd.getAttribute('dir')).toBe('ltr')
    await help.getByRole('button', { name: fa.shortcuts.close }).click()
    const csv = await exportCsv(page, fa as Catalogue, 'fa.csv')
    expect(csv).toContain(`"Wait in line","${faBoard.cards.sentiments.neutral}"`)
    expect(csv).toContain(`"${faBoard.laneKinds.actions}","Me; Friend","neutral"`)
  })
})
