// Runs inside the page (installed with addInitScript before the app's own scripts): the bench's
// measuring tools. It only reads the canvases and dispatches the events a person's wheel and
// mouse would, so the app carries no test hooks. Everything must be self-contained: Playwright
// sends this function's source text to the page.

/** @param {{ samples: { x: number, y: number, fill: string }[] } | null} firstRender */
export function installProbe(firstRender) {
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
  /** What pixelAt answers where a pinned header covers the board: not a card, and not judged. */
  const PINNED = 'pinned'

  /**
   * The colour shown at a board-local CSS pixel: the topmost opaque canvas there. Each canvas is
   * placed by its box on screen and hidden ones are skipped, so a canvas that is larger than the
   * board, offset or moved by a CSS transform (a pan snapshot) is read where it is seen.
   */
  function pixelAt(x, y) {
    const board = boardElement().getBoundingClientRect()
    const canvases = [...document.querySelectorAll('.konvajs-content canvas')].reverse()
    for (const canvas of canvases) {
      const box = canvas.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || getComputedStyle(canvas).visibility !== 'visible') continue
      const px = Math.floor((board.left + x - box.left) * (canvas.width / box.width))
      const py = Math.floor((board.top + y - box.top) * (canvas.height / box.height))
      if (px < 0 || py < 0 || px >= canvas.width || py >= canvas.height) continue
      const data = canvas.getContext('2d').getImageData(px, py, 1, 1).data
      // The lane titles and stage headers pinned over the board's edges hide the cards under them, as they should.
      if (data[3] > 0 && canvas.closest('.board-pinned-headers')) return PINNED
      if (data[3] >= 250) return [data[0], data[1], data[2]]
      if (data[3] > 0) return null
    }
    return null
  }

  /**
   * How many of the samples show their card: its fill colour (within rounding of the blend), or a
   * blend of the fill and the card's text colour (`ink`), where a zoomed-out board draws text too
   * small to avoid. The background, an empty board or another card's colour never matches.
   */
  function matching(samples) {
    let hits = 0
    let of = 0
    for (const s of samples) {
      const got = pixelAt(s.x, s.y)
      if (got === PINNED) continue
      of++
      if (got && onBlend(got, hex(s.fill), hex(s.ink ?? s.fill))) hits++
    }
    // Enough samples show cards: a link arrow crossing a sample may hide one, a blank board hides all.
    // At least half must be out from under the pinned headers, so a covered board never passes unseen.
    return { hits, of, ok: of >= samples.length / 2 && hits >= Math.ceil(of * 0.8) }
  }

  /** The pixel lies on the line from colour a to colour b, within 6 per channel. */
  function onBlend(got, a, b) {
    const d = b.map((v, i) => v - a[i])
    const length2 = d.reduce((sum, v) => sum + v * v, 0)
    const t = length2 ? Math.max(0, Math.min(1, got.reduce((sum, v, i) => sum + (v - a[i]) * d[i], 0) / length2)) : 0
    return got.every((v, i) => Math.abs(v - (a[i] + t * d[i])) <= 6)
  }

  const drawn = (samples) => matching(samples).ok

  function boardElement() {
    return document.querySelector('.konvajs-content')
  }

  /**
   * Calls `act(i)` once per animation frame for `frames` frames after `warmup` idle ones, and
   * returns the intervals between the callbacks that followed each act: what the act cost the
   * frame, including Konva's draw and any React render it caused. `settle` frames after the last
   * act are kept too (a drop's work lands there).
   */
  function frames({ warmup = 10, count, settle = 0 }, act) {
    return new Promise((resolve) => {
      const stamps = []
      let i = -warmup
      const tick = (t) => {
        if (i >= 0) stamps.push(t)
        if (i >= count + settle) {
          const intervals = []
          for (let k = 1; k < stamps.length; k++) intervals.push(stamps[k] - stamps[k - 1])
          resolve(intervals)
          return
        }
        if (i >= 0 && i < count) act(i)
        i++
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
  }

  /**
   * Performs a path: one step per animation frame (after `warmup` idle frames), then one more frame.
   * Returns, per step, the interval from its frame to the next (what the step cost, the app's
   * drawing of it included), the intervals of the idle warm-up frames, and the result of each pixel check. Steps are plain data built in
   * Node (bench/paths.mjs): a wheel event (ctrl: a trackpad pinch), Space down or up, a pointer
   * event, a frame without input (`hold`), or a check of card pixels at the view the path has reached.
   */
  function run({ steps, warmup = 10 }) {
    const el = boardElement()
    if (!el) throw new Error('no board (.konvajs-content) on the page')
    const box = el.getBoundingClientRect()
    const checks = []
    const perform = (step) => {
      const at = { clientX: box.left + (step.x ?? box.width / 2), clientY: box.top + (step.y ?? box.height / 2), bubbles: true, cancelable: true, composed: true }
      if (step.t === 'wheel') el.dispatchEvent(new WheelEvent('wheel', { ...at, deltaX: step.dx, deltaY: step.dy, deltaMode: 0, ctrlKey: !!step.ctrl }))
      else if (step.t === 'key') el.dispatchEvent(new KeyboardEvent(step.type, { key: ' ', code: 'Space', bubbles: true, cancelable: true, composed: true }))
      else if (step.t === 'pointer') el.dispatchEvent(new PointerEvent(step.type, { ...at, button: 0, buttons: step.type === 'pointerup' ? 0 : 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }))
      else if (step.t === 'check') checks.push({ label: step.label, ...matching(step.samples) })
    }
    return new Promise((resolve) => {
      const stamps = []
      // The warm-up frames: the page's frame clock when nothing changes on screen.
      const idleStamps = []
      let i = -warmup
      const gaps = (list) => list.slice(1).map((t, k) => t - list[k])
      const tick = (t) => {
        if (i >= 0) stamps.push(t)
        else idleStamps.push(t)
        if (i >= steps.length) {
          resolve({ intervals: gaps(stamps), idle: gaps(idleStamps), checks })
          return
        }
        if (i >= 0) perform(steps[i])
        i++
        requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
  }

  /** Presses at `from` (board-local CSS pixels), moves in a straight line to `to` over `count` frames, and releases. */
  function drag({ from, to, count }) {
    const el = boardElement()
    const box = el.getBoundingClientRect()
    const pointer = (type, p, buttons) =>
      new PointerEvent(type, { clientX: box.left + p.x, clientY: box.top + p.y, button: 0, buttons, pointerId: 1, pointerType: 'mouse', isPrimary: true, bubbles: true, cancelable: true, composed: true })
    el.dispatchEvent(pointer('pointerdown', from, 1))
    return frames({ count: count + 1, settle: 3 }, (i) => {
      if (i === count) {
        el.dispatchEvent(pointer('pointerup', to, 0))
        return
      }
      const f = (i + 1) / count
      el.dispatchEvent(pointer('pointermove', { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f }, 1))
    })
  }

  const probe = { pixelAt, matching, drawn, run, drag, frames, firstCardsAt: null }
  Object.defineProperty(window, '__journeyboardBench', { value: probe })

  if (firstRender) {
    // Polls once per frame until the cards show; the mark the workspace sets when it starts
    // reading the map from IndexedDB is the other end of the interval.
    const poll = () => {
      if (boardElement() && drawn(firstRender.samples)) probe.firstCardsAt = performance.now()
      else requestAnimationFrame(poll)
    }
    requestAnimationFrame(poll)
  }
}
