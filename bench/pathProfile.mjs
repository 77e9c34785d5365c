// What one input path of the board bench spends its slow frames on: the map of one size opened as
// run.mjs opens it, then one path (wheel pan at 100%, pinch, or space-drag at fit) run under a CPU
// profile and a Chromium trace. Prints each run's frame statistics, the functions with the most self
// time, and for the slowest frames the main thread's top-level work in them (script, layout, paint,
// GC) read from the trace, so a slow frame is explained by a profile, not a guess.
// --path=open instead reloads the open map under the same profile and trace, and prints the main
// thread's tasks from the app's journeyboard:map-open mark to the first cards on screen (the bench's
// first render), each long one with the app functions it ran under (--under=react-dom names those
// of a library instead, --depth=30 lists more of them).
// Options: --size=2000 --scene=grid|free --path=pinch|wheel|fit|open|drag --slowest=8, --all (every trace event
// in those frames, nested ones too), --perframe (instead: every frame as "ms:canvases handed to the
// compositor", in order); --around=95 the frames at that percentile instead of the slowest; --depth=10 names the app functions each slowest frame ran under, --whole=40 those of the whole path; --tree=patchWorkspace what a function's time went to (any path; an anonymous one by its source, as listed: "--tree=(anonymous) src/canvas/GridLayer.tsx:18").
// --after=wheel runs the wheel pan untraced first, as the bench runs the pinch after it.
// JOURNEYBOARD_OUT_DIR picks the build (default out), JOURNEYBOARD_BENCH_PORT the port (default 5309).
import { join } from 'node:path'
import { pinchPath, spaceDragPath, wheelPath } from './paths.mjs'
import { dragPlan } from './appPage.mjs'
import { appInclusive, hottest, samples, sourceOf } from './profile.mjs'
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
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink,cc,gpu,blink.user_timing', transferMode: 'ReportEvents' })
  await cdp.send('Profiler.start')
  const result = await act()
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Tracing.end')
  await done
  await cdp.detach().catch(() => {})
  return { result, profile, events }
}

/** The main renderer thread's complete events between the rAF callbacks that bound the slowest frames. */
function frameWork(events, slowest, profile) {
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
  // --around=95: the frames at that percentile instead of the slowest (what sets the p95).
  const sorted = [...stepFrames].sort((a, b) => b.ms - a.ms)
  const from = args.around ? Math.max(0, Math.round(sorted.length * (1 - Number(args.around) / 100)) - Math.floor(slowest / 2)) : 0
  for (const gap of sorted.slice(from, from + slowest)) {
    const inside = main.filter((e) => e.ts >= gap.from && e.ts < gap.to)
    const byName = new Map()
    for (const e of inside) if (NAMED.has(e.name) || args.all) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000)
    const off = new Map()
    for (const e of others.filter((x) => x.ts >= gap.from && x.ts < gap.to)) off.set(e.name, (off.get(e.name) ?? 0) + e.dur / 1000)
    // A script task is named by the function it ran (mapped to its source with a --sourcemap build).
    for (const e of inside) {
      const script = scriptOf(e)
      if (!script) continue
      const key = `  ↳ ${script}`
      byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000)
    }
    const busy = [...byName].sort((a, b) => b[1] - a[1]).slice(0, args.all ? 25 : 12).map(([n, ms]) => `${n} ${round1(ms)}`).join(', ')
    const elsewhere = [...off].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${round1(ms)}`).join(', ')
    const canvases = handedOver(gap).map((e) => round1(e.dur / 1000))
    const under = args.depth ? `\n      ${appInclusive(profile, { from: gap.from, to: gap.to, count: Number(args.depth), under: args.under }).join('\n      ')}` : ''
    out.push(`${round1(gap.ms)} ms frame: main ${busy || 'idle'}${elsewhere ? `; other threads ${elsewhere}` : ''}; canvases handed to the compositor (ms) [${canvases.join(' ')}]${under}`)
  }
  return out
}

/** The main thread's top-level tasks from the map-open mark to the first cards drawn, in order. */
function openWork(events, from, to, profile) {
  const main = events.filter((e) => e.ph === 'X' && e.dur > 0 && e.name === 'RunTask')
  const thread = events.find((e) => e.name === 'FireAnimationFrame')
  const tasks = main.filter((e) => (!thread || (e.pid === thread.pid && e.tid === thread.tid)) && e.ts + e.dur >= from && e.ts <= to && e.dur > 1000)
  return tasks.map((task) => {
    const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts < task.ts + task.dur && e !== task)
    const byName = new Map()
    for (const e of inside) {
      const script = scriptOf(e)
      const key = script ? `↳ ${script}` : NAMED.has(e.name) || args.all ? e.name : null
      if (key) byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000)
    }
    const busy = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${round1(ms)}`).join(', ')
    // A long task's scripts are named by the app functions they ran under (a task run from a
    // promise or a message carries no script name in the trace).
    const under = task.dur > 10_000 ? `\n      ${appInclusive(profile, { from: task.ts, to: task.ts + task.dur, count: Number(args.depth ?? 6), under: args.under }).join('\n      ')}` : ''
    return `+${round1((task.ts - from) / 1000)} ms, ${round1(task.dur / 1000)} ms: ${busy}${under}`
  })
}

/**
 * What a function's time went to: over the samples with `name` on their stack, the inclusive time
 * of each function it called, directly or not (app and library code alike).
 */
function under(profile, name, count = 25) {
  const ms = new Map()
  for (const { stack, spent } of samples(profile)) {
    const at = stack.findIndex((f) => f.url && (sourceOf(f) === name || sourceOf(f).startsWith(`${name} `)))
    if (at < 0) continue
    const seen = new Set()
    for (const f of stack.slice(0, at + 1)) {
      const key = f.url ? sourceOf(f) : f.functionName || '(native)'
      if (seen.has(key)) continue
      seen.add(key)
      ms.set(key, (ms.get(key) ?? 0) + spent)
    }
  }
  return [...ms].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, v]) => `${round1(v)} ms ${key}`)
}

/** The script a trace event ran, by source line (with a --sourcemap build); null for other events. */
function scriptOf(e) {
  const d = e.args?.data
  if (e.name !== 'FunctionCall' || !d?.url) return null
  return sourceOf({ url: d.url, functionName: d.functionName ?? '', lineNumber: (d.lineNumber ?? 1) - 1, columnNumber: (d.columnNumber ?? 1) - 1 })
}

/** Reloads the open map under a CPU profile and a trace: what the first render spends its time on. */
async function profileOpen(page) {
  const { result, profile, events } = await traced(page, async () => {
    await page.reload({ waitUntil: 'load' })
    await page.waitForFunction(() => window.__journeyboardBench?.firstCardsAt !== null, null, { timeout: 60_000, polling: 50 })
    return page.evaluate(() => ({ open: performance.getEntriesByName('journeyboard:map-open')[0].startTime, cards: window.__journeyboardBench.firstCardsAt }))
  })
  log(`${SIZE} ${SCENE}, open: first cards ${round1(result.cards - result.open)} ms after journeyboard:map-open (${round1(result.open)} ms after navigation)`)
  log(`hottest (self time, whole reload):\n  ${hottest(profile, 25).join('\n  ')}`)
  // The mark is in the trace too (blink.user_timing), on the trace's clock, which the page's is not.
  const mark = events.find((e) => e.name === 'journeyboard:map-open')
  if (!mark) throw new Error('the trace holds no journeyboard:map-open mark')
  const from = mark.ts
  const to = from + (result.cards - result.open) * 1000
  log(`tasks from map-open to the first cards:\n  ${openWork(events, from, to, profile).join('\n  ')}`)
  log(`app functions in that time (inclusive):\n  ${appInclusive(profile, { from, to, count: 30, under: args.under }).join('\n  ')}`)
}

/** Three of the bench's card drags (each undone) under the profile and trace: what their slowest frames, the drop's included, spend. */
async function profileDrags(page, fixture, board) {
  const used = new Set()
  const { result, profile, events } = await traced(page, async () => {
    const all = []
    for (let i = 0; i < 3; i++) {
      const plan = dragPlan(fixture, board, used)
      all.push(...(await page.evaluate((p) => window.__journeyboardBench.drag(p), { from: plan.from, to: plan.to, count: 120 })))
      await page.waitForTimeout(800)
      await page.keyboard.press('Control+z')
      await page.waitForTimeout(800)
    }
    return all
  })
  const stats = frameStats(result)
  log(`${SIZE} ${SCENE}, drag: ${stats.frames} frames, p95 ${round1(stats.p95)} ms, max ${round1(stats.max)} ms`)
  log(`hottest (self time):\n  ${hottest(profile, 20).join('\n  ')}`)
  if (args.tree) log(`under ${args.tree}:\n  ${under(profile, args.tree, 40).join('\n  ')}`)
  log(`slowest frames (trace, main thread):\n  ${frameWork(events, SLOWEST, profile).join('\n  ')}`)
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
    if (PATH === 'open') return await profileOpen(page)
    if (PATH === 'drag') return await profileDrags(page, fixture, board)
    let segments
    // No mid-path guards: their held frames and pixel reads would show in the trace as frames.
    if (PATH === 'fit') segments = spaceDragPath(fixture, board, await fittedView(bench, fixture, board), !!args.checks)
    else segments = (PATH === 'wheel' ? wheelPath : pinchPath)(fixture, board, START_VIEW, math, !!args.checks)
    // As the bench runs them: its pinch follows a wheel pan on the same page (tiles pooled, code warm).
    if (args.after === 'wheel') {
      for (const seg of wheelPath(fixture, board, START_VIEW, math, false)) {
        await page.evaluate((steps) => window.__journeyboardBench.run({ steps }), seg.steps)
        await page.waitForTimeout(600)
      }
    }
    const { result, profile, events } = await traced(page, async () => {
      const all = []
      for (const seg of segments) {
        const { intervals } = await page.evaluate((steps) => window.__journeyboardBench.run({ steps }), seg.steps)
        all.push(...intervals.filter((_, k) => seg.steps[k].t !== 'hold' && seg.steps[k].t !== 'check'))
        if (args.checks) log(`  ${seg.label}: frames after the check ${intervals.map((ms, k) => [ms, k]).filter(([, k]) => seg.steps[k - 1]?.t === 'check' || seg.steps[k - 2]?.t === 'check').map(([ms]) => round1(ms)).join(' ')}`)
        await page.waitForTimeout(600)
      }
      return all
    })
    const stats = frameStats(result.slice(1))
    log(`${SIZE} ${SCENE}, ${PATH}: ${stats.frames} frames, p95 ${round1(stats.p95)} ms, max ${round1(stats.max)} ms`)
    log(`  frame time percentiles 10/25/50/75/90: ${[10, 25, 50, 75, 90].map((p) => round1(percentile(result.slice(1), p))).join(' / ')} ms`)
    log(`hottest (self time):\n  ${hottest(profile, 25).join('\n  ')}`)
    if (args.whole) log(`app functions over the whole path (inclusive):\n  ${appInclusive(profile, { count: Number(args.whole), under: args.under }).join('\n  ')}`)
    if (args.tree) log(`under ${args.tree}:\n  ${under(profile, args.tree, 40).join('\n  ')}`)
    log(`slowest frames (trace, main thread):\n  ${frameWork(events, SLOWEST, profile).join('\n  ')}`)
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
