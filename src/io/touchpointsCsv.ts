import { joinListCell, orderedStepIds, splitListCell, type Card, type JourneyDoc } from '../domain'
import { LIMITS } from '../format'
import { MapBuilder } from './builder'
import { parseCsv, toCsv, undefuse } from './csv'
import { CODE_LABELS, codeFromCell, type TouchpointLabels } from './touchpointLabels'
import type { ImportResult } from './types'

/**
 * The machine headers of the touchpoint CSV: stable English names whatever the interface
 * language, so a sheet exported in one language re-imports in another (docs/file-format.md).
 * The first eleven are the touchpoint columns; lane_kind lets a re-import rebuild the lanes.
 * Sentiment, channel, device and lane kind are written as words in the export's language for the
 * people who read the sheet; the `*_code` columns at the end keep the codes for tools and re-import.
 */
export const CSV_COLUMNS = [
  'stage',
  'step',
  'lane',
  'text',
  'sentiment',
  'channel',
  'device',
  'team',
  'metrics',
  'emotion_felt',
  'emotion_intended',
  'lane_kind',
  'persona',
  'sentiment_code',
  'channel_code',
  'device_code',
  'lane_kind_code',
] as const
type Column = (typeof CSV_COLUMNS)[number]

/**
 * One row per card in a cell, in the order the map reads: stage, step, lane, then stacking rank.
 * `persona` names the personas the card is about, so a sheet can be filtered by persona.
 */
export function touchpointsToCsv(doc: JourneyDoc, labels: TouchpointLabels = CODE_LABELS): string {
  const steps = orderedStepIds(doc)
  const stepIndex = new Map<string, number>(steps.map((id, i) => [id, i]))
  const laneIndex = new Map<string, number>(doc.map.laneIds.map((id, i) => [id, i]))
  const shared = new Map(Object.values(doc.emotions).filter((e) => e.personaId === null).map((e) => [e.stepId as string, e]))
  const placed = Object.values(doc.cards).flatMap((card) => {
    if (card.place.kind !== 'cell') return []
    const s = stepIndex.get(card.place.stepId)
    const l = laneIndex.get(card.place.laneId)
    return s === undefined || l === undefined ? [] : [{ card, place: card.place, s, l }]
  })
  placed.sort((a, b) => a.s - b.s || a.l - b.l || a.place.rank - b.place.rank || (a.card.id < b.card.id ? -1 : 1))

  const personaNames = (card: Card) => joinListCell(card.personaIds.flatMap((id) => (doc.personas[id] ? [doc.personas[id].name] : [])))
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const { card, place } of placed) {
    const step = doc.steps[place.stepId]
    const lane = doc.lanes[place.laneId]
    const stage = step ? doc.stages[step.stageId] : undefined
    const emotion = shared.get(place.stepId)
    const cells: Record<Column, string> = {
      stage: stage?.title ?? '',
      step: step?.title ?? '',
      lane: lane?.title ?? '',
      text: card.text,
      sentiment: labels.sentiment(card.sentiment),
      channel: card.channel ? labels.channel(card.channel) : '',
      device: card.device ? labels.device(card.device) : '',
      team: card.team,
      metrics: metricsCell(card),
      emotion_felt: emotion ? String(emotion.felt) : '',
      emotion_intended: emotion ? String(emotion.intended) : '',
      lane_kind: lane ? labels.laneKind(lane.kind) : '',
      persona: personaNames(card),
      sentiment_code: card.sentiment,
      channel_code: card.channel ?? '',
      device_code: card.device ?? '',
      lane_kind_code: lane?.kind ?? '',
    }
    rows.push(CSV_COLUMNS.map((c) => cells[c]))
  }
  return toCsv(rows)
}

function metricsCell(card: Card): string {
  return joinListCell(card.metrics.map((m) => `${m.name}=${m.value}`))
}

export interface CsvImportOptions {
  readonly title: string
  /** Used for a row with no stage or lane name. */
  readonly untitledStage: string
  readonly untitledLane: string
}

const FIELDS_PER_ROW = 64

/** True when the text starts with the exported header row (the first line, BOM and quotes aside). */
export function looksLikeTouchpointCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  return /^"?stage"?\s*,\s*"?step"?\s*,/i.test(first)
}

/**
 * Reads a CSV in the exported layout back into a map: stages, steps and lanes in the order rows
 * name them, a card per row. Columns are found by header name, so a sheet with columns moved,
 * added or missing still reads; only the step column is required. A row
 * with no stage goes to an untitled stage; a card with no lane to an untitled lane. The `persona`
 * names become the map's personas (one per name, however many rows name it), and the card belongs
 * to them; the workshop's own personas of those names are put in their place when the map is
 * stored (adoptPersonasByName). Never throws.
 */
export function importTouchpointCsv(text: string, options: CsvImportOptions): ImportResult {
  if (text.length > LIMITS.bytes) return { ok: false, error: { kind: 'tooLarge', what: 'bytes', limit: LIMITS.bytes, found: text.length } }
  const parsed = parseCsv(text, { rows: LIMITS.cards, fieldsPerRow: FIELDS_PER_ROW, fieldLength: LIMITS.stringLength })
  if (!parsed.ok) {
    if (parsed.what === 'rows') return { ok: false, error: { kind: 'tooLarge', what: 'records', limit: parsed.limit, found: parsed.limit + 1 } }
    if (parsed.what === 'fieldLength') return { ok: false, error: { kind: 'tooLarge', what: 'string', limit: parsed.limit, found: parsed.limit + 1 } }
    return { ok: false, error: { kind: 'invalid', issues: [`line ${parsed.line}: more than ${parsed.limit} columns`] } }
  }
  const [header, ...rows] = parsed.rows
  const index = new Map<string, number>()
  header?.forEach((name, i) => {
    const key = undefuse(name).trim().toLowerCase().replace(/\s+/g, '_')
    if (!index.has(key)) index.set(key, i)
  })
  if (!index.has('step')) return { ok: false, error: { kind: 'invalid', issues: ['the first row must name the columns, including "step" (see the exported layout)'] } }
  // Card text keeps its spaces and line breaks; names and codes are trimmed.
  const raw = (row: readonly string[], column: Column): string => {
    const i = index.get(column)
    return i === undefined ? '' : undefuse(row[i] ?? '')
  }
  const cell = (row: readonly string[], column: Column): string => raw(row, column).trim()

  const builder = new MapBuilder(options.title)
  let unknownValues = 0
  // The code column when the sheet has one (our own export), else the word column, in any language.
  const CODED = { sentiment: ['sentiment', 'sentiment_code'], channel: ['channel', 'channel_code'], device: ['device', 'device_code'], laneKind: ['lane_kind', 'lane_kind_code'] } as const
  const known = <F extends keyof typeof CODED>(row: readonly string[], field: F) => {
    const [words, codes] = CODED[field]
    const value = index.has(codes) ? cell(row, codes) : cell(row, words)
    if (value === '') return null
    const code = codeFromCell(field, value)
    if (code === null) unknownValues++
    return code
  }
  for (const row of rows) {
    const stage = cell(row, 'stage')
    const stepTitle = cell(row, 'step')
    const text = raw(row, 'text')
    const laneTitle = cell(row, 'lane')
    // Titles and text may all be empty on a real card, so only a row of empty cells is passed over.
    if (row.every((value) => value.trim() === '')) continue
    const stepId = builder.step(stage || options.untitledStage, stepTitle)
    const felt = score(cell(row, 'emotion_felt'))
    const intended = score(cell(row, 'emotion_intended'))
    if (felt !== null || intended !== null) builder.emotion(stepId, felt, intended)
    const kind = known(row, 'laneKind') ?? 'touchpoints'
    const laneId = builder.lane(laneTitle || options.untitledLane, kind)
    builder.card(laneId, stepId, {
      text,
      sentiment: known(row, 'sentiment') ?? 'neutral',
      channel: known(row, 'channel'),
      device: known(row, 'device'),
      team: cell(row, 'team'),
      metrics: parseMetrics(cell(row, 'metrics')),
      personaIds: [...new Set(splitListCell(cell(row, 'persona')).map((name) => builder.persona(name)))],
    })
  }
  if (unknownValues > 0) builder.note('import.note.unknownValues', { count: unknownValues })
  return builder.build('csv')
}

function score(value: string): number | null {
  if (value === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

function parseMetrics(value: string): { name: string; value: string }[] {
  return splitListCell(value)
    .map((part) => {
      const at = part.indexOf('=')
      return at < 0 ? { name: part, value: '' } : { name: part.slice(0, at).trim(), value: part.slice(at + 1).trim() }
    })
}
