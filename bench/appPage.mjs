// What the bench does to the built app's page from outside: writes a map into the app's own
// IndexedDB, reads back a card's stored place and the view the app saved, and checks that cards
// show on screen. The app carries no test hooks; everything here is the raw IndexedDB API and pixels.
import { samplesIn } from './paths.mjs'

/** The first view of every map: 100%, the first stage in view (the app's own default for a new map). */
export const START_VIEW = { zoom: 1, x: -24, y: -24 }

async function readRow(page, table, key) {
  return page.evaluate(
    ({ table, key }) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('journeyboard')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction(table).objectStore(table).get(key)
          get.onsuccess = () => {
            ok(get.result)
            open.result.close()
          }
          get.onerror = () => fail(get.error)
        }
      }),
    { table, key },
  )
}

export const readPlace = async (page, cardId) => (await readRow(page, 'cards', cardId))?.place

/** The view the app saved for the map (it writes it a moment after the view stops changing). */
export const readSavedView = async (page, mapId) => (await readRow(page, 'prefs', `viewport:${mapId}`))?.value

export const sameView = (a, b) => !!a && !!b && Math.abs(a.zoom - b.zoom) <= 1e-6 * b.zoom && Math.abs(a.x - b.x) <= 0.5 && Math.abs(a.y - b.y) <= 0.5

/**
 * Waits until the app has saved `expected` as the map's view: the proof that the path's events
 * moved the board where the bench computed. Throws with both views when it never does.
 */
export async function expectSavedView(page, mapId, expected, what) {
  let saved
  for (let waited = 0; waited < 4000; waited += 100) {
    saved = await readSavedView(page, mapId)
    if (sameView(saved, expected)) return saved
    await page.waitForTimeout(100)
  }
  throw new Error(`${what}: the app's view is ${JSON.stringify(saved)}, the events should have taken it to ${JSON.stringify(expected)}: the board did not pan or zoom as the input says`)
}

/**
 * Waits for the view zoom to fit saved (it fits the map into the board clear of the app's own
 * tool bar, minimap and buttons, which the bench does not know) and checks that it is a fit: the
 * whole map inside the board, touching it on one axis. Returns that view.
 */
export async function expectFittedView(page, fixture, board, what) {
  const b = fixture.bounds
  const fits = (v) => {
    if (!v || !(v.zoom < 1)) return false
    // A view's x, y is the board point at the board's top-left corner (START_VIEW shows -24, -24 there).
    const left = (b.x - v.x) * v.zoom
    const top = (b.y - v.y) * v.zoom
    const right = left + b.width * v.zoom
    const bottom = top + b.height * v.zoom
    const inside = left >= -1 && top >= -1 && right <= board.width + 1 && bottom <= board.height + 1
    // A fit fills most of the board on the axis that limits it (the app leaves its chrome clear).
    return inside && Math.max((b.width * v.zoom) / board.width, (b.height * v.zoom) / board.height) > 0.6
  }
  let saved
  for (let waited = 0; waited < 4000; waited += 100) {
    saved = await readSavedView(page, fixture.mapId)
    if (fits(saved)) return saved
    await page.waitForTimeout(100)
  }
  throw new Error(`${what}: the app's view ${JSON.stringify(saved)} does not show the ${b.width}x${b.height} map whole in the ${board.width}x${board.height} board`)
}

export async function writeMap(page, fixture, view) {
  const prefs = [
    { key: 'lastWorkshopId', value: fixture.workshop.id },
    { key: 'lastMapId', value: fixture.mapId },
    { key: `viewport:${fixture.mapId}`, value: view },
  ]
  // The raw IndexedDB API into the database the app created on its first start: rows exactly as
  // its repositories write them, so the reload opens the map as if a person had built it.
  await page.evaluate(
    async ({ tables, prefs }) => {
      const db = await new Promise((ok, fail) => {
        const request = indexedDB.open('journeyboard')
        request.onsuccess = () => ok(request.result)
        request.onerror = () => fail(request.error)
      })
      const names = [...Object.keys(tables), 'prefs']
      const missing = names.filter((t) => !db.objectStoreNames.contains(t))
      if (missing.length) throw new Error(`the app's database has no ${missing.join(', ')} table`)
      const tx = db.transaction(names, 'readwrite')
      for (const [table, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(table).put(row)
      for (const pref of prefs) tx.objectStore('prefs').put(pref)
      await new Promise((ok, fail) => {
        tx.oncomplete = ok
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    },
    { tables: fixture.tables, prefs },
  )
}

/** Rows in each of `tables` of the app's database, read with the raw IndexedDB API in one transaction. */
export async function storedCounts(page, tables = ['workshops', 'maps', 'cards']) {
  return page.evaluate(
    (names) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('journeyboard')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(names)
          const counts = names.map((t) => [t, tx.objectStore(t).count()])
          tx.oncomplete = () => {
            ok(Object.fromEntries(counts.map(([t, r]) => [t, r.result])))
            db.close()
          }
          tx.onerror = () => fail(tx.error)
        }
      }),
    tables,
  )
}

export async function heapMiB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}

export async function boardBox(page) {
  const box = await page.evaluate(() => {
    const r = document.querySelector('.konvajs-content')?.getBoundingClientRect()
    return r ? { width: r.width, height: r.height } : null
  })
  if (!box) throw new Error('no board (.konvajs-content) on the page')
  return box
}

/** At least 80% of the sampled cards not under the pinned headers show their fill colour (probe.mjs's `matching`). */
export async function assertDrawn(page, samples, what) {
  const seen = await page.evaluate((s) => window.__journeyboardBench.matching(s), samples)
  if (!seen.ok) throw new Error(`${what}: only ${seen.hits} of ${seen.of} sampled cards not under the pinned headers show their colour (${samples.length} sampled); the board is not drawing cards`)
  return seen.hits
}

export async function waitForPlace(page, cardId, ok, failure) {
  let place
  for (let waited = 0; waited < 10_000; waited += 250) {
    place = await readPlace(page, cardId)
    if (ok(place)) return
    await page.waitForTimeout(250)
  }
  throw new Error(`${failure}: stored ${JSON.stringify(place)}`)
}

/**
 * A card not dragged before, with both ends of its drag on the board at the start view: in the grid
 * three steps right and one lane down into that cell (or in its own lane, when the next is off the board); a free note as far right and down on free board.
 */
export function dragPlan(fixture, board, used) {
  const toScreen = (p) => ({ x: p.x - START_VIEW.x, y: p.y - START_VIEW.y })
  const onBoard = (p) => p.x > 40 && p.y > 40 && p.x < board.width - 40 && p.y < board.height - 40
  for (const card of fixture.drawn) {
    if (used.has(card.id)) continue
    const from = toScreen({ x: card.rect.x + card.rect.width / 2, y: card.rect.y + card.rect.height / 2 })
    if (!card.cell) {
      if (fixture.scene !== 'free') continue
      const delta = { x: 3 * Math.round(card.rect.width * 1.3), y: Math.round(card.rect.height * 1.6) }
      const to = { x: from.x + delta.x, y: from.y + delta.y }
      if (from.x <= 300 || !onBoard(from) || !onBoard(to)) continue
      used.add(card.id)
      const place = fixture.tables.cards.find((c) => c.id === card.id)?.place
      const landed = (p) => p?.kind === 'free' && Math.abs(p.x - (place.x + delta.x)) <= 1 && Math.abs(p.y - (place.y + delta.y)) <= 1
      return { card, from, to, landed, target: `free board ${delta.x},${delta.y} px away` }
    }
    const column = fixture.columns[card.cell.step + 3]
    const source = fixture.columns[card.cell.step]
    if (!column || !source || card.rect.width > source.width) continue
    // One lane down when that lane's top shows; lanes of cards that fit their text can be taller
    // than the board, and then the card goes three steps right in its own lane.
    const rows = [fixture.rows[card.cell.lane + 1], fixture.rows[card.cell.lane]].filter(Boolean)
    const row = rows.find((r) => onBoard(toScreen({ x: column.x + column.width / 2, y: r.y + 40 })))
    if (!row) continue
    const to = toScreen({ x: column.x + column.width / 2, y: row.y + 40 })
    if (from.x > 300 && onBoard(from)) {
      used.add(card.id)
      const landed = (p) => p?.stepId === column.stepId && p?.laneId === row.laneId
      return { card, from, to, landed, target: `${row.laneId}/${column.stepId}` }
    }
  }
  throw new Error(`no card of the ${fixture.scene} map can be dragged within the ${board.width}x${board.height} board`)
}

export { samplesIn }
