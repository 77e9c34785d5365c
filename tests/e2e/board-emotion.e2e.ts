import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { stepHandles, type Handle } from '../../src/drawing/emotionGeometry'
import type { LaneId, MapId, StepId } from '../../src/domain'
import { emotionBand, type EmotionValue } from '../../src/domain/emotion'
import { gridLayout, type GridLayout } from '../../src/domain/layout'
import { readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { boardView, firstMap, storedDoc, type PrefRow } from './scene'
import { useApp } from './session'

// A facilitator scores how the customer felt at step 2 against what the brand intended, by
// dragging the points of the starter map's emotional-intent lane, and finds both after a restart.
// Where to press comes from the same layout math the app draws with, fed by what is stored.

interface EmotionRow {
  id: string
  mapId: string
  stepId: string
  personaId: string | null
  felt: number
  intended: number
}

const FELT = /^Felt: /
const PURPLE = [109, 40, 217] as const

function tooltip(page: Page): Locator {
  return page.getByTestId('emotion-tooltip')
}

/** The tooltip as read: its words are the interface's own, each isolated as a sentence's value is (FSI…PDI), here left out. */
async function said(page: Page): Promise<string | undefined> {
  return (await tooltip(page).textContent())?.replace(/[\u2066-\u2069]/g, '')
}

interface Scene {
  readonly mapId: MapId
  readonly grid: GridLayout
  readonly laneId: LaneId
  readonly stepId: StepId
  readonly handles: (value: EmotionValue) => { felt: Handle; intended: Handle }
  /** Board point to page point. */
  readonly toPage: (p: { x: number; y: number }) => { x: number; y: number }
}

/** The open map's grid, rebuilt from the stored rows, and the board's view of it. */
async function scene(page: Page): Promise<Scene> {
  const map = await firstMap(page)
  const source = await storedDoc(page, map)
  const grid = gridLayout(source)
  const lane = map.laneIds.map((id) => source.lanes[id]).find((l) => l?.kind === 'emotions')
  const row = lane && grid.rowByLane.get(lane.id)
  const column = grid.columns[1]
  if (!lane || !row || !column) throw new Error('the starter map has no emotional-intent lane or no second step')
  // The board saves its view shortly after every change; the test waits for it before asking.
  const { toPage } = await boardView(page, map.id, { wait: false })
  const band = emotionBand(row)
  return {
    mapId: map.id,
    grid,
    laneId: lane.id,
    stepId: column.stepId,
    handles: (value) => {
      const [felt, intended] = stepHandles(grid, band, lane.id, column, null, value)
      return { felt, intended }
    },
    toPage,
  }
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x, (from.y + to.y) / 2, { steps: 6 })
  await page.mouse.move(to.x, to.y, { steps: 6 })
  await page.mouse.up()
}

// The node project has no DOM lib: the few canvas members used inside the page are spelled out.
interface CanvasLike {
  width: number
  height: number
  getBoundingClientRect(): { left: number; top: number; width: number; height: number }
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null
}

/** What the board's canvases on the page show at a page point, top layer first (transparent pixels skipped). */
async function pixelAt(page: Page, at: { x: number; y: number }): Promise<number[] | null> {
  return page.evaluate(({ x, y }) => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<CanvasLike> } }).document
    const canvases = Array.from(doc.querySelectorAll('[data-testid="board"] canvas'))
    for (const canvas of canvases.reverse()) {
      const r = canvas.getBoundingClientRect()
      // Not on the page (an empty layer is taken off it): nothing of it is seen.
      if (r.width === 0) continue
      const sx = Math.round((x - r.left) * (canvas.width / r.width))
      const sy = Math.round((y - r.top) * (canvas.height / r.height))
      const d = canvas.getContext('2d')?.getImageData(sx, sy, 1, 1).data
      if (d && d[3]! > 200) return [d[0]!, d[1]!, d[2]!]
    }
    return null
  }, at)
}

function near(rgb: number[] | null, target: readonly number[]): boolean {
  return !!rgb && rgb.every((c, i) => Math.abs(c - (target[i] ?? 0)) <= 24)
}

async function storedPoints(page: Page, mapId: string): Promise<Omit<EmotionRow, 'id' | 'mapId'>[]> {
  return (await readDb<EmotionRow>(page, 'emotions')).filter((e) => e.mapId === mapId).map(({ stepId, personaId, felt, intended }) => ({ stepId, personaId, felt, intended }))
}

describe('the emotional-intent lane, as a facilitator uses it', () => {
  const session = useApp()
  let s: Scene

  it('opens a new map whose starter grid has an emotional-intent lane at neutral', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Emotion mapping')
    await page.getByTestId('board').waitFor()
    await settle(page)
    await expect.poll(async () => (await readDb<PrefRow>(page, 'prefs')).some((p) => p.key.startsWith('viewport:'))).toBe(true)
    s = await scene(page)

    // Nothing scored yet: both handles sit at neutral, side by side, and say so.
    const { felt, intended } = s.handles({ felt: 0, intended: 0, set: false })
    expect(felt.y).toBe(intended.y)
    await page.mouse.move(s.toPage(felt).x, s.toPage(felt).y)
    await expect.poll(() => said(page)).toBe('Felt: Neutral (0), not scored yet')
    await page.mouse.move(s.toPage(intended).x, s.toPage(intended).y)
    await expect.poll(() => said(page)).toBe('Intended: Neutral (0), not scored yet')
    expect(await storedPoints(page, s.mapId)).toEqual([])
  })

  it('drags the felt point of step 2 down to -2 and the intended point up to +1', async () => {
    const { page } = session.app
    const start = s.handles({ felt: 0, intended: 0, set: false })
    const down = s.handles({ felt: -2, intended: 0, set: true })
    await drag(page, s.toPage(start.felt), s.toPage({ x: start.felt.x, y: down.felt.y + 30 }))
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 0 }])

    const up = s.handles({ felt: -2, intended: 1, set: true })
    // Apart now, both handles are back on the column centre.
    expect(down.intended.x).toBe(up.felt.x)
    await drag(page, s.toPage(down.intended), s.toPage({ x: down.intended.x, y: up.intended.y + 3 }))
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 1 }])
    await expect.poll(() => said(page)).toBe('Intended: Positive (+1)')

    // Pressing handles made no card and selected nothing; a double-click on one adds no card either.
    await page.mouse.dblclick(s.toPage(up.felt).x, s.toPage(up.felt).y)
    // (The board's text box: the outline's titles beside the board are text areas too.)
    expect(await page.locator('.board-area textarea').count()).toBe(0)
    await settle(page)
    expect((await readDb<{ mapId: string }>(page, 'cards')).filter((c) => c.mapId === s.mapId)).toEqual([])

    // The curves really moved: the felt handle is drawn at -2, and neutral at step 2 is no longer on a curve.
    expect(near(await pixelAt(page, s.toPage(up.felt)), PURPLE)).toBe(true)
    expect(near(await pixelAt(page, s.toPage({ x: up.felt.x, y: start.felt.y })), PURPLE)).toBe(false)
  })

  it('nudges the focused point with the arrow keys, one undo step per press', async () => {
    const { page } = session.app
    const now = s.handles({ felt: -2, intended: 1, set: true })
    await page.mouse.click(s.toPage(now.felt).x, s.toPage(now.felt).y)
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -1.5, intended: 1 }])
    await page.mouse.move(10, 10)
    await expect.poll(() => said(page)).toBe('Felt: Very negative to Negative (\u22121.5)')
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 1 }])
  })

  it('undoes and redoes each drag as one step', async () => {
    const { page } = session.app
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 0 }])
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([])
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)

    await page.keyboard.press('ControlOrMeta+Shift+z')
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 0 }])
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect.poll(() => storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 1 }])
    await settle(page)
  })

  it('finds both values stored and on screen after a restart', async () => {
    await session.restart()
    const { page } = session.app
    await page.getByTestId('board').waitFor({ timeout: 15_000 })
    await settle(page)
    await expect.poll(async () => (await readDb<PrefRow>(page, 'prefs')).some((p) => p.key === `viewport:${s.mapId}`)).toBe(true)
    expect(await storedPoints(page, s.mapId)).toEqual([{ stepId: s.stepId, personaId: null, felt: -2, intended: 1 }])

    s = await scene(page)
    const { felt, intended } = s.handles({ felt: -2, intended: 1, set: true })
    await page.mouse.move(s.toPage(felt).x, s.toPage(felt).y)
    await expect.poll(() => said(page)).toBe('Felt: Very negative (\u22122)')
    expect(near(await pixelAt(page, s.toPage(felt)), PURPLE)).toBe(true)
    await page.mouse.move(s.toPage(intended).x, s.toPage(intended).y)
    await expect.poll(() => said(page)).toMatch(/^Intended: Positive \(\+1\)$/)
    expect(await said(page)).not.toMatch(FELT)

    const shot = await screenshot(page, 'board-emotion')
    expect(existsSync(shot)).toBe(true)
  })
})
