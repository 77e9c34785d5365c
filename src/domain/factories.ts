import type { CardId, JobId, LaneId, LinkId, MapId, PersonaId, StageId, StepId, WorkshopId } from './ids'
import { newId } from './ids'
import type { Card, CardPlace, Job, JourneyDoc, JourneyMap, Lane, LaneKind, Link, Persona, Stage, Step, Workshop } from './types'
import { DEFAULT_LANE_HEIGHT, DEFAULT_STEP_WIDTH } from './types'

/** Stage colours handed out in turn to new stages: soft enough to sit behind dark text when projected. */
export const STAGE_COLORS = ['#dbeafe', '#dcfce7', '#fef9c3', '#fce7f3', '#ede9fe', '#ffedd5', '#cffafe', '#e2e8f0'] as const
export const PERSONA_COLORS = ['#2563eb', '#16a34a', '#d97706', '#db2777', '#7c3aed', '#0891b2'] as const

export function createWorkshop(fields: Partial<Omit<Workshop, 'id'>> & { title: string }, now = Date.now()): Workshop {
  return {
    id: newId<WorkshopId>(),
    date: '',
    facilitator: '',
    notes: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...fields,
  }
}

export function createMap(workshopId: WorkshopId, title: string, now = Date.now()): JourneyMap {
  return { id: newId<MapId>(), workshopId, title, direction: 'ltr', stageIds: [], laneIds: [], personaIds: [], createdAt: now, deletedAt: null }
}

export function createStage(mapId: MapId, title: string, color: string = STAGE_COLORS[0]): Stage {
  return { id: newId<StageId>(), mapId, title, color, stepIds: [] }
}

export function createStep(mapId: MapId, stageId: StageId, title: string, width = DEFAULT_STEP_WIDTH): Step {
  return { id: newId<StepId>(), mapId, stageId, title, width }
}

export function createLane(mapId: MapId, kind: LaneKind, title: string, height = DEFAULT_LANE_HEIGHT): Lane {
  return { id: newId<LaneId>(), mapId, kind, title, height, collapsed: false }
}

export function createCard(mapId: MapId, place: CardPlace, fields: Partial<Omit<Card, 'id' | 'mapId' | 'place'>> = {}): Card {
  return {
    id: newId<CardId>(),
    mapId,
    place,
    shape: 'note',
    text: '',
    sentiment: 'neutral',
    color: null,
    channel: null,
    device: null,
    action: '',
    team: '',
    metrics: [],
    personaIds: [],
    jobId: null,
    ...fields,
  }
}

export function createLink(mapId: MapId, from: CardId, to: CardId, label = ''): Link {
  return { id: newId<LinkId>(), mapId, from, to, label }
}

export function createPersona(workshopId: WorkshopId, name: string, color: string = PERSONA_COLORS[0]): Persona {
  return {
    id: newId<PersonaId>(),
    workshopId,
    name,
    role: '',
    quote: '',
    ageRange: '',
    demographics: '',
    goals: [],
    frustrations: [],
    channels: [],
    devices: [],
    timeSpent: '',
    description: '',
    photo: null,
    color,
  }
}

export function createJob(workshopId: WorkshopId, situation = '', motivation = '', outcome = ''): Job {
  return { id: newId<JobId>(), workshopId, situation, motivation, outcome, personaIds: [], stepIds: [] }
}

/** A document with nothing but its map; the workshop's personas and jobs are added by whoever loads it. */
export function emptyDoc(map: JourneyMap): JourneyDoc {
  return { map, stages: {}, steps: {}, lanes: {}, cards: {}, links: {}, emotions: {}, personas: {}, jobs: {}, actions: {} }
}

export interface StarterTitles {
  readonly stages: readonly string[]
  readonly step: (n: number) => string
  readonly lanes: readonly (readonly [LaneKind, string])[]
}

/**
 * A new map that is ready to work on: the given stages with two steps each and the given lanes.
 * Titles come from the caller so they arrive in the person's language.
 */
export function createStarterDoc(map: JourneyMap, titles: StarterTitles): JourneyDoc {
  let n = 0
  const stages: Stage[] = []
  const steps: Step[] = []
  titles.stages.forEach((title, i) => {
    const stage = createStage(map.id, title, STAGE_COLORS[i % STAGE_COLORS.length])
    const own = [createStep(map.id, stage.id, titles.step(++n)), createStep(map.id, stage.id, titles.step(++n))]
    stages.push({ ...stage, stepIds: own.map((s) => s.id) })
    steps.push(...own)
  })
  const lanes = titles.lanes.map(([kind, title]) => createLane(map.id, kind, title, kind === 'emotions' ? 200 : DEFAULT_LANE_HEIGHT))
  return {
    ...emptyDoc({ ...map, stageIds: stages.map((s) => s.id), laneIds: lanes.map((l) => l.id) }),
    stages: Object.fromEntries(stages.map((s) => [s.id, s])),
    steps: Object.fromEntries(steps.map((s) => [s.id, s])),
    lanes: Object.fromEntries(lanes.map((l) => [l.id, l])),
  }
}
