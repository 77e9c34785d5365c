import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Action, Card, JourneyMap } from '../../src/domain'
import { cardLayout } from '../../src/domain/layout'
import { parseJourneyFile } from '../../src/format'
import { decodePng, inkIn, pdfPageCount } from './exportImages'
import { PROJECT_ROOT, readDb, screenshot } from './harness'
import { createWorkshop, createWorkshopWithFirstMap, importFile, settle } from './flows'
import { boardView, firstMap, inCell, rowsOf, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator turns the workshop's cards into an action plan (issue 13): actions from three
// cards and one from two cards at once, scored on the effort / impact matrix by dragging,
// filtered, exported in every format, found again after a restart and carried in the .journey file.

const OUT = join(PROJECT_ROOT, 'test-results', 'plan')
const TEXTS = ['Ad promises a one-day account', 'Form asks for the same address twice', 'Utility bill upload fails', 'Card declined abroad']

async function cardCentre(page: Page, mapId: string, text: string) {
  const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id === mapId)!
  const doc = await storedDoc(page, map)
  const card = Object.values(doc.cards).find((c) => c.text === text)!
  const rect = cardLayout(doc).rects.get(card.id)!
  const { toPage } = await boardView(page, mapId)
  return toPage({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })
}

async function actions(page: Page, mapId: string): Promise<Action[]> {
  return (await rowsOf<Action>(page, 'actions', mapId)).sort((a, b) => a.createdAt - b.createdAt)
}

async function download(page: Page, run: () => Promise<void>, name: string): Promise<string> {
  const file = page.waitForEvent('download', { timeout: 120_000 })
  await run()
  const path = join(OUT, name)
  await (await file).saveAs(path)
  return path
}

describe('the action plan', () => {
  let mapId = ''
  let cardIds: Record<string, string> = {}
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  it('makes actions from three cards, one of them from two cards at once', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Plan workshop')
    await settle(page)
    mapId = (await firstMap(page)).id
    // Two steps of the first two lanes: all four cells are in view at the map's first zoom.
    for (const [i, text] of TEXTS.entries()) {
      const { grid } = cardLayout(await storedDoc(page, await firstMap(page)))
      const { toPage } = await boardView(page, mapId)
      await typeCardAt(page, toPage(inCell(grid.columns[i % 2]!, grid.rows[Math.floor(i / 2)]!)), text)
      await settle(page)
    }
    await settle(page)
    cardIds = Object.fromEntries((await rowsOf<Card>(page, 'cards', mapId)).map((c) => [c.text, c.id]))

    const make = async (texts: string[]) => {
      await page.keyboard.press('Escape')
      for (const [i, text] of texts.entries()) {
        const at = await cardCentre(page, mapId, text)
        if (i > 0) await page.keyboard.down('Shift')
        await page.mouse.click(at.x, at.y)
        if (i > 0) await page.keyboard.up('Shift')
      }
      await page.getByTestId('make-action').click()
      await page.getByTestId('plan-view').waitFor()
      await page.getByTestId('plan-close').click()
      await page.getByTestId('plan-view').waitFor({ state: 'detached' })
    }
    await make([TEXTS[0]!])
    await make([TEXTS[1]!, TEXTS[2]!])
    await make([TEXTS[3]!])
    await settle(page)

    const made = await actions(page, mapId)
    expect(made.map((a) => a.title)).toEqual([TEXTS[0], TEXTS[1], TEXTS[3]])
    expect(made.map((a) => a.cardIds)).toEqual([[cardIds[TEXTS[0]!]], [cardIds[TEXTS[1]!], cardIds[TEXTS[2]!]], [cardIds[TEXTS[3]!]]])
    expect(made.every((a) => a.impact === 3 && a.effort === 3 && a.status === 'idea')).toBe(true)
    await expect.poll(() => page.getByTestId('plan-toggle').textContent()).toContain('3')
  })

  it('places actions on the matrix by dragging, and edits and filters them in the list', async () => {
    const { page } = session.app
    await page.getByTestId('plan-toggle').click()
    await page.getByRole('tab', { name: 'Matrix' }).click()
    const matrix = page.getByTestId('plan-matrix')
    const [first, , last] = await actions(page, mapId)
    // The first action to a quick win (impact 5, effort 1), the last to a thankless task (impact 1, effort 5).
    for (const [action, impact, effort] of [
      [first!, 5, 1],
      [last!, 1, 5],
    ] as const) {
      const chip = (await matrix.locator(`button[data-action-id="${action.id}"]`).boundingBox())!
      const cell = (await matrix.locator(`[data-impact="${impact}"][data-effort="${effort}"]`).boundingBox())!
      await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2)
      await page.mouse.down()
      await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2, { steps: 12 })
      await page.mouse.up()
    }
    await settle(page)
    const scored = await actions(page, mapId)
    expect(scored.map((a) => [a.impact, a.effort])).toEqual([
      [5, 1],
      [3, 3],
      [1, 5],
    ])
    await screenshot(page, 'plan-matrix')

    // In the list: the middle action is being done by Payments; then only what is being done.
    await page.getByRole('tab', { name: 'List' }).click()
    const row = page.locator(`[data-testid="plan-row"][data-action-id="${scored[1]!.id}"]`)
    await row.getByRole('combobox', { name: /Status/ }).selectOption('doing')
    // The owner field offers the map's teams, so it is a combo box.
    const owner = row.getByRole('combobox', { name: /Owner/ })
    await owner.fill('Payments')
    await owner.press('Enter')
    await settle(page)
    expect((await actions(page, mapId))[1]).toMatchObject({ status: 'doing', owner: 'Payments' })

    // The filter menus are disclosures above the list (the list's own "Status" heading sorts).
    await page.getByTestId('plan-view').locator('summary', { hasText: 'Status' }).click()
    await page.getByRole('checkbox', { name: 'Doing' }).check()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(1)
    await screenshot(page, 'plan-list-filtered')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(3)
  })

  it('exports the plan as CSV, Markdown, PNG and PDF', async () => {
    const { page } = session.app
    const exportAs = async (format: RegExp, name: string) =>
      download(
        page,
        async () => {
          await page.getByTestId('plan-view').getByRole('button', { name: 'Export…' }).click()
          const dialog = page.getByRole('dialog', { name: 'Export the action plan' })
          await dialog.getByRole('radio', { name: format }).check()
          await dialog.getByRole('button', { name: 'Export', exact: true }).click()
        },
        name,
      )
    const csv = await readFile(await exportAs(/CSV/, 'plan.csv'), 'utf8')
    const plan = await actions(page, mapId)
    expect(csv.split(/\r?\n/)[0]).toContain('"Title"')
    // One row per action, in the export's language, the two-card action naming both cards in one cell.
    for (const action of plan) expect(csv.split(action.id)).toHaveLength(2)
    expect(csv).toContain(`"${TEXTS[1]}\n${TEXTS[2]}"`)
    for (const label of ['Quick wins', 'Thankless tasks', 'Doing', 'Payments']) expect(csv).toContain(label)
    const md = await readFile(await exportAs(/Markdown/, 'plan.md'), 'utf8')
    expect(md.match(/^- \[[ x]\] /gm)).toHaveLength(3)
    expect(md).toContain(TEXTS[3]!)
    const png = decodePng(new Uint8Array(await readFile(await exportAs(/PNG/, 'plan.png'))))
    expect(png.width).toBeGreaterThan(400)
    expect(inkIn(png)).toBeGreaterThan(1000)
    const pdf = await readFile(await exportAs(/PDF/, 'plan.pdf'), 'latin1')
    expect(pdf.startsWith('%PDF')).toBe(true)
    expect(pdfPageCount(pdf)).toBe(1)
  })

  it('finds the plan after a restart and carries it in the .journey file to another workshop', async () => {
    await session.restart()
    const { page } = session.app
    await page.getByTestId('board').waitFor({ timeout: 15_000 })
    await page.getByTestId('plan-toggle').click()
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(3)
    const before = await actions(page, mapId)

    const path = await download(
      page,
      async () => {
        await page.getByTestId('plan-close').click()
        await page.getByRole('button', { name: 'Export…' }).first().click()
        await page.getByRole('dialog', { name: 'Export map' }).getByRole('button', { name: 'Journeyboard file (.journey)' }).click()
      },
      'plan.journey',
    )
    const loaded = parseJourneyFile(await readFile(path, 'utf8'))
    expect(loaded.ok).toBe(true)

    await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Workshops' }).click()
    await createWorkshop(page, 'Receiving workshop')
    const dialog = await importFile(page, path)
    await dialog.waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
    await settle(page)
    const copy = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id !== mapId)!
    const copied = await actions(page, copy.id)
    const fields = (list: Action[], cards: Card[]) =>
      list.map((a) => ({ title: a.title, status: a.status, owner: a.owner, impact: a.impact, effort: a.effort, cards: a.cardIds.map((id) => cards.find((c) => c.id === id)?.text) }))
    expect(fields(copied, await rowsOf<Card>(page, 'cards', copy.id))).toEqual(fields(before, await rowsOf<Card>(page, 'cards', mapId)))
    expect(copied.every((a) => !before.some((b) => b.id === a.id))).toBe(true)
  })
  it('imports seventeen actions from a CSV file into the plan and shows the twenty on the matrix, in English and Persian', async () => {
    const { page } = session.app
    const copy = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id !== mapId)!
    const statuses = ['Idea', 'Planned', 'Doing', 'Done', 'Dropped']
    const titles = ['Send the tracking link by SMS', 'Chat answers within two minutes', 'One address form for billing and delivery', 'Show fees before checkout', 'Photo upload for the utility bill', 'Explain why a card is declined', 'Auto-fill the postcode', 'Weekend phone support', 'A returns label in the parcel', 'Save the basket for later', 'Price match promise on the product page', 'Onboarding video in four languages', 'Remind before the trial ends', 'Track the parcel on a map', 'Rate the delivery in one tap', 'Pay by invoice for companies', 'A status page for outages']
    const rows = titles.map((title, i) => `"${title}",${(i * 7) % 5 + 1},${(i * 3) % 5 + 1},${statuses[i % 5]},${i % 4 === 0 ? 'Support' : 'Web team'},${i % 3}`)
    // One row has an impact of 9: the report says it becomes 5 before anything is added.
    rows[3] = rows[3]!.replace(/^("[^"]*"),\d/, '$1,9')
    const file = join(OUT, 'twenty.csv')
    await writeFile(file, ['Title,Impact,Effort,Status,Owner,Votes', ...rows].join('\r\n'))

    await page.getByTestId('plan-toggle').click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('plan-view').getByRole('button', { name: 'Import CSV…' }).click()
    await (await chooser).setFiles(file)
    const dialog = page.getByRole('dialog', { name: 'Import actions from CSV' })
    await dialog.getByText(`Row 5: ${isolated('Impact')} “${isolated('9')}” is outside 1 to 5; set to 5.`).waitFor()
    await dialog.getByRole('button', { name: 'Add 17 actions' }).click()
    await dialog.waitFor({ state: 'detached' })
    await settle(page)
    const plan = await actions(page, copy.id)
    expect(plan).toHaveLength(20)
    expect(plan.find((a) => a.title === titles[3])).toMatchObject({ impact: 5, status: 'Done'.toLowerCase() })
    await page.getByRole('tab', { name: 'Matrix' }).click()
    await expect.poll(() => page.getByTestId('plan-matrix').locator('button[data-action-id]').count()).toBe(20)
    await screenshot(page, 'plan-matrix-twenty-en')

    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'فارسی' }).check()
    const switched = page.getByRole('dialog', { name: 'تنظیمات' })
    await switched.getByRole('button', { name: 'بستن' }).click()
    await switched.waitFor({ state: 'detached' })
    await page.getByRole('tab', { name: 'ماتریس' }).click()
    await expect.poll(() => page.getByTestId('plan-matrix').locator('button[data-action-id]').count()).toBe(20)
    await screenshot(page, 'plan-matrix-twenty-fa')
    // The matrix's pictures in Persian: labels in the export's language, one page of PDF.
    for (const [kind, name] of [
      [/PNG/, 'twenty-fa.png'],
      [/SVG/, 'twenty-fa.svg'],
      [/PDF/, 'twenty-fa.pdf'],
    ] as const) {
      await download(
        page,
        async () => {
          await page.getByTestId('plan-view').getByRole('button', { name: 'خروجی…' }).click()
          const choose = page.getByRole('dialog', { name: 'خروجی گرفتن از برنامهٔ اقدام' })
          await choose.getByRole('radio', { name: kind }).check()
          await choose.getByRole('button', { name: 'خروجی', exact: true }).click()
        },
        name,
      )
    }
    expect(await readFile(join(OUT, 'twenty-fa.svg'), 'utf8')).toContain('بردهای سریع')
    expect(pdfPageCount(await readFile(join(OUT, 'twenty-fa.pdf'), 'latin1'))).toBe(1)
    expect(inkIn(decodePng(new Uint8Array(await readFile(join(OUT, 'twenty-fa.png')))))).toBeGreaterThan(1000)
    await page.getByRole('button', { name: 'تنظیمات', exact: true }).click()
    await page.getByRole('dialog', { name: 'تنظیمات' }).getByRole('radio', { name: 'English' }).check()
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click()
  })
})
