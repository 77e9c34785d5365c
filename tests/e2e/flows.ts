import { writeFile } from 'node:fs/promises'
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { JourneyDoc, JourneyMap } from '../../src/domain'
import { serializeDoc, stringifyEnvelope } from '../../src/format'
import { readDb } from './harness'

/** Creates a workshop from the workshop list the way a person does, and waits for its screen. */
export async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog', { name: 'New workshop' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByRole('button', { name: 'Create workshop' }).click()
  await dialog.waitFor({ state: 'detached' })
}

/**
 * A new workshop with its first map from the default template (before / during / after purchase /
 * customer service, with the starter lanes), open on the board.
 */
export async function createWorkshopWithFirstMap(page: Page, title: string): Promise<void> {
  await createWorkshop(page, title)
  await page.getByRole('button', { name: 'Create the first map' }).click()
  const chooser = page.getByRole('dialog', { name: 'New map' })
  await chooser.getByRole('button', { name: 'Create map' }).click()
  await chooser.waitFor({ state: 'detached' })
  await page.getByTestId('board').waitFor()
}

/** The save indicator in the status bar. */
export function saveStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Save failed|Read-only)$/ })
}

/** Waits until everything typed so far is stored. */
export async function settle(page: Page): Promise<void> {
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toBe('Saved')
}

/** The import dialog's words in the interface language (the catalogue's `import` section). */
export interface ImportLabels {
  readonly button: string
  readonly title: string
  readonly chooseFile: string
}

const ENGLISH_IMPORT: ImportLabels = { button: 'Import…', title: 'Import a map', chooseFile: 'Choose a file…' }

/** Opens Import from the toolbar and picks a file in the chooser, as a person does; returns the dialog. */
export async function importFile(page: Page, path: string, labels: ImportLabels = ENGLISH_IMPORT): Promise<Locator> {
  await page.getByRole('button', { name: labels.button }).first().click()
  const dialog = page.getByRole('dialog', { name: labels.title })
  await dialog.waitFor()
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: labels.chooseFile }).click()
  await (await chooser).setFiles(path)
  return dialog
}

/**
 * Imports a file as `importFile` does, in the interface language's words, and waits until its map
 * is stored and on the board; returns the newest stored map titled `title`.
 */
export async function importNewMap(page: Page, path: string, labels: ImportLabels, title: string): Promise<JourneyMap> {
  const before = (await readDb(page, 'maps')).length
  const dialog = await importFile(page, path, labels)
  await dialog.waitFor({ state: 'detached', timeout: 30_000 })
  await expect.poll(async () => (await readDb(page, 'maps')).length, { timeout: 10_000 }).toBe(before + 1)
  await page.getByTestId('board').waitFor()
  const maps = await readDb<JourneyMap & { deletedAt?: number | null }>(page, 'maps')
  return maps.filter((m) => !m.deletedAt && m.title === title).sort((a, b) => b.createdAt - a.createdAt)[0]!
}

/** Writes `doc` to `path` as a .journey file, as the app exports it. */
export async function writeJourney(path: string, doc: JourneyDoc): Promise<void> {
  await writeFile(path, stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: 'e2e' })))
}

/** Writes `doc` to `path` as a .journey file and imports it as a person does, until its map is on the board. */
export async function importDoc(page: Page, doc: JourneyDoc, path: string): Promise<void> {
  await writeJourney(path, doc)
  const dialog = await importFile(page, path)
  await dialog.waitFor({ state: 'detached', timeout: 30_000 })
  await page.getByTestId('board').waitFor()
}

/** Imports a file as `importFile` does and waits until the new map is open on the board and stored. */
export async function importFileAndOpen(page: Page, path: string): Promise<void> {
  const dialog = await importFile(page, path)
  await dialog.waitFor({ state: 'detached' })
  await page.getByTestId('board').waitFor()
  await settle(page)
}

interface SettingsLabels {
  readonly settings: { readonly open: string; readonly title: string; readonly close: string }
}

/** Switches the interface language in Settings, as a person does; `to.name` is the language's own name. */
export async function switchLanguage(page: Page, from: SettingsLabels, to: { readonly name: string; readonly app: SettingsLabels }): Promise<void> {
  await page.getByRole('button', { name: from.settings.open, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: from.settings.title })
  await dialog.getByRole('radio', { name: to.name }).check()
  const switched = page.getByRole('dialog', { name: to.app.settings.title })
  await switched.waitFor()
  await switched.getByRole('button', { name: to.app.settings.close }).click()
  await switched.waitFor({ state: 'detached' })
}
