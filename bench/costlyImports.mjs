// npm run bench:imports: imports issue 10's "small but costly" files through the real Import
// dialog (and the import panel it gives way to) of the built app in headless Chromium, one fresh
// profile per file, and reports per file the time to a result (the map shown or the refusal), the
// longest gap between two frames of the page while it ran, and peak memory. Then it cancels the
// slowest import during its write and checks that nothing was stored. See
// bench/README.md. Options: --only=<substring of a label>, --timeout=<s>, --profile (a CPU profile
// of the page's main thread per file: where the frames went). JOURNEYBOARD_OUT_DIR picks the build
// (default out), JOURNEYBOARD_BENCH_PORT the port (default 5306).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createStaticServer } from '../scripts/staticServer.mjs'
import { CHROMIUM_ARGS } from '../scripts/chromiumArgs.mjs'
import { storedCounts } from './appPage.mjs'
import { COSTLY_FILES } from './costlyFiles.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RENDERER = join(resolve(ROOT, process.env.JOURNEYBOARD_OUT_DIR ?? 'out'), 'renderer')
const HOST = '127.0.0.1'
const PORT = Number(process.env.JOURNEYBOARD_BENCH_PORT || 5306)
const CHROMIUM = process.env.JOURNEYBOARD_CHROMIUM || '/usr/bin/chromium'
// Precise memory info: without it performance.memory is rounded and updated only now and then.
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info']
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=')
    return [key, value ?? true]
  }),
)
const TIMEOUT_MS = Number(args.timeout ?? 120) * 1000
/** After the result, frames are watched this much longer: the new map's first drawing is part of what a person waits for. */
const AFTER_MS = 2000
const RESULTS = resolve(ROOT, 'test-results/costly-imports.json')

const log = (...parts) => console.log(...parts)
const round = (n) => Math.round(n)
const mib = (bytes) => Math.round(bytes / 1024 / 1024)

/**
 * Runs in the page: a requestAnimationFrame loop that keeps the longest gap between frames (the
 * main thread is blocked for about that long), the highest JS heap of the page, the import
 * phases shown and when the import had its result. It reads the DOM only; the app has no hooks.
 */
function installWatch() {
  const w = { gap: 0, gapInWorker: 0, gapAfter: 0, heap: 0, phases: [], resultAt: null, result: null, startAt: performance.now(), stop: false }
  let last = performance.now()
  const tick = (now) => {
    const gap = now - last
    last = now
    // A gap belongs to the phase the dialog showed when it began: the worker's phases, or saving on the page.
    const before = w.phases.at(-1)?.phase
    if (w.resultAt === null) w.gap = Math.max(w.gap, gap)
    else w.gapAfter = Math.max(w.gapAfter, gap)
    if (w.resultAt === null && before !== 'saving') w.gapInWorker = Math.max(w.gapInWorker, gap)
    w.heap = Math.max(w.heap, performance.memory?.usedJSHeapSize ?? 0)
    const phase = document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase')
    if (phase && before !== phase) w.phases.push({ phase, at: Math.round(now - w.startAt) })
    if (w.resultAt === null) {
      // A refusal comes back in the Import dialog (nobody touches the page here, so the app treats
      // the person as waiting for it) or, had they gone on working, in the import panel.
      const alert = document.querySelector('dialog[open] [role="alert"], [data-testid="import-panel"] [role="alert"]')
      if (alert) w.result = `refused: ${alert.textContent.trim().slice(0, 160)}`
      // The workshop has no map of its own: a board is the imported map, shown once the panel is gone.
      else if (!document.querySelector('[data-testid="import-panel"]') && document.querySelector('[data-testid="board"]')) w.result = 'map shown'
      if (w.result) w.resultAt = now
    }
    if (!w.stop) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
  window.__importWatch = w
}

/** Resident memory of this profile's renderer processes (page and its worker share one), sampled from outside. */
async function rendererRss(profile) {
  let total = 0
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total
}

/** A fresh app with one empty workshop open, the Import dialog showing. */
async function openApp(server) {
  const profile = await mkdtemp(join(tmpdir(), 'journeyboard-costly-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1600, height: 900 }, locale: 'en-US' })
  const page = context.pages()[0] ?? (await context.newPage())
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(`${server.url}/`, { waitUntil: 'load' })
  await page.waitForSelector('.app', { timeout: 30_000 })
  await page.getByRole('button', { name: 'New workshop' }).click()
  const create = page.getByRole('dialog', { name: 'New workshop' })
  await create.getByLabel('Title').fill('Bench')
  await create.getByRole('button', { name: 'Create workshop' }).click()
  await create.waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Import…' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Import a map' })
  await dialog.waitFor()
  const close = async () => {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
  return { page, dialog, profile, errors, close }
}

/** The functions with the most self time in a CPU profile of the page's main thread. */
function hottest(profile, count = 8) {
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length)
  const hits = new Map(profile.nodes.map((n) => [n.id, 0]))
  for (const id of profile.samples) hits.set(id, hits.get(id) + 1)
  const byName = new Map()
  for (const node of profile.nodes) {
    const f = node.callFrame
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    byName.set(key, (byName.get(key) ?? 0) + hits.get(node.id) * interval)
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => `${Math.round(ms)} ms ${name}`)
}

/** Picks the file in the dialog and watches until `until(watch)` holds or the timeout passes; samples RSS meanwhile. */
async function watchImport(app, path, until) {
  await app.page.evaluate(installWatch)
  const cdp = args.profile ? await app.page.context().newCDPSession(app.page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.start')
  }
  let rss = 0
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      rss = Math.max(rss, await rendererRss(app.profile))
      await new Promise((r) => setTimeout(r, 200))
    }
  })()
  const chooser = app.page.waitForEvent('filechooser')
  await app.dialog.getByRole('button', { name: 'Choose a file…' }).click()
  await (await chooser).setFiles(path)
  const started = Date.now()
  let watch = null
  while (Date.now() - started < TIMEOUT_MS) {
    watch = await app.page.evaluate(() => ({ ...window.__importWatch, now: performance.now() }))
    if (until(watch)) break
    await new Promise((r) => setTimeout(r, 100))
  }
  sampling = false
  await sampler
  const hot = cdp ? hottest((await cdp.send('Profiler.stop')).profile) : null
  return { watch, rss, timedOut: !until(watch), hot }
}

async function measureFile(server, file, path) {
  const app = await openApp(server)
  try {
    const load = loadavg()[0]
    const { watch, rss, timedOut, hot } = await watchImport(app, path, (w) => w.resultAt !== null && w.now - w.resultAt >= AFTER_MS)
    const cancel = app.page.getByTestId('import-panel').getByRole('button', { name: 'Cancel' })
    // Disabled only while a Cancel is already rolling the write back.
    if (timedOut && watch.resultAt === null && (await cancel.isEnabled().catch(() => false))) await cancel.click({ timeout: 5000 }).catch(() => {})
    await app.page.evaluate(() => (window.__importWatch.stop = true))
    return {
      file: file.label,
      result: watch.resultAt === null ? `no result within ${TIMEOUT_MS / 1000} s` : watch.result,
      resultMs: watch.resultAt === null ? null : round(watch.resultAt - watch.startAt),
      longestFrameGapMs: round(watch.gap),
      longestGapBeforeSavingMs: round(watch.gapInWorker),
      longestGapAfterResultMs: round(watch.gapAfter),
      peakPageHeapMiB: mib(watch.heap),
      peakRendererRssMiB: mib(rss),
      phases: watch.phases.map((p) => `${p.phase}@${p.at}`).join(' '),
      stored: await storedCounts(app.page, ['maps', 'workshops']),
      load1: Number(load.toFixed(2)),
      errors: app.errors.slice(0, 3),
      ...(hot ? { hottest: hot } : {}),
    }
  } finally {
    await app.close()
  }
}

/** Starts an import, presses Cancel once it is writing (the worker is done), and proves nothing was stored. */
async function measureCancel(server, file, path) {
  const app = await openApp(server)
  try {
    const before = await storedCounts(app.page, ['maps', 'workshops'])
    const { watch } = await watchImport(app, path, (w) => w.phases.some((p) => p.phase === 'saving') || w.resultAt !== null)
    if (watch.resultAt !== null) return { file: file.label, cancel: `finished before Cancel could be pressed: ${watch.result}` }
    const panel = app.page.getByTestId('import-panel')
    const cancel = panel.getByRole('button', { name: 'Cancel' })
    if ((await cancel.count()) === 0) return { file: file.label, cancel: 'finished before Cancel could be pressed' }
    const phase = await app.page.evaluate(() => document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase') ?? null)
    const pressedAt = await app.page.evaluate(() => performance.now())
    await cancel.click()
    await panel.waitFor({ state: 'detached', timeout: 30_000 })
    const closedAt = await app.page.evaluate(() => performance.now())
    const after = await app.page.evaluate(() => window.__importWatch)
    await new Promise((r) => setTimeout(r, 1000))
    const stored = await storedCounts(app.page, ['maps', 'workshops'])
    return {
      file: file.label,
      pressedIn: phase,
      cancelToClosedMs: round(closedAt - pressedAt),
      longestFrameGapMs: round(after.gap),
      storedBefore: before,
      storedAfter: stored,
      nothingWritten: JSON.stringify(before) === JSON.stringify(stored),
      errors: app.errors.slice(0, 3),
    }
  } finally {
    await app.close()
  }
}

async function main() {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error(`${RENDERER} has no build: run npm run build first (npm run bench:imports does)`)
  const dir = await mkdtemp(join(tmpdir(), 'journeyboard-costly-files-'))
  const server = await createStaticServer({ root: RENDERER, host: HOST, port: PORT })
  const rows = []
  try {
    const files = COSTLY_FILES.filter((f) => !args.only || f.label.includes(args.only))
    for (const file of files) {
      const text = file.make()
      const path = join(dir, file.name)
      await writeFile(path, text)
      log(`${file.label} (${Math.round(Buffer.byteLength(text) / 1024)} KB)…`)
      const row = { ...(await measureFile(server, file, path)), sizeKB: Math.round(Buffer.byteLength(text) / 1024) }
      log(`  ${JSON.stringify(row)}`)
      rows.push(row)
    }
    // Cancel is tried on the slowest file that got as far as writing its map: the write is the
    // one transaction a Cancel must roll back whole.
    const writeMs = (row) => (row.phases.includes('saving@') ? (row.resultMs ?? Infinity) : -1)
    const slowest = files[rows.reduce((best, row, i) => (writeMs(row) > writeMs(rows[best]) ? i : best), 0)]
    const cancel = await measureCancel(server, slowest, join(dir, slowest.name))
    log(`Cancel: ${JSON.stringify(cancel)}`)
    await mkdir(dirname(RESULTS), { recursive: true })
    await writeFile(RESULTS, `${JSON.stringify({ cores: cpus().length, rows, cancel }, null, 2)}\n`)
  } finally {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
  log(`\nResults in ${RESULTS}. Load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores: other work on the machine makes these noisy.`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
