import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../src/domain'
import en from '../../src/i18n/locales/en.json'
import { PROJECT_ROOT } from './harness'
import { createWorkshopWithFirstMap, importNewMap, settle, writeJourney } from './flows'
import { useApp } from './session'

// A facilitator reopens their map: the board appears at its final size and stays there. What comes
// with the map (its colour legend, its personas) wraps the bar above the board to a second row;
// the board was once created before that, drawn at the taller size, then shrunk and redrawn: the
// map jumped up under the person's eyes, and the first cards came a redraw later.

const OUT = join(PROJECT_ROOT, 'test-results', 'board-open')
const TITLE = 'Reopened'

interface Seen {
  readonly board: string
  readonly bar: number
}

/**
 * Four personas on the map, whose chips take the bar to a second row at 1080p, and 200 cards in each cell:
 * reading them takes the app several frames, so the page is seen before the map arrives.
 */
function reopenedMap(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), TITLE)
  let doc = createStarterDoc(map, { stages: ['Before', 'During', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints'], ['actions', 'Customer actions']] })
  for (const name of ['Maya Okafor-Lindqvist', 'Jonas Abrahamsen', 'Leyla Demirtaş', 'Parisa Karimi']) {
    doc = applyCommand(doc, { type: 'addPersona', onMap: true, persona: createPersona(map.workshopId, name, '#0f766e') })
  }
  const steps = doc.map.stageIds.flatMap((id) => doc.stages[id]!.stepIds)
  const cards = doc.map.laneIds.flatMap((laneId) => steps.flatMap((stepId) => Array.from({ length: 200 }, (_, rank) => createCard(map.id, { kind: 'cell', laneId, stepId, span: 1, rank }, { text: `Card ${rank + 1}` }))))
  return applyCommand(doc, { type: 'addCards', cards })
}

describe('opening a map', () => {
  const session = useApp()

  it('shows the board at its final size from its first frame', async () => {
    const { page } = session.app
    // A projector's 1080p: without the map the bar above the board has one row, with its personas two.
    await page.setViewportSize({ width: 1920, height: 1080 })
    await mkdir(OUT, { recursive: true })
    await createWorkshopWithFirstMap(page, 'Opening')
    const file = join(OUT, 'reopened.journey')
    await writeJourney(file, reopenedMap())
    await importNewMap(page, file, en.import, TITLE)
    await settle(page)
    const barWithMap = (await page.locator('.board-frame-bar').boundingBox())!.height

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
    // The page was seen before the map arrived (the bar on one row), and after (two): otherwise this spec proves nothing.
    const bars = seen.map((s) => s.bar).filter((h) => h > 0)
    expect(Math.min(...bars), `bar heights seen: ${JSON.stringify(seen)}`).toBeLessThan(barWithMap - 10)
    expect(bars.at(-1)).toBe(barWithMap)
    const boards = [...new Set(seen.map((s) => s.board).filter((b) => b !== ''))]
    expect(boards, `the board's sizes from its first frame: ${JSON.stringify(seen)}`).toHaveLength(1)
  })
})
