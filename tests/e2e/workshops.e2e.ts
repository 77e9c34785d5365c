import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { readDb, screenshot } from './harness'
import { saveStatus, settle } from './flows'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// One person's session, test after test, on one profile: later steps build on earlier ones the
// way real use does (the restart must find what was made before it).

interface WorkshopRow {
  id: string
  title: string
  date: string
  facilitator: string
  notes: string
  deletedAt: number | null
}
interface MapRow {
  id: string
  workshopId: string
  title: string
  stageIds: string[]
  laneIds: string[]
}
interface MapChildRow {
  id: string
  mapId: string
  title?: string
}

const WORKSHOP = {
  title: 'Onboarding discovery',
  date: '2026-03-14',
  shownDate: 'March 14, 2026',
  facilitator: 'Ana Lima',
  notes: 'Two teams, remote. Focus on the first week after sign-up.',
}
const FIRST_MAP = 'Journey map 1'
const RENAMED_MAP = 'First week journey'

function workshopCard(page: Page, title: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
}

function stageTitles(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Stage \d+ title$/ })
}

/** The map-title field of the outline (the map list shows a second one only while renaming there). */
function mapTitleField(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Outline' }).getByRole('textbox', { name: 'Map title' })
}

describe('workshops and maps, as a person uses them', () => {
  const session = useApp()
  let workshopId = ''
  let mapId = ''

  it('starts with an empty list that says what to do', async () => {
    const { page } = session.app
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Workshops' }).isVisible()).toBe(true)
    expect(await page.getByText('No workshops yet. Create one to start mapping a journey.').isVisible()).toBe(true)
  })

  it('creates a workshop with a title, date, facilitator and notes', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'New workshop' }).click()
    const dialog = page.getByRole('dialog', { name: 'New workshop' })
    await dialog.waitFor()

    // An empty title is refused with a message, and nothing is created.
    await dialog.getByRole('button', { name: 'Create workshop' }).click()
    expect(await dialog.getByText('Give the workshop a title.').isVisible()).toBe(true)

    await dialog.getByLabel('Title').fill(WORKSHOP.title)
    // The date in the app's language: day, month and year chosen like a person (14 March 2026).
    const date = dialog.getByRole('group', { name: 'Date' })
    await date.getByLabel('Year').selectOption({ label: '2026' })
    await date.getByLabel('Month').selectOption({ label: 'March' })
    await date.getByLabel('Day').selectOption({ label: '14' })
    await dialog.getByLabel('Facilitator').fill(WORKSHOP.facilitator)
    await dialog.getByLabel('Notes').fill(WORKSHOP.notes)
    await dialog.getByRole('button', { name: 'Create workshop' }).click()
    await dialog.waitFor({ state: 'detached' })

    // Creating a workshop opens it; it has no maps yet.
    const breadcrumbs = page.getByRole('navigation', { name: 'Where you are' })
    await expect.poll(() => breadcrumbs.textContent()).toContain(WORKSHOP.title)
    expect(await page.getByText('This workshop has no maps yet.').isVisible()).toBe(true)

    await breadcrumbs.getByRole('button', { name: 'Workshops' }).click()
    const card = workshopCard(page, WORKSHOP.title)
    await card.waitFor()
    expect(await card.getByText(WORKSHOP.shownDate).isVisible()).toBe(true)
    expect(await card.getByText(`Facilitator: ${isolated(WORKSHOP.facilitator)}`).isVisible()).toBe(true)
    expect(await card.getByText(WORKSHOP.notes).isVisible()).toBe(true)
    expect(await card.getByText('0 maps').isVisible()).toBe(true)

    const rows = await readDb<WorkshopRow>(page, 'workshops')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ title: WORKSHOP.title, date: WORKSHOP.date, facilitator: WORKSHOP.facilitator, notes: WORKSHOP.notes, deletedAt: null })
    workshopId = rows[0]!.id

    const shot = await screenshot(page, 'workshop-list')
    expect(existsSync(shot)).toBe(true)
  })

  it('opens the workshop and creates its first map from the starter grid', async () => {
    const { page } = session.app
    await workshopCard(page, WORKSHOP.title).getByRole('button', { name: 'Open' }).click()
    await page.getByRole('button', { name: 'Create the first map' }).click()
    // New maps start from a template; the first one (before / during / after purchase) is chosen.
    await page.getByRole('dialog', { name: 'New map' }).getByRole('button', { name: 'Create map' }).click()

    await expect.poll(() => mapTitleField(page).inputValue()).toBe(FIRST_MAP)
    await expect.poll(() => page.getByRole('navigation', { name: 'Maps' }).getByRole('button', { name: FIRST_MAP, exact: true }).getAttribute('aria-current')).toBe('page')
    // The starter grid: four stages and five lanes, named in English.
    expect(await stageTitles(page).count()).toBe(4)
    expect(await page.getByRole('textbox', { name: 'Stage 1 title' }).inputValue()).toBe('Before purchase')
    expect(await page.getByRole('textbox', { name: /^Lane \d+ title$/ }).count()).toBe(5)
    await settle(page)

    const maps = await readDb<MapRow>(page, 'maps')
    expect(maps).toHaveLength(1)
    expect(maps[0]).toMatchObject({ workshopId, title: FIRST_MAP })
    mapId = maps[0]!.id
  })

  it('renames the map, adds a stage, and undoes and redoes both from the keyboard', async () => {
    const { page } = session.app
    const title = mapTitleField(page)
    await title.fill(RENAMED_MAP)
    await title.press('Enter')
    await expect.poll(() => page.getByRole('navigation', { name: 'Where you are' }).textContent()).toContain(RENAMED_MAP)

    await page.getByRole('button', { name: 'Add stage' }).click()
    await expect.poll(() => stageTitles(page).count()).toBe(5)
    expect(await page.getByRole('textbox', { name: 'Stage 5 title' }).inputValue()).toBe('Stage 5')

    // The focus is on the button, not in a text field, so the keys belong to the map's history.
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => stageTitles(page).count()).toBe(4)
    expect(await title.inputValue()).toBe(RENAMED_MAP)

    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => title.inputValue()).toBe(FIRST_MAP)

    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect.poll(() => title.inputValue()).toBe(RENAMED_MAP)
    expect(await stageTitles(page).count()).toBe(4)

    await page.keyboard.press('ControlOrMeta+y')
    await expect.poll(() => stageTitles(page).count()).toBe(5)

    // The toolbar buttons do the same.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => stageTitles(page).count()).toBe(4)
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect.poll(() => stageTitles(page).count()).toBe(5)
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true)

    await settle(page)
    await expect.poll(async () => (await readDb<MapRow>(page, 'maps')).find((m) => m.id === mapId)?.title).toBe(RENAMED_MAP)
    await expect.poll(async () => (await readDb<MapChildRow>(page, 'stages')).filter((s) => s.mapId === mapId).length).toBe(5)

    const shot = await screenshot(page, 'map-open')
    expect(existsSync(shot)).toBe(true)
  })

  it('finds the same workshop, map and title after the app is restarted', async () => {
    await session.restart()
    const { page } = session.app

    // The app reopens where the person left off.
    await expect.poll(() => mapTitleField(page).inputValue(), { timeout: 15_000 }).toBe(RENAMED_MAP)
    const breadcrumbs = await page.getByRole('navigation', { name: 'Where you are' }).textContent()
    expect(breadcrumbs).toContain(WORKSHOP.title)
    expect(breadcrumbs).toContain(RENAMED_MAP)
    expect(await stageTitles(page).count()).toBe(5)
    expect(await saveStatus(page).textContent()).toBe('Saved')
    // History is for the session: a fresh start has nothing to undo.
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)

    const workshops = await readDb<WorkshopRow>(page, 'workshops')
    expect(workshops.map((w) => w.title)).toEqual([WORKSHOP.title])
    const maps = await readDb<MapRow>(page, 'maps')
    expect(maps).toEqual([expect.objectContaining({ id: mapId, workshopId, title: RENAMED_MAP })])
    expect(maps[0]!.stageIds).toHaveLength(5)
    // Rows come back in key order; the map's laneIds hold the order people see.
    const lanes = new Map((await readDb<MapChildRow>(page, 'lanes')).filter((l) => l.mapId === mapId).map((l) => [l.id, l.title]))
    expect(maps[0]!.laneIds.map((id) => lanes.get(id))).toEqual(['Customer actions', 'Touchpoints', 'Emotional intent', 'Pain points', 'Opportunities'])
    // No way to add a card exists in the UI yet; the store is there and holds nothing stray.
    const cards = await readDb<MapChildRow>(page, 'cards')
    expect(cards.filter((c) => c.mapId !== mapId)).toEqual([])
  })

  it('moves a workshop to the trash and brings it back with Undo in the notice', async () => {
    const { page } = session.app
    await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Workshops' }).click()
    const card = workshopCard(page, WORKSHOP.title)
    await card.waitFor()
    expect(await card.getByText('1 map', { exact: true }).isVisible()).toBe(true)

    await card.getByRole('button', { name: 'Move to trash' }).click()
    const notice = page.getByRole('status').filter({ hasText: `“${isolated(WORKSHOP.title)}” moved to the trash.` }) // the title isolated in its own direction
    await notice.waitFor()
    await card.waitFor({ state: 'detached' })
    expect(await page.getByRole('button', { name: 'Trash (1)' }).isVisible()).toBe(true)
    await expect.poll(async () => (await readDb<WorkshopRow>(page, 'workshops'))[0]?.deletedAt).toEqual(expect.any(Number))

    await notice.getByRole('button', { name: 'Undo' }).click()
    await card.waitFor()
    await notice.waitFor({ state: 'detached' })
    expect(await page.getByRole('button', { name: /^Trash \(/ }).count()).toBe(0)
    expect((await readDb<WorkshopRow>(page, 'workshops'))[0]?.deletedAt).toBeNull()
  })

  it('duplicates a workshop together with its maps', async () => {
    const { page } = session.app
    const copyTitle = `${WORKSHOP.title} (copy)`
    await workshopCard(page, WORKSHOP.title).getByRole('button', { name: 'Duplicate' }).click()
    const copy = workshopCard(page, copyTitle)
    await copy.waitFor()
    expect(await copy.getByText(`Facilitator: ${isolated(WORKSHOP.facilitator)}`).isVisible()).toBe(true)
    expect(await copy.getByText('1 map', { exact: true }).isVisible()).toBe(true)
    expect(await workshopCard(page, WORKSHOP.title).count()).toBe(1)

    const workshops = await readDb<WorkshopRow>(page, 'workshops')
    const copied = workshops.find((w) => w.title === copyTitle)
    expect(copied).toBeDefined()
    expect(copied!.id).not.toBe(workshopId)
    const maps = await readDb<MapRow>(page, 'maps')
    const copiedMap = maps.find((m) => m.workshopId === copied!.id)
    expect(copiedMap).toMatchObject({ title: RENAMED_MAP })
    expect(copiedMap!.id).not.toBe(mapId)
    // The copy is independent: its stages are new rows, the original's are untouched.
    const stages = await readDb<MapChildRow>(page, 'stages')
    expect(stages.filter((s) => s.mapId === copiedMap!.id)).toHaveLength(5)
    expect(stages.filter((s) => s.mapId === mapId)).toHaveLength(5)

    await copy.getByRole('button', { name: 'Open' }).click()
    await expect.poll(() => mapTitleField(page).inputValue()).toBe(RENAMED_MAP)
    expect(await page.getByRole('navigation', { name: 'Where you are' }).textContent()).toContain(copyTitle)
  })
})
