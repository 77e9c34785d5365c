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
import { assertDrawn, boardBox, expectFittedView, START_VIEW, writeMap } from './appPage.mjs'
import { cardsInside, samplesIn } from './paths.mjs'

export { cardsInside, samplesIn, START_VIEW }

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

/**
 * The generated maps (fixture.ts) and their `.journey` text (journeyFile.ts), bundled for Node by
 * Vite so they use the app's own factories, layout and serializer. `build(cards)` gives a fixture
 * with `fitViewport` and a lazy `journeyText()`.
 */
export async function loadFixtures() {
  const load = (file) => runnerImport(join(ROOT, file), { configFile: false, root: ROOT, logLevel: 'error' }).then((r) => r.module)
  const [fixtures, files] = await Promise.all([load('bench/fixture.ts'), load('bench/journeyFile.ts')])
  return {
    fixtures,
    /** A fixture laid out as the board draws it (`layout`, from layoutInBrowser), with its `.journey` text. */
    async build(cards, layout, scene = 'grid') {
      const generated = fixtures.buildFixture(cards, scene)
      const text = files.journeyFileText(generated)
      return { ...fixtures.withLayout(generated, await layout(text)), fitViewport: fixtures.fitViewport, journeyText: () => text }
    },
  }
}

/**
 * Lays maps out with the app's own code in a headless Chromium, on the page bench/reference builds
 * (layout.ts), so the bench aims at the cards the board draws: cards grow to their text, measured
 * in the bundled fonts. `referenceDir` holds that build. Returns `layout(journeyText)` and `close()`.
 */
export async function layoutInBrowser(referenceDir, port) {
  const server = await createStaticServer({ root: referenceDir, host: HOST, port })
  const profile = await mkdtemp(join(tmpdir(), 'journeyboard-bench-layout-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: WINDOW })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}/layout.html`, { waitUntil: 'load' })
  await page.waitForFunction(() => typeof window.__benchLayout === 'function')
  return {
    layout: (journeyText) => page.evaluate((text) => window.__benchLayout(text), journeyText),
    async close() {
      await context.close()
      await server.close()
      await rm(profile, { recursive: true, force: true })
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
 * Writes the map, installs the probe (bench/probe.mjs) and reloads: the app reopens the map like
 * after a restart. Resolves once sampled cards show their colour; returns the board's size.
 */
export async function openMap(bench, fixture) {
  const { context, page } = bench
  await writeMap(page, fixture, START_VIEW)
  await context.addInitScript(installProbe, { samples: samplesIn(fixture, START_VIEW, { width: 700, height: 500 }, { count: 6 }) })
  await page.reload({ waitUntil: 'load' })
  await page.waitForFunction(() => window.__journeyboardBench?.firstCardsAt !== null, null, { timeout: 60_000, polling: 50 })
  const board = await boardBox(page)
  await assertDrawn(page, samplesIn(fixture, START_VIEW, board), `${fixture.cards} cards at 100%`)
  return board
}

/**
 * The view zoom to fit gives on this board (Shift+1, as a person presses it): a map without a
 * saved view, as a fresh import is, opens at it. Leaves the open map at that view.
 */
export async function fittedView(bench, fixture, board) {
  await bench.page.keyboard.press('Shift+Digit1')
  return expectFittedView(bench.page, fixture, board, 'Shift+1 (zoom to fit)')
}
