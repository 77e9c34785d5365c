import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import * as Y from 'yjs'
import { loadSavedDocument } from '../../server/room/updateLog'
import type { JourneyDoc } from '../../src/domain'
import { cardLayout, type Point } from '../../src/domain/layout'
import { ROOM_DOC } from '../../src/room/types'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { downloadedDoc, listenToPublishedView, openRoomBench, participantView, phoneAddsCard, ROOM_HOSTNAME, type RoomBench, type WebHostProcess } from './roomHost'
import { firstMap, inCell, storedDoc, typeCardAt } from './scene'

// Private writing in a room: the facilitator turns it on (authors anonymous); Ana on a laptop
// writes two cards and Cem on a phone one. Every answer and socket frame Bo's page received is
// recorded: none carries their text before the reveal, nor does the facilitator's database or the
// room's document on the host's disk. The facilitator sees only how many each holds. The reveal
// puts them on every screen at once, with no author in the shared document.

const APP_PORT = E2E_PORT + 41
const ROOM_PORT = E2E_PORT + 42
const ANA = ['Zebra quietly doubts the price', 'Walrus wants a human'] as const
const CEM = 'Okapi lost the receipt'

interface Person {
  readonly name: string
  readonly context: BrowserContext
  readonly page: Page
  /** Every /room-private answer and socket frame the page received. */
  readonly received: string[]
}

describe('private writing in a room', () => {
  let browser: Browser
  let host: WebHostProcess
  let roomsDir: string
  let bench: RoomBench | undefined
  let roomId = ''
  let facilitator: Person
  let joinUrl = ''
  let doc: JourneyDoc
  const people: Person[] = []
  const pageErrors: string[] = []

  async function person(name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Person> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true, ...options })
    const page = await context.newPage()
    const p: Person = { name, context, page, received: [] }
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
    page.on('response', (response) => {
      // Every HTTP answer the page got (the map's files, the clock, private cards), as text where it is text.
      void response.text().then((text) => p.received.push(`http ${response.url()} ${text}`), () => undefined)
    })
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => p.received.push(`ws ${typeof payload === 'string' ? payload : payload.toString('utf8')}`)))
    listenToPublishedView(page)
    people.push(p)
    return p
  }

  async function joinRoom(p: Person): Promise<void> {
    await p.page.goto(joinUrl)
    await p.page.getByLabel('Your name').fill(p.name)
    await p.page.getByRole('button', { name: 'Join' }).click()
    await p.page.getByTestId('participant-download').waitFor()
  }

  /** Where board points are on a laptop participant's board now. */
  async function participantBoard(page: Page): Promise<(p: Point) => Point> {
    return (await participantView(page)).toPage
  }

  /** The room's document as the host keeps it on disk, as raw bytes and as a Y.Doc. */
  async function hostDisk(): Promise<{ bytes: string; ydoc: Y.Doc }> {
    const dir = join(roomsDir, roomId)
    const files = await readdir(dir)
    // private.json is the private store itself: the only file allowed to hold the cards before the reveal.
    const shared = await Promise.all(files.filter((f) => f !== 'private.json').map((f) => readFile(join(dir, f))))
    const saved = await loadSavedDocument(dir)
    const ydoc = new Y.Doc()
    for (const update of saved.updates) Y.applyUpdate(ydoc, update)
    return { bytes: Buffer.concat(shared).toString('utf8'), ydoc }
  }

  beforeAll(async () => {
    bench = await openRoomBench('roomprivate', { appPort: APP_PORT, roomPort: ROOM_PORT })
    ;({ browser, host, roomsDir } = bench)
    facilitator = await person('Facilitator', { viewport: { width: 1440, height: 900 } })
    await facilitator.page.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    await bench?.close()
  })

  it('opens a room, lets three people join and turns private writing on', async () => {
    const { page } = facilitator
    await createWorkshopWithFirstMap(page, 'Private workshop')
    await settle(page)
    doc = await storedDoc(page, await firstMap(page))
    roomId = doc.map.id
    await page.getByTestId('room-toggle').click()
    await page.getByRole('button', { name: 'Open the room' }).click()
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${new URL(await page.getByLabel('Join link').inputValue()).hash}`
    const ana = await person('Ana')
    const bo = await person('Bo')
    const cem = await person('Cem', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    await Promise.all([joinRoom(ana), joinRoom(bo), joinRoom(cem)])
    await expect.poll(() => page.getByText('In the room (3 here)').isVisible(), { timeout: 10_000 }).toBe(true)

    await page.getByTestId('facilitate-toggle').click()
    await page.getByRole('tab', { name: 'Private writing' }).click()
    expect(await page.getByTestId('private-anonymous').isChecked()).toBe(true)
    await page.getByTestId('private-start').click()
    await page.getByTestId('private-running').getByText('Private writing is on (anonymous)').waitFor()
    for (const p of [ana, bo, cem]) await p.page.getByTestId('participant-private').getByText('only visible to you').waitFor({ timeout: 10_000 })
  })

  it('keeps Ana’s and Cem’s new cards on their own screens, and tells the facilitator only how many', async () => {
    const [ana, bo, cem] = people.slice(1) as [Person, Person, Person]
    const toPage = await participantBoard(ana.page)
    const grid = cardLayout(doc).grid
    const row = grid.rows[0]!
    await typeCardAt(ana.page, toPage(inCell(grid.columns[0]!, row)), ANA[0])
    await typeCardAt(ana.page, toPage(inCell(grid.columns[1]!, row)), ANA[1])
    await phoneAddsCard(cem.page, doc.lanes[row.laneId]!.title, CEM, 'Friction point')
    await cem.page.getByText('Only you').first().waitFor()

    const counts = facilitator.page.getByTestId('private-count')
    await expect.poll(() => counts.allTextContents().then((t) => t.map((s) => s.replace(/\s+/g, ' ').trim()).sort()), { timeout: 10_000 }).toEqual(['Ana 2', 'Cem 1'])
    await facilitator.page.getByTestId('private-reveal').filter({ hasText: 'Reveal 3 cards' }).waitFor()
    await screenshot(ana.page, 'room-private-laptop')
    await screenshot(cem.page, 'room-private-phone')
    await screenshot(facilitator.page, 'room-private-facilitator')

    // Ana's own copy of the map holds her cards; Bo's does not.
    expect(Object.values((await downloadedDoc(ana.page)).cards).map((c) => c.text).sort()).toEqual([...ANA].sort())
    expect(Object.values((await downloadedDoc(bo.page)).cards)).toHaveLength(0)
  })

  it('never let the text reach Bo’s page, the facilitator’s database or the room’s document on disk', async () => {
    const bo = people[2]!
    expect(bo.received.length).toBeGreaterThan(0)
    for (const text of [...ANA, CEM]) {
      for (const r of bo.received) expect(r.includes(text), `Bo received ${text}: ${r.slice(0, 200)}`).toBe(false)
      for (const r of facilitator.received) expect(r.includes(text), `the facilitator received ${text}`).toBe(false)
    }
    await settle(facilitator.page)
    const saved = await storedDoc(facilitator.page, await firstMap(facilitator.page))
    expect(Object.values(saved.cards)).toHaveLength(0)
    const disk = await hostDisk()
    for (const text of [...ANA, CEM]) expect(disk.bytes.includes(text)).toBe(false)
    expect(await readFile(join(roomsDir, roomId, 'private.json'), 'utf8')).toContain(ANA[0])
  })

  it('reveals all cards at once, on every screen, with no author in the shared document', async () => {
    const { page } = facilitator
    const [ana, bo, cem] = people.slice(1) as [Person, Person, Person]
    await page.getByTestId('private-reveal').click()
    await page.getByText('The cards are on the board for everyone.').waitFor({ timeout: 10_000 })
    for (const p of [ana, bo, cem]) await expect.poll(() => p.page.getByTestId('participant-private').count(), { timeout: 10_000 }).toBe(0)
    // The phone shows the first step, where Ana's first card and Cem's own are.
    for (const text of [ANA[0], CEM]) await cem.page.getByText(text).waitFor({ timeout: 10_000 })
    expect(await cem.page.getByText('Only you').count()).toBe(0)

    const all = [...ANA, CEM].sort()
    expect(Object.values((await downloadedDoc(bo.page)).cards).map((c) => c.text).sort()).toEqual(all)
    // Ana's private copies became the shared cards: not one twice.
    expect(Object.values((await downloadedDoc(ana.page)).cards).map((c) => c.text).sort()).toEqual(all)
    await expect.poll(async () => Object.values((await storedDoc(page, await firstMap(page))).cards).map((c) => c.text).sort(), { timeout: 10_000 }).toEqual(all)

    const disk = await hostDisk()
    const cards = disk.ydoc.getMap('cards')
    expect(cards.size).toBe(3)
    const owners = disk.ydoc.getMap(ROOM_DOC.owners)
    for (const id of cards.keys()) expect(owners.has(id)).toBe(false)
    await screenshot(ana.page, 'room-private-laptop-revealed')
    expect(pageErrors).toEqual([])
  })

  it('shows the private look in Persian, right to left, and keeps the cards across a reload', async () => {
    const { page } = facilitator
    await page.getByTestId('private-anonymous').uncheck()
    await page.getByTestId('private-start').click()
    await page.getByTestId('private-running').waitFor()
    const dara = await person('Dara', { locale: 'fa-IR' })
    await dara.page.goto(joinUrl)
    await dara.page.getByRole('textbox').first().fill('دارا')
    await dara.page.locator('button[type="submit"]').click()
    await dara.page.getByTestId('participant-private').waitFor({ timeout: 10_000 })
    expect(await dara.page.locator('html').getAttribute('dir')).toBe('rtl')
    const toPage = await participantBoard(dara.page)
    const grid = cardLayout(doc).grid
    const at = toPage(inCell(grid.columns[2]!, grid.rows[1]!))
    await dara.page.mouse.dblclick(at.x, at.y)
    const editor = dara.page.getByRole('textbox', { name: 'متن کارت' })
    await editor.waitFor()
    await dara.page.keyboard.type('کارت خصوصی دارا')
    await dara.page.keyboard.press('Enter')
    await editor.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('private-count').allTextContents(), { timeout: 10_000 }).toHaveLength(1)
    await dara.page.reload()
    await dara.page.getByTestId('participant-private').waitFor({ timeout: 10_000 })
    // The reloaded page asks the host for its private cards: still there, still private.
    expect(Object.values((await downloadedDoc(dara.page)).cards).map((c) => c.text)).toContain('کارت خصوصی دارا')
    await screenshot(dara.page, 'room-private-laptop-fa')
  })

  it('puts the cards still held on the board when the facilitator closes the room', async () => {
    const { page } = facilitator
    await expect.poll(() => page.getByTestId('private-count').allTextContents(), { timeout: 10_000 }).toHaveLength(1)
    const closeButton = page.getByRole('button', { name: 'Close room' })
    if (!(await closeButton.isVisible())) await page.getByTestId('room-toggle').click()
    await closeButton.click()
    await page.getByRole('dialog', { name: 'Close the room?' }).getByRole('button', { name: 'Close room' }).click()
    await expect
      .poll(async () => Object.values((await storedDoc(page, await firstMap(page))).cards).map((c) => c.text), { timeout: 10_000 })
      .toContain('کارت خصوصی دارا')
    expect(pageErrors).toEqual([])
  })
})
