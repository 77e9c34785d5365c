import { joinListCell } from '../listCell'
import { defuse } from '../csvCell'
import type { VoteRecord, Voter } from './voteResults'

/** Column headers in the person's language; the caller translates, this module only lays out. */
export interface VoteCsvLabels {
  readonly rank: string
  readonly card: string
  readonly votes: string
  readonly voters: string
}

export interface VoteCsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Excel reads a CSV without one in the system's legacy code
   * page, which garbles Persian and accented text, so it is on unless the caller turns it off.
   */
  readonly bom?: boolean
}

/**
 * The results of one vote as RFC 4180 CSV: CRLF line ends, and any field holding a comma, a quote
 * or a line break quoted with its quotes doubled. The voters column is there only for named votes.
 */
export function resultsCsv(record: VoteRecord, labels: VoteCsvLabels, { bom = true }: VoteCsvOptions = {}): string {
  const named = record.rows.some((row) => row.voters !== undefined)
  const header = [labels.rank, labels.card, labels.votes, ...(named ? [labels.voters] : [])]
  const lines = [header, ...record.rows.map((row) => [String(row.rank), row.text, String(row.votes), ...(named ? [voterList(row.voters ?? [])] : [])])]
  return (bom ? '\uFEFF' : '') + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * "Ada (2); Bo (1)": a count after every name, so a reader never has to guess that a bare name
 * means one. Names are typed by the people in the room, so one may hold "; " or end in "(3)": the
 * list is escaped as the touchpoint CSV's list cells are (joinListCell), and a reader that splits
 * at each unescaped ';' and takes the count from the last "(n)" of each entry gets the names back.
 */
function voterList(voters: readonly Voter[]): string {
  return joinListCell(voters.map((v) => `${v.name} (${v.votes})`))
}

/** A field of the CSV: defused against formulas (csvCell.ts), quoted only when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = defuse(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
