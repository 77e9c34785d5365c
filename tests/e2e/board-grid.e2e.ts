import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { JourneyMap, Lane, LaneId, Stage, StageId, Step, StepId } from '../../src/domain'
import { gridLayout, LAYOUT, type GridLayout, type Point } from '../../src/domain/layout'
import { laneChevronRect } from '../../src/domain/layoutGrid'
import { readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, settle } from './flows'
import { boardView, drag, firstMap, savedViewport, storedDoc, type Viewport } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator reshapes the starter grid on the board itself, the way they would in front of a
// room: rename a stage by double-clicking it, add a step and recolour a stage from the header
// toolbar, drag a lane to another place, widen a step, collapse a lane, jump to a stage, undo
// and redo, and find all of it after a restart. Where to press comes from the layout math the
// board draws with, fed by what is stored, and the view the board saved.

interface Scene {
  readonly map: JourneyMap
  readonly stages: Record<StageId, Stage>
  readonly steps: Record<StepId, Step>
  readonly lanes: Record<LaneId, Lane>
  readonly grid: GridLayout
  readonly viewport: Viewport
  /** Board point to page point. */
  readonly toPage: (p: Point) => Point
}

/** The open map as stored, its grid, and where the board shows it. */
async function scene(page: Page): Promise<Scene> {
  await settle(page)
  const { map, stages, steps, lanes, cards } = await storedDoc(page, await firstMap(page))
  const { viewport, toPage } = await boardView(page, map.id)
  return { map, stages, steps, lanes, grid: gridLayout({ map, stages, steps, lanes, cards }), viewport, toPage }
}

/**
 * The first of `points` (page pixels) where the board's canvas itself is under the pointer, as a
 * person aims at the part of a header that no floating toolbar covers.
 */
async function onCanvas(page: Page, points: Point[]): Promise<Point> {
  for (const p of points) {
    const tag = await page.evaluate(({ x, y }) => (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { tagName: string } | null } }).document.elementFromPoint(x, y)?.tagName, p)
    if (tag === 'CANVAS') return p
  }
  throw new Error(`every point is covered: ${JSON.stringify(points)}`)
}

/** Points along a header band, from its start towards its middle, at heights `ys` (board pixels). */
function along(s: Scene, band: { x: number; width: number }, ...ys: number[]): Point[] {
  return ys.flatMap((y) => [0.1, 0.25, 0.4, 0.55].map((f) => s.toPage({ x: band.x + band.width * f, y })))
}

/** Rests the pointer on a stage header where the canvas itself shows, so its toolbar opens; returns that point. */
async function hoverHeader(page: Page, s: Scene, band: { x: number; width: number; height: number }): Promise<Point> {
  const at = await onCanvas(page, along(s, band, band.height / 2, band.height - 5))
  await page.mouse.move(at.x, at.y)
  return at
}

function stageTitles(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Stage \d+ title$/ })
}

describe('editing the grid and finding one’s way on the board', () => {
  const session = useApp()
  /** The step's width before the edge drag: undo brings it back. */
  let widthBeforeDrag = 0

  it('opens a new map on the board', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Grid workshop')
    await page.getByTestId('board').waitFor()
    await expect.poll(() => stageTitles(page).count()).toBe(4)
  })

  it('renames a stage by double-clicking its header and typing', async () => {
    const { page } = session.app
    const s = await scene(page)
    const band = s.grid.stages[0]!
    const at = await hoverHeader(page, s, band)
    await page.mouse.dblclick(at.x, at.y)
    const field = page.getByRole('textbox', { name: 'Stage title', exact: true })
    await field.waitFor()
    expect(await field.inputValue()).toBe(s.stages[band.stageId]!.title)
    await field.fill('Discover')
    await field.press('Enter')
    await field.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByRole('textbox', { name: 'Stage 1 title' }).inputValue()).toBe('Discover')
    // Esc leaves the title alone.
    await page.mouse.dblclick(at.x, at.y)
    await field.fill('Not this')
    await field.press('Escape')
    await field.waitFor({ state: 'detached' })
    await settle(page)
    const stored = await readDb<Stage>(page, 'stages')
    expect(stored.find((r) => r.id === band.stageId)?.title).toBe('Discover')
  })

  it('adds a step after the first one from the step header’s toolbar and names it', async () => {
    const { page } = session.app
    const s = await scene(page)
    const first = s.grid.columns[0]!
    const at = await onCanvas(page, along(s, first, LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight / 2))
    await page.mouse.move(at.x, at.y)
    const toolbar = page.getByRole('toolbar', { name: `Step ${isolated(s.steps[first.stepId]!.title)}` })
    await toolbar.getByRole('button', { name: 'Add a step after this one' }).click()
    // The new step's title is ready for typing.
    const field = page.getByRole('textbox', { name: 'Step title', exact: true })
    await field.waitFor()
    await field.fill('Reads reviews')
    await field.press('Enter')
    await settle(page)
    const stage = (await readDb<Stage>(page, 'stages')).find((r) => r.id === first.stageId)!
    expect(stage.stepIds).toHaveLength(3)
    expect(stage.stepIds[0]).toBe(first.stepId)
    const added = (await readDb<Step>(page, 'steps')).find((r) => r.id === stage.stepIds[1])
    expect(added?.title).toBe('Reads reviews')
  })

  it('recolours a stage from its toolbar', async () => {
    const { page } = session.app
    const s = await scene(page)
    const band = s.grid.stages[0]!
    await hoverHeader(page, s, band)
    const toolbar = page.getByRole('toolbar', { name: `Stage ${isolated(s.stages[band.stageId]!.title)}` })
    await toolbar.getByRole('button', { name: 'Stage colour' }).click()
    await toolbar.getByRole('button', { name: 'Pink' }).click()
    await settle(page)
    expect((await readDb<Stage>(page, 'stages')).find((r) => r.id === band.stageId)?.color).toBe('#fce7f3')
  })

  it('drags the first lane below the third', async () => {
    const { page } = session.app
    const s = await scene(page)
    const [first, second, third] = s.grid.rows
    const from = s.toPage({ x: s.grid.laneTitleX + 60, y: first!.y + 30 })
    const to = s.toPage({ x: s.grid.laneTitleX + 60, y: third!.y + third!.height * 0.75 })
    await drag(page, from, to)
    await settle(page)
    const [map] = await readDb<JourneyMap>(page, 'maps')
    expect(map!.laneIds.slice(0, 3)).toEqual([second!.laneId, third!.laneId, first!.laneId])
    expect(map!.laneIds).toHaveLength(s.map.laneIds.length)
  })

  it('widens a step by dragging the right edge of its header', async () => {
    const { page } = session.app
    const s = await scene(page)
    const column = s.grid.columns[0]!
    const start = s.toPage({ x: column.x + column.width - 1, y: LAYOUT.stageHeaderHeight + 12 })
    const before = s.steps[column.stepId]!.width
    widthBeforeDrag = before
    await drag(page, start, { x: start.x + 100, y: start.y })
    await settle(page)
    expect((await readDb<Step>(page, 'steps')).find((r) => r.id === column.stepId)?.width).toBe(before + Math.round(100 / s.viewport.zoom))
  })

  it('collapses a lane with the chevron in its title', async () => {
    const { page } = session.app
    const s = await scene(page)
    const row = s.grid.rows[1]!
    const chevron = laneChevronRect(s.grid, row)
    const at = s.toPage({ x: chevron.x + chevron.width / 2, y: chevron.y + chevron.height / 2 })
    await page.mouse.move(at.x, at.y)
    await page.mouse.click(at.x, at.y)
    await settle(page)
    expect((await readDb<Lane>(page, 'lanes')).find((r) => r.id === row.laneId)?.collapsed).toBe(true)
  })

  it('zooms to a stage from its toolbar and with Alt and the stage number', async () => {
    const { page } = session.app
    const zoom = page.getByRole('toolbar', { name: 'Zoom' })
    const start = await scene(page)
    // The whole map first, as a facilitator would, to pick the stage to look at.
    await zoom.getByRole('button', { name: 'Zoom to fit' }).click()
    await expect.poll(async () => (await savedViewport(page, start.map.id))?.zoom, { timeout: 5_000 }).toBeLessThan(1)
    // A new map opens fitted already: the zoom alone does not show the fit's view has been saved.
    await page.waitForTimeout(700)
    const s = await scene(page)
    const band = s.grid.stages[1]!
    await hoverHeader(page, s, band)
    const toolbar = page.getByRole('toolbar', { name: `Stage ${isolated(s.stages[band.stageId]!.title)}` })
    await toolbar.getByRole('button', { name: 'Zoom to this stage' }).click()
    const box = (await page.getByTestId('board').boundingBox())!
    const centred = async (stage: number) => {
      const vp = await savedViewport(page, s.map.id)
      const b = s.grid.stages[stage]!
      // The view's middle is the stage's middle.
      return vp ? Math.abs(vp.x + box.width / 2 / vp.zoom - (b.x + b.width / 2)) < 2 : false
    }
    await expect.poll(() => centred(1), { timeout: 5_000 }).toBe(true)
    await page.getByTestId('board').focus()
    await page.keyboard.press('Alt+3')
    await expect.poll(() => centred(2), { timeout: 5_000 }).toBe(true)
    const percent = zoom.getByRole('button', { name: /^Zoom \d+%, reset to 100%$/ })
    expect(await percent.textContent()).toMatch(/^\d+%$/)
    await percent.click()
    await expect.poll(() => percent.textContent()).toBe('100%')
  })

  it('undoes the collapse and the resize, then redoes them', async () => {
    const { page } = session.app
    const s = await scene(page)
    const column = s.grid.columns[0]!
    const collapsed = Object.values(s.lanes).find((l) => l.collapsed)!
    const widened = s.steps[column.stepId]!.width
    await page.getByTestId('board').focus()
    await page.keyboard.press('ControlOrMeta+z')
    await page.keyboard.press('ControlOrMeta+z')
    await settle(page)
    expect((await readDb<Lane>(page, 'lanes')).find((r) => r.id === collapsed.id)?.collapsed).toBe(false)
    expect((await readDb<Step>(page, 'steps')).find((r) => r.id === column.stepId)?.width).toBe(widthBeforeDrag)
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await settle(page)
    expect((await readDb<Lane>(page, 'lanes')).find((r) => r.id === collapsed.id)?.collapsed).toBe(true)
    expect((await readDb<Step>(page, 'steps')).find((r) => r.id === column.stepId)?.width).toBe(widened)
  })

  it('finds every change after a restart and shows it on the board', async () => {
    const before = await scene(session.app.page)
    await session.restart()
    const { page } = session.app
    await page.getByTestId('board').waitFor({ timeout: 15_000 })
    await expect.poll(() => page.getByRole('textbox', { name: 'Stage 1 title' }).inputValue(), { timeout: 15_000 }).toBe('Discover')
    const after = await scene(page)
    expect(after.map.laneIds).toEqual(before.map.laneIds)
    expect(after.stages).toEqual(before.stages)
    expect(after.steps).toEqual(before.steps)
    expect(after.lanes).toEqual(before.lanes)
    const first = after.stages[after.map.stageIds[0]!]!
    expect(after.steps[first.stepIds[1]!]!.title).toBe('Reads reviews')
    expect(first.color).toBe('#fce7f3')
    expect(Object.values(after.lanes).filter((l) => l.collapsed)).toHaveLength(1)
    // The first stage filling the board, with the minimap and zoom controls in their corner.
    await page.getByTestId('board').focus()
    await page.keyboard.press('Alt+1')
    await expect.poll(async () => (await savedViewport(page, after.map.id))?.zoom, { timeout: 5_000 }).not.toBe(after.viewport.zoom)
    expect(await page.getByRole('img', { name: 'Minimap of the whole map' }).isVisible()).toBe(true)
    await page.mouse.move(0, 0)
    const shot = await screenshot(page, 'board-grid')
    expect(existsSync(shot)).toBe(true)
  })
})
