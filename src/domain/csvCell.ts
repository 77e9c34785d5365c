// Spreadsheet safety for any CSV the app writes (a map's, a plan's, a vote's): one rule, one place.

// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)").
// Tab and carriage return lead some parsers to the same place (OWASP's CSV injection list).
const FORMULA_START = /^[=+\-@\t\r]/
// The same after quotes: what a defused cell looks like, and what must be defused again to survive.
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/
// A plain number (an emotion score of -2) is safe as it is and must stay a number in the sheet.
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

/**
 * Makes a cell inert in a spreadsheet by prefixing a quote, which the sheet hides and reads as
 * "this is text". A cell that already looks defused gets one too, so `undefuse` gives it back whole.
 */
export function defuse(cell: string): string {
  const risky = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)
  return risky || QUOTED_FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** Undoes `defuse` on re-import: only a quote the exporter could have added is removed. */
export function undefuse(cell: string): string {
  return QUOTED_FORMULA_START.test(cell) ? cell.slice(1) : cell
}
