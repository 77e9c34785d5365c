import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cardLayout } from '../../src/domain/layout'
import type { JourneyMap } from '../../src/domain'
import type { MapFacilitation } from '../../src/domain/facilitation'
import { CURRENT_FORMAT_VERSION, Versions } from '../../src/format/migrate'
import enAgenda from '../../src/i18n/locales/en.agenda.json'
import enTimer from '../../src/i18n/locales/en.timer.json'
import enVote from '../../src/i18n/locales/en.vote.json'
import { readDb, screenshot } from './harness'
import { createWorkshop, createWorkshopWithFirstMap, importFile, settle } from './flows'
import { boardView, firstMap, inCell, savedViewport, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator alone with a projector runs the workshop method: two agenda steps against the
// timer (pause, one more minute, resume), then a show-of-hands vote whose results are saved,
// exported as CSV and kept after a restart and in the .journey file, which opens in another
// workshop with its agenda. Screenshots: test-results/screenshots/facilitation-alone-*.png.

const CARDS = ['Sees an ad', 'Reads reviews', 'Signs up', 'Gets the first issue'] as const
const HANDS = [3, 1, 3, 0] as const

type FacilitationRow = MapFacilitation & { mapId: string }

/** The minutes and seconds the big timer shows, in seconds. */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('timer-display').getByRole('timer').textContent()) ?? ''
  const match = /(\d+):(\d\d)/.exec(text)
  if (!match) throw new Error(`the timer shows no time: ${text}`)
  return Number(match[1]) * 60 + Number(match[2])
}

/** Opens the timer's dialog from the board bar, clicks one of its buttons and closes it. */
async function timerButton(page: Page, name: string): Promise<void> {
  await page.getByTestId('timer-button').click()
  const dialog = page.getByRole('dialog', { name: enTimer.title })
  await dialog.getByRole('button', { name, exact: true }).click()
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: enTimer.close, exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

const facilitationRows = (page: Page) => readDb<FacilitationRow>(page, 'facilitation')

describe('facilitating alone: agenda, timer, show-of-hands vote', () => {
  let dir = ''
  let mapId = ''
  let journeyPath = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jb-facilitation-e2e-'))
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const session = useApp()

  it('creates a workshop with its first map and four cards in its cells', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Facilitated workshop')
    await settle(page)
    const map = await firstMap(page)
    mapId = map.id
    const doc = await storedDoc(page, map)
    const { grid } = cardLayout(doc)
    const { toPage } = await boardView(page, mapId)
    // Two steps by two lanes, all in view on a new board.
    for (const [i, text] of CARDS.entries()) await typeCardAt(page, toPage(inCell(grid.columns[i % 2]!, grid.rows[Math.floor(i / 2)]!)), text)
    await settle(page)
    expect((await readDb<{ text: string }>(page, 'cards')).map((c) => c.text).sort()).toEqual([...CARDS].sort())
  })

  it('uses the method agenda and runs its first two steps against the timer', async () => {
    const { page } = session.app
    await page.getByTestId('facilitate-toggle').click()
    const side = page.getByTestId('facilitation-side')
    await side.getByRole('tab', { name: 'Agenda' }).click()
    await side.getByRole('button', { name: enAgenda.empty.useMethod }).click()
    await expect.poll(async () => (await facilitationRows(page)).find((r) => r.mapId === mapId)?.agenda?.steps.length, { timeout: 10_000 }).toBe(6)

    const before = await savedViewport(page, mapId)
    await side.getByRole('button', { name: `Start step: ${isolated(enAgenda.kinds.prep.title)}` }).click()
    const banner = page.getByTestId('step-banner')
    await expect.poll(() => banner.textContent()).toContain(enAgenda.kinds.prep.instruction)
    // The method plans 15 minutes for the preparation: the big timer runs down from there.
    await page.getByTestId('timer-display').waitFor()
    const first = await shownSeconds(page)
    expect(first).toBeLessThanOrEqual(15 * 60)
    expect(first).toBeGreaterThan(15 * 60 - 10)
    await expect.poll(() => shownSeconds(page), { timeout: 5_000 }).toBeLessThan(first)
    // Preparation works on the jobs lane, which the starter map lacks: the board does not go to a
    // lane. It keeps the map whole: still fitted (the same zoom), re-centred by no more than the
    // few pixels of board the banner took.
    const kept = (await savedViewport(page, mapId))!
    expect(kept.zoom).toBe(before!.zoom)
    expect(Math.abs((kept.x - before!.x) * kept.zoom)).toBeLessThan(1)
    expect(Math.abs((kept.y - before!.y) * kept.zoom)).toBeLessThan(((await banner.boundingBox())?.height ?? 0) / 2 + 1)

    await timerButton(page, enTimer.pause)
    const paused = await shownSeconds(page)
    // A person looks at the paused clock for a moment: it stays where it is.
    await page.waitForTimeout(1_500)
    expect(await shownSeconds(page)).toBe(paused)
    await timerButton(page, enTimer.add.replace('{{minutes}}', '1'))
    await expect.poll(() => shownSeconds(page)).toBe(paused + 60)
    await timerButton(page, enTimer.resume)
    await expect.poll(() => shownSeconds(page), { timeout: 5_000 }).toBeLessThan(paused + 60)
    expect(await shownSeconds(page)).toBeGreaterThan(paused + 50)

    await banner.getByRole('button', { name: enAgenda.end }).click()
    await banner.waitFor({ state: 'detached' })

    await side.getByRole('button', { name: `Start step: ${isolated(enAgenda.kinds.actions.title)}` }).click()
    await expect.poll(() => banner.textContent()).toContain(enAgenda.kinds.actions.instruction)
    // The customer actions lane is on the map: the board moved to it, below the banner.
    await expect.poll(() => savedViewport(page, mapId), { timeout: 5_000 }).not.toEqual(before)
    // The timer starts again with the second step's 20 minutes.
    await expect.poll(() => shownSeconds(page), { timeout: 5_000 }).toBeGreaterThan(20 * 60 - 10)
    expect(await shownSeconds(page)).toBeLessThanOrEqual(20 * 60)
    await screenshot(page, 'facilitation-alone-agenda-running')
    await banner.getByRole('button', { name: enAgenda.end }).click()
    await banner.waitFor({ state: 'detached' })
  })

  it('counts a show of hands on the whole map, saves it and exports the results as CSV', async () => {
    const { page } = session.app
    const side = page.getByTestId('facilitation-side')
    await side.getByRole('tab', { name: 'Vote' }).click()
    const panel = page.getByTestId('vote-panel')
    await panel.getByRole('radio', { name: enVote.scope.map }).check()
    await expect.poll(() => panel.getByRole('status').first().textContent()).toBe('4 cards can be voted on.')
    await panel.getByRole('button', { name: enVote.start }).click()

    // Steppers for the first three, typing for the last two, as a person counting hands might.
    for (let i = 0; i < 3; i++) await panel.getByRole('button', { name: `One hand more for ${isolated(CARDS[0]!)}` }).click()
    await panel.getByRole('button', { name: `One hand more for ${isolated(CARDS[1]!)}` }).click()
    await panel.getByRole('button', { name: `One hand more for ${isolated(CARDS[2]!)}` }).click()
    await panel.getByRole('spinbutton', { name: `Hands for ${isolated(CARDS[2]!)}` }).fill('3')
    await panel.getByRole('spinbutton', { name: `Hands for ${isolated(CARDS[3]!)}` }).fill('0')
    for (const [i, n] of HANDS.entries()) expect(await panel.getByRole('spinbutton', { name: `Hands for ${isolated(CARDS[i]!)}` }).getAttribute('aria-valuenow')).toBe(String(n))

    const results = panel.getByRole('list', { name: enVote.results })
    await expect.poll(() => results.locator('.vote-result-text').allTextContents()).toHaveLength(3)
    const lines = await results.getByRole('listitem').allTextContents()
    // Two cards tie for the top with 3 votes each; the third has rank 3 (competition ranks).
    expect(lines.slice(0, 2).every((l) => l.includes('Rank 1, tied:') && l.includes('3 votes'))).toBe(true)
    expect(lines.slice(0, 2).map((l) => (l.includes(CARDS[0]) ? CARDS[0] : CARDS[2])).sort()).toEqual([CARDS[0], CARDS[2]].sort())
    expect(lines[2]).toContain('Rank 3:')
    expect(lines[2]).toContain(CARDS[1])
    expect(lines[2]).toContain('1 vote')
    await expect.poll(() => panel.getByText('1 more card has no votes.').count()).toBe(1)
    await screenshot(page, 'facilitation-alone-vote-counting')

    await panel.getByRole('button', { name: enVote.save }).click()
    const history = panel.locator('.vote-history')
    await expect.poll(() => history.locator('.vote-record').count(), { timeout: 5_000 }).toBe(1)
    await expect.poll(async () => (await facilitationRows(page)).find((r) => r.mapId === mapId)?.votes.length, { timeout: 10_000 }).toBe(1)
    // The saved vote's dots stay on the board until hidden.
    await panel.getByRole('button', { name: enVote.hideDots }).waitFor()
    await screenshot(page, 'facilitation-alone-vote-results')

    const download = page.waitForEvent('download')
    await history.getByRole('button', { name: /^Export the vote on .* as CSV$/ }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^Journey map 1 votes .*\.csv$/)
    const path = join(dir, 'votes.csv')
    await file.saveAs(path)
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = bytes.toString('utf8').slice(1).split('\r\n')
    expect(rows[0]).toBe('Rank,Card,Votes')
    expect(rows.slice(1, 3).sort()).toEqual([`1,${CARDS[0]},3`, `1,${CARDS[2]},3`].sort())
    expect(rows[3]).toBe(`3,${CARDS[1]},1`)
    expect(rows.at(-1)).toBe('')
  })

  it('finds the agenda and the vote history again after a restart', async () => {
    const { page } = await session.restart()
    const [row] = (await facilitationRows(page)).filter((r) => r.mapId === mapId)
    expect(row?.agenda?.steps.map((s) => s.kind)).toEqual(['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks', 'automation'])
    expect(row?.votes[0]?.rows.filter((r) => r.votes > 0).map((r) => [r.text, r.votes, r.rank])).toEqual(
      expect.arrayContaining([
        [CARDS[0], 3, 1],
        [CARDS[2], 3, 1],
        [CARDS[1], 1, 3],
      ]),
    )
    await page.getByTestId('board').waitFor()
    if ((await page.getByTestId('facilitate-toggle').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('facilitate-toggle').click()
    const side = page.getByTestId('facilitation-side')
    await side.getByRole('tab', { name: 'Agenda' }).click()
    await side.getByRole('button', { name: `Start step: ${isolated(enAgenda.kinds.automation.title)}` }).waitFor()
    await side.getByRole('tab', { name: 'Vote' }).click()
    await expect.poll(() => page.getByTestId('vote-panel').locator('.vote-record').count()).toBe(1)
  })

  it('exports the map as .journey with its facilitation and imports it into a new workshop', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export map' })
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Journeyboard file (.journey)' }).click()
    const file = await download
    journeyPath = join(dir, file.suggestedFilename())
    await file.saveAs(journeyPath)
    const json = JSON.parse(await readFile(journeyPath, 'utf8')) as { formatVersion: number; facilitation?: MapFacilitation }
    // Written at today's version; the facilitation section exists from version 3 on.
    expect(json.formatVersion).toBe(CURRENT_FORMAT_VERSION)
    expect(CURRENT_FORMAT_VERSION).toBeGreaterThanOrEqual(Versions.Facilitation)
    expect(json.facilitation?.agenda?.steps).toHaveLength(6)
    expect(json.facilitation?.votes).toHaveLength(1)
    expect(json.facilitation?.votes[0]?.mode).toBe('hands')

    await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Workshops' }).click()
    await createWorkshop(page, 'Receiving workshop')
    const imported = await importFile(page, journeyPath)
    await imported.waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
    await settle(page)
    const maps = await readDb<JourneyMap>(page, 'maps')
    expect(maps).toHaveLength(2)
    const copy = maps.find((m) => m.id !== mapId)!
    await expect.poll(async () => (await facilitationRows(page)).find((r) => r.mapId === copy.id)?.agenda?.steps.length, { timeout: 10_000 }).toBe(6)
    if ((await page.getByTestId('facilitate-toggle').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('facilitate-toggle').click()
    const side = page.getByTestId('facilitation-side')
    await side.getByRole('tab', { name: 'Agenda' }).click()
    await side.getByRole('button', { name: `Start step: ${isolated(enAgenda.kinds.prep.title)}` }).waitFor()
    await screenshot(page, 'facilitation-alone-imported-agenda')
  })
})
