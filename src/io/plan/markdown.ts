import { ACTION_STATUSES, QUADRANTS, quadrantOf, type Action } from '../../domain'
import { formatDay } from '../../i18n/format'
import { cardTexts, planOrder, type PlanSource, type Translate } from './source'

/**
 * Backslash-escapes what Markdown would read as markup in a person's text (emphasis, code, links,
 * images, HTML, tables, strikethrough, entities), and puts a multi-line text on one line, so a
 * title can neither break the checklist nor inject a link or a tag into the ticket system.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
}

export interface PlanMarkdownOptions {
  /** The map's title, for the heading. */
  readonly title: string
  /** The interface language: dates in its calendar and digits (Persian: the Solar Hijri calendar). */
  readonly language: string
}

const QUADRANT_RANK = new Map(QUADRANTS.map((q, i) => [q, i]))

/**
 * The plan as a Markdown checklist to paste into a ticket system: a section per status in the
 * plan's order (idea to dropped), quick wins first within a section, then the most voted. Each
 * action is "- [ ] Title — owner, due date" with its deliverable, source cards, scores and
 * automation as sub-items. Done and dropped actions are ticked (dropped ones struck through), so
 * a tracker's progress counter reaches the end when nothing is left to do.
 */
export function planToMarkdown(actions: readonly Action[], source: PlanSource, t: Translate, options: PlanMarkdownOptions): string {
  const lines: string[] = [`# ${escapeMarkdown(t('plan.markdown.heading', { title: options.title }))}`, '']
  if (actions.length === 0) return [...lines, escapeMarkdown(t('plan.markdown.none')), ''].join('\n')
  const ordered = planOrder(actions)
  const separator = t('plan.markdown.separator')
  for (const status of ACTION_STATUSES) {
    const group = ordered
      .filter((a) => a.status === status)
      .sort((a, b) => (QUADRANT_RANK.get(quadrantOf(a)) ?? 0) - (QUADRANT_RANK.get(quadrantOf(b)) ?? 0) || b.votes - a.votes)
    if (group.length === 0) continue
    lines.push(`## ${escapeMarkdown(t(`plan.status.${status}`))}`, '')
    for (const action of group) lines.push(...item(action, source, t, options.language, separator))
    lines.push('')
  }
  return lines.join('\n')
}

function item(action: Action, source: PlanSource, t: Translate, language: string, separator: string): string[] {
  const title = escapeMarkdown(action.title) || escapeMarkdown(t('plan.markdown.untitled'))
  const heading = action.status === 'dropped' ? `~~${title}~~` : title
  const about = [action.owner.trim() === '' ? '' : escapeMarkdown(action.owner), action.due === '' ? '' : escapeMarkdown(t('plan.markdown.due', { date: formatDay(action.due, language) }))].filter((s) => s !== '')
  const box = action.status === 'done' || action.status === 'dropped' ? '[x]' : '[ ]'
  const out = [`- ${box} ${heading}${about.length > 0 ? ` — ${about.join(separator)}` : ''}`]
  const sub = (text: string) => out.push(`  - ${text}`)
  if (action.deliverable.trim() !== '') sub(escapeMarkdown(t('plan.markdown.deliverable', { text: action.deliverable })))
  const cards = cardTexts(action, source).filter((text) => text !== '')
  if (cards.length > 0) sub(escapeMarkdown(t('plan.markdown.from', { cards: cards.join(separator) })))
  sub(escapeMarkdown(t('plan.markdown.scores', { impact: action.impact, effort: action.effort, quadrant: t(`plan.quadrant.${quadrantOf(action)}`) })))
  if (action.automation !== 'no' || action.automationNote.trim() !== '') {
    const level = t(`plan.automation.${action.automation}`)
    const note = action.automationNote.trim()
    sub(escapeMarkdown(t('plan.markdown.automation', { level: note === '' ? level : `${level} (${note})` })))
  }
  return out
}
