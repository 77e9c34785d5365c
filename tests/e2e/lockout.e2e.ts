import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card } from '../../src/domain'
import { LIMITS } from '../../src/domain'
import { cardLayout } from '../../src/domain/layout'
import { readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { boardView, firstMap, inCell, storedDoc } from './scene'
import { useApp } from './session'

// Nothing a person does may lock them out of their map. A facilitator pastes a whole document
// into one card, and someone's clipboard holds a card payload with its rectangle a billion pixels
// away and text-direction tricks in its text; then the app restarts. The map must open, with the
// text cut to the limit (and the person told), and the pasted card where they can see it.

const LONG_TEXT = 'Long notes from the room. '.repeat(6_000).slice(0, 150_000)
const HOSTILE_TEXT = 'Refund \u202Eretpahc\u202C policy'

function hostilePayload(): string {
  return JSON.stringify({
    type: 'journeyboard/cards',
    version: 1,
    sourceMapId: 'elsewhere',
    cards: [
      {
        id: 'hostile-card',
        place: { kind: 'cell', laneId: 'no-such-lane', stepId: 'no-such-step', span: 1, rank: 0 },
        text: HOSTILE_TEXT,
      },
    ],
    links: [],
    rects: { 'hostile-card': { x: 1e9, y: -1e9, width: 1e300, height: 80 } },
  })
}

/** The clipboard event a paste from another app raises, carrying plain text only. */
async function pastePlainText(page: Page, text: string): Promise<void> {
  await page.getByTestId('board').focus()
  await page.evaluate((data) => {
    const transfer = new DataTransfer()
    transfer.setData('text/plain', data)
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  }, text)
}

async function cards(page: Page): Promise<Card[]> {
  return readDb<Card>(page, 'cards')
}

describe('nothing locks a person out of their map', () => {
  const session = useApp()

  it('cuts a 150,000-character card text to the limit and says so', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Lock-out workshop')
    await page.getByTestId('board').waitFor()
    await settle(page)
    const doc = await storedDoc(page, await firstMap(page))
    const { toPage } = await boardView(page, doc.map.id)
    const grid = cardLayout(doc).grid
    const at = toPage(inCell(grid.columns[0]!, grid.rows[0]!))
    await page.mouse.dblclick(at.x, at.y)
    const editor = page.getByRole('textbox', { name: 'Card text' })
    await editor.waitFor()
    // One input event with the whole text, as a paste into the card's text box is.
    await page.keyboard.insertText(LONG_TEXT)
    await page.keyboard.press('Enter')
    await editor.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was cut to fit' }).count()).toBe(1)
    await screenshot(page, 'text-cut')
    await settle(page)
    const stored = await cards(page)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.text).toBe(LONG_TEXT.slice(0, LIMITS.stringLength))
  })

  it('pastes a hostile card payload inside the board, without its text-direction tricks', async () => {
    const { page } = session.app
    await pastePlainText(page, hostilePayload())
    await settle(page)
    const pasted = (await cards(page)).find((c) => c.text.includes('Refund'))
    expect(pasted).toBeDefined()
    expect(pasted!.text).toBe('Refund retpahc policy')
    expect(pasted!.place.kind).toBe('free')
    if (pasted!.place.kind !== 'free') return
    // It lands in the part of the board on screen, at a size a card can have.
    const { viewport } = await boardView(page, pasted!.mapId)
    const box = (await page.getByTestId('board').boundingBox())!
    const visible = { x: viewport.x, y: viewport.y, width: box.width / viewport.zoom, height: box.height / viewport.zoom }
    const { x, y, width, height } = pasted!.place
    expect(x + width).toBeGreaterThan(visible.x)
    expect(x).toBeLessThan(visible.x + visible.width)
    expect(y + height).toBeGreaterThan(visible.y)
    expect(y).toBeLessThan(visible.y + visible.height)
    expect(width).toBeLessThanOrEqual(LIMITS.freeItemSize)
  })

  it('opens the map again after a restart, with both cards as they were saved', async () => {
    const before = await cards(session.app.page)
    const { page } = await session.restart()
    await page.getByTestId('board').waitFor()
    await expect.poll(() => page.getByText('This map could not be read').count()).toBe(0)
    await settle(page)
    expect(await cards(page)).toEqual(before)
  })

  it('opens a map whose stored card holds a text past the limit (as older versions wrote), repairing it', async () => {
    const { page } = session.app
    const [card] = await cards(page)
    await page.evaluate(
      async ({ row }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('journeyboard')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('cards', 'readwrite')
          tx.objectStore('cards').put(row)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        })
        db.close()
      },
      { row: { ...card!, text: 'z'.repeat(160_000), sentiment: 'happy' } },
    )
    const { page: reopened } = await session.restart()
    await reopened.getByTestId('board').waitFor()
    await expect.poll(() => reopened.getByRole('status').filter({ hasText: 'repaired' }).count()).toBe(1)
    await screenshot(reopened, 'map-repaired')
    await settle(reopened)
    const healed = (await cards(reopened)).find((c) => c.id === card!.id)
    expect(healed).toMatchObject({ sentiment: 'neutral' })
    expect(healed!.text).toHaveLength(LIMITS.stringLength)
  })
})
