// Runs inside the page (installed with addInitScript before the app's own scripts): the bench's
// measuring tools. It only reads the canvases and dispatches the events a person's wheel and
// mouse would, so the app carries no test hooks. Everything must be self-contained: Playwright
// sends this function's source text to the page.

/** @param {{ samples: { x: number, y: number, fill: string }[] } | null} firstRender */
export function installProbe(firstRender) {
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))

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
      if (data[3] >= 250) return [data[0], data[1], data[2]]
      if (data[3] > 0) return null
    }
    return null
  }

  /** How many of the samples show their card's fill colour (within rounding of the blend). */
  function matching(samples) {
    let hits = 0
    for (const s of samples) {
      const got = pixelAt(s.x, s.y)
      const want = hex(s.fill)
      if (got && got.every((v, i) => Math.abs(v - want[i]) <= 6)) hits++
    }
    return hits
  }

  /** Enough samples show cards: a link arrow crossing a sample may hide one, a blank board hides all. */
  const drawn = (samples) => matching(samples) >= Math.ceil(samples.length * 0.8)

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

  /** The view swings +-amplitude screen pixels around where it is, one wheel event per frame, ending where it began. */
  function pan({ count, amplitude, period }) {
    const el = boardElement()
    const box = el.getBoundingClientRect()
    let at = 0
    return frames({ count }, (i) => {
      const next = i === count - 1 ? 0 : amplitude * Math.sin((2 * Math.PI * (i + 1)) / period)
      const delta = next - at
      at = next
      el.dispatchEvent(new WheelEvent('wheel', { deltaX: delta, deltaY: 0, deltaMode: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, composed: true }))
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

  const probe = { pixelAt, matching, drawn, pan, drag, frames, firstCardsAt: null }
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
