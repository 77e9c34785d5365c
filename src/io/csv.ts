import { defuse } from '../domain/csvCell'

/**
 * CSV as spreadsheets read it (RFC 4180): every field quoted, quotes doubled, CRLF line ends, a
 * UTF-8 byte-order mark so Excel picks UTF-8 rather than the system code page.
 */
export const BOM = '\uFEFF'
const CRLF = '\r\n'

// Defusing lives in the domain, which writes the vote's CSV too.
export { defuse, undefuse } from '../domain/csvCell'

export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => `"${defuse(cell).replace(/"/g, '""')}"`
  return BOM + rows.map((row) => row.map(quote).join(',') + CRLF).join('')
}

export interface CsvLimits {
  /** Rows, the header included. */
  readonly rows: number
  readonly fieldsPerRow: number
  readonly fieldLength: number
}

export type CsvParse =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; readonly what: 'rows' | 'fields' | 'fieldLength'; readonly limit: number; readonly line: number }

/**
 * Reads CSV text into rows of cells, stopping as soon as a limit is passed. Accepts quoted and
 * bare fields, CRLF or LF, a BOM, and an unterminated quote at the end (taken as closed there).
 * A single pass with no backtracking, so hostile text costs time in proportion to its length.
 */
export function parseCsv(text: string, limits: CsvLimits): CsvParse {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let i = text.startsWith(BOM) ? 1 : 0
  const endField = (): CsvParse | null => {
    if (field.length > limits.fieldLength) return { ok: false, what: 'fieldLength', limit: limits.fieldLength, line }
    row.push(field)
    field = ''
    return row.length > limits.fieldsPerRow ? { ok: false, what: 'fields', limit: limits.fieldsPerRow, line } : null
  }
  const endRow = (): CsvParse | null => {
    const failed = endField()
    if (failed) return failed
    // A blank line is no row (spreadsheets often leave one at the end).
    if (!(row.length === 1 && row[0] === '')) rows.push(row)
    row = []
    return rows.length > limits.rows ? { ok: false, what: 'rows', limit: limits.rows, line } : null
  }
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (c === '\n') line++
        field += c
      }
      i++
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      const failed = endField()
      if (failed) return failed
    } else if (c === '\r' || c === '\n') {
      const failed = endRow()
      if (failed) return failed
      if (c === '\r' && text[i + 1] === '\n') i++
      line++
    } else field += c
    i++
  }
  if (field !== '' || row.length > 0) {
    const failed = endRow()
    if (failed) return failed
  }
  return { ok: true, rows }
}
