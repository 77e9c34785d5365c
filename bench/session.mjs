// What every board benchmark needs before it measures: the built app served on a fixed origin, a
// headless Chromium on a fresh profile, the generated map written into the app's own database and
// opened the way a restart opens it, and the cards the layout puts on screen for the pixel checks.
// Taken from run.mjs so the edit and import benches open the board exactly like the pan bench.
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { runnerImport } from 'vite'
import { createStaticServer } from '../scripts/staticServer.mjs'
import { CHROMIUM_ARGS } from '../scripts/chromiumArgs.mjs'
import { installProbe } from './probe.mjs'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const RENDERER = join(resolve(ROOT, process.env.JOURNEYBOARD_OUT_DIR ?? 'out'), 'renderer')
const HOST = '127.0.0.1'
const CHROMIUM = process.env.JOURNEYBOARD_CHROMIUM || '/usr/bin/chromium'
export const BENCH_ARGS = [
  ...CHROMIUM_ARGS,
  // rAF then runs as fast as the page can draw, so an interval is the frame's real cost.
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
]
/** A projector's 1080p: the board gets what the top bar and the side panels leave of it. */
export const WINDOW = { width: 1920, height: 1080 }
/** The first view of every map: 100%, the first stage in view (the app's own default for a new map). */
export const START_VIEW = { zoom: 1, x: -24, y: -24 }

/**
 * The generated maps (fixture.ts) and their `.journey` text (journeyFile.ts), bundled for Node by
 * Vite so they use the app's own factories, layout and serializer. `build(cards)` gives a fixture
 * with `fitViewport` and a lazy `journeyText()`.
 */
export async function loadFixtures() {
  const load = (file) => runnerImport(join(ROOT, file), { configFile: false, root: ROOT, logLevel: 'error' }).then((r) => r.module)
  const [fixtures, files] = await Promise.all([load('bench/fixture.ts'), load('bench/journeyFile.ts')])
  return {
    build(cards) {
      const fixture = { ...fixtures.buildFixture(cards), fitViewport: fixtures.fitViewport }
      let text = null
      return { ...fixture, journeyText: () => (text ??= files.journeyFileText(fixture)) }
    },
  }
}

/** The build served on a fixed host and port: IndexedDB belongs to the origin. */
export async function startServer(port) {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error(`${RENDERER} has no build: run JOURNEYBOARD_OUT_DIR=… npx electron-vite build first`)
  return createStaticServer({ root: RENDERER, host: HOST, port })
}

/**
 * A fresh profile with the app started once on it (the app creates its database). Page errors and
 * console errors are collected in `errors`; `close()` ends the browser and removes the profile.
 */
export async function openBench(server, { args = BENCH_ARGS, window = WINDOW } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'journeyboard-bench-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, viewport: window, locale: 'en-US' })
  const errors = []
  const close = async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(`${server.url}/`, { waitUntil: 'load' })
    await page.waitForSelector('.app', { timeout: 30_000 })
    return { context, page, profile, errors, close }
  } catch (error) {
    await close()
    throw error
  }
}

/**
 * The fixture's rows into the database the app created, with the raw IndexedDB API: rows exactly
 * as its repositories write them, plus the prefs that make the next start reopen this map at START_VIEW.
 */
export async function writeMap(page, fixture) {
  const prefs = [
    { key: 'lastWorkshopId', value: fixture.workshop.id },
    { key: 'lastMapId', value: fixture.mapId },
    { key: `viewport:${fixture.mapId}`, value: START_VIEW },
  ]
  await page.evaluate(
    async ({ tables, prefs }) => {
      const db = await new Promise((ok, fail) => {
        const request = indexedDB.open('journeyboard')
        request.onsuccess = () => ok(request.result)
        request.onerror = () => fail(request.error)
      })
      const names = [...Object.keys(tables), 'prefs']
      const missing = names.filter((t) => !db.objectStoreNames.contains(t))
      if (missing.length) throw new Error(`the app's database has no ${missing.join(', ')} table`)
      const tx = db.transaction(names, 'readwrite')
      for (const [table, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(table).put(row)
      for (const pref of prefs) tx.objectStore('prefs').put(pref)
      await new Promise((ok, fail) => {
        tx.oncomplete = ok
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    },
    { tables: fixture.tables, prefs },
  )
}

/**
 * Writes the map, installs the probe (bench/probe.mjs) and reloads: the app reopens the map like
 * after a restart. Resolves once sampled cards show their colour; returns the board's size.
 */
export async function openMap(bench, fixture) {
  const { context, page } = bench
  await writeMap(page, fixture)
  await context.addInitScript(installProbe, { samples: samplesIn(fixture, START_VIEW, { width: 700, height: 500 }, 6) })
  await page.reload({ waitUntil: 'load' })
  await page.waitForFunction(() => window.__journeyboardBench?.firstCardsAt !== null, null, { timeout: 60_000, polling: 50 })
  const board = await boardBox(page)
  if (!board) throw new Error('no board on the page')
  await assertDrawn(page, samplesIn(fixture, START_VIEW, board), `${fixture.cards} cards at 100%`)
  return board
}

/** A card's pixel-check point on screen: bottom middle, clear of its text, border and rounded corners. */
export function samplePoint(card, view) {
  const z = view.zoom
  const { x, y, width, height } = card.rect
  return { x: (x + width / 2 - view.x) * z, y: (y + height - view.y) * z - Math.min(4, (height * z) / 2), fill: card.fill }
}

/** Cards wholly inside the board at `view`, `margin` CSS px clear of its edges. */
export function cardsInside(fixture, view, board, margin = 8) {
  const z = view.zoom
  return fixture.drawn.filter((c) => {
    const left = (c.rect.x - view.x) * z
    const top = (c.rect.y - view.y) * z
    return left >= margin && top >= margin && left + c.rect.width * z <= board.width - margin && top + c.rect.height * z <= board.height - margin
  })
}

/** Up to `count` cards spread over those fully inside the board at `view`. */
export function samplesIn(fixture, view, board, count = 10) {
  const inside = cardsInside(fixture, view, board)
  if (inside.length === 0) throw new Error(`no card of the ${fixture.cards}-card map is on screen at ${JSON.stringify(view)}`)
  const step = Math.max(1, Math.floor(inside.length / count))
  return inside.filter((_, i) => i % step === 0).slice(0, count).map((c) => samplePoint(c, view))
}

/** The board's box on the page (CSS px), or null when no board is shown. */
export async function boardBox(page) {
  return page.evaluate(() => {
    const box = document.querySelector('.konvajs-content')?.getBoundingClientRect()
    return box ? { left: box.left, top: box.top, width: box.width, height: box.height } : null
  })
}

export async function assertDrawn(page, samples, what) {
  const hits = await page.evaluate((s) => window.__journeyboardBench.matching(s), samples)
  if (hits < Math.ceil(samples.length * 0.8)) throw new Error(`${what}: only ${hits} of ${samples.length} sampled cards show their colour; the board is not drawing cards`)
  return hits
}
