import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { cardLayout, type CardLayout, type Point } from '../../src/domain/layout'
import type { JourneyDoc } from '../../src/domain'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { cardSummary, downloadedDoc, hostSavedDoc, launchRoomBrowser, listenToPublishedView, participantView, passes, phoneAddsCard, ROOM_HOSTNAME, startWebHostProcess, xy, type WebHostProcess } from './roomHost'
import { boardChrome, boardView, firstMap, inCell, inside, overlaps, savedViewport, storedDoc, typeCardAt } from './scene'
import { isolated } from '../../src/i18n/isolated'

// A workshop in one room: the facilitator opens the room on the map, three people join from their
// own devices (two laptops and a phone) and add cards at the same time; a wrong code is turned
// away for good; the host is killed mid-session while the phone keeps typing, and comes back with
// everything; one person's undo leaves the others' cards; a reload brings the phone back in; the
// room closes and everyone can take the map home. After each round every copy is compared: the
// facilitator's database, each participant's downloaded file and what the host saved on disk.

const APP_PORT = E2E_PORT + 11
const ROOM_PORT = E2E_PORT + 12

interface Person {
  readonly name: string
  readonly context: BrowserContext
  readonly page: Page
}

describe('a room: four people on one map', () => {
  let browser: Browser
  let host: WebHostProcess
  let roomsDir: string
  let facilitator: Person
  let joinUrl = ''
  let roomId = ''
  const people: Person[] = []
  /** Page errors of everyone who ever joined, left or removed people included. */
  const pageErrors: string[] = []

  const startHost = () => startWebHostProcess({ appPort: APP_PORT, roomPort: ROOM_PORT, roomsDir })

  async function person(name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Person> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true, ...options })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
    listenToPublishedView(page)
    const p = { name, context, page }
    people.push(p)
    return p
  }

  /** The map the facilitator's window has stored. */
  async function facilitatorDoc(): Promise<JourneyDoc> {
    await settle(facilitator.page)
    return storedDoc(facilitator.page, await firstMap(facilitator.page))
  }

  /** The map laid out, and where a laptop participant's board shows it now. */
  async function participantBoard(page: Page, doc: JourneyDoc): Promise<{ layout: CardLayout; toPage: (p: Point) => Point }> {
    return { layout: cardLayout(doc), toPage: (await participantView(page)).toPage }
  }

  async function joinRoom(p: Person, url = joinUrl): Promise<void> {
    await p.page.goto(url)
    await p.page.getByLabel('Your name').fill(p.name)
    await p.page.getByRole('button', { name: 'Join' }).click()
    await p.page.getByTestId('participant-download').waitFor()
  }

  /** Every copy holds the same cards: the facilitator's database, each participant's download and the host's disk. */
  async function expectEveryoneAgrees(participants: readonly Person[], expected: (summary: string[]) => void): Promise<string[]> {
    // Edits take a moment to travel: wait until the facilitator's copy shows what is expected, then compare the rest with it.
    const deadline = Date.now() + 10_000
    let reference = cardSummary(await facilitatorDoc())
    while (Date.now() < deadline && !passes(expected, reference)) {
      await facilitator.page.waitForTimeout(250)
      reference = cardSummary(await facilitatorDoc())
    }
    expected(reference)
    for (const p of participants) {
      await expect.poll(async () => cardSummary(await downloadedDoc(p.page)), { timeout: 10_000 }).toEqual(reference)
    }
    expect(cardSummary(await hostSavedDoc(roomsDir, roomId))).toEqual(reference)
    return reference
  }

  beforeAll(async () => {
    roomsDir = await mkdtemp(join(tmpdir(), 'journeyboard-rooms-'))
    browser = await launchRoomBrowser()
    host = await startHost()
    facilitator = await person('Facilitator', { viewport: { width: 1440, height: 900 } })
    await facilitator.page.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    if (roomsDir) await rm(roomsDir, { recursive: true, force: true })
  })

  it('opens the room on the facilitator’s map and shows how to join', async () => {
    const { page } = facilitator
    await createWorkshopWithFirstMap(page, 'Room workshop')
    await page.getByTestId('room-toggle').click()
    await page.getByRole('button', { name: 'Open the room' }).click()
    const link = page.getByLabel('Join link')
    await link.waitFor()
    const shown = new URL(await link.inputValue())
    // The panel names one of this machine's network addresses; participants here reach it by name.
    expect(shown.port).toBe(String(ROOM_PORT))
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${shown.hash}`
    const fragment = new URLSearchParams(shown.hash.slice(1))
    roomId = fragment.get('room') ?? ''
    expect(roomId).not.toBe('')
    expect(fragment.get('code')).toMatch(/^[\w-]{22}$/)
    await screenshot(page, 'room-facilitator-open')
  })

  it('turns away a wrong code for good, with a message that says what to do', async () => {
    const stranger = await person('Stranger')
    const sockets: string[] = []
    stranger.page.on('websocket', (ws) => sockets.push(ws.url()))
    const wrong = joinUrl.replace(/code=[\w-]+/, `code=${'A'.repeat(22)}`)
    await stranger.page.goto(wrong)
    await expect.poll(() => stranger.page.getByText('This code does not work').isVisible(), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => stranger.page.getByText('Ask the facilitator for the current QR code').isVisible()).toBe(true)
    // Refused for good: no retries behind the message.
    await stranger.page.waitForTimeout(3_000)
    expect(sockets).toHaveLength(1)
    await stranger.context.close()
    people.splice(people.indexOf(stranger), 1)
  })

  it('lets three people join from two laptops and a phone, and the facilitator sees them', async () => {
    const ana = await person('Ana')
    const bo = await person('Bo')
    const cem = await person('Cem', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    await Promise.all([joinRoom(ana), joinRoom(bo), joinRoom(cem)])
    // The phone gets the phone view, the laptops the board.
    await cem.page.getByRole('navigation', { name: 'Stages' }).waitFor()
    await ana.page.getByTestId('board').waitFor()
    await expect.poll(() => facilitator.page.getByText('In the room (3 here)').isVisible(), { timeout: 10_000 }).toBe(true)
    for (const name of ['Ana', 'Bo', 'Cem']) await facilitator.page.getByRole('button', { name: `Remove ${isolated(name)}` }).waitFor()
    // A laptop's board opens as the facilitator's does: the whole map in view, clear of the tool bar and the zoom corner.
    const { bounds } = cardLayout(await facilitatorDoc())
    for (const p of [ana, bo]) {
      const { viewport, toPage } = await participantView(p.page)
      const at = toPage(bounds)
      const onPage = { ...at, width: bounds.width * viewport.zoom, height: bounds.height * viewport.zoom }
      expect(viewport.zoom).toBeLessThan(1)
      expect(inside(onPage, (await p.page.getByTestId('board').boundingBox())!)).toBe(true)
      for (const control of await boardChrome(p.page)) expect(overlaps(onPage, control), control.name).toBe(false)
    }
    await screenshot(ana.page, 'room-laptop-fitted')
  })

  it('takes cards from everyone at once and shows the same map on every device', async () => {
    const [ana, bo, cem] = people.slice(1)
    const doc = await facilitatorDoc()
    const row = cardLayout(doc).grid.rows[0]!
    const laneTitle = doc.lanes[row.laneId]!.title
    const [anaBoard, boBoard] = [await participantBoard(ana!.page, doc), await participantBoard(bo!.page, doc)]
    // The facilitator's board stays where they last looked: the view it saved.
    const facBoard = await boardView(facilitator.page, doc.map.id)
    const columns = anaBoard.layout.grid.columns

    await Promise.all([
      typeCardAt(ana!.page, anaBoard.toPage(inCell(columns[0]!, row)), 'Ana: sees the poster'),
      typeCardAt(bo!.page, boBoard.toPage(inCell(columns[1]!, row)), 'Bo: opens the app'),
      typeCardAt(facilitator.page, facBoard.toPage(inCell(columns[2]!, row)), 'Facilitator: reads reviews'),
      phoneAddsCard(cem!.page, laneTitle, 'Cem: asks a friend', 'Friction point'),
    ])

    await expectEveryoneAgrees([ana!, bo!, cem!], (cards) => {
      expect(cards).toHaveLength(4)
      expect(cards.find((c) => c.startsWith('Cem: asks a friend'))).toContain('| friction |')
    })
    await screenshot(facilitator.page, 'room-facilitator-four-cards')
    await screenshot(cem!.page, 'room-phone-four-cards')
  })

  it('shows the facilitator’s timer on every device, to the second, and its pause', async () => {
    const [ana, , cem] = people.slice(1)
    const { page } = facilitator
    const openTimer = async () => {
      await page.getByTestId('timer-button').click()
      return page.getByRole('dialog', { name: 'Workshop timer' })
    }
    const dialog = await openTimer()
    await dialog.getByLabel('Or type a time').fill('5')
    await dialog.getByRole('button', { name: 'Start' }).click()
    await dialog.waitFor({ state: 'detached' })
    const seconds = async (p: Page) => {
      const text = (await p.getByTestId('timer-display').locator('.timer-display-digits').textContent({ timeout: 10_000 })) ?? ''
      const [m, s] = text.split(':').map(Number)
      return m! * 60 + s!
    }
    for (const p of [ana!.page, cem!.page]) await p.getByTestId('timer-display').waitFor({ timeout: 10_000 })
    const [f, a, c] = await Promise.all([seconds(page), seconds(ana!.page), seconds(cem!.page)])
    expect(f).toBeGreaterThan(280)
    expect(Math.abs(a - f)).toBeLessThanOrEqual(1)
    expect(Math.abs(c - f)).toBeLessThanOrEqual(1)
    await screenshot(cem!.page, 'room-phone-timer')

    const controls = await openTimer()
    await controls.getByRole('button', { name: 'Pause' }).click()
    await cem!.page.getByTestId('timer-display').getByText('Paused').waitFor({ timeout: 10_000 })
    await controls.getByRole('button', { name: 'Reset' }).click()
    // Reset disables itself; the keyboard stays in the dialog, so Esc still closes it.
    await page.keyboard.press('Escape')
    await controls.waitFor({ state: 'detached' })
    // Reset puts the timer away on every screen.
    await expect.poll(() => ana!.page.getByTestId('timer-display').count(), { timeout: 10_000 }).toBe(0)
  })

  it('shows the running agenda step’s instruction on every device', async () => {
    const [ana, , cem] = people.slice(1)
    const { page } = facilitator
    await page.getByTestId('facilitate-toggle').click()
    await page.getByRole('button', { name: 'Use the workshop method’s agenda'.replace('’', "'") }).click()
    await page.getByRole('button', { name: `Start step: ${isolated('What the customer does')}` }).click()
    for (const p of [ana!.page, cem!.page]) {
      const banner = p.getByTestId('step-banner')
      await banner.getByText('What the customer does').waitFor({ timeout: 10_000 })
      await banner.getByText('Put yourself in the customer').waitFor()
      // Only the facilitator ends the step.
      expect(await banner.getByRole('button', { name: 'End step' }).count()).toBe(0)
    }
    await screenshot(cem!.page, 'room-phone-step')
    await page.getByTestId('step-banner').getByRole('button', { name: 'End step' }).click()
    for (const p of [ana!.page, cem!.page]) await expect.poll(() => p.getByTestId('step-banner').count(), { timeout: 10_000 }).toBe(0)
    // Ending the step early stops its countdown: the timer goes away on every screen.
    for (const p of [page, ana!.page, cem!.page]) await expect.poll(() => p.getByTestId('timer-display').count(), { timeout: 10_000 }).toBe(0)
    await page.getByTestId('facilitate-toggle').click()
  })

  it('brings everyone to the facilitator’s slide while presenting; a participant may step out', async () => {
    const [ana, , cem] = people.slice(1)
    const { page } = facilitator
    await page.getByTestId('present-open').click()
    await page.getByTestId('presentation').waitFor()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    const shown = await page.getByTestId('present-counter').textContent()
    expect(shown).toMatch(/^Slide 3 of \d+$/)
    for (const p of [ana!.page, cem!.page]) await expect.poll(() => p.getByTestId('present-counter').textContent(), { timeout: 10_000 }).toBe(shown)
    await screenshot(cem!.page, 'room-phone-presentation')
    // Cem steps out to look at the map; Ana keeps following.
    await cem!.page.getByRole('button', { name: 'Exit presentation' }).click()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => ana!.page.getByTestId('present-counter').textContent(), { timeout: 10_000 }).toMatch(/^Slide 2 of/)
    expect(await cem!.page.getByTestId('presentation').count()).toBe(0)
    await page.keyboard.press('Escape')
    await expect.poll(() => ana!.page.getByTestId('presentation').count(), { timeout: 10_000 }).toBe(0)
  })

  it('keeps what the phone typed while the host is down and merges it when the host is back, losing nothing that reached it', async () => {
    const [ana, bo, cem] = people.slice(1)
    const doc = await facilitatorDoc()
    // The next lane down, at the first step: where the phone is looking.
    const row = cardLayout(doc).grid.rows[1]!
    // Reached the host: the phone shows it, so the host stored it before passing it on.
    const board = await participantBoard(ana!.page, doc)
    await typeCardAt(ana!.page, board.toPage(inCell(board.layout.grid.columns[0]!, row)), 'Ana: before the crash')
    await cem!.page.getByText('Ana: before the crash').waitFor({ timeout: 10_000 })

    await host.kill()
    await cem!.page.getByText('Reconnecting…').or(cem!.page.getByText('You are offline')).first().waitFor({ timeout: 10_000 })
    await phoneAddsCard(cem!.page, doc.lanes[row.laneId]!.title, 'Cem: typed with the host down', 'Positive')

    host = await startHost()
    await expect.poll(() => cem!.page.getByText('Connected', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true)
    // The facilitator's app restarts too (the same process served it): it reopens the map and is back in the room, same code.
    await facilitator.page.reload()
    await expect.poll(() => facilitator.page.getByTestId('room-toggle').textContent(), { timeout: 15_000 }).toContain('Room open · 3 people')
    await facilitator.page.getByTestId('room-toggle').click()
    expect(new URL(await facilitator.page.getByLabel('Join link').inputValue()).hash).toBe(new URL(joinUrl).hash)
    await expectEveryoneAgrees([ana!, bo!, cem!], (cards) => {
      expect(cards).toHaveLength(6)
      expect(cards.some((c) => c.startsWith('Ana: before the crash'))).toBe(true)
      expect(cards.some((c) => c.startsWith('Cem: typed with the host down'))).toBe(true)
    })
  })

  it('keeps what a laptop typed while its Wi-Fi was off and merges it when it is back', async () => {
    const [ana, bo, cem] = people.slice(1)
    const doc = await facilitatorDoc()
    const row = cardLayout(doc).grid.rows[1]!
    const boBoard = await participantBoard(bo!.page, doc)
    await bo!.context.setOffline(true)
    await bo!.page.getByText('You are offline').or(bo!.page.getByText('Reconnecting…')).first().waitFor({ timeout: 15_000 })
    await typeCardAt(bo!.page, boBoard.toPage(inCell(boBoard.layout.grid.columns[1]!, row)), 'Bo: typed offline')
    // Meanwhile the phone edits its own card's text: both changes must survive the merge.
    await cem!.page.getByRole('button', { name: `Edit your card: ${isolated('Cem: asks a friend')}` }).tap()
    const sheet = cem!.page.getByRole('dialog', { name: 'Edit card' })
    await sheet.getByLabel('Text').fill('Cem: asks two friends')
    await sheet.getByRole('button', { name: 'Save' }).tap()
    await sheet.waitFor({ state: 'detached' })
    await bo!.context.setOffline(false)
    await expect.poll(() => bo!.page.getByText('Connected', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true)
    await expectEveryoneAgrees([ana!, bo!, cem!], (cards) => {
      expect(cards).toHaveLength(7)
      expect(cards.some((c) => c.startsWith('Bo: typed offline'))).toBe(true)
      expect(cards.some((c) => c.startsWith('Cem: asks two friends | friction'))).toBe(true)
    })
  })

  it('undoes only the person’s own change', async () => {
    const [ana, bo, cem] = people.slice(1)
    await ana!.page.getByTestId('board').click({ position: { x: 5, y: 5 } })
    await ana!.page.keyboard.press('Control+z')
    await expectEveryoneAgrees([ana!, bo!, cem!], (cards) => {
      expect(cards.some((c) => c.startsWith('Ana: before the crash'))).toBe(false)
      expect(cards).toHaveLength(6)
      for (const other of ['Bo: opens the app', 'Bo: typed offline', 'Cem: asks two friends', 'Cem: typed with the host down', 'Ana: sees the poster']) {
        expect(cards.some((c) => c.startsWith(other))).toBe(true)
      }
    })
  })

  it('shows each person’s cursor with their name, and follows a person’s view', async () => {
    const ana = people[1]!
    const box = (await ana.page.getByTestId('board').boundingBox())!
    await ana.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
    await facilitator.page.getByTestId('remote-cursor').filter({ hasText: 'Ana' }).waitFor({ timeout: 10_000 })

    const mapId = (await firstMap(facilitator.page)).id
    const before = (await boardView(facilitator.page, mapId)).viewport
    await facilitator.page.getByRole('button', { name: 'Ana' }).and(facilitator.page.getByTitle(`Follow ${isolated('Ana')}: see what they see`)).click()
    // Ana scrolls along the map; the facilitator's board goes with her.
    await ana.page.mouse.wheel(600, 0)
    await expect.poll(async () => Math.abs((await savedViewport(facilitator.page, mapId))!.x - before.x), { timeout: 10_000 }).toBeGreaterThan(200)
    await facilitator.page.getByTitle(`Stop following ${isolated('Ana')}`).click()
  })

  it('brings the phone back in after a reload, without asking for the name again', async () => {
    const cem = people[3]!
    await cem.page.reload()
    await cem.page.getByTestId('participant-download').waitFor({ timeout: 15_000 })
    await cem.page.getByText('Ana: sees the poster').waitFor()
    // Its own cards are still its own to edit.
    await cem.page.getByRole('button', { name: `Edit your card: ${isolated('Cem: asks two friends')}` }).waitFor()
  })

  it('gives a view-only link that shows the map and changes nothing', async () => {
    const viewer = await person('Dee')
    await facilitator.page.getByText('View-only link', { exact: true }).first().click()
    const viewUrl = new URL(await facilitator.page.getByLabel('View-only link').inputValue())
    await joinRoom(viewer, `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${viewUrl.hash}`)
    await viewer.page.getByText('View only', { exact: true }).waitFor()
    expect(await viewer.page.getByRole('button', { name: 'Undo' }).count()).toBe(0)
    // A double-click on a cell opens no editor on a view-only board.
    const doc = await facilitatorDoc()
    const board = await participantBoard(viewer.page, doc)
    await viewer.page.mouse.dblclick(...xy(board.toPage(inCell(board.layout.grid.columns[2]!, board.layout.grid.rows[1]!))))
    await viewer.page.waitForTimeout(500)
    expect(await viewer.page.getByRole('textbox', { name: 'Card text' }).count()).toBe(0)
    expect(cardSummary(await downloadedDoc(viewer.page))).toEqual(cardSummary(doc))
    await viewer.context.close()
    people.splice(people.indexOf(viewer), 1)
  })

  it('removes a person, and a new code turns away the old link while the others stay', async () => {
    const [ana, bo, cem] = people.slice(1)
    await facilitator.page.getByRole('button', { name: `Remove ${isolated('Bo')}` }).click()
    await facilitator.page.getByRole('dialog', { name: `Remove ${isolated('Bo')}?` }).getByRole('button', { name: 'Remove' }).click()
    await bo!.page.getByText('You were removed from the room').waitFor({ timeout: 10_000 })
    await expect.poll(() => facilitator.page.getByText('In the room (2 here)').isVisible(), { timeout: 10_000 }).toBe(true)

    await facilitator.page.getByRole('button', { name: 'New code' }).click()
    await facilitator.page.getByRole('dialog', { name: 'Make a new code?' }).getByRole('button', { name: 'Make new code' }).click()
    await expect.poll(async () => new URL(await facilitator.page.getByLabel('Join link').inputValue()).hash).not.toBe(new URL(joinUrl).hash)
    const late = await person('Eve')
    await late.page.goto(joinUrl)
    await late.page.getByText('This code does not work').waitFor({ timeout: 10_000 })
    await late.context.close()
    people.splice(people.indexOf(late), 1)
    // Those already in stay in.
    for (const p of [ana!, cem!]) expect(await p.page.getByText('Connected', { exact: true }).isVisible()).toBe(true)
    people.splice(people.indexOf(bo!), 1)
    await bo!.context.close()
  })

  it('closes the room: participants see it and can still download the map', async () => {
    const [ana, cem] = people.slice(1)
    const finalCards = cardSummary(await facilitatorDoc())
    await facilitator.page.getByRole('button', { name: 'Close room' }).click()
    await facilitator.page.getByRole('dialog', { name: 'Close the room?' }).getByRole('button', { name: 'Close room' }).click()
    for (const p of [ana!, cem!]) {
      await p.page.getByText('The room is closed').waitFor({ timeout: 10_000 })
      expect(cardSummary(await downloadedDoc(p.page, p.page.getByRole('button', { name: 'Download the map (.journey)' })))).toEqual(finalCards)
    }
    await screenshot(cem!.page, 'room-phone-closed')
    // The facilitator goes on alone with everything.
    expect(cardSummary(await facilitatorDoc())).toEqual(finalCards)
    expect(pageErrors).toEqual([])
  })
})
