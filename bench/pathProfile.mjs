// What one input path of the board bench spends its slow frames on: the map of one size opened as
// run.mjs opens it, then one path (wheel pan at 100%, pinch, or space-drag at fit) run under a CPU
// profile and a Chromium trace. Prints each run's frame statistics, the functions with the most self
// time, and for the slowest frames the main thread's top-level work in them (script, layout, paint,
// GC) read from the trace, so a slow frame is explained by a profile, not a guess.
// Options: --size=2000 --scene=grid|free --path=pinch|wheel|fit --slowest=8, --all (every trace event
// in those frames, nested ones too), --perframe (instead: every frame as "ms:canvases handed to the
// compositor", in order).
// JOURNEYBOARD_OUT_DIR picks the build (default out), JOURNEYBOARD_BENCH_PORT the port (default 5309).
import { join } from 'node:path'
import { pinchPath, spaceDragPath, wheelPath } from './paths.mjs'
import { hottest, sourceOf } from './profile.mjs'
import { buildReference } from './reference/build.mjs'
import { fittedView, layoutInBrowser, loadFixtures, openBench, openMap, ROOT, startServer, START_VIEW } from './session.mjs'
import { frameStats, percentile, round1 } from './stats.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=')
    return [key, value ?? true]
  }),
)
const SIZE = Number(args.size ?? 2000)
const SCENE = String(args.scene ?? 'grid')
const PATH = String(args.path ?? 'pinch')
const SLOWEST = Number(args.slowest ?? 8)
const PORT = Number(process.env.JOURNEYBOARD_BENCH_PORT || 5309)
const REFERENCE = join(ROOT, 'test-results', 'bench-reference-profile')
const log = (...parts) => console.error(...parts)

/** Trace events of the main thread's top-level tasks worth naming in a frame. */
const NAMED = new Set(['FireAnimationFrame', 'FunctionCall', 'EventDispatch', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'CompositeLayers', 'Commit', 'RasterTask', 'ParseHTML', 'RunMicrotasks', 'v8.execute', 'FireIdleCallback', 'ScheduleStyleRecalculation', 'UpdateLayer', 'BeginMainThreadFrame'])

async function traced(page, act) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,cc,gpu', transferMode: 'ReportEvents' })
  await cdp.send('Profiler.start')
  const result = await act()
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Tracing.end')
  await done
  await cdp.detach().catch(() => {})
  return { result, profile, events }
}

/** The main renderer thread's complete events between the rAF callbacks that bound the slowest frames. */
function frameWork(events, slowest) {
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X').sort((a, b) => a.ts - b.ts)
  if (!frames.length) return ['(no FireAnimationFrame events in the trace)']
  const { pid, tid } = frames[0]
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts)
  const others = events.filter((e) => e.pid === pid && e.tid !== tid && e.ph === 'X' && e.dur > 1000)
  // Gaps longer than this are the pauses between a path's segments, not frames.
  const gaps = frames.slice(1).map((f, k) => ({ from: frames[k].ts, to: f.ts, ms: (f.ts - frames[k].ts) / 1000 })).filter((g) => g.ms < 400)
  const out = []
  // A canvas drawn since the last frame is copied for the compositor (software: ~2.5 ms a 512 px tile here).
  const handedOver = (gap) => main.filter((e) => e.ts >= gap.from && e.ts < gap.to && e.name === 'Canvas2DResourceProviderSharedImage::ProduceCanvasResource')
  if (args.perframe) return [gaps.map((gap) => `${Math.round(gap.ms)}:${handedOver(gap).filter((e) => e.dur > 1000).length}`).join(' ')]
  // The probe dispatches each step's event in its frame callback: a frame without one is a pause (a
  // segment's end, the settle after it), which the bench does not count.
  const stepFrames = gaps.filter((gap) => main.some((e) => e.name === 'EventDispatch' && e.ts >= gap.from && e.ts < gap.to))
  for (const gap of [...stepFrames].sort((a, b) => b.ms - a.ms).slice(0, slowest)) {
    const inside = main.filter((e) => e.ts >= gap.from && e.ts < gap.to)
    const byName = new Map()
    for (const e of inside) if (NAMED.has(e.name) || args.all) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000)
    const off = new Map()
    for (const e of others.filter((x) => x.ts >= gap.from && x.ts < gap.to)) off.set(e.name, (off.get(e.name) ?? 0) + e.dur / 1000)
    // A script task is named by the function it ran (mapped to its source with a --sourcemap build).
    for (const e of inside) {
      const d = e.args?.data
      if (e.name !== 'FunctionCall' || !d?.url) continue
      const key = `  ↳ ${sourceOf({ url: d.url, functionName: d.functionName ?? '', lineNumber: (d.lineNumber ?? 1) - 1, columnNumber: (d.columnNumber ?? 1) - 1 })}`
      byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000)
    }
    const busy = [...byName].sort((a, b) => b[1] - a[1]).slice(0, args.all ? 25 : 12).map(([n, ms]) => `${n} ${round1(ms)}`).join(', ')
    const elsewhere = [...off].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${round1(ms)}`).join(', ')
    const canvases = handedOver(gap).map((e) => round1(e.dur / 1000))
    out.push(`${round1(gap.ms)} ms frame: main ${busy || 'idle'}${elsewhere ? `; other threads ${elsewhere}` : ''}; canvases handed to the compositor (ms) [${canvases.join(' ')}]`)
  }
  return out
}

async function main() {
  const { build, fixtures } = await loadFixtures()
  const math = { fitViewport: fixtures.fitViewport, panBy: fixtures.panBy, zoomAround: fixtures.zoomAround, wheelZoomFactor: fixtures.wheelZoomFactor }
  const server = await startServer(PORT)
  const layout = await layoutInBrowser(await buildReference(REFERENCE), PORT + 2)
  const bench = await openBench(server)
  try {
    const fixture = await build(SIZE, layout.layout, SCENE)
    const board = await openMap(bench, fixture)
    const { page } = bench
    let segments
    // No mid-path guards: their held frames and pixel reads would show in the trace as frames.
    if (PATH === 'fit') segments = spaceDragPath(fixture, board, await fittedView(bench, fixture, board), false)
    else segments = (PATH === 'wheel' ? wheelPath : pinchPath)(fixture, board, START_VIEW, math, false)
    const { result, profile, events } = await traced(page, async () => {
      const all = []
      for (const seg of segments) {
        const { intervals } = await page.evaluate((steps) => window.__journeyboardBench.run({ steps }), seg.steps)
        all.push(...intervals.filter((_, k) => seg.steps[k].t !== 'hold' && seg.steps[k].t !== 'check'))
        await page.waitForTimeout(600)
      }
      return all
    })
    const stats = frameStats(result.slice(1))
    log(`${SIZE} ${SCENE}, ${PATH}: ${stats.frames} frames, p95 ${round1(stats.p95)} ms, max ${round1(stats.max)} ms`)
    log(`  frame time percentiles 10/25/50/75/90: ${[10, 25, 50, 75, 90].map((p) => round1(percentile(result.slice(1), p))).join(' / ')} ms`)
    log(`hottest (self time):\n  ${hottest(profile, 25).join('\n  ')}`)
    log(`slowest frames (trace, main thread):\n  ${frameWork(events, SLOWEST).join('\n  ')}`)
    if (bench.errors.length) throw new Error(`the page reported errors:\n${bench.errors.join('\n')}`)
  } finally {
    await bench.close()
    await server.close()
    await layout.close()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
