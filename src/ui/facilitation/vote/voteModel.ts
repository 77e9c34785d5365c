import type { TFunction } from 'i18next'
import { getRecord } from '../../../domain/records'
import type { Card, CardId, JourneyDoc, Lane, StageId, StepId } from '../../../domain'
import type { VoteRecord, VoteScope } from '../../../domain/facilitation'
import { isolated, withoutIsolation } from '../../../i18n/isolated'
import { fileNameFor } from '../../../io/fileName'

/** Lanes a vote can be limited to: those that hold cards (an emotion lane draws curves). */
export function votableLanes(doc: JourneyDoc): Lane[] {
  return doc.map.laneIds.map((id) => getRecord(doc.lanes, id)).filter((lane): lane is Lane => lane !== undefined && lane.kind !== 'emotions')
}

export interface CountGroup {
  /** The step's id, or "free" for notes outside the grid. */
  readonly key: string
  readonly stageId: StageId | null
  readonly stepId: StepId | null
  readonly cardIds: readonly CardId[]
}

/**
 * The counting list's sections: cards under the step they start in (a spanning card counts once),
 * in the order given (eligibleCards orders by step), and free notes last.
 */
export function groupByStep(doc: JourneyDoc, cardIds: readonly CardId[]): CountGroup[] {
  const groups = new Map<string, { stageId: StageId | null; stepId: StepId | null; cardIds: CardId[] }>()
  for (const id of cardIds) {
    const card = getRecord(doc.cards, id)
    if (!card) continue
    const stepId = card.place.kind === 'cell' ? card.place.stepId : null
    const key = stepId ?? 'free'
    let group = groups.get(key)
    if (!group) {
      group = { stageId: stepId ? (getRecord(doc.steps, stepId)?.stageId ?? null) : null, stepId, cardIds: [] }
      groups.set(key, group)
    }
    group.cardIds.push(id)
  }
  const free = groups.get('free')
  groups.delete('free')
  const list = [...groups].map(([key, g]) => ({ key, ...g }))
  return free ? [...list, { key: 'free', ...free }] : list
}

/** A card as the lists show it: its text on one line, or a word for an empty card. */
export function cardText(card: Pick<Card, 'text'> | undefined | null, t: TFunction, fallback?: string): string {
  const text = (card?.text ?? fallback ?? '').replace(/\s+/g, ' ').trim()
  return text || t('vote.emptyCard')
}

export function stageTitle(doc: JourneyDoc, stageId: StageId | null, t: TFunction): string {
  return (stageId && getRecord(doc.stages, stageId)?.title.trim()) || t('board.untitledStage')
}

export function stepTitle(doc: JourneyDoc, stepId: StepId | null, t: TFunction): string {
  return (stepId && getRecord(doc.steps, stepId)?.title.trim()) || t('board.untitledStep')
}

/** "Whole map", "Lanes: Actions, Touchpoints": names from the open map; a lane or stage since deleted is counted, not named. */
export function scopeSummary(doc: JourneyDoc, scope: VoteScope, t: TFunction): string {
  if (scope.kind === 'map') return t('vote.scopeMap')
  const ids: readonly string[] = scope.kind === 'lanes' ? scope.laneIds : scope.stageIds
  const records: Readonly<Record<string, { title: string }>> = scope.kind === 'lanes' ? doc.lanes : doc.stages
  const untitled = scope.kind === 'lanes' ? t('board.grid.untitledLane') : t('board.untitledStage')
  // Each name isolated on its own, so a Latin lane's name in a Persian list keeps its punctuation.
  const names = ids.map((id) => getRecord(records, id)).filter((r) => r !== undefined).map((r) => isolated(r.title.trim() || untitled))
  const gone = ids.length - names.length
  const list = [...names, ...(gone > 0 ? [t('vote.scopeGone', { count: gone })] : [])].join(', ')
  return t(scope.kind === 'lanes' ? 'vote.scopeLanes' : 'vote.scopeStages', { names: list })
}

/** Total dots in a record. */
export function recordTotal(record: VoteRecord): number {
  return record.rows.reduce((sum, row) => sum + row.votes, 0)
}

/** Whether another row shares this rank: the lists mark such rows as tied. */
export function tiedRanks(rows: readonly { readonly rank: number }[]): ReadonlySet<number> {
  const seen = new Map<number, number>()
  for (const row of rows) seen.set(row.rank, (seen.get(row.rank) ?? 0) + 1)
  return new Set([...seen].filter(([, n]) => n > 1).map(([rank]) => rank))
}

/** The CSV's name: the map's title, "votes" in the person's language, and the local date and time of the vote. */
export function voteCsvName(t: TFunction, mapTitle: string, at: number): string {
  const d = new Date(at)
  const two = (n: number) => String(n).padStart(2, '0')
  const date = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}.${two(d.getMinutes())}`
  return fileNameFor(withoutIsolation(t)('vote.fileName', { title: mapTitle.trim() || 'journey-map', date }), 'csv')
}
