// Runs one input path (paths.mjs) on a page, segment by segment, and turns what the probe saw into
// frame statistics. The same runner drives the app and the reference scene; only `target` differs:
// how the page proves its view reached a segment's end (the app's saved view, or the reference's
// own), and what it is called in messages.
import { appendFileSync } from 'node:fs'
import { assertDrawn, samplesIn } from './appPage.mjs'
import { frameStats, median, percentile, round1 } from './stats.mjs'

/**
 * The pause at each turning point of a path, as a person's at the far end of a map. The app's
 * pause lasts longer: its view is confirmed from what it saves, 400 ms after the view stops.
 */
const TURN_MS = 300

/**
 * One run of `segments` on `target` ({ page, name, confirmView(view, what) }). Returns the frame
 * statistics of the counted frames: every step's frame except the path's very first move (the issue
 * bars "no frame over 50 ms after the first") and the held frames and pixel checks of the
 * mid-path guards. The max is over all of them; the p95 over the frames of steps that move the
 * view (a wheel, a pointer move). Space and the press and release around a drag change nothing on
 * screen, so their frame lasts one tick of the page's idle frame clock (17.0-17.6 ms in headless
 * Chromium, measured here as `clockMs` from the warm-up frames): a stroke at fit is about 36 moves
 * and these four frames, which alone put its p95 at the clock. Throws when a guard sees no cards or the
 * view did not go where the input says.
 */
export async function runPath(target, segments, { fixture, board, what, shot }) {
  const { page } = target
  await assertDrawn(page, samplesIn(fixture, segments[0].from, board), `${target.name}, ${what}: before the path`)
  const counted = []
  const moving = []
  const idle = []
  let worst = { ms: 0, where: '' }
  let first = true
  for (const [s, seg] of segments.entries()) {
    const { intervals, idle: clock, checks } = await page.evaluate((steps) => window.__journeyboardBench.run({ steps }), seg.steps)
    idle.push(...clock)
    if (intervals.length !== seg.steps.length) throw new Error(`${target.name}, ${what}: ${intervals.length} frames for ${seg.steps.length} steps`)
    seg.steps.forEach((step, k) => {
      if (step.t === 'hold' || step.t === 'check') return
      if (first && (step.t === 'wheel' || step.type === 'pointermove')) {
        first = false
        return
      }
      counted.push(intervals[k])
      if (step.t === 'wheel' || step.type === 'pointermove') moving.push(intervals[k])
      if (intervals[k] > worst.ms) worst = { ms: intervals[k], where: `${seg.label}, frame ${k + 1} of ${seg.steps.length} (${step.t}${step.type ? ` ${step.type}` : ''})` }
    })
    for (const c of checks) {
      if (!c.ok) throw new Error(`${target.name}, ${c.label}: only ${c.hits} of ${c.of} sampled cards not under the pinned headers show their colour; the board shows no cards while it pans`)
    }
    await page.waitForTimeout(TURN_MS)
    await target.confirmView(seg.to, `${what}, ${seg.label}`)
    // The end of a segment may be past the map's edge (a stroke at fit moves the map a board width): no card to check there.
    const end = samplesIn(fixture, seg.to, board, { optional: true })
    if (end.length) await assertDrawn(page, end, `${target.name}, ${what}: after "${seg.label}"`)
    if (shot && s === 0) await page.screenshot({ path: shot })
  }
  // A p95 alone hides whether every frame got dearer or a few much dearer: the whole distribution, on request.
  if (process.env.JOURNEYBOARD_BENCH_FRAMES) appendFileSync(process.env.JOURNEYBOARD_BENCH_FRAMES, `${JSON.stringify({ target: target.name, what, frames: moving.map(round1) })}\n`)
  return { ...frameStats(counted), p95: percentile(moving, 95), clockMs: median(idle), worst }
}

/** `repeat` runs of a path, with a progress line per run; the runs' statistics (see stats.acrossRuns). */
export async function repeatPath(target, build, options, { repeat, log }) {
  const runs = []
  for (let i = 0; i < repeat; i++) {
    const started = Date.now()
    const segments = build()
    const run = await runPath(target, segments, { ...options, shot: i === 0 ? options.shot : undefined })
    runs.push(run)
    log(`    ${target.name} ${options.what} ${i + 1}/${repeat}: ${run.frames} frames, p95 ${round1(run.p95)} ms, max ${round1(run.max)} ms (${run.worst.where}), ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  return runs
}
