import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Action, JourneyDoc } from '../../src/domain'
import { cardLayout, type Point } from '../../src/domain/layout'
import { createWorkshopWithFirstMap, settle } from './flows'
import { E2E_PORT, screenshot } from './harness'
import { listenToPublishedView, openRoomBench, participantView, ROOM_HOSTNAME, type RoomBench, type WebHostProcess } from './roomHost'
import { boardView, firstMap, inCell, rowsOf, storedDoc, typeCardAt } from './scene'
import { isolated } from '../../src/i18n/isolated'

// A dot vote in a room: the facilitator puts four cards up and starts a vote with budgets (three
// dots each, at most two on a card, tallies hidden); two laptops and a phone vote. Every answer
// and every socket frame each participant's page received is recorded: before the reveal none
// holds another person's dots. Then the reveal: the dots on every screen, the ranks and the CSV.

const APP_PORT = E2E_PORT + 21
const ROOM_PORT = E2E_PORT + 22
const TEXTS = ['Alpha sees poster', 'Bravo opens app', 'Charlie compares', 'Delta pays'] as const

interface Person {
  readonly name: string
  readonly context: BrowserContext
  readonly page: Page
  /** Every /room-vote answer and socket frame the page received, with when (before the reveal or after). */
  readonly received: string[]
  /** The participant id the page sends its votes under. */
  pid: string
}

const xy = (p: Point): [number, number] => [p.x, p.y]

describe('a dot vote in a room', () => {
  let browser: Browser
  let host: WebHostProcess
  let bench: RoomBench | undefined
  let facilitator: Person
  let joinUrl = ''
  let viewUrl = ''
  let doc: JourneyDoc
  const people: Person[] = []
  const pageErrors: string[] = []
  const ids: Record<string, string> = {}

  async function person(name: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Person> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', acceptDownloads: true, ...options })
    const page = await context.newPage()
    const p: Person = { name, context, page, received: [], pid: '' }
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`))
    page.on('request', (request) => {
      if (!request.url().endsWith('/room-vote')) return
      const body = JSON.parse(request.postData() ?? '{}') as { pid?: string }
      if (body.pid) p.pid = body.pid
    })
    page.on('response', (response) => {
      // A body still unread when the page closes (the spec's end) has nothing left to check.
      if (response.url().endsWith('/room-vote')) void response.text().then((text) => p.received.push(`vote ${text}`), () => undefined)
    })
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => p.received.push(`ws ${typeof payload === 'string' ? payload : payload.toString('latin1')}`)))
    listenToPublishedView(page)
    people.push(p)
    return p
  }

  async function joinRoom(p: Person, url = joinUrl): Promise<void> {
    await p.page.goto(url)
    await p.page.getByLabel('Your name').fill(p.name)
    await p.page.getByRole('button', { name: 'Join' }).click()
    await p.page.getByTestId('participant-download').waitFor()
  }

  /** Where a card's middle is on a laptop participant's board now. */
  async function cardOnBoard(page: Page, cardId: string): Promise<Point> {
    const r = cardLayout(doc).rects.get(cardId as never)!
    return (await participantView(page)).toPage({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
  }

  const left = (p: Person) => p.page.getByTestId('participant-vote-left')

  beforeAll(async () => {
    bench = await openRoomBench('roomvote', { appPort: APP_PORT, roomPort: ROOM_PORT })
    ;({ browser, host } = bench)
    facilitator = await person('Facilitator', { viewport: { width: 1440, height: 900 } })
    await facilitator.page.goto(`${host.appUrl}/`)
  })

  afterAll(async () => {
    await bench?.close()
  })

  it('opens a room on a map with four cards and lets three people join', async () => {
    const { page } = facilitator
    await createWorkshopWithFirstMap(page, 'Vote workshop')
    await settle(page)
    let mapDoc = await storedDoc(page, await firstMap(page))
    const grid = cardLayout(mapDoc).grid
    const view = await boardView(page, mapDoc.map.id)
    // Three in the first lane's stages, the fourth in the next lane.
    const cells = [inCell(grid.columns[0]!, grid.rows[0]!), inCell(grid.columns[1]!, grid.rows[0]!), inCell(grid.columns[2]!, grid.rows[0]!), inCell(grid.columns[0]!, grid.rows[1]!)]
    for (const [i, text] of TEXTS.entries()) await typeCardAt(page, view.toPage(cells[i]!), text)
    await settle(page)
    mapDoc = await storedDoc(page, await firstMap(page))
    for (const card of Object.values(mapDoc.cards)) ids[card.text] = card.id
    expect(Object.keys(ids).sort()).toEqual([...TEXTS].sort())
    doc = mapDoc

    await page.getByTestId('room-toggle').click()
    await page.getByRole('button', { name: 'Open the room' }).click()
    const shown = new URL(await page.getByLabel('Join link').inputValue())
    joinUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${shown.hash}`
    await page.getByText('View-only link', { exact: true }).first().click()
    viewUrl = `http://${ROOM_HOSTNAME}:${ROOM_PORT}/${new URL(await page.getByLabel('View-only link').inputValue()).hash}`

    const ana = await person('Ana')
    const bo = await person('Bo')
    const cem = await person('Cem', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    await Promise.all([joinRoom(ana), joinRoom(bo), joinRoom(cem)])
    await expect.poll(() => page.getByText('In the room (3 here)').isVisible(), { timeout: 10_000 }).toBe(true)
  })

  it('starts a vote with budgets and hidden tallies', async () => {
    const { page } = facilitator
    await page.getByTestId('facilitate-toggle').click()
    await page.getByRole('tab', { name: 'Vote' }).click()
    const settings = page.getByTestId('room-vote-settings')
    await settings.getByLabel('Votes per person').fill('3')
    await settings.getByLabel('Most votes on one card').fill('2')
    expect(await settings.getByLabel('Hide the tallies until the reveal').isChecked()).toBe(true)
    await page.getByTestId('room-vote-start').click()
    await page.getByTestId('room-vote-running').waitFor()
    for (const p of people.slice(1)) await expect.poll(() => left(p).textContent(), { timeout: 10_000 }).toContain('3 left')
  })

  it('takes everyone’s dots within their budgets, each seeing only their own', async () => {
    const [ana, bo, cem] = people.slice(1) as [Person, Person, Person]
    const A = ids[TEXTS[0]]!
    const C = ids[TEXTS[2]]!
    const D = ids[TEXTS[3]]!
    const B = ids[TEXTS[1]]!

    // Ana: two on Alpha, a third is over the cap; one on Bravo; then none left.
    const click = async (p: Person, id: string, modifiers: ('Alt')[] = []) => {
      const at = await cardOnBoard(p.page, id)
      await p.page.mouse.move(...xy(at))
      if (modifiers.length) await p.page.keyboard.down('Alt')
      await p.page.mouse.down()
      await p.page.mouse.up()
      if (modifiers.length) await p.page.keyboard.up('Alt')
    }
    await click(ana, A)
    await expect.poll(() => left(ana).textContent()).toContain('2 left')
    await click(ana, A)
    await expect.poll(() => left(ana).textContent()).toContain('1 left')
    await click(ana, A)
    await ana.page.getByTestId('participant-vote-error').filter({ hasText: 'all the dots it may get from you' }).waitFor()
    await click(ana, B)
    await expect.poll(() => left(ana).textContent()).toContain('0 left')
    await click(ana, C)
    await ana.page.getByTestId('participant-vote-error').filter({ hasText: 'No votes left' }).waitFor()
    await screenshot(ana.page, 'room-vote-laptop-voting')

    // Bo: Alpha, Charlie twice, takes one back from Charlie with Alt+click, then Delta, and is done.
    await click(bo, A)
    await expect.poll(() => left(bo).textContent()).toContain('2 left')
    await click(bo, C)
    await click(bo, C)
    await expect.poll(() => left(bo).textContent()).toContain('0 left')
    await click(bo, C, ['Alt'])
    await expect.poll(() => left(bo).textContent()).toContain('1 left')
    await click(bo, D)
    await expect.poll(() => left(bo).textContent()).toContain('0 left')
    await bo.page.getByTestId('participant-vote-done').click()
    await bo.page.getByText('Done. Waiting for the reveal.').waitFor()

    // Cem on the phone, on the first stage's cards: + on Alpha, + twice on Delta, − on Delta, + on Delta again.
    const give = (text: string) => cem.page.getByRole('button', { name: `Give ${isolated(text)} a dot` }).click()
    await give(TEXTS[0])
    await expect.poll(() => left(cem).textContent()).toContain('2 left')
    await give(TEXTS[3])
    await give(TEXTS[3])
    await expect.poll(() => left(cem).textContent()).toContain('0 left')
    await cem.page.getByRole('button', { name: `Take a dot back from ${isolated(TEXTS[3]!)}` }).click()
    await expect.poll(() => left(cem).textContent()).toContain('1 left')
    await give(TEXTS[3])
    await expect.poll(() => left(cem).textContent()).toContain('0 left')
    await screenshot(cem.page, 'room-vote-phone-voting')

    await expect.poll(() => facilitator.page.getByTestId('room-vote-progress').textContent(), { timeout: 10_000 }).toBe('3 voting, 1 done, 3 in the room')
  })

  it('lets a view-only link see the map but not vote', async () => {
    const viewer = await person('Dee')
    await joinRoom(viewer, viewUrl)
    await viewer.page.getByText('View only', { exact: true }).waitFor()
    expect(await viewer.page.getByTestId('participant-vote').count()).toBe(0)
    const fragment = new URLSearchParams(new URL(viewUrl).hash.slice(1))
    const status = await viewer.page.evaluate(
      async ([room, code, card]) =>
        (await fetch('/room-vote', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ room, code, pid: 'viewer-1', op: 'cast', card }) })).status,
      [fragment.get('room'), fragment.get('code'), ids[TEXTS[3]]] as const,
    )
    expect(status).toBe(403)
  })

  it('never showed anyone another person’s dots before the reveal', () => {
    const voters = people.slice(1, 4)
    for (const p of voters) {
      expect(p.pid).not.toBe('')
      const answers = p.received.filter((r) => r.startsWith('vote ')).map((r) => JSON.parse(r.slice(5)) as { totals?: unknown })
      expect(answers.length).toBeGreaterThan(0)
      // Tallies are hidden: no answer carries the totals.
      for (const a of answers) expect(a.totals ?? null).toBeNull()
      // Presence (names, ids) is public; dots are not. No answer names anyone else, no frame carries dots.
      for (const other of voters.filter((o) => o !== p)) {
        for (const r of p.received.filter((x) => x.startsWith('vote '))) expect(r.includes(other.pid), `${p.name} received ${other.name}'s id: ${r}`).toBe(false)
      }
      for (const r of p.received.filter((x) => x.startsWith('ws '))) expect(r).not.toMatch(/ballot|"mine"|totals|"voters"/)
    }
  })

  it('reveals: the same dots on every screen, the ranks, and the CSV', async () => {
    const { page } = facilitator
    const [ana, , cem] = people.slice(1) as [Person, Person, Person]
    await page.getByTestId('room-vote-reveal').click()
    await page.getByTestId('room-vote-revealed').waitFor()
    await expect.poll(() => ana.page.getByTestId('participant-vote').count(), { timeout: 10_000 }).toBe(0)
    await expect.poll(() => cem.page.getByTestId('tile-total').allTextContents().then((t) => t.sort()), { timeout: 10_000 }).toEqual(['3 dots', '4 dots'])
    await screenshot(cem.page, 'room-vote-phone-revealed')
    await screenshot(ana.page, 'room-vote-laptop-revealed')
    await screenshot(page, 'room-vote-facilitator-revealed')

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: /^Export the vote on .* as CSV$/ }).first().click()
    const csv = (await readFile((await (await download).path())!, 'utf8')).replace(/^\uFEFF/, '')
    expect(csv.trim().split(/\r\n/)).toEqual(['Rank,Card,Votes', `1,${TEXTS[0]},4`, `2,${TEXTS[3]},3`, `3,${TEXTS[1]},1`, `3,${TEXTS[2]},1`])

    // The facilitator hides the dots: they leave every screen.
    await page.getByTestId('room-vote-hide').click()
    await expect.poll(() => cem.page.getByTestId('tile-total').count(), { timeout: 10_000 }).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('sends the top three to the action plan in one step, shared with the room', async () => {
    const { page } = facilitator
    const ana = people[1]!
    // Places 4, 3 and 1 + 1: the tie at the third place is taken whole, and the button says so.
    await expect.poll(() => page.getByTestId('vote-to-plan').first().textContent()).toBe('Top three to the action plan: 4 actions')
    await page.getByText('Cards tied with the third place are included.').first().waitFor()
    await page.getByTestId('vote-to-plan').first().click()
    await page.getByTestId('plan-view').waitFor()
    await page.getByTestId('vote-to-plan-done').first().waitFor()
    await settle(page)
    const map = await firstMap(page)
    const actions = (await rowsOf<Action>(page, 'actions', map.id)).sort((a, b) => a.createdAt - b.createdAt)
    expect(actions.map((a) => [a.title, a.votes])).toEqual([
      [TEXTS[0], 4],
      [TEXTS[3], 3],
      [TEXTS[1], 1],
      [TEXTS[2], 1],
    ])
    expect(actions.map((a) => a.cardIds)).toEqual([[ids[TEXTS[0]]], [ids[TEXTS[3]]], [ids[TEXTS[1]]], [ids[TEXTS[2]]]])
    // The plan is part of the shared map: a participant's laptop has the same four actions.
    await expect.poll(() => ana.page.getByTestId('plan-toggle').textContent(), { timeout: 10_000 }).toContain('4')
    await ana.page.getByTestId('plan-toggle').click()
    await expect.poll(() => ana.page.getByTestId('plan-row').count()).toBe(4)
    await screenshot(ana.page, 'room-vote-plan-participant')
    expect(pageErrors).toEqual([])
  })
})
