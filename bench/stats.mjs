/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const median = (values) => percentile(values, 50)

export const round1 = (n) => Math.round(n * 10) / 10

/** p95 and max of one run's frame intervals. */
export const frameStats = (intervals) => ({ p95: percentile(intervals, 95), max: Math.max(...intervals), frames: intervals.length })

/**
 * Several runs of one measurement: the median of their p95s and the median of their maxes (one
 * run catching another process's burst is not the board's cost), with every run's figures kept
 * for the notes so an outlier shows.
 */
export function acrossRuns(runs) {
  return { p95: median(runs.map((r) => r.p95)), max: median(runs.map((r) => r.max)), p95s: runs.map((r) => round1(r.p95)), maxes: runs.map((r) => round1(r.max)) }
}

/**
 * Issue 14's bars: by card count (`all` for every size), a field of a result row and the most it
 * may be (`max`, inclusive) or the value it must stay under (`below`). A field a row does not have
 * is not judged, so rows measured by other modules can add fields and bars here.
 */
export const BARS = {
  all: {
    panMaxMs: { max: 50 },
    panFitMaxMs: { max: 50 },
    pinchMaxMs: { max: 50 },
    dragMaxMs: { max: 50 },
    panRatio: { max: 1 },
    panFitRatio: { max: 0.2 },
    typeP95Ms: { max: 16.7 },
    enterSavedMs: { max: 50 },
  },
  // "Pan and zoom ... (wheel, trackpad pinch, space-drag)": the p95 bars hold for the pinch too.
  2000: { panP95Ms: { max: 16.7 }, panFitP95Ms: { max: 16.7 }, pinchP95Ms: { max: 16.7 }, firstRenderMs: { max: 250 } },
  10000: { panP95Ms: { max: 20 }, panFitP95Ms: { max: 20 }, pinchP95Ms: { max: 20 }, firstRenderMs: { max: 800 }, heapMB: { below: 60 }, importMs: { max: 1500 } },
}

const barsFor = (cards, bars) => ({ ...bars.all, ...bars[cards] })
const meets = (value, bar) => (bar.below !== undefined ? value < bar.below : value <= bar.max)
const describe = (bar) => (bar.below !== undefined ? `< ${bar.below}` : `<= ${bar.max}`)

/** Table columns: a row field and its heading. Extend with more fields as other modules fill them. */
export const COLUMNS = [
  ['cards', 'cards'],
  ['scene', 'scene'],
  ['firstRenderMs', 'first'],
  ['panP95Ms', 'pan p95'],
  ['panMaxMs', 'pan max'],
  ['panFitP95Ms', 'fit p95'],
  ['panFitMaxMs', 'fit max'],
  ['pinchP95Ms', 'pinch p95'],
  ['pinchMaxMs', 'pinch max'],
  ['refPanP95Ms', 'ref p95'],
  ['refPanFitP95Ms', 'ref fit p95'],
  ['panRatio', 'pan/ref'],
  ['panFitRatio', 'fit/ref'],
  ['dragP95Ms', 'drag p95'],
  ['dragMaxMs', 'drag max'],
  ['typeP95Ms', 'type p95'],
  ['enterSavedMs', 'enter→saved'],
  ['importMs', 'import'],
  ['heapMB', 'heap MiB'],
  ['frameClockMs', 'clock'],
  ['load', 'load'],
]

function cell(row, key, bars) {
  const value = row[key]
  if (value === undefined || value === null) return '–'
  if (typeof value !== 'number') return String(value)
  const text = key === 'cards' ? value.toLocaleString('en') : String(key.endsWith('Ratio') ? Math.round(value * 100) / 100 : round1(value))
  const bar = barsFor(row.cards, bars)[key]
  if (!bar) return text
  return meets(value, bar) ? `${text} ✓` : `${text} !`
}

/** A plain-text table; a number past its bar gets a "!", one within it a check mark. */
export function formatTable(rows, columns = COLUMNS, bars = BARS) {
  const cells = rows.map((row) => columns.map(([key]) => cell(row, key, bars)))
  const header = columns.map(([, title]) => title)
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (items) => items.map((item, i) => item.padStart(widths[i])).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

/** Every bar a row misses, as text. */
export function missedBars(rows, bars = BARS) {
  const missed = []
  for (const row of rows) {
    for (const [key, bar] of Object.entries(barsFor(row.cards, bars))) {
      if (row[key] === undefined) continue
      if (!meets(row[key], bar)) missed.push(`${row.cards} cards (${row.scene}): ${key} ${round1(row[key])}, bar ${describe(bar)}`)
    }
  }
  return missed
}
