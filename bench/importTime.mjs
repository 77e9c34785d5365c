// Importing the benchmark's map as a `.journey` file through the app's real Import dialog, as a
// facilitator does with a map a colleague sent: from the moment the file is chosen to the first
// frame in which the new map's cards show on screen (the map shows while its rows are still
// written; the time to "Saved" is reported beside it). See bench/EDITS.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, round1 } from './stats.mjs'
import { storedCounts } from './appPage.mjs'
import { samplesIn } from './session.mjs'

const IMPORT_TIMEOUT_MS = 120_000
/** What the app names the workshop it makes for an import into "A new workshop". */
const IMPORTED_WORKSHOP = 'Imported maps'
/** The board is at least this big at 1920x1080 beside the side panels; run.mjs samples the first render the same way. */
const MIN_BOARD = { width: 700, height: 500 }

/**
 * Runs in the page: one check per animation frame for the import's result. Done is the first frame
 * in which the import panel is gone, a board is shown and at least 80% of the sampled cards show
 * their colour (the probe's pixel check); a refusal shown in the dialog or the panel ends it too.
 * Also keeps the longest frame gap and the phases the panel showed, with when.
 */
function installImportWatch(samples) {
  const probe = window.__journeyboardBench
  const w = { chosenAt: null, doneAt: null, savedAt: null, refused: null, gap: 0, phases: [], stop: false }
  window.__importWatch = w
  let last = null
  const tick = (now) => {
    if (w.chosenAt !== null && last !== null) w.gap = Math.max(w.gap, now - last)
    last = now
    if (w.chosenAt !== null && w.doneAt === null) {
      const phase = document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase')
      if (phase && w.phases.at(-1)?.phase !== phase) w.phases.push({ phase, at: performance.now() - w.chosenAt })
      const alert = document.querySelector('dialog[open] [role="alert"], [data-testid="import-panel"] [role="alert"]')
      if (alert) w.refused = alert.textContent.trim().slice(0, 200)
      else if (!document.querySelector('[data-testid="import-panel"]') && document.querySelector('[data-testid="board"]')) {
        // The board's first frame (the map is open), then the frame its cards show in.
        if (w.phases.at(-1)?.phase !== 'board') w.phases.push({ phase: 'board', at: performance.now() - w.chosenAt })
        if (probe.drawn(samples)) w.doneAt = performance.now()
      }
    }
    // The map shows while its rows are still written: "Saved" is when they are all stored.
    if (w.doneAt !== null && w.savedAt === null && [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Saved')) w.savedAt = performance.now()
    if (!w.stop && w.savedAt === null && w.refused === null) requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/** The list of live workshops, from wherever the page is (the breadcrumb's "Workshops", then out of the trash). */
async function showWorkshops(page) {
  const heading = page.locator('#workshops-heading')
  if (!(await heading.isVisible())) await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Workshops' }).click()
  await heading.waitFor()
  if ((await heading.textContent()) === 'Trash') await page.getByRole('button', { name: 'Back to workshops' }).click()
  await page.locator('#workshops-heading', { hasText: /^Workshops$/ }).waitFor()
}

/**
 * Moves the workshop the import made to the trash and deletes it for good, through the workshop
 * list like a person, so the next run imports into the same database as the first.
 */
async function purgeImported(page) {
  await showWorkshops(page)
  const imported = () => page.locator('.workshop-grid > li').filter({ has: page.getByText(IMPORTED_WORKSHOP, { exact: true }) })
  if ((await imported().count()) !== 1) throw new Error(`expected one "${IMPORTED_WORKSHOP}" workshop after the import, found ${await imported().count()}`)
  await imported().getByRole('button', { name: 'Move to trash' }).click()
  await imported().waitFor({ state: 'detached' })
  await page.getByRole('button', { name: /^Trash \(\d+\)$/ }).click()
  await page.locator('#workshops-heading', { hasText: /^Trash$/ }).waitFor()
  // "Delete forever" asks with window.confirm.
  page.once('dialog', (d) => void d.accept())
  await imported().getByRole('button', { name: 'Delete forever' }).click()
  await imported().waitFor({ state: 'detached', timeout: 60_000 })
  await showWorkshops(page)
}

/**
 * The map is already stored in the bench's database (run.mjs opens it first), so its workshop's
 * personas and jobs get new ids on import and the app says so. Any other change would mean the
 * bench's file was not taken as it is.
 */
async function acceptReport(page) {
  const report = page.getByRole('dialog', { name: 'Imported, with changes' })
  if (!(await report.isVisible())) return
  const lines = await report.locator('li').allTextContents()
  const other = lines.filter((line) => !/^\d+ personas? or jobs? got new ids, because another workshop uses the same ones\.$/.test(line.trim()))
  if (lines.length === 0 || other.length) throw new Error(`the import changed the map: ${(await report.textContent()).slice(0, 300)}`)
  await report.getByRole('button', { name: 'OK' }).click()
  await report.waitFor({ state: 'detached' })
}

async function importOnce(page, path, samples, expectCards, wrap) {
  await showWorkshops(page)
  const before = await storedCounts(page)
  await page.getByRole('button', { name: 'Import…' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Import a map' })
  await dialog.waitFor()
  await dialog.getByLabel('Into workshop').selectOption('new')
  await page.evaluate(installImportWatch, samples)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Choose a file…' }).click()
  const picker = await chooser
  // The page's clock just before the file is handed over: the interval includes that round trip (a few ms), never less than the import.
  await wrap(async () => {
    await page.evaluate(() => (window.__importWatch.chosenAt = performance.now()))
    await picker.setFiles(path)
    await page.waitForFunction(() => window.__importWatch.savedAt !== null || window.__importWatch.refused !== null, null, { timeout: IMPORT_TIMEOUT_MS, polling: 100 }).catch(() => {})
  })
  const w = await page.evaluate(() => {
    const w = window.__importWatch
    w.stop = true
    // The workspace marks where it starts opening a map: here, once the import's write is done.
    const open = performance.getEntriesByName('journeyboard:map-open').filter((m) => w.chosenAt !== null && m.startTime > w.chosenAt)
    const phases = open.length ? [...w.phases, { phase: 'map-open', at: open[0].startTime - w.chosenAt }].sort((a, b) => a.at - b.at) : w.phases
    return { ...w, phases }
  })
  if (w.refused) throw new Error(`the import was refused: ${w.refused}`)
  if (w.doneAt === null) throw new Error(`the imported map's cards did not show within ${IMPORT_TIMEOUT_MS / 1000} s (phases ${w.phases.map((p) => p.phase).join(', ') || 'none'})`)
  const after = await storedCounts(page)
  const added = { workshops: after.workshops - before.workshops, maps: after.maps - before.maps, cards: after.cards - before.cards }
  if (added.workshops !== 1 || added.maps !== 1 || added.cards !== expectCards) throw new Error(`the import stored ${JSON.stringify(added)}, expected one workshop, one map and ${expectCards} cards`)
  await acceptReport(page)
  await purgeImported(page)
  const cleaned = await storedCounts(page)
  if (JSON.stringify(cleaned) !== JSON.stringify(before)) throw new Error(`deleting the imported workshop left ${JSON.stringify(cleaned)}, before the import ${JSON.stringify(before)}`)
  if (w.savedAt === null) throw new Error(`the imported map showed but did not say Saved within ${IMPORT_TIMEOUT_MS / 1000} s`)
  const phases = [...w.phases.map((p) => `${p.phase}@${Math.round(p.at)}`), `cards@${Math.round(w.doneAt - w.chosenAt)}`, `saved@${Math.round(w.savedAt - w.chosenAt)}`].join(' ')
  return { ms: w.doneAt - w.chosenAt, savedMs: w.savedAt - w.chosenAt, gap: w.gap, phases }
}

/**
 * Imports the fixture's map `repeat` times through the Import dialog, each into a new workshop that
 * is deleted again afterwards, and returns the median time from the file's choice to its cards on
 * screen (and to "Saved", as the map shows while its rows are written). `view` is the view the map
 * opens at: the one zoom to fit gives on this board (a new map opens fitted). Needs the probe (bench/probe.mjs, installed with `context.addInitScript`) in the page; leaves the
 * page on the workshop list. `board` (CSS px, optional) picks the sampled cards; without it, cards
 * within 700x500 px of the board's corner. `wrap` (optional) runs around each timed import, from
 * the choice to the cards shown (a CPU profile, say): `wrap(act)` must await `act()`.
 * `context` and `server` are the caller's (the page must be on `server`).
 */
export async function measureImport({ context, page, server, fixture, view, repeat = 3, board = null, wrap = (act) => act() }) {
  if (context && !context.pages().includes(page)) throw new Error('measureImport: the page is not in the given browser context')
  if (!(await page.evaluate(() => Boolean(window.__journeyboardBench)))) throw new Error('measureImport needs the probe: context.addInitScript(installProbe, …) and a reload first')
  if (server && !page.url().startsWith(server.url)) throw new Error(`the page is on ${page.url()}, not the bench server ${server.url}`)
  const dir = await mkdtemp(join(tmpdir(), 'journeyboard-import-bench-'))
  try {
    const path = join(dir, `${fixture.cards}-touchpoints.journey`)
    await writeFile(path, fixture.journeyText())
    const samples = samplesIn(fixture, view, board ?? MIN_BOARD)
    const runs = []
    for (let i = 0; i < repeat; i++) runs.push(await importOnce(page, path, samples, fixture.cards, wrap))
    return {
      importMs: round1(median(runs.map((r) => r.ms))),
      importRuns: runs.map((r) => round1(r.ms)),
      importSavedMs: round1(median(runs.map((r) => r.savedMs))),
      importFrameMaxMs: round1(Math.max(...runs.map((r) => r.gap))),
      importPhases: runs.map((r) => r.phases),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
