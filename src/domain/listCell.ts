/**
 * A list of values in one spreadsheet cell (a card's metrics, its personas' names, a vote's
 * voters), joined with "; ". A value may hold a ';' itself (a persona "Ops; night shift"), so
 * inside a value it is written `\;`, and a backslash `\\` so a value ending in one cannot swallow
 * the separator after it: the escapes vCard uses for the same kind of list. Every CSV export that
 * writes such a list uses these two, so one reader splits them all alike (docs/file-format.md).
 */
const LIST_SEPARATOR = '; '

export function joinListCell(values: readonly string[]): string {
  return values.map((value) => value.replace(/[\\;]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR)
}

/**
 * The values of a list cell (see joinListCell), trimmed, empty ones left out. `\;` and `\\` stand
 * for `;` and `\`; any other backslash is kept as it is, as in a sheet typed by hand ("C:\Users").
 */
export function splitListCell(value: string): string[] {
  const parts: string[] = []
  let part = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    const next = value[i + 1]
    if (c === '\\' && (next === ';' || next === '\\')) {
      part += next
      i++
    } else if (c === ';') {
      parts.push(part)
      part = ''
    } else part += c
  }
  parts.push(part)
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}
