// CPU profiles of the page's main thread around one action, reduced to the functions with the most
// self time. With a build made with `--sourcemap` (JOURNEYBOARD_OUT_DIR=… npx electron-vite build
// --sourcemap: the same code, plus .map files) the minified names are given as source files and
// lines; a native function (a canvas call, an IndexedDB put) is named with the function that called it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RENDERER } from './session.mjs'

/** trace-mapping comes with Vite's toolchain; without it (or without .map files) positions stay minified. */
let traceMapping = null
try {
  traceMapping = await import('@jridgewell/trace-mapping')
} catch {
  traceMapping = null
}

const maps = new Map()
export function sourceOf(frame) {
  const file = frame.url.split('/').pop()
  const generated = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
  if (!traceMapping || !file || frame.lineNumber < 0) return generated
  if (!maps.has(file)) {
    const path = join(RENDERER, 'assets', `${file}.map`)
    maps.set(file, existsSync(path) ? new traceMapping.TraceMap(readFileSync(path, 'utf8')) : null)
  }
  const map = maps.get(file)
  if (!map) return generated
  const at = traceMapping.originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber })
  if (!at.source) return generated
  const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')
  return `${at.name || frame.functionName || '(anonymous)'} ${source}:${at.line}`
}

/** The functions with the most self time in a CPU profile (CDP Profiler), as "ms name source:line". */
export function hottest(profile, count = 12) {
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length)
  const hits = new Map(profile.nodes.map((n) => [n.id, 0]))
  for (const id of profile.samples) hits.set(id, hits.get(id) + 1)
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const byName = new Map()
  let idle = 0
  for (const node of profile.nodes) {
    const f = node.callFrame
    if (f.functionName === '(idle)') idle += hits.get(node.id) * interval
    if (f.functionName === '(idle)' || hits.get(node.id) === 0) continue
    let key = f.url ? sourceOf(f) : f.functionName || '(anonymous)'
    const caller = parent.get(node.id)?.callFrame
    if (!f.url && caller?.url) key += ` ← ${sourceOf(caller)}`
    byName.set(key, (byName.get(key) ?? 0) + hits.get(node.id) * interval)
  }
  const total = profile.samples.length * interval
  return [`${Math.round(total)} ms profiled, ${Math.round(idle)} ms of it idle (waiting for a worker, IndexedDB, a timer or the next input)`, ...[...byName].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${Math.round(ms)} ms ${name}`)]
}

/** Each sample of a CPU profile: its stack (call frames, innermost first), when it was taken (trace µs) and the ms it stands for. */
export function* samples(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  let at = profile.startTime
  for (const [k, id] of profile.samples.entries()) {
    at += profile.timeDeltas[k]
    const stack = []
    for (let n = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n).callFrame)
    yield { stack, at, spent: (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k]) / 1000 }
  }
}

/**
 * The app's functions (sources under src/, or those whose source names `under`) by inclusive time
 * in a CPU profile's samples between two trace timestamps, as "ms name source:line".
 */
export function appInclusive(profile, { count = 20, from = -Infinity, to = Infinity, under = null } = {}) {
  const ms = new Map()
  for (const { stack, at, spent } of samples(profile)) {
    if (at < from || at > to) continue
    const seen = new Set()
    for (const f of stack) {
      if (!f.url) continue
      const name = sourceOf(f)
      if (!(under ? name.includes(under) : / src\//.test(name)) || seen.has(name)) continue
      seen.add(name)
      ms.set(name, (ms.get(name) ?? 0) + spent)
    }
  }
  return [...ms].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, v]) => `${Math.round(v * 10) / 10} ms ${name}`)
}

/** Runs `act()` under a CPU profile of the page's main thread; returns its result and the hottest functions. */
export async function profiled(page, act, count = 12) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  try {
    const result = await act()
    const { profile } = await cdp.send('Profiler.stop')
    return { result, hottest: hottest(profile, count), inclusive: appInclusive(profile, { count }) }
  } finally {
    await cdp.detach().catch(() => {})
  }
}
