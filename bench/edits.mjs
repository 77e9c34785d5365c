// Typing in a card on an open map, as a facilitator does it: a double-click on the card opens its
// text box, real key events append a sentence, Enter commits it. Measures how long each key takes
// to reach the screen and how long Enter takes until the new text is stored. See bench/EDITS.md.
import { median, percentile, round1 } from './stats.mjs'
import { cardsInside, START_VIEW } from './session.mjs'

/** ~40 characters a person might add to a note; the run number keeps every run's text distinct. */
const typedText = (run) => ` then calls again, run ${run + 1} of the bench.`
/** Between two keys: a fast typist (about 120 words a minute); the next key does not wait for a slow frame. */
const KEY_DELAY_MS = 50
const SAVE_TIMEOUT_MS = 15_000

/**
 * Runs in the page: listens (capturing, before the app) for the keys and the text box's input,
 * and keeps per key the keydown's timeStamp, the start of the first animation frame after the
 * box's value changed (the frame that draws it) and the start of the second (it begins once that
 * one is done). No frame loop runs while the keys are typed: an idle page that keeps asking for
 * frames gets them on the compositor's 60 Hz clock, and each key then waits up to a tick for its
 * frame (measured: keydown to drawn 10.7 ms median with such a loop on a bare text box, 1.6 ms
 * without), which is the frame rate limit the bench turns off. After Enter it reads the card's row
 * from IndexedDB on its own connection, again as soon as each read returns, until the row holds
 * `expected`, and keeps frame intervals and what the save indicator says from then on.
 * Resolves once the database connection is open.
 */
function installTypingWatch({ cardId, expected }) {
  const w = { keys: [], drawn: [], shown: [], values: [], frames: [], statuses: [], enterAt: null, savedAt: null, statusSavedAt: null, storedText: null, stop: false, error: null }
  window.__typingWatch = w
  const status = () => [...document.querySelectorAll('[data-testid="save-status"]')].map((el) => el.textContent.trim()).join('|') || null
  const noteStatus = () => {
    const shown = status()
    if (shown !== w.statuses.at(-1)?.status) w.statuses.push({ status: shown, at: performance.now() })
    if (shown === 'Saved' && w.statuses.some((s) => s.status !== 'Saved')) w.statusSavedAt ??= performance.now()
  }
  let db = null
  let last = null
  const tick = (now) => {
    if (last !== null) w.frames.push({ at: now, ms: now - last })
    last = now
    noteStatus()
    if (!w.stop) requestAnimationFrame(tick)
  }
  const poll = () => {
    if (w.stop || w.savedAt !== null) return
    const get = db.transaction('cards').objectStore('cards').get(cardId)
    get.onsuccess = () => {
      w.storedText = get.result?.text ?? null
      noteStatus()
      if (w.storedText === expected) w.savedAt = performance.now()
      else setTimeout(poll, 1)
    }
    get.onerror = () => (w.error = String(get.error))
  }
  const onKey = (e) => {
    if (e.key === 'Enter') {
      if (w.enterAt !== null) return
      w.enterAt = e.timeStamp
      requestAnimationFrame(tick)
      // The first read starts in a later task, once the app's handler for this key has run and its
      // write's transaction exists. Started here, before that handler, the read's transaction held
      // the \`cards\` store until the page ran its success event, after the edit's frame, and the
      // app's write queued behind it (trace, 500 cards: the write started 35 ms after it was asked
      // for). Nobody reads the map while a person types; only the bench did.
      setTimeout(poll, 0)
    } else if (e.key.length === 1 && w.enterAt === null) w.keys.push(e.timeStamp)
  }
  const onInput = (e) => {
    if (!(e.target instanceof HTMLTextAreaElement) || w.enterAt !== null) return
    const i = w.values.length
    w.values.push(e.target.value)
    requestAnimationFrame(() => {
      w.drawn[i] = performance.now()
      requestAnimationFrame(() => (w.shown[i] = performance.now()))
    })
  }
  window.addEventListener('keydown', onKey, true)
  window.addEventListener('input', onInput, true)
  w.close = () => {
    w.stop = true
    window.removeEventListener('keydown', onKey, true)
    window.removeEventListener('input', onInput, true)
    db?.close()
  }
  return new Promise((ready, fail) => {
    const open = indexedDB.open('journeyboard')
    open.onerror = () => fail(open.error)
    open.onsuccess = () => {
      db = open.result
      ready()
    }
  })
}

/** The text a card's row holds in IndexedDB now. */
function storedText(page, cardId) {
  return page.evaluate(
    (id) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('journeyboard')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('cards').objectStore('cards').get(id)
          get.onsuccess = () => {
            ok(get.result?.text ?? null)
            open.result.close()
          }
          get.onerror = () => fail(get.error)
        }
      }),
    cardId,
  )
}

async function waitForStored(page, cardId, text, failure) {
  let stored
  for (let waited = 0; waited < SAVE_TIMEOUT_MS; waited += 100) {
    stored = await storedText(page, cardId)
    if (stored === text) return
    await page.waitForTimeout(100)
  }
  throw new Error(`${failure}: the stored text is ${JSON.stringify(stored)}`)
}

/** Cards in cells wholly on screen at `view`, well clear of the board's edges and the side panels, spread over the board. */
function typingCards(fixture, view, board, count) {
  const candidates = cardsInside(fixture, view, board, 60).filter((c) => c.cell && c.rect.height >= 48)
  if (candidates.length < count) throw new Error(`only ${candidates.length} cards of the ${fixture.cards}-card map are on screen to type in; ${count} needed`)
  const step = Math.floor(candidates.length / count)
  return Array.from({ length: count }, (_, i) => candidates[Math.floor(step / 2) + i * step])
}

/**
 * One run: opens the card's text box with a double-click, types, presses Enter, waits for the row.
 * Throws when the box does not open on the card, does not hold what was typed, or the row never does.
 */
async function typeOnce(page, fixture, card, view, run, wrap) {
  const original = fixture.tables.cards.find((c) => c.id === card.id)?.text
  if (typeof original !== 'string') throw new Error(`card ${card.id} has no stored text in the fixture`)
  const text = typedText(run)
  const expected = original + text
  const box = await page.evaluate(() => {
    const r = document.querySelector('.konvajs-content')?.getBoundingClientRect()
    return r ? { left: r.left, top: r.top } : null
  })
  if (!box) throw new Error('no board on the page')
  const at = { x: box.left + (card.rect.x + card.rect.width / 2 - view.x) * view.zoom, y: box.top + (card.rect.y + card.rect.height / 2 - view.y) * view.zoom }
  await page.mouse.dblclick(at.x, at.y)
  const editor = page.getByRole('textbox', { name: 'Card text' })
  await editor.waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error(`a double-click on card ${card.id} at ${Math.round(at.x)},${Math.round(at.y)} opened no text box`)
  })
  const opened = await editor.inputValue()
  if (opened !== original) throw new Error(`the text box opened on another card: it holds ${JSON.stringify(opened)}, card ${card.id} has ${JSON.stringify(original)}`)

  await page.evaluate(installTypingWatch, { cardId: card.id, expected })
  await wrap('typing', async () => {
    await page.keyboard.type(text, { delay: KEY_DELAY_MS })
    await page.waitForFunction((n) => window.__typingWatch.shown.filter((t) => t !== undefined).length >= n, text.length, { timeout: 10_000 }).catch(async () => {
      const w = await page.evaluate(() => ({ keys: window.__typingWatch.keys.length, shown: window.__typingWatch.shown.length }))
      throw new Error(`typed ${text.length} keys but saw ${w.keys} keydowns and ${w.shown} changes of the text box`)
    })
  })
  const typed = await editor.inputValue()
  if (typed !== expected) throw new Error(`the text box holds ${JSON.stringify(typed)} after typing, not ${JSON.stringify(expected)}`)

  await wrap('enter', async () => {
    await page.keyboard.press('Enter')
    // Until the row holds the text and the indicator has said "Saved" (or, if it never does, 2 s more).
    await page
      .waitForFunction(
        () => {
          const w = window.__typingWatch
          return w.error !== null || (w.savedAt !== null && (w.statusSavedAt !== null || performance.now() - w.savedAt > 2000))
        },
        null,
        { timeout: SAVE_TIMEOUT_MS, polling: 50 },
      )
      .catch(() => {})
  })
  const w = await page.evaluate(() => {
    const w = window.__typingWatch
    w.close()
    const { close: _close, ...kept } = w
    return kept
  })
  if (w.error) throw new Error(`reading the card's row failed: ${w.error}`)
  if (w.savedAt === null) throw new Error(`Enter did not store the typed text within ${SAVE_TIMEOUT_MS / 1000} s: card ${card.id} holds ${JSON.stringify(w.storedText)}, expected ${JSON.stringify(expected)}`)
  if (w.keys.length !== text.length || w.values.length !== text.length) throw new Error(`${text.length} keys typed, ${w.keys.length} keydowns and ${w.values.length} input events seen`)
  if (await editor.count()) throw new Error('the text box is still open after Enter')

  const latencies = w.keys.map((down, i) => w.shown[i] - down)
  // The frame that drew each key: from its start to the start of the next.
  const typingFrames = w.shown.map((shown, i) => shown - w.drawn[i])
  const enterFrames = w.frames.filter((f) => f.at > w.enterAt && f.at <= w.savedAt).map((f) => f.ms)
  // What the save indicator said after Enter, each with when it began to say it.
  const afterEnter = w.statuses.map((s) => ({ status: s.status, ms: round1(s.at - w.enterAt) }))

  // Undo, so every run starts from the generated map; the row going back proves the undo was stored too.
  await page.keyboard.press('Control+z')
  await waitForStored(page, card.id, original, `Ctrl+Z did not put card ${card.id}'s text back`)
  return {
    cardId: card.id,
    keys: latencies.length,
    p95: percentile(latencies, 95),
    median: median(latencies),
    max: Math.max(...latencies),
    worstFrame: Math.max(...typingFrames),
    frameMedian: median(typingFrames),
    enterSaved: w.savedAt - w.enterAt,
    enterWorstFrame: enterFrames.length ? Math.max(...enterFrames) : null,
    statusSaved: w.statusSavedAt === null ? null : w.statusSavedAt - w.enterAt,
    statuses: afterEnter.map((s) => `${s.status}@${s.ms}`).join(' '),
  }
}

/**
 * Typing latency and Enter-to-saved on the map open in `page` at `view` (the start view by
 * default), `repeat` runs on different cards, each undone after. `board` is the board's size in
 * CSS px. Returns the medians over runs (worst values as maxima) and every run. `wrap(phase, act)`
 * (optional) runs around the keys (`'typing'`) and around Enter until stored (`'enter'`), e.g. to
 * profile them; it must await `act()`.
 */
export async function measureTyping({ page, fixture, board, repeat = 3, view = START_VIEW, wrap = (_phase, act) => act() }) {
  const cards = typingCards(fixture, view, board, repeat)
  const runs = []
  for (let run = 0; run < repeat; run++) runs.push(await typeOnce(page, fixture, cards[run], view, run, wrap))
  const statusSaved = runs.map((r) => r.statusSaved).filter((v) => v !== null)
  return {
    typeP95Ms: round1(median(runs.map((r) => r.p95))),
    typeMedianMs: round1(median(runs.map((r) => r.median))),
    typeMaxMs: round1(Math.max(...runs.map((r) => r.max))),
    typeFrameMaxMs: round1(Math.max(...runs.map((r) => r.worstFrame))),
    typeFrameMedianMs: round1(median(runs.map((r) => r.frameMedian))),
    enterSavedMs: round1(median(runs.map((r) => r.enterSaved))),
    enterStatusSavedMs: statusSaved.length ? round1(median(statusSaved)) : null,
    enterFrameMaxMs: round1(Math.max(...runs.map((r) => r.enterWorstFrame ?? 0))),
    typingRuns: runs.map((r) => ({ ...r, statusSaved: r.statusSaved === null ? null : round1(r.statusSaved), p95: round1(r.p95), median: round1(r.median), max: round1(r.max), worstFrame: round1(r.worstFrame), frameMedian: round1(r.frameMedian), enterSaved: round1(r.enterSaved), enterWorstFrame: r.enterWorstFrame === null ? null : round1(r.enterWorstFrame) })),
  }
}
