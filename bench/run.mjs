// npm run bench: opens generated maps (a journey grid and free sticky notes, 500, 2,000 and 10,000
// cards) in the built app in headless Chromium and measures first render, panning and zooming with
// real input across the whole map at 100% and zoomed to fit, a card drag and the JS heap; then runs
// the same input on a plain react-konva reference scene holding the same cards. See bench/README.md.
// Options: --sizes=500,2000 (a subset), --scenes=grid,free, --repeat=N (runs of each measurement,
// default 3; medians are reported), --speed=<px per frame> (wheel pan, default 60), --out=<file>.
import { mkdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStaticServer } from '../scripts/staticServer.mjs'
import { CHROMIUM_ARGS } from '../scripts/chromiumArgs.mjs'
import { measureTyping } from './edits.mjs'
import { measureImport } from './importTime.mjs'
import { measureRow } from './measureRow.mjs'
import { fittedView, layoutInBrowser, loadFixtures, openBench, openMap } from './session.mjs'
import { MOTION } from './paths.mjs'
import { buildReference } from './reference/build.mjs'
import { formatTable, missedBars } from './stats.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RENDERER = join(resolve(ROOT, process.env.JOURNEYBOARD_OUT_DIR ?? 'out'), 'renderer')
const REFERENCE = join(ROOT, 'test-results', 'bench-reference')
const HOST = '127.0.0.1'
/** Fixed: IndexedDB belongs to the origin, and a fixed origin keeps runs comparable. The reference scene is served on the next port. */
const PORT = Number(process.env.JOURNEYBOARD_BENCH_PORT || 5305)
/** A projector's 1080p: the board gets what the top bar and the side panels leave of it. */
const WINDOW = { width: 1920, height: 1080 }
const BROWSER = {
  executable: process.env.JOURNEYBOARD_CHROMIUM || '/usr/bin/chromium',
  // rAF then runs as fast as the page can draw, so an interval is the frame's real cost.
  args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  window: WINDOW,
}

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')))
const SIZES = (args.sizes ?? '500,2000,10000').split(',').map(Number)
const SCENES = (args.scenes ?? 'grid,free').split(',')
const RESULTS = resolve(ROOT, args.out ?? 'bench/results.json')
const REPEAT = Math.max(1, Number(args.repeat ?? 3))
if (args.speed) MOTION.wheelSpeed = Number(args.speed)
/** What the board looked like when it was measured: a fast board must still look right. */
const SHOTS = join(ROOT, 'test-results', 'screenshots')

const log = (...parts) => console.log(...parts)

/** Typing in a card (key to screen, Enter to stored), on the map open at 100%: bench/edits.mjs. */
async function typing({ page, fixture, board }) {
  const t = await measureTyping({ page, fixture, board, repeat: REPEAT })
  log(`    app typing: p95 ${t.typeP95Ms} ms, max ${t.typeMaxMs} ms; Enter to stored ${t.enterSavedMs} ms`)
  return { typeP95Ms: t.typeP95Ms, typeMaxMs: t.typeMaxMs, enterSavedMs: t.enterSavedMs }
}

/** The map as a .journey file through the Import dialog, in a fresh profile: bench/importTime.mjs. */
async function importing(fixture, server) {
  const bench = await openBench(server, { args: BROWSER.args, window: WINDOW })
  try {
    const board = await openMap(bench, fixture)
    const view = await fittedView(bench, fixture, board)
    const imported = await measureImport({ context: bench.context, page: bench.page, server, fixture, view, repeat: REPEAT, board })
    log(`    app import: ${imported.importRuns.join(' / ')} ms to cards on screen (${imported.importSavedMs} ms to Saved), worst frame ${imported.importFrameMaxMs} ms`)
    if (bench.errors.length) throw new Error(`the page reported errors while importing:\n${bench.errors.join('\n')}`)
    return { importMs: imported.importMs, importSavedMs: imported.importSavedMs, importFrameMaxMs: imported.importFrameMaxMs }
  } finally {
    await bench.close()
  }
}

async function main() {
  const started = Date.now()
  const [load] = loadavg()
  if (load > 1.5) log(`Load average ${load.toFixed(1)} on ${cpus().length} cores: other work is running, frame times will be noisy.`)
  for (const scene of SCENES) if (scene !== 'grid' && scene !== 'free') throw new Error(`unknown scene ${scene}: grid or free`)
  await mkdir(SHOTS, { recursive: true })
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error(`${RENDERER} has no build: run npm run build first (npm run bench does)`)
  log('Building the reference scene (bench/reference)…')
  await buildReference(REFERENCE)
  const { fixtures, build } = await loadFixtures()
  const layout = await layoutInBrowser(REFERENCE, PORT + 2)
  const math = { fitViewport: fixtures.fitViewport, panBy: fixtures.panBy, zoomAround: fixtures.zoomAround, wheelZoomFactor: fixtures.wheelZoomFactor }
  const app = await createStaticServer({ root: RENDERER, host: HOST, port: PORT })
  const reference = await createStaticServer({ root: REFERENCE, host: HOST, port: PORT + 1 })
  const env = { browser: BROWSER, appUrl: app.url, referenceUrl: reference.url, repeat: REPEAT, math, shots: SHOTS }
  const rows = []
  try {
    for (const cards of SIZES) {
      for (const scene of SCENES) {
        const fixture = await build(cards, layout.layout, scene)
        log(`${cards.toLocaleString('en')} cards, ${scene} (${fixture.drawn.length} drawn), ${((Date.now() - started) / 60000).toFixed(1)} min in…`)
        // Typing and import are the grid's: free notes are typed into the same text box, and the import file is the grid map.
        const row = await measureRow(fixture, { ...env, extras: scene === 'grid' ? [typing] : [] }, log)
        // A failed import measurement is reported in the row, not allowed to lose the row's other numbers.
        if (scene === 'grid') Object.assign(row, await importing(fixture, app).catch((error) => ({ importError: error instanceof Error ? error.message : String(error) })))
        rows.push(row)
        // Written after every row, so a long run that fails late keeps what it measured.
        await writeFile(RESULTS, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`)
      }
    }
  } finally {
    await app.close()
    await reference.close()
    await layout.close()
  }
  log(`\n${formatTable(rows)}\n`)
  log(`Window ${WINDOW.width}x${WINDOW.height}, headless Chromium, software canvas, medians of ${REPEAT} runs, ${((Date.now() - started) / 60000).toFixed(1)} min. Results in ${RESULTS}`)
  const missed = missedBars(rows)
  log(missed.length ? `Bars missed:\n  ${missed.join('\n  ')}` : 'All bars met.')
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
