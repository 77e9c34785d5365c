import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'

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

/** Opens Import from the toolbar and picks a file in the chooser, as a person does; returns the dialog. */
export async function importFile(page: Page, path: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import…' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Import a map' })
  await dialog.waitFor()
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose a file…' }).click()
  await (await chooser).setFiles(path)
  return dialog
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
