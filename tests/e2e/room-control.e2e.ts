import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { JourneyDoc } from '../../src/domain'
import { cardLayout, gridLayout, type Point } from '../../src/domain/layout'
import { headerRect } from '../../src/domain/layoutGrid'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { hostSavedDoc, listenToPublishedView, openRoomBench, participantView, ROOM_HOSTNAME, type RoomBench, type WebHostProcess } from './roomHost'
import { boardView, drag, firstMap, inCell, storedDoc, typeCardAt } from './scene'

// The facilitator's control in a room (issue 12): the facilitator locks the grid and one card; a
// participant's laptop tries to move a lane and to move and delete the locked card, and nothing
// changes anywhere (the facilitator's board and database, the host's disk) while the participant is
// told why. Unlocked, the card moves. The timer: no controls for participants until the
// facilitator allows them; then a participant starts it and the facilitator's screen runs it.

const APP_PORT = E2E_PORT + 31
const ROOM_PORT = E2E_PORT + 32

describe('facilitator control in a room', () => {
  let browser: Browser
  let host: WebHostProcess
  let roomsDir: string
  let bench: RoomBench | undefined
  let facilitator: Page
  let participant: Page
  let joinUrl = ''
  let roomId = ''
  let doc: JourneyDoc
  let lockedId = ''
  const pageErrors: string[] = []

  /** A board point as it shows on a laptop participant's board now. */
  async function onParticipantBoard(page: Page, at: Point): Promise<Point> {
    return (await participantView(page)).toPage(at)
  }
  const cardMiddle = (cardId: string): Point => {
    const r = cardLayout(doc).rects.get(cardId as never)!
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
  }
  const facilitatorDoc = async () => storedDoc(facilitator, await firstMap(facilitator))
  const gridOf = (d: JourneyDoc) => ({ laneIds: d.map.laneIds, stageIds: d.map.stageIds })

  async function joinAs(name: string, locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale })
    const page = await context.newPage()
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
    listenToPublishedView(page)
    await page.goto(joinUrl)
    await page.locator('input.room-join-name').fill(name)
    await page.locator('button[type="submit"]').click()
    await page.getByTestId('participant-download').waitFor()
    return page
  }

  beforeAll(async () => {
    bench = await openRoomBench('roomcontrol', { appPort: APP_PORT, roomPort: ROOM_PORT })
    ;({ browser, host, roomsDir } = bench)
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' })
    facilitator = await context.newPage()
    facilitator.on('pageerror', (error) => pageErrors.push(`facilitator: ${error.message}`))
    await facilitator.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    await bench?.close()
  })

  it('opens a room with two cards and a participant laptop joins', async () => {
    await createWorkshopWithFirstMap(facilitator, 'Control workshop')
    await settle(facilitator)
    let mapDoc = await facilitatorDoc()
    const grid = cardLayout(mapDoc).grid
    const view = await boardView(facilitator, mapDoc.map.id)
    await typeCardAt(facilitator, view.toPage(inCell(grid.columns[0]!, grid.rows[0]!)), 'Locked card')
    await typeCardAt(facilitator, view.toPage(inCell(grid.columns[1]!, grid.rows[1]!)), 'Free card')
    await settle(facilitator)
    mapDoc = await facilitatorDoc()
    lockedId = Object.values(mapDoc.cards).find((c) => c.text === 'Locked card')!.id
    doc = mapDoc

    await facilitator.getByTestId('room-toggle').click()
    await facilitator.getByRole('button', { name: 'Open the room' }).click()
    const shown = new URL(await facilitator.getByLabel('Join link').inputValue())
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${shown.hash}`
    roomId = new URLSearchParams(shown.hash.slice(1)).get('room')!
    participant = await joinAs('Pat', 'en-US')
  })

  it('locks the grid and a card: the participant cannot move the lane or move or delete the card', async () => {
    // The facilitator selects the card on their board and locks it, and locks the grid.
    const view = await boardView(facilitator, doc.map.id)
    const at = view.toPage(cardMiddle(lockedId))
    await facilitator.mouse.click(at.x, at.y)
    const control = facilitator.getByTestId('control-section')
    await control.getByTestId('control-lock').click()
    await control.getByTestId('control-grid').check()
    await expect.poll(() => control.getByText('Locked cards: 1').count()).toBe(1)
    await participant.getByTestId('participant-grid-locked').waitFor()
    await screenshot(facilitator, 'room-control-facilitator')
    const before = await facilitatorDoc()

    // The participant drags the second lane's header above the first.
    const grid = gridLayout(doc)
    const second = headerRect(grid, { kind: 'lane', id: doc.map.laneIds[1]! })!
    const first = headerRect(grid, { kind: 'lane', id: doc.map.laneIds[0]! })!
    const from = await onParticipantBoard(participant, { x: second.x + second.width / 2, y: second.y + second.height * 0.7 })
    const to = await onParticipantBoard(participant, { x: first.x + first.width / 2, y: first.y + 4 })
    await drag(participant, from, to)
    await expect.poll(() => participant.getByTestId('participant-notice').textContent()).toBe('The facilitator locked this lane.')

    // The locked card: dragged to another cell, then deleted with the Delete key.
    const card = await onParticipantBoard(participant, cardMiddle(lockedId))
    const elsewhere = await onParticipantBoard(participant, inCell(grid.columns[2]!, grid.rows[1]!))
    await drag(participant, card, elsewhere)
    await expect.poll(() => participant.getByTestId('participant-notice').textContent()).toBe('The facilitator locked this card.')
    await participant.mouse.click(card.x, card.y)
    // Selected, the card says in the inspector why it will not move.
    await participant.getByTestId('inspector-locked').waitFor()
    await participant.keyboard.press('Delete')
    await expect.poll(() => participant.getByTestId('participant-notice').textContent()).toBe('The facilitator locked this card.')
    await screenshot(participant, 'room-control-participant-en')

    await settle(facilitator)
    const after = await facilitatorDoc()
    expect(gridOf(after)).toEqual(gridOf(before))
    expect(after.cards[lockedId as never]).toEqual(before.cards[lockedId as never])
    const saved = await hostSavedDoc(roomsDir, roomId)
    expect(gridOf(saved)).toEqual(gridOf(before))
    expect(saved.cards[lockedId as never]?.place).toEqual(before.cards[lockedId as never]!.place)
  })

  it('shows the locks in Persian, right to left', async () => {
    const fa = await joinAs('پریسا', 'fa-IR')
    await fa.getByTestId('participant-grid-locked').waitFor()
    expect(await fa.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await screenshot(fa, 'room-control-participant-fa')
    await fa.context().close()
  })

  it('unlocked, the participant moves the card and the facilitator has it', async () => {
    await facilitator.getByTestId('control-section').getByTestId('control-unlock-all').click()
    await expect.poll(() => facilitator.getByTestId('control-section').getByText('Locked cards: 0').count()).toBe(1)
    await participant.waitForTimeout(500)
    const grid = gridLayout(doc)
    const card = await onParticipantBoard(participant, cardMiddle(lockedId))
    const target = grid.rows[1]!
    const elsewhere = await onParticipantBoard(participant, inCell(grid.columns[2]!, target))
    await drag(participant, card, elsewhere)
    await expect
      .poll(async () => {
        const place = (await facilitatorDoc()).cards[lockedId as never]?.place
        return place?.kind === 'cell' ? place.laneId : null
      }, { timeout: 10_000 })
      .toBe(target.laneId)
  })

  it('lets participants run the timer only when the facilitator allows it', async () => {
    expect(await participant.getByTestId('timer-button').count()).toBe(0)
    await facilitator.getByTestId('control-section').getByTestId('control-timer').check()
    await participant.getByTestId('timer-button').click()
    await participant.getByRole('button', { name: '5 min', exact: true }).click()
    await facilitator.getByTestId('timer-display').waitFor({ timeout: 10_000 })
    await expect.poll(() => facilitator.getByTestId('timer-button').textContent()).toMatch(/[45]:\d\d/)
    expect(pageErrors).toEqual([])
  })
})
