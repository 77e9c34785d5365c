// Edit and import latency on the benchmark's maps, alone (run.mjs calls the same measurements):
// typing in a card (key to screen, Enter to stored) and importing the map as a `.journey` file
// through the Import dialog. One JSON row per size. See bench/EDITS.md.
// Options: --sizes=500,2000,10000 --repeat=3 --only=typing|import --profile (CPU profiles of one
// more run of each, after the measured ones: the hottest functions by self time).
// JOURNEYBOARD_OUT_DIR picks the build (default out), JOURNEYBOARD_BENCH_PORT the port (default 5307).
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { measureTyping } from './edits.mjs'
import { measureImport } from './importTime.mjs'
import { profiled } from './profile.mjs'
import { buildReference } from './reference/build.mjs'
import { fittedView, layoutInBrowser, loadFixtures, openBench, openMap, ROOT, startServer } from './session.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=')
    return [key, value ?? true]
  }),
)
const SIZES = String(args.sizes ?? '500,2000,10000').split(',').map(Number)
const REPEAT = Math.max(1, Number(args.repeat ?? 3))
const ONLY = args.only ?? null
const PORT = Number(process.env.JOURNEYBOARD_BENCH_PORT || 5307)
/** Where bench/reference is built: its layout page lays the maps out as the board does. */
const REFERENCE = join(ROOT, 'test-results', 'bench-reference-edits')
/** The bars (issue 14). */
const BARS = { typeP95Ms: 16.7, enterSavedMs: 50, importMs: { 10000: 1500 } }

const log = (...parts) => console.error(...parts)

function missed(row) {
  const out = []
  if (row.typeP95Ms > BARS.typeP95Ms) out.push(`typeP95Ms ${row.typeP95Ms} > ${BARS.typeP95Ms}`)
  if (row.enterSavedMs > BARS.enterSavedMs) out.push(`enterSavedMs ${row.enterSavedMs} > ${BARS.enterSavedMs}`)
  const importBar = BARS.importMs[row.cards]
  if (importBar !== undefined && row.importMs > importBar) out.push(`importMs ${row.importMs} > ${importBar}`)
  return out
}

async function measureSize(server, fixture) {
  const bench = await openBench(server)
  const { context, page, errors } = bench
  try {
    const load = loadavg()[0]
    const board = await openMap(bench, fixture)
    const row = { cards: fixture.cards }
    const detail = {}
    const profiles = {}
    const inclusives = {}
    if (ONLY !== 'import') {
      const typing = await measureTyping({ page, fixture, board, repeat: REPEAT })
      Object.assign(row, { typeP95Ms: typing.typeP95Ms, typeMaxMs: typing.typeMaxMs, typeFrameMaxMs: typing.typeFrameMaxMs, typeFrameMedianMs: typing.typeFrameMedianMs, enterSavedMs: typing.enterSavedMs, enterStatusSavedMs: typing.enterStatusSavedMs, enterFrameMaxMs: typing.enterFrameMaxMs })
      detail.typingRuns = typing.typingRuns
      if (args.profile) {
        const wrap = async (phase, act) => {
          const { hottest, inclusive } = await profiled(page, act, 30)
          profiles[phase] = hottest
          inclusives[phase] = inclusive
        }
        await measureTyping({ page, fixture, board, repeat: 1, wrap })
      }
    }
    if (ONLY !== 'typing') {
      const view = await fittedView(bench, fixture, board)
      const imported = await measureImport({ context, page, server, fixture, view, repeat: REPEAT, board })
      Object.assign(row, { importMs: imported.importMs, importSavedMs: imported.importSavedMs, importFrameMaxMs: imported.importFrameMaxMs })
      Object.assign(detail, { importRuns: imported.importRuns, importPhases: imported.importPhases })
      if (args.profile) {
        const wrap = async (act) => {
          const { hottest } = await profiled(page, act)
          profiles.import = hottest
        }
        await measureImport({ context, page, server, fixture, view, repeat: 1, board, wrap })
      }
    }
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`)
    return { row: { ...row, load: Number(load.toFixed(2)) }, detail, profiles, inclusives }
  } finally {
    await bench.close()
  }
}

async function main() {
  const fixtures = await loadFixtures()
  const server = await startServer(PORT)
  const layout = await layoutInBrowser(await buildReference(REFERENCE), PORT + 2)
  try {
    for (const cards of SIZES) {
      const fixture = await fixtures.build(cards, layout.layout)
      log(`${cards.toLocaleString('en')} cards, ${REPEAT} run(s)…`)
      const { row, detail, profiles, inclusives } = await measureSize(server, fixture)
      console.log(JSON.stringify(row))
      log(`  ${JSON.stringify(detail)}`)
      for (const [what, hot] of Object.entries(profiles)) log(`  hottest (self time) while ${what}:\n    ${hot.join('\n    ')}`)
      for (const [what, fns] of Object.entries(inclusives)) log(`  the app's functions while ${what} (inclusive):\n    ${fns.join('\n    ')}`)
      const over = missed(row)
      if (over.length) log(`  bars missed: ${over.join('; ')}`)
    }
  } finally {
    await server.close()
    await layout.close()
    log(`Load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores.`)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
