import type { Action } from './actions/types'
import type { ActionId, CardId, EmotionId, JobId, LaneId, LinkId, MapId, PersonaId, StageId, StepId, WorkshopId } from './ids'

export const LANE_KINDS = [
  'touchpoints',
  'actions',
  'jobs',
  'emotions',
  'painPoints',
  'opportunities',
  'thoughts',
  'channels',
  'backstage',
  'metrics',
  'tasks',
  'text',
] as const
export type LaneKind = (typeof LANE_KINDS)[number]

/** green = positive interaction, red = friction point, yellow = a decision that leads to one or the other. */
export const SENTIMENTS = ['positive', 'friction', 'decision', 'neutral'] as const
export type Sentiment = (typeof SENTIMENTS)[number]

export const CHANNELS = ['email', 'phone', 'liveChat', 'socialMedia', 'webPage', 'liveVideo', 'inPerson', 'postalMail'] as const
export type Channel = (typeof CHANNELS)[number]

export const DEVICES = ['mobile', 'laptop', 'tablet', 'inStore'] as const
export type Device = (typeof DEVICES)[number]

export type Direction = 'ltr' | 'rtl'

/**
 * How grid cards show their text: 'fit' grows each card to its whole text (and a lane to its
 * tallest stack); 'compact' keeps every card two lines high and ends cut text with "…".
 */
export const CARD_TEXT_MODES = ['fit', 'compact'] as const
export type CardTextMode = (typeof CARD_TEXT_MODES)[number]

/** A colour as "#rrggbb". */
export type Hex = string

/** A workshop: one session with a group, holding one or more journey maps. Not part of any map's undo history. */
export interface Workshop {
  readonly id: WorkshopId
  readonly title: string
  /** The day the workshop runs, "YYYY-MM-DD", or "" when not yet planned. */
  readonly date: string
  readonly facilitator: string
  readonly notes: string
  /** Epoch milliseconds. */
  readonly createdAt: number
  readonly updatedAt: number
  /** Epoch milliseconds when moved to the trash; null while live. */
  readonly deletedAt: number | null
}

export interface JourneyMap {
  readonly id: MapId
  readonly workshopId: WorkshopId
  readonly title: string
  /** A right-to-left map runs its stages from right to left. */
  readonly direction: Direction
  /** Stages in chronological order. */
  readonly stageIds: readonly StageId[]
  /** Lanes from top to bottom. */
  readonly laneIds: readonly LaneId[]
  /** How cards show their text; absent means 'fit' (every word visible). */
  readonly cardText?: CardTextMode
  /** Personas shown in this map's header, in order. */
  readonly personaIds: readonly PersonaId[]
  /** Epoch milliseconds; orders the maps of a workshop. */
  readonly createdAt: number
  /** Epoch milliseconds when moved to the trash; null while live. */
  readonly deletedAt: number | null
}

export interface Stage {
  readonly id: StageId
  readonly mapId: MapId
  readonly title: string
  readonly color: Hex
  /** Steps (the columns) of this stage in chronological order. */
  readonly stepIds: readonly StepId[]
}

export interface Step {
  readonly id: StepId
  readonly mapId: MapId
  readonly stageId: StageId
  readonly title: string
  /** Column width in board pixels (at 100% zoom), >= MIN_STEP_WIDTH. */
  readonly width: number
}

export interface Lane {
  readonly id: LaneId
  readonly mapId: MapId
  readonly kind: LaneKind
  readonly title: string
  /** Row height in board pixels (at 100% zoom), >= MIN_LANE_HEIGHT. */
  readonly height: number
  readonly collapsed: boolean
}

export interface Metric {
  readonly name: string
  readonly value: string
}

/** A card sits in a cell of the grid (lane x step, stretching over `span` steps) or free on the board. */
export type CardPlace =
  | {
      readonly kind: 'cell'
      readonly laneId: LaneId
      readonly stepId: StepId
      /** How many consecutive steps the card covers, from `stepId` on; >= 1. */
      readonly span: number
      /** Orders the cards stacked in one cell, smallest on top; any finite number. */
      readonly rank: number
    }
  | {
      readonly kind: 'free'
      /** Board pixels from the board's origin. */
      readonly x: number
      readonly y: number
      readonly width: number
      readonly height: number
    }

/** Whether two places are the same: the same cell, span and rank, or the same free rect. */
export function samePlace(a: CardPlace, b: CardPlace): boolean {
  if (a.kind === 'cell' && b.kind === 'cell') return a.laneId === b.laneId && a.stepId === b.stepId && a.span === b.span && a.rank === b.rank
  if (a.kind === 'free' && b.kind === 'free') return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
  return false
}

/** How a free item is drawn: a sticky note, bare text, or a rectangle or ellipse with its text centred. */
export const CARD_SHAPES = ['note', 'text', 'rect', 'ellipse'] as const
export type CardShape = (typeof CARD_SHAPES)[number]

export interface Card {
  readonly id: CardId
  readonly mapId: MapId
  readonly place: CardPlace
  /** How a free item is drawn; cards in cells are always drawn as notes, whatever this says. */
  readonly shape: CardShape
  readonly text: string
  readonly sentiment: Sentiment
  /** Overrides the sentiment colour when set. */
  readonly color: Hex | null
  /** Touchpoint fields: where and how the customer meets the brand. */
  readonly channel: Channel | null
  readonly device: Device | null
  /** What the customer does at this touchpoint ("fills in a form"). */
  readonly action: string
  /** The team that owns the touchpoint (marketing, sales, customer service, ...). */
  readonly team: string
  readonly metrics: readonly Metric[]
  /** Personas this card belongs to; empty means everyone. */
  readonly personaIds: readonly PersonaId[]
  /** Set when the card stands for a job-to-be-done on a jobs lane. */
  readonly jobId: JobId | null
}

export interface Link {
  readonly id: LinkId
  readonly mapId: MapId
  readonly from: CardId
  readonly to: CardId
  readonly label: string
}

/** Emotion scores run from -2 (very negative) to +2 (very positive). */
export type EmotionScore = number
export const EMOTION_MIN = -2
export const EMOTION_MAX = 2

/** What the customer feels and what the brand intends them to feel at one step, for one persona (or everyone). */
export interface EmotionPoint {
  readonly id: EmotionId
  readonly mapId: MapId
  readonly stepId: StepId
  /** null: the map's shared curve when no persona is chosen. */
  readonly personaId: PersonaId | null
  readonly felt: EmotionScore
  readonly intended: EmotionScore
}

export interface Persona {
  readonly id: PersonaId
  readonly workshopId: WorkshopId
  readonly name: string
  readonly role: string
  readonly quote: string
  readonly ageRange: string
  readonly demographics: string
  readonly goals: readonly string[]
  readonly frustrations: readonly string[]
  readonly channels: readonly Channel[]
  readonly devices: readonly Device[]
  /** How the persona spends their time. */
  readonly timeSpent: string
  readonly description: string
  /** A data: URL of the photo, or null for an avatar of initials. */
  readonly photo: string | null
  readonly color: Hex
}

/** "When <situation>, I want to <motivation>, so I can <outcome>." */
export interface Job {
  readonly id: JobId
  readonly workshopId: WorkshopId
  readonly situation: string
  readonly motivation: string
  readonly outcome: string
  readonly personaIds: readonly PersonaId[]
  /** Steps where the job happens, on any map of the workshop (a job is shared by its maps). */
  readonly stepIds: readonly StepId[]
}

export type RecordMap<K extends string, V> = Readonly<Record<K, V>>

/**
 * What one open map holds: the map with its grid and content, plus the personas and jobs of its
 * workshop. It is the unit of undo, of autosave and of a .journey file. Records are keyed by id;
 * order lives in the parents' id arrays (map.stageIds, stage.stepIds, map.laneIds).
 */
export interface JourneyDoc {
  readonly map: JourneyMap
  readonly stages: RecordMap<StageId, Stage>
  readonly steps: RecordMap<StepId, Step>
  readonly lanes: RecordMap<LaneId, Lane>
  readonly cards: RecordMap<CardId, Card>
  readonly links: RecordMap<LinkId, Link>
  readonly emotions: RecordMap<EmotionId, EmotionPoint>
  readonly personas: RecordMap<PersonaId, Persona>
  readonly jobs: RecordMap<JobId, Job>
  /** The action plan (steps 3 to 5 of the method): tasks made from the map's cards. */
  readonly actions: RecordMap<ActionId, Action>
}

/** The record collections of a document, by the name of their table. */
export const RECORD_TABLES = ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs', 'actions'] as const
export type RecordTable = (typeof RECORD_TABLES)[number]

export const MIN_STEP_WIDTH = 120
export const MAX_STEP_WIDTH = 2000
export const DEFAULT_STEP_WIDTH = 220
export const MIN_LANE_HEIGHT = 48
export const MAX_LANE_HEIGHT = 2000
export const DEFAULT_LANE_HEIGHT = 160
