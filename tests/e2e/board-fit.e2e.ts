import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Viewport } from '../../src/store/sessionSlice'
import { createWorkshopWithFirstMap, settle } from './flows'
import { firstMap, savedViewport } from './scene'
import { useApp } from './session'

// A facilitator opens a new map: it fits the window at once, and stays fitted when the window is
// resized, until they move the view themselves. Pressing "zoom to fit" right after opening changes
// nothing: the opening fit already knew where the minimap and the tool bar sit (it once fitted
// before the minimap took the map's shape, so the minimap then covered the map's corner).

const close = (a: Viewport, b: Viewport) => Math.abs(a.zoom - b.zoom) < 1e-4 && Math.abs((a.x - b.x) * a.zoom) < 1 && Math.abs((a.y - b.y) * a.zoom) < 1

/** The saved view once it has stopped changing (the board saves it shortly after each change). */
async function restingView(page: Page, mapId: string): Promise<Viewport> {
  let last: Viewport | undefined
  await expect
    .poll(
      async () => {
        const now = await savedViewport(page, mapId)
        const same = !!now && !!last && close(now, last)
        last = now
        return same
      },
      { timeout: 5_000, interval: 400 },
    )
    .toBe(true)
  return last!
}

async function fitByKey(page: Page): Promise<void> {
  await page.getByTestId('board').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Shift+Digit1')
}

describe('a fitted map', () => {
  const session = useApp()

  it('opens fitted as zoom to fit would fit it, and stays fitted through resizes until the person pans', async () => {
    const { page } = session.app
    await page.setViewportSize({ width: 1440, height: 900 })
    await createWorkshopWithFirstMap(page, 'Fitted')
    await settle(page)
    const mapId = (await firstMap(page)).id
    const opened = await restingView(page, mapId)

    await fitByKey(page)
    const fitted = await restingView(page, mapId)
    expect(close(fitted, opened), `opened at ${JSON.stringify(opened)}, zoom to fit gave ${JSON.stringify(fitted)}`).toBe(true)

    // A narrower window: the map is fitted again, smaller, exactly as zoom to fit would.
    await page.setViewportSize({ width: 1100, height: 800 })
    await expect.poll(async () => (await savedViewport(page, mapId))!.zoom, { timeout: 5_000 }).toBeLessThan(opened.zoom * 0.95)
    const narrowed = await restingView(page, mapId)
    await fitByKey(page)
    expect(close(await restingView(page, mapId), narrowed)).toBe(true)

    // Once the person pans, a resize leaves their view where they put it.
    const board = (await page.getByTestId('board').boundingBox())!
    await page.mouse.move(board.x + board.width / 2, board.y + board.height / 2)
    await page.mouse.wheel(0, 120)
    await expect.poll(async () => close((await savedViewport(page, mapId))!, narrowed), { timeout: 5_000 }).toBe(false)
    const panned = await restingView(page, mapId)
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.waitForTimeout(600)
    expect(close(await restingView(page, mapId), panned)).toBe(true)
  })
})
