import { describe, expect, it } from 'vitest'
import { createWorkshopWithFirstMap, settle } from './flows'
import { useApp } from './session'

// A facilitator reopens their map: the board appears at its final size and stays there. What comes
// with the map (its colour legend, its personas) wraps the bar above the board to a second row;
// the board was once created before that, drawn at the taller size, then shrunk and redrawn: the
// map jumped up under the person's eyes, and the first cards came a redraw later.

interface Seen {
  readonly board: string
  readonly bar: number
}

describe('opening a map', () => {
  const session = useApp()

  it('shows the board at its final size from its first frame', async () => {
    const { page } = session.app
    // A projector's 1080p: the map's personas take the bar to a second row, which it does not need before the map arrives.
    await page.setViewportSize({ width: 1920, height: 1080 })
    await createWorkshopWithFirstMap(page, 'Reopened')
    // The map's personas, as chips in the bar above the board.
    await page.getByRole('tab', { name: 'People' }).click()
    for (const name of ['Maya Okafor-Lindqvist', 'Jonas Abrahamsen', 'Leyla Demirtaş', 'Parisa Karimi']) {
      await page.getByRole('button', { name: 'New persona' }).click()
      const field = page.getByLabel('Name', { exact: true })
      await field.fill(name)
      await field.press('Enter')
      await page.getByRole('button', { name: 'Back to personas' }).click()
    }
    await settle(page)

    // Every frame from the reload on: the board's canvas size and the bar's height, as they change.
    await page.context().addInitScript(() => {
      const seen: Seen[] = []
      Object.defineProperty(window, '__openSizes', { value: seen })
      const tick = () => {
        const content = document.querySelector<HTMLElement>('[data-testid="board"] .konvajs-content')
        const bar = document.querySelector('.board-frame-bar')?.getBoundingClientRect().height ?? 0
        const board = content ? `${content.style.width}x${content.style.height}` : ''
        const last = seen.at(-1)
        if (!last || last.board !== board || last.bar !== bar) seen.push({ board, bar })
        if (seen.length < 50) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    await page.reload({ waitUntil: 'load' })
    await page.getByTestId('board').locator('canvas').first().waitFor()
    await page.waitForTimeout(1500)

    const seen = await page.evaluate(() => (window as unknown as { __openSizes: Seen[] }).__openSizes)
    const bars = new Set(seen.map((s) => s.bar).filter((h) => h > 0))
    // Without the map the bar has one row; with it, two: otherwise this spec proves nothing.
    expect(bars.size, `bar heights seen: ${JSON.stringify(seen)}`).toBeGreaterThan(1)
    const boards = [...new Set(seen.map((s) => s.board).filter((b) => b !== ''))]
    expect(boards, `the board's sizes from its first frame: ${JSON.stringify(seen)}`).toHaveLength(1)
  })
})
