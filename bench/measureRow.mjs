// One row of bench/results.json: a map of one size and scene, measured in the built app and then
// in the reference scene, each in its own fresh Chromium profile. See bench/README.md.
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { assertDrawn, boardBox, dragPlan, expectFittedView, expectSavedView, heapMiB, readSavedView, sameView, samplesIn, START_VIEW, waitForPlace, writeMap } from './appPage.mjs'
import { pinchPath, spaceDragPath, stepsOf, wheelPath } from './paths.mjs'
import { repeatPath } from './pathRunner.mjs'
import { installProbe } from './probe.mjs'
import { acrossRuns, frameStats, median, round1 } from './stats.mjs'

const DRAG_FRAMES = 120

/**
 * Opens a fresh profile, runs `work(page, context)` and always closes it. Page errors and console
 * errors fail the measurement: a board that throws is not measured.
 */
async function withBrowser(browser, work) {
  const profile = await mkdtemp(join(tmpdir(), 'journeyboard-bench-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: browser.executable, headless: true, args: browser.args, viewport: browser.window, locale: 'en-US' })
  const errors = []
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    const result = await work(page, context)
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
    return result
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}

async function measureApp(fixture, env, log) {
  const { repeat, math, shots } = env
  const name = `${fixture.scene}-${fixture.cards}`
  return withBrowser(env.browser, async (page, context) => {
    // First start on an empty profile: the app creates its database.
    await page.goto(`${env.appUrl}/`, { waitUntil: 'load' })
    await page.waitForSelector('.app', { timeout: 30_000 })
    await writeMap(page, fixture, START_VIEW)

    // The samples assume the board is at least this big; the real size is checked right after.
    await context.addInitScript(installProbe, { samples: samplesIn(fixture, START_VIEW, { width: 700, height: 500 }, { count: 6 }) })
    const firstRenders = []
    for (let i = 0; i < repeat; i++) {
      await page.reload({ waitUntil: 'load' })
      await page.waitForFunction(() => window.__journeyboardBench?.firstCardsAt !== null, null, { timeout: 60_000, polling: 50 })
      firstRenders.push(
        await page.evaluate(() => {
          const open = performance.getEntriesByName('journeyboard:map-open')[0]
          if (!open) throw new Error('the app set no journeyboard:map-open mark: did it open the map?')
          return window.__journeyboardBench.firstCardsAt - open.startTime
        }),
      )
    }
    log(`    app first render ${firstRenders.map(round1).join(' / ')} ms`)
    await page.waitForTimeout(1500)
    const heapMB = await heapMiB(await context.newCDPSession(page))
    const board = await boardBox(page)
    await assertDrawn(page, samplesIn(fixture, START_VIEW, board), `${fixture.cards} cards at 100%`)
    await page.screenshot({ path: join(shots, `bench-${name}-100.png`) })

    const target = { page, name: 'app', confirmView: (view, what) => expectSavedView(page, fixture.mapId, view, what) }
    const opts = { repeat, log }
    const pan = await repeatPath(target, () => wheelPath(fixture, board, START_VIEW, math), { fixture, board, what: 'wheel pan at 100%', shot: join(shots, `bench-${name}-far.png`) }, opts)
    const pinch = await repeatPath(target, () => pinchPath(fixture, board, START_VIEW, math), { fixture, board, what: 'pinch', shot: join(shots, `bench-${name}-pinched.png`) }, opts)

    // Each run drags another card and undoes the drop (Ctrl+Z), so every run starts from the generated layout.
    const used = new Set()
    const drags = []
    for (let i = 0; i < repeat; i++) {
      const plan = dragPlan(fixture, board, used)
      const intervals = await page.evaluate((p) => window.__journeyboardBench.drag(p), { from: plan.from, to: plan.to, count: DRAG_FRAMES })
      // The stored row proves the drag really moved the card (the autosave writes it after a short
      // delay), and the undo really put it back.
      const generated = fixture.tables.cards.find((c) => c.id === plan.card.id)?.place
      await waitForPlace(page, plan.card.id, plan.landed, `the dragged card did not land on ${plan.target}`)
      await page.keyboard.press('Control+z')
      await waitForPlace(page, plan.card.id, (p) => JSON.stringify(p) === JSON.stringify(generated), `Ctrl+Z did not put the dragged card back at ${JSON.stringify(generated)}`)
      drags.push(frameStats(intervals))
      log(`    app drag ${i + 1}/${repeat}: p95 ${round1(drags[i].p95)} ms, max ${round1(drags[i].max)} ms (drop included)`)
    }

    const extras = {}
    for (const extra of env.extras ?? []) Object.assign(extras, await extra({ page, context, fixture, board, view: START_VIEW }))

    // Zoom to fit the way a person does (Shift+1), then pan at that zoom. The app fits the map into
    // the board clear of its tool bar, minimap and zoom buttons, so the view is read, then checked.
    await page.keyboard.press('Shift+Digit1')
    const fitView = await expectFittedView(page, fixture, board, 'Shift+1 (zoom to fit)')
    await assertDrawn(page, samplesIn(fixture, fitView, board), `${fixture.cards} cards zoomed to fit`)
    await page.screenshot({ path: join(shots, `bench-${name}-fit.png`) })
    const panFit = await repeatPath(target, () => spaceDragPath(fixture, board, fitView), { fixture, board, what: 'space-drag at fit' }, opts)
    if (!sameView(await readSavedView(page, fixture.mapId), fitView)) throw new Error('the view did not come back to the fitted one after the space-drag path')
    return { board, fitView, firstRenders, heapMB, pan, pinch, drags, panFit, extras }
  })
}

async function measureReference(fixture, env, board, fitView, log) {
  const { repeat, math, shots } = env
  const name = `${fixture.scene}-${fixture.cards}`
  const data = {
    cards: fixture.drawn.map((c) => [c.rect.x, c.rect.y, c.rect.width, c.rect.height, c.fill, c.edge, c.textColor, c.text, c.rtl ? 1 : 0]),
    start: START_VIEW,
    fit: fitView,
    board,
  }
  return withBrowser(env.browser, async (page, context) => {
    await context.addInitScript((d) => Object.defineProperty(window, '__benchReference', { value: d }), data)
    await context.addInitScript(installProbe, null)
    await page.goto(`${env.referenceUrl}/`, { waitUntil: 'load' })
    const samples = samplesIn(fixture, START_VIEW, board)
    await page.waitForFunction((s) => window.__journeyboardBench?.drawn(s), samples, { timeout: 60_000, polling: 50 })
    await page.screenshot({ path: join(shots, `bench-${name}-ref-100.png`) })
    const confirmView = async (view, what) => {
      const seen = await page.evaluate(() => window.__referenceView)
      if (!sameView(seen, view)) throw new Error(`reference, ${what}: its view is ${JSON.stringify(seen)}, the events should have taken it to ${JSON.stringify(view)}`)
    }
    const target = { page, name: 'reference', confirmView }
    const opts = { repeat, log }
    const pan = await repeatPath(target, () => wheelPath(fixture, board, START_VIEW, math), { fixture, board, what: 'wheel pan at 100%' }, opts)
    const pinch = await repeatPath(target, () => pinchPath(fixture, board, START_VIEW, math), { fixture, board, what: 'pinch' }, opts)
    await page.keyboard.press('Shift+Digit1')
    await page.waitForTimeout(300)
    await confirmView(fitView, 'Shift+1 (zoom to fit)')
    await assertDrawn(page, samplesIn(fixture, fitView, board), `reference, ${fixture.cards} cards zoomed to fit`)
    await page.screenshot({ path: join(shots, `bench-${name}-ref-fit.png`) })
    const panFit = await repeatPath(target, () => spaceDragPath(fixture, board, fitView), { fixture, board, what: 'space-drag at fit' }, opts)
    return { pan, pinch, panFit }
  })
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100
const load1 = () => Math.round(loadavg()[0] * 100) / 100

/**
 * Measures one map (`fixture`, from fixture.buildFixture) in the app and in the reference scene.
 * env: { browser: { executable, args, window }, appUrl, referenceUrl, repeat, math (the fixture
 * module's view functions), shots (screenshot folder), extras? }. Each of `extras` is called with
 * { page, context, fixture, board, view } while the map is open at 100% and returns more fields
 * for the row. Returns the row: a plain object, so callers can spread more fields into it.
 */
export async function measureRow(fixture, env, log = console.log) {
  const loadAtStart = load1()
  const paths = { pan: stepsOf(wheelPath(fixture, { width: 1300, height: 1000 }, START_VIEW, env.math, false)) }
  log(`  ${fixture.scene}, ${fixture.cards.toLocaleString('en')} cards: ~${paths.pan} frames of wheel pan per run; app…`)
  const app = await measureApp(fixture, env, log)
  log('  reference…')
  const ref = await measureReference(fixture, env, app.board, app.fitView, log)
  const loadAtEnd = load1()
  const pan = acrossRuns(app.pan)
  const panFit = acrossRuns(app.panFit)
  const pinch = acrossRuns(app.pinch)
  const drag = acrossRuns(app.drags)
  const refPan = acrossRuns(ref.pan)
  const refPanFit = acrossRuns(ref.panFit)
  const refPinch = acrossRuns(ref.pinch)
  // The page's frame interval when nothing changes on screen: what a frame with nothing to draw takes.
  const clock = median([...app.pan, ...app.panFit, ...app.pinch].map((run) => run.clockMs))
  log(
    [
      `  board ${app.board.width}x${app.board.height}, fit zoom ${round1(app.fitView.zoom * 100)}%, idle frame clock ${round1(clock)} ms, load ${loadAtStart} → ${loadAtEnd}`,
      `p95 per run: pan ${pan.p95s.join(' / ')}, fit ${panFit.p95s.join(' / ')}, pinch ${pinch.p95s.join(' / ')}, drag ${drag.p95s.join(' / ')}; reference pan ${refPan.p95s.join(' / ')}, fit ${refPanFit.p95s.join(' / ')}`,
      `max per run: pan ${pan.maxes.join(' / ')}, fit ${panFit.maxes.join(' / ')}, pinch ${pinch.maxes.join(' / ')}, drag ${drag.maxes.join(' / ')}; reference pan ${refPan.maxes.join(' / ')}, fit ${refPanFit.maxes.join(' / ')}`,
    ].join('\n  '),
  )
  return {
    cards: fixture.cards,
    scene: fixture.scene,
    firstRenderMs: round1(median(app.firstRenders)),
    panP95Ms: round1(pan.p95),
    panMaxMs: round1(pan.max),
    panFitP95Ms: round1(panFit.p95),
    panFitMaxMs: round1(panFit.max),
    pinchP95Ms: round1(pinch.p95),
    pinchMaxMs: round1(pinch.max),
    refPanP95Ms: round1(refPan.p95),
    refPanMaxMs: round1(refPan.max),
    refPanFitP95Ms: round1(refPanFit.p95),
    refPanFitMaxMs: round1(refPanFit.max),
    refPinchP95Ms: round1(refPinch.p95),
    refPinchMaxMs: round1(refPinch.max),
    panRatio: ratio(pan.p95, refPan.p95),
    panFitRatio: ratio(panFit.p95, refPanFit.p95),
    dragP95Ms: round1(drag.p95),
    dragMaxMs: round1(drag.max),
    heapMB: round1(app.heapMB),
    frameClockMs: round1(clock),
    load: Math.max(loadAtStart, loadAtEnd),
    loadAtStart,
    loadAtEnd,
    fitZoom: Math.round(app.fitView.zoom * 10000) / 10000,
    maxPerRun: { pan: pan.maxes, panFit: panFit.maxes, pinch: pinch.maxes, drag: drag.maxes, refPan: refPan.maxes, refPanFit: refPanFit.maxes },
    ...app.extras,
  }
}
