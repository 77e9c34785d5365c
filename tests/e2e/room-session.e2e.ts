import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { JourneyDoc } from '../../src/domain'
import { cardLayout, type Point } from '../../src/domain/layout'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { openRoomBench, ROOM_HOSTNAME, type RoomBench, type WebHostProcess } from './roomHost'
import { boardView, firstMap, inCell, storedDoc, typeCardAt } from './scene'

// The facilitator's room controls with one participant laptop: muting the room (the participant's
// chimes, counted at the Web Audio oscillators, stop), a vote whose time runs out (the host refuses
// the next dot), and "take control" (the participant's board follows the facilitator's and holds
// still under their own wheel and drag until the facilitator releases it).

const APP_PORT = E2E_PORT + 51
const ROOM_PORT = E2E_PORT + 52

/** Counts every oscillator a page starts: each note of a chime is one. */
const COUNT_OSCILLATORS = `(() => {
  window.__oscillators = 0
  const Original = window.AudioContext
  if (!Original) return
  window.AudioContext = class extends Original {
    createOscillator() {
      const node = super.createOscillator()
      const start = node.start.bind(node)
      node.start = (...args) => { window.__oscillators += 1; return start(...args) }
      return node
    }
  }
})()`

interface View {
  readonly zoom: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The board's view as its Konva stage draws it: zoom, the top-left board point and the board rectangle on screen. */
async function stageView(page: Page): Promise<View> {
  // Mid-gesture the stage stays where the gesture began while the board shows pan tiles: the view is read once it settles.
  await page.waitForFunction(
    () => Array.from((globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ style: { visibility: string } }> } }).document.querySelectorAll('[data-pan-tiles]')).every((e) => e.style.visibility === 'hidden'),
    null,
    { polling: 50 },
  )
  const box = (await page.getByTestId('board').boundingBox())!
  const stage = await page.evaluate(() => {
    const s = (window as unknown as { Konva: { stages: { scaleX(): number; x(): number; y(): number }[] } }).Konva.stages[0]!
    return { zoom: s.scaleX(), x: s.x(), y: s.y() }
  })
  const x = -stage.x / stage.zoom
  const y = -stage.y / stage.zoom
  return { zoom: stage.zoom, x, y, width: box.width / stage.zoom, height: box.height / stage.zoom }
}

const centre = (v: View): Point => ({ x: v.x + v.width / 2, y: v.y + v.height / 2 })

describe('the facilitator’s room controls', () => {
  let browser: Browser
  let host: WebHostProcess
  let bench: RoomBench | undefined
  let facilitator: Page
  let ana: Page
  let joinUrl = ''
  let doc: JourneyDoc
  let cardId = ''
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []

  async function newPage(name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', ...options })
    contexts.push(context)
    await context.addInitScript(COUNT_OSCILLATORS)
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
    return page
  }

  const oscillators = (page: Page) => page.evaluate(() => (window as unknown as { __oscillators: number }).__oscillators)

  /** The facilitator starts the timer by typing a time into its dialog. */
  async function startTimer(text: string): Promise<void> {
    await facilitator.getByTestId('timer-button').click()
    await facilitator.getByLabel('Or type a time').fill(text)
    await facilitator.getByRole('button', { name: 'Start', exact: true }).click()
  }

  /** Waits on Ana's screen for a fresh run of the timer to count down and end. */
  async function anaSeesTheEnd(): Promise<void> {
    await ana.locator('.timer-display-digits').waitFor({ timeout: 10_000 })
    await ana.getByTestId('timer-display').getByText("Time's up").first().waitFor({ timeout: 15_000 })
  }

  beforeAll(async () => {
    bench = await openRoomBench('roomsession', { appPort: APP_PORT, roomPort: ROOM_PORT })
    ;({ browser, host } = bench)
    facilitator = await newPage('Facilitator', { viewport: { width: 1440, height: 900 } })
    await facilitator.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await bench?.close()
  })

  it('opens a room on a map with a card, and a participant laptop joins', async () => {
    await createWorkshopWithFirstMap(facilitator, 'Session workshop')
    await settle(facilitator)
    const mapDoc = await storedDoc(facilitator, await firstMap(facilitator))
    const grid = cardLayout(mapDoc).grid
    const view = await boardView(facilitator, mapDoc.map.id)
    await typeCardAt(facilitator, view.toPage(inCell(grid.columns[0]!, grid.rows[0]!)), 'Alpha sees poster')
    await settle(facilitator)
    doc = await storedDoc(facilitator, await firstMap(facilitator))
    cardId = Object.values(doc.cards)[0]!.id

    await facilitator.getByTestId('room-toggle').click()
    await facilitator.getByRole('button', { name: 'Open the room' }).click()
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${new URL(await facilitator.getByLabel('Join link').inputValue()).hash}`
    ana = await newPage('Ana')
    await ana.goto(joinUrl)
    await ana.getByLabel('Your name').fill('Ana')
    await ana.getByRole('button', { name: 'Join' }).click()
    await ana.getByTestId('participant-download').waitFor()
    await expect.poll(() => facilitator.getByText('In the room (1 here)').isVisible(), { timeout: 10_000 }).toBe(true)
  })

  it('chimes on the participant’s laptop at the end, and not once the facilitator mutes the room', async () => {
    // Unmuted first: the count can only mean something if the chime does reach the oscillators here.
    await startTimer('3s')
    await anaSeesTheEnd()
    await expect.poll(() => oscillators(ana), { timeout: 5_000 }).toBe(3)

    await facilitator.getByTestId('timer-button').click()
    await facilitator.getByTestId('timer-room-mute').click()
    expect(await facilitator.getByTestId('timer-room-mute').getAttribute('aria-pressed')).toBe('true')
    await facilitator.getByRole('button', { name: 'Close', exact: true }).click()
    await ana.getByTestId('participant-room-muted').waitFor({ timeout: 10_000 })
    expect(await ana.getByTestId('participant-room-muted').textContent()).toContain('The room is muted')

    await startTimer('3s')
    await anaSeesTheEnd()
    // The end says the room is muted too, so nobody wonders why it was silent.
    expect(await ana.getByTestId('timer-room-muted').isVisible()).toBe(true)
    await ana.waitForTimeout(1500)
    expect(await oscillators(ana)).toBe(3)
    await ana.getByTestId('timer-dismiss').click()
  })

  it('closes a ten-second vote for new dots when its time is up', async () => {
    let pid = ''
    ana.on('request', (request) => {
      if (request.url().endsWith('/room-vote')) pid = (JSON.parse(request.postData() ?? '{}') as { pid?: string }).pid ?? pid
    })
    await facilitator.getByTestId('facilitate-toggle').click()
    await facilitator.getByRole('tab', { name: 'Vote' }).click()
    const settings = facilitator.getByTestId('room-vote-settings')
    await settings.getByLabel('Minutes on the timer (optional)').fill(String(10 / 60))
    await facilitator.getByTestId('room-vote-start').click()
    await facilitator.getByTestId('room-vote-running').waitFor()
    const left = ana.getByTestId('participant-vote-left')
    await expect.poll(() => left.textContent(), { timeout: 10_000 }).toContain('3 left')

    // One dot in time counts.
    const v = await stageView(ana)
    const box = (await ana.getByTestId('board').boundingBox())!
    const r = cardLayout(doc).rects.get(cardId as never)!
    const at = { x: box.x + (r.x + r.width / 2 - v.x) * v.zoom, y: box.y + (r.y + r.height / 2 - v.y) * v.zoom }
    await ana.mouse.click(at.x, at.y)
    await expect.poll(() => left.textContent()).toContain('2 left')

    // The timer runs with the vote; at its end the bar says so, and the facilitator is told to reveal.
    await expect.poll(() => left.textContent(), { timeout: 15_000 }).toBe('Time is up: no more dots.')
    await facilitator.getByTestId('room-vote-time-up').waitFor({ timeout: 5_000 })
    expect(await facilitator.getByTestId('room-vote-reveal').textContent()).toBe('Time is up — reveal')
    await ana.mouse.click(at.x, at.y)
    // The host itself refuses a late dot (what a page with a wrong clock would still send).
    const hash = new URLSearchParams(new URL(joinUrl).hash.slice(1))
    const late = await ana.evaluate(
      async (body) => (await fetch('/room-vote', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json(),
      { room: hash.get('room'), code: hash.get('code'), pid, op: 'cast', card: cardId },
    )
    expect(late).toEqual({ ok: false, reason: 'timeUp' })
    expect(await left.textContent()).toBe('Time is up: no more dots.')
    await facilitator.getByTestId('room-vote-reveal').click()
    await facilitator.getByTestId('room-vote-revealed').waitFor()
  })

  it('holds the participant’s view to the facilitator’s while they take control, and gives it back on release', async () => {
    await facilitator.getByTestId('take-control').click()
    await ana.getByTestId('hold-banner').waitFor({ timeout: 10_000 })
    expect(await ana.getByTestId('hold-banner').textContent()).toContain("The facilitator is holding everyone's view")
    expect(await facilitator.getByTestId('take-control').getAttribute('aria-pressed')).toBe('true')
    expect((await facilitator.getByTestId('take-control').textContent())?.trim()).toBe('Release')
    await screenshot(facilitator, 'room-session-facilitator-holding')

    const before = await stageView(ana)
    // The facilitator pans and zooms; Ana's board shows the same part of the map, centred, as large as it fits.
    const board = (await facilitator.getByTestId('board').boundingBox())!
    await facilitator.mouse.move(board.x + board.width / 2, board.y + board.height / 2)
    await facilitator.mouse.wheel(240, 180)
    await facilitator.keyboard.down('Control')
    await facilitator.mouse.wheel(0, -300)
    await facilitator.keyboard.up('Control')
    const matches = async () => {
      const f = await stageView(facilitator)
      const a = await stageView(ana)
      const fit = Math.min(a.width * a.zoom / f.width, a.height * a.zoom / f.height)
      const [fc, ac] = [centre(f), centre(a)]
      return Math.abs(fc.x - ac.x) < 2 && Math.abs(fc.y - ac.y) < 2 && Math.abs(a.zoom - fit) / fit < 0.01
    }
    await expect.poll(matches, { timeout: 10_000 }).toBe(true)
    const held = await stageView(ana)
    expect(held.zoom).not.toBeCloseTo(before.zoom, 3)

    // Ana's wheel and middle-button drag do not move her board while it is held.
    const anaBoard = (await ana.getByTestId('board').boundingBox())!
    const middle = { x: anaBoard.x + anaBoard.width / 2, y: anaBoard.y + anaBoard.height / 2 }
    await ana.mouse.move(middle.x, middle.y)
    await ana.mouse.wheel(0, 400)
    await ana.mouse.down({ button: 'middle' })
    await ana.mouse.move(middle.x - 200, middle.y - 100, { steps: 6 })
    await ana.mouse.up({ button: 'middle' })
    await ana.waitForTimeout(300)
    expect(await stageView(ana)).toEqual(held)
    await screenshot(ana, 'room-session-held-en')

    // Release: the banner goes and Ana's own pans move her board again.
    await facilitator.getByTestId('take-control').click()
    await ana.getByTestId('hold-banner').waitFor({ state: 'detached', timeout: 10_000 })
    await ana.mouse.move(middle.x, middle.y)
    await ana.mouse.wheel(0, 400)
    await expect.poll(async () => (await stageView(ana)).y, { timeout: 5_000 }).toBeGreaterThan(held.y + 1)
  })

  it('shows the hold in Persian, right to left', async () => {
    const bahar = await newPage('Bahar', { locale: 'fa-IR' })
    await bahar.goto(joinUrl)
    await bahar.locator('input').first().fill('Bahar')
    await bahar.locator('input').first().press('Enter')
    await bahar.getByTestId('participant-download').waitFor()
    await facilitator.getByTestId('take-control').click()
    await bahar.getByTestId('hold-banner').waitFor({ timeout: 10_000 })
    expect(await bahar.getAttribute('html', 'dir')).toBe('rtl')
    expect(await bahar.getByTestId('hold-banner').textContent()).toContain('تسهیلگر')
    await screenshot(bahar, 'room-session-held-fa')
    await facilitator.getByTestId('take-control').click()
    await bahar.getByTestId('hold-banner').waitFor({ state: 'detached', timeout: 10_000 })
    expect(pageErrors).toEqual([])
  })
})
