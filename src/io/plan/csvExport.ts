import { quadrantOf, type Action } from '../../domain'
import { toCsv } from '../csv'
import { PLAN_COLUMNS, type PlanColumn } from './aliases'
import { cardTexts, liveCardIds, planOrder, stageTitles, type PlanSource, type Translate } from './source'

/**
 * The action plan as CSV for spreadsheets, one row per action.
 *
 * Language: header labels and the status, automation and quadrant words are in the person's
 * language (`t`), because the sheet is for reading; the importer recognises the headers and words
 * of all four languages and the machine keys, so a file made in Persian reads back in Norwegian.
 * Dates stay ISO "YYYY-MM-DD" and numbers ASCII digits: a spreadsheet sorts and filters those as
 * dates and numbers, where a Persian-calendar date would be text (and ambiguous to re-read).
 * Several cards or stages in one cell are one per line. The last two columns carry the action's
 * and its cards' ids, so a re-import links the cards again.
 *
 * RFC 4180 with every field quoted, CRLF, a UTF-8 byte-order mark (Excel), and any cell that a
 * spreadsheet would run as a formula defused with a leading quote (see ../csv).
 */
export function planToCsv(actions: readonly Action[], source: PlanSource, t: Translate): string {
  const rows: string[][] = [PLAN_COLUMNS.map((c) => t(`plan.column.${c}`))]
  for (const action of planOrder(actions)) {
    const cells: Record<PlanColumn, string> = {
      title: action.title,
      deliverable: action.deliverable,
      cards: cardTexts(action, source).join('\n'),
      stages: stageTitles(action, source).join('\n'),
      owner: action.owner,
      due: action.due,
      status: t(`plan.status.${action.status}`),
      impact: String(action.impact),
      effort: String(action.effort),
      quadrant: t(`plan.quadrant.${quadrantOf(action)}`),
      automation: t(`plan.automation.${action.automation}`),
      automationNote: action.automationNote,
      votes: String(action.votes),
      id: action.id,
      cardIds: liveCardIds(action, source).join(' '),
    }
    rows.push(PLAN_COLUMNS.map((c) => cells[c]))
  }
  return toCsv(rows)
}
