import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card, CardId, JourneyDoc, JourneyMap, Lane, LaneId, Link, LinkId, Stage, StageId, Step, StepId } from '../../src/domain'
import type { Point, Rect } from '../../src/domain/layout'
import { readDb } from './harness'

export interface Viewport {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

export interface PrefRow {
  key: string
  value: unknown
}

/** The stored rows of one map in `table`. */
export async function rowsOf<T extends { mapId: string }>(page: Page, table: string, mapId: string): Promise<T[]> {
  return (await readDb<T>(page, table)).filter((r) => r.mapId === mapId)
}

/** The first stored map, the one a spec with a single map has open. */
export async function firstMap(page: Page): Promise<JourneyMap> {
  const [map] = await readDb<JourneyMap>(page, 'maps')
  if (!map) throw new Error('no map stored')
  return map
}

/**
 * A stored map as a document, read straight from IndexedDB: its grid, cards and links (the
 * workshop's personas, jobs and the emotion points stay empty, as no layout needs them).
 */
export async function storedDoc(page: Page, map: JourneyMap): Promise<JourneyDoc> {
  const byId = async <T extends { id: string; mapId: string }>(table: string) => Object.fromEntries((await rowsOf<T>(page, table, map.id)).map((r) => [r.id, r]))
  return {
    map,
    stages: (await byId<Stage>('stages')) as Record<StageId, Stage>,
    steps: (await byId<Step>('steps')) as Record<StepId, Step>,
    lanes: (await byId<Lane>('lanes')) as Record<LaneId, Lane>,
    cards: (await byId<Card>('cards')) as Record<CardId, Card>,
    links: (await byId<Link>('links')) as Record<LinkId, Link>,
    emotions: {},
    personas: {},
    jobs: {},
    actions: {},
  }
}

export async function savedViewport(page: Page, mapId: string): Promise<Viewport | undefined> {
  return (await readDb<PrefRow>(page, 'prefs')).find((p) => p.key === `viewport:${mapId}`)?.value as Viewport | undefined
}

/** A board's view and the function from board points to page points under it. */
export interface BoardView {
  readonly viewport: Viewport
  readonly toPage: (p: Point) => Point
}

/** The board of `page` showing `viewport`: where its points are on the page. */
export async function viewOnPage(page: Page, viewport: Viewport): Promise<BoardView> {
  const box = await page.getByTestId('board').boundingBox()
  if (!box) throw new Error('the board is not on screen')
  return { viewport, toPage: (p) => ({ x: box.x + (p.x - viewport.x) * viewport.zoom, y: box.y + (p.y - viewport.y) * viewport.zoom }) }
}

/**
 * The view the board saved for a map and the function from board points to page points under it.
 * The board saves its view shortly after every change: `wait` polls for it, otherwise a missing one throws.
 */
export async function boardView(page: Page, mapId: string, { wait = true } = {}): Promise<BoardView> {
  if (!(await page.getByTestId('board').boundingBox())) throw new Error('the board is not on screen')
  if (wait) await expect.poll(() => savedViewport(page, mapId), { timeout: 5_000 }).toBeTruthy()
  const viewport = await savedViewport(page, mapId)
  if (!viewport) throw new Error('the board has not saved its view yet')
  return viewOnPage(page, viewport)
}

/** A mouse drag through the midpoint, in `steps` moves each way, as a hand moves. */
export async function drag(page: Page, from: Point, to: Point, steps = 8): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps })
  await page.mouse.move(to.x, to.y, { steps })
  await page.mouse.up()
}

/**
 * Pans the board with the mouse wheel, as a trackpad scrolls: `dx`, `dy` screen px in `steps`
 * events, the pointer over the board `down` of the way from its top (the middle unless told).
 */
export async function wheelPan(page: Page, dx: number, dy: number, steps = 8, down = 0.5): Promise<void> {
  const board = (await page.getByTestId('board').boundingBox())!
  await page.mouse.move(board.x + board.width / 2, board.y + board.height * down)
  for (let i = 0; i < steps; i++) await page.mouse.wheel(dx / steps, dy / steps)
}

/** Brings a page point to the middle of the board with the wheel. */
export async function centreOn(page: Page, at: Point): Promise<void> {
  const board = (await page.getByTestId('board').boundingBox())!
  await wheelPan(page, at.x - (board.x + board.width / 2), at.y - (board.y + board.height / 2))
}

/** Where a person double-clicks to write in a cell: the middle of its step, just below the lane's top. */
export function inCell(column: { x: number; width: number }, row: { y: number }): Point {
  return { x: column.x + column.width / 2, y: row.y + 40 }
}

/** Double-clicks a page point on the board and types a card there, as a person adds one to a cell. */
export async function typeCardAt(page: Page, at: Point, text: string): Promise<void> {
  await page.mouse.dblclick(at.x, at.y)
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await editor.waitFor()
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
  await editor.waitFor({ state: 'detached' })
}

/** Whether two rectangles share any area (touching edges do not). */
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** Whether `a` lies within `b`, give or take half a pixel of rounding. */
export const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5

/** The controls floating over the board (tool bar, zoom corner, scrollbars), where the page shows them (a hidden one is empty). */
export function boardChrome(page: Page): Promise<(Rect & { name: string })[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-board-chrome]')].map((el) => {
      const r = el.getBoundingClientRect()
      return { name: el.className, x: r.x, y: r.y, width: r.width, height: r.height }
    }),
  )
}
