import { z } from 'zod'
import {
  ACTION_STATUSES,
  AUTOMATION_LEVELS,
  CARD_SHAPES,
  CARD_TEXT_MODES,
  MAX_ACTION_CARDS,
  MAX_ACTION_VOTES,
  SCORE_MAX,
  SCORE_MIN,
  isDueDate,
  CHANNELS,
  DEFAULT_LANE_HEIGHT,
  DEFAULT_STEP_WIDTH,
  DEVICES,
  LANE_KINDS,
  LIMITS,
  PERSONA_COLORS,
  SENTIMENTS,
  STAGE_COLORS,
  tableLimit,
  type RecordTable,
} from '../domain'
import {
  AGENDA_STEP_KINDS,
  MAX_AGENDA_STEPS,
  MAX_INSTRUCTION_CHARS,
  MAX_MINUTES,
  MAX_TITLE_CHARS,
  MIN_MINUTES,
  VOTE_HISTORY_LIMIT,
  VOTE_LIMITS,
  VOTE_TEXT_LIMIT,
} from '../domain/facilitation'

/*
 * The current format's schema: the one strict description of what the app saves (and of the
 * published JSON Schema). Loading is tolerant on top of it (restore.ts brings a value the schema
 * refuses back into it, field by field). Objects are loose so that fields a newer build (or
 * another tool) added survive a load and a save, within a budget. Ids are any bounded string
 * here: normalize re-keys the unsafe ones and rewrites the references, which is kinder than
 * refusing the whole file. Fields the app can do without have defaults, so a hand-written file
 * need not spell out every one. Every bound comes from the domain's LIMITS.
 */

const MAX_ID_LENGTH = 1000

const id = z.string().min(1).max(MAX_ID_LENGTH)
const text = z.string().max(LIMITS.stringLength)
const optionalText = text.default('')
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour like #1a2b3c' })
const coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate)
const size = z.number().positive().max(LIMITS.freeItemSize)
/** Step widths and lane heights: range-checked loosely here and brought into their own range by normalize. */
const gridSize = z.number().positive().max(LIMITS.coordinate)
const timestamp = z.number().min(0).max(8.64e15)
/** Order lists (a map's stages and lanes, a stage's steps) and references. */
const ids = z.array(id).max(LIMITS.steps).default(() => [])
const textList = z.array(text).max(LIMITS.listItems).default(() => [])

export const mapSchema = z.looseObject({
  id,
  workshopId: id,
  title: optionalText,
  direction: z.enum(['ltr', 'rtl']).default('ltr'),
  cardText: z.enum(CARD_TEXT_MODES).optional(),
  stageIds: ids,
  laneIds: ids,
  personaIds: ids,
  createdAt: timestamp.default(0),
  deletedAt: timestamp.nullable().default(null),
})

export const stageSchema = z.looseObject({
  id,
  mapId: id.optional(),
  title: optionalText,
  color: hex.default(STAGE_COLORS[0]),
  stepIds: ids,
})

/** Width is range-checked loosely here and brought into MIN..MAX_STEP_WIDTH by normalize. */
export const stepSchema = z.looseObject({
  id,
  mapId: id.optional(),
  stageId: id,
  title: optionalText,
  width: gridSize.default(DEFAULT_STEP_WIDTH),
})

export const laneSchema = z.looseObject({
  id,
  mapId: id.optional(),
  kind: z.enum(LANE_KINDS),
  title: optionalText,
  height: gridSize.default(DEFAULT_LANE_HEIGHT),
  collapsed: z.boolean().default(false),
})

const cellPlace = z.looseObject({
  kind: z.literal('cell'),
  laneId: id,
  stepId: id,
  span: z.int().min(1).max(LIMITS.span).default(1),
  rank: z.number().default(0),
})

const freePlace = z.looseObject({
  kind: z.literal('free'),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
})

const metricSchema = z.looseObject({ name: optionalText, value: optionalText })

export const cardSchema = z.looseObject({
  id,
  mapId: id.optional(),
  place: z.discriminatedUnion('kind', [cellPlace, freePlace]),
  // Added in format version 2 (migrate.ts, cardShape); the default keeps hand-written files short.
  shape: z.enum(CARD_SHAPES).default('note'),
  text: optionalText,
  sentiment: z.enum(SENTIMENTS).default('neutral'),
  color: hex.nullable().default(null),
  channel: z.enum(CHANNELS).nullable().default(null),
  device: z.enum(DEVICES).nullable().default(null),
  action: optionalText,
  team: optionalText,
  metrics: z.array(metricSchema).max(LIMITS.listItems).default(() => []),
  personaIds: ids,
  jobId: id.nullable().default(null),
})

export const linkSchema = z.looseObject({
  id,
  mapId: id.optional(),
  from: id,
  to: id,
  label: optionalText,
})

/** Scores must be finite; normalize clamps them into -2..+2 and says so. */
export const emotionSchema = z.looseObject({
  id,
  mapId: id.optional(),
  stepId: id,
  personaId: id.nullable().default(null),
  felt: z.number().default(0),
  intended: z.number().default(0),
})

export const personaSchema = z.looseObject({
  id,
  workshopId: id.optional(),
  name: optionalText,
  role: optionalText,
  quote: optionalText,
  ageRange: optionalText,
  demographics: optionalText,
  goals: textList,
  frustrations: textList,
  channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length * 4).default(() => []),
  devices: z.array(z.enum(DEVICES)).max(DEVICES.length * 4).default(() => []),
  timeSpent: optionalText,
  description: optionalText,
  // A photo is a data: URL and may be far longer than a text field; the sanitizer bounds it.
  photo: z.string().max(LIMITS.anyString).nullable().default(null),
  color: hex.default(PERSONA_COLORS[0]),
})

export const jobSchema = z.looseObject({
  id,
  workshopId: id.optional(),
  situation: optionalText,
  motivation: optionalText,
  outcome: optionalText,
  personaIds: ids,
  stepIds: ids,
})

/**
 * One task of the action plan (format version 4 on). A score that is not a whole number, a status
 * from another tool or a due date that is no day falls back to its default; cards it names that
 * the map does not hold are dropped by normalize.
 */
export const actionSchema = z.looseObject({
  id,
  mapId: id.optional(),
  title: optionalText,
  deliverable: optionalText,
  cardIds: z.array(id).max(MAX_ACTION_CARDS).default(() => []),
  owner: optionalText,
  due: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'expected a date like 2026-03-31, or nothing' })
    .refine((value) => value === '' || isDueDate(value), { error: 'expected a day of the calendar' })
    .default(''),
  status: z.enum(ACTION_STATUSES).default('idea'),
  impact: z.int().min(SCORE_MIN).max(SCORE_MAX).default(3),
  effort: z.int().min(SCORE_MIN).max(SCORE_MAX).default(3),
  automation: z.enum(AUTOMATION_LEVELS).default('no'),
  automationNote: optionalText,
  votes: z.int().min(0).max(MAX_ACTION_VOTES).default(0),
  createdAt: timestamp.default(0),
})

const table = <T extends z.ZodType>(record: T, name: RecordTable) => z.array(record).max(tableLimit(name)).default(() => [])

export const documentSchema = z.looseObject({
  map: mapSchema,
  stages: table(stageSchema, 'stages'),
  steps: table(stepSchema, 'steps'),
  lanes: table(laneSchema, 'lanes'),
  cards: table(cardSchema, 'cards'),
  links: table(linkSchema, 'links'),
  emotions: table(emotionSchema, 'emotions'),
  personas: table(personaSchema, 'personas'),
  jobs: table(jobSchema, 'jobs'),
  actions: table(actionSchema, 'actions'),
})

const keysOf = (schema: { shape: object }): ReadonlySet<string> => new Set(Object.keys(schema.shape))

/** The fields each record has in this format; any others are another tool's, kept within a budget. */
export const knownFields: Readonly<Record<'map' | RecordTable, ReadonlySet<string>>> = {
  map: keysOf(mapSchema),
  stages: keysOf(stageSchema),
  steps: keysOf(stepSchema),
  lanes: keysOf(laneSchema),
  cards: keysOf(cardSchema),
  links: keysOf(linkSchema),
  emotions: keysOf(emotionSchema),
  personas: keysOf(personaSchema),
  jobs: keysOf(jobSchema),
  actions: keysOf(actionSchema),
}

const agendaStepSchema = z.looseObject({
  id,
  kind: z.enum(AGENDA_STEP_KINDS),
  title: text.max(MAX_TITLE_CHARS).default(''),
  instruction: text.max(MAX_INSTRUCTION_CHARS).default(''),
  minutes: z.int().min(MIN_MINUTES).max(MAX_MINUTES),
  laneKinds: z.array(z.enum(LANE_KINDS)).default(() => []),
})

const voteCount = z.int().min(0)

const voteRecordSchema = z.looseObject({
  id,
  startedAt: timestamp,
  revealedAt: timestamp,
  mode: z.enum(['ballots', 'hands']),
  settings: z.looseObject({
    votesPerPerson: z.int().min(1).max(VOTE_LIMITS.votesPerPerson),
    capPerCard: z.int().min(1).max(VOTE_LIMITS.votesPerPerson),
    scope: z.looseObject({ kind: z.enum(['map', 'lanes', 'stages']), laneIds: ids.optional(), stageIds: ids.optional() }),
    anonymous: z.boolean(),
    hideTallies: z.boolean(),
    durationMs: z.number().min(VOTE_LIMITS.minDurationMs).max(VOTE_LIMITS.maxDurationMs).nullable(),
  }),
  voters: voteCount.nullable(),
  participants: voteCount.nullable(),
  rows: z.array(
    z.looseObject({
      cardId: id,
      text: text.max(VOTE_TEXT_LIMIT),
      votes: voteCount,
      rank: z.int().min(1),
      voters: z.array(z.looseObject({ name: text, votes: z.int().min(1) })).optional(),
    }),
  ),
})

/**
 * The published shape of the envelope's `facilitation` section (format version 3 on). Loading
 * does not hold a file to it: validateFacilitation keeps what it can use and the rest is reported.
 */
const facilitationSchema = z.looseObject({
  agenda: z.looseObject({ steps: z.array(agendaStepSchema).max(MAX_AGENDA_STEPS) }).nullable().default(null),
  votes: z.array(voteRecordSchema).max(VOTE_HISTORY_LIMIT).default(() => []),
  /** The facilitator's locks in a room (optional: files without it have nothing locked). */
  control: z.looseObject({ gridLocked: z.boolean(), lockedCardIds: z.array(id), participantsRunTimer: z.boolean() }).optional(),
})

export const envelopeSchema = z.looseObject({
  type: z.literal('journeyboard'),
  formatVersion: z.int().min(1),
  app: z.looseObject({ name: text.max(200), version: text.max(200) }).default(() => ({ name: '', version: '' })),
  document: documentSchema,
  facilitation: facilitationSchema.optional(),
})

export type ParsedDocument = z.output<typeof documentSchema>
export type ParsedMap = ParsedDocument['map']
export type ParsedCard = ParsedDocument['cards'][number]
