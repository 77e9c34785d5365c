/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const median = (values) => percentile(values, 50)

export const round1 = (n) => Math.round(n * 10) / 10

/** The bars, by card count: a field of a result row and the most it may be. */
export const BARS = {
  2000: { panP95Ms: 12, panFitP95Ms: 30 },
  10000: { panP95Ms: 20, panFitP95Ms: 60, firstRenderMs: 1000 },
}

const COLUMNS = [
  ['cards', 'cards'],
  ['firstRenderMs', 'first render ms'],
  ['panMedianMs', 'pan med'],
  ['panP95Ms', 'pan p95'],
  ['panFitMedianMs', 'fit med'],
  ['panFitP95Ms', 'fit p95'],
  ['dragP95Ms', 'drag p95'],
  ['heapMB', 'heap MiB'],
]

/** A plain-text table; a number over its bar gets a "!" and the bar, one under it a check mark. */
export function formatTable(rows) {
  const cells = rows.map((row) =>
    COLUMNS.map(([key]) => {
      const value = key === 'cards' ? row.cards.toLocaleString('en') : String(round1(row[key]))
      const bar = BARS[row.cards]?.[key]
      if (bar === undefined) return value
      return row[key] <= bar ? `${value} ✓` : `${value} ! (bar ${bar})`
    }),
  )
  const header = COLUMNS.map(([, title]) => title)
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (items) => items.map((item, i) => item.padStart(widths[i])).join('  ')
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

/** Every bar a row misses, as text. */
export function missedBars(rows) {
  const missed = []
  for (const row of rows) {
    for (const [key, bar] of Object.entries(BARS[row.cards] ?? {})) {
      if (!(row[key] <= bar)) missed.push(`${row.cards} cards: ${key} ${round1(row[key])} > ${bar}`)
    }
  }
  return missed
}
