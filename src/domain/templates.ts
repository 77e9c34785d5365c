import type { WorkshopId } from './ids'
import { emotionIdFor } from './applyContent'
import { createCard, createLane, createMap, createStage, createStep, emptyDoc, STAGE_COLORS } from './factories'
import type { Card, Channel, Device, EmotionPoint, JourneyDoc, Lane, LaneKind, Metric, Sentiment, Stage, Step } from './types'
import { DEFAULT_LANE_HEIGHT, DEFAULT_STEP_WIDTH } from './types'
import { BUILT_IN_TEMPLATES } from './templates/builtIn'

export interface TemplateStep {
  readonly title: string
  readonly width?: number
}

export interface TemplateStage {
  readonly title: string
  readonly color?: string
  readonly steps: readonly TemplateStep[]
}

export interface TemplateLane {
  readonly kind: LaneKind
  readonly title: string
  readonly height?: number
}

/** A card of a template, placed by indexes: `lane` into the template's lanes, `step` into all its steps in order. */
export interface TemplateCard {
  readonly lane: number
  readonly step: number
  readonly span?: number
  readonly text: string
  readonly sentiment?: Sentiment
  readonly color?: string | null
  readonly channel?: Channel | null
  readonly device?: Device | null
  readonly action?: string
  readonly team?: string
  readonly metrics?: readonly Metric[]
}

/** The map's shared curve (no persona) at one step: felt and intended, -2..+2. */
export interface TemplateEmotion {
  readonly step: number
  readonly felt: number
  readonly intended: number
}

/**
 * A map to start from. In a built-in template every text is an i18n key that the caller's lookup
 * turns into the person's language; in a saved one they are the facilitator's own words.
 */
export interface JourneyTemplate {
  readonly id: string
  readonly builtIn: boolean
  readonly name: string
  readonly description: string
  readonly stages: readonly TemplateStage[]
  readonly lanes: readonly TemplateLane[]
  readonly cards: readonly TemplateCard[]
  readonly emotions: readonly TemplateEmotion[]
  /** Epoch milliseconds for saved templates; 0 for built-in ones. */
  readonly createdAt: number
}

export { BUILT_IN_TEMPLATES }

export interface InstantiateOptions {
  readonly workshopId: WorkshopId
  /** The new map's title, already in the person's language. */
  readonly title: string
  /** Turns a built-in template's keys into text; saved templates never call it. */
  readonly t: (key: string) => string
  readonly now?: number
}

/**
 * A new document built from a template, under fresh ids with every reference resolved. Pure:
 * the same template gives the same shape every time, and cards or curves that point outside
 * the template's grid are left out rather than made dangling.
 */
export function instantiateTemplate(template: JourneyTemplate, options: InstantiateOptions): JourneyDoc {
  const text = (value: string) => (template.builtIn && value ? options.t(value) : value)
  const map = createMap(options.workshopId, options.title, options.now)
  const stages: Stage[] = []
  const steps: Step[] = []
  template.stages.forEach((ts, i) => {
    const stage = createStage(map.id, text(ts.title), ts.color ?? STAGE_COLORS[i % STAGE_COLORS.length])
    const own = ts.steps.map((step) => createStep(map.id, stage.id, text(step.title), step.width ?? DEFAULT_STEP_WIDTH))
    stages.push({ ...stage, stepIds: own.map((s) => s.id) })
    steps.push(...own)
  })
  const lanes: Lane[] = template.lanes.map((tl) => createLane(map.id, tl.kind, text(tl.title), tl.height ?? (tl.kind === 'emotions' ? 200 : DEFAULT_LANE_HEIGHT)))

  const ranks = new Map<string, number>()
  const cards: Card[] = template.cards.flatMap((tc) => {
    const lane = lanes[tc.lane]
    const step = steps[tc.step]
    if (!lane || !step) return []
    const cell = `${lane.id}:${step.id}`
    const rank = ranks.get(cell) ?? 0
    ranks.set(cell, rank + 1)
    const span = Math.max(1, Math.min(tc.span ?? 1, steps.length - tc.step))
    return [
      createCard(
        map.id,
        { kind: 'cell', laneId: lane.id, stepId: step.id, span, rank },
        {
          text: text(tc.text),
          sentiment: tc.sentiment ?? 'neutral',
          color: tc.color ?? null,
          channel: tc.channel ?? null,
          device: tc.device ?? null,
          action: text(tc.action ?? ''),
          team: text(tc.team ?? ''),
          metrics: tc.metrics ?? [],
        },
      ),
    ]
  })
  const emotions: EmotionPoint[] = template.emotions.flatMap((te) => {
    const step = steps[te.step]
    if (!step) return []
    return [{ id: emotionIdFor(step.id, null), mapId: map.id, stepId: step.id, personaId: null, felt: clampScore(te.felt), intended: clampScore(te.intended) }]
  })

  return {
    ...emptyDoc({ ...map, stageIds: stages.map((s) => s.id), laneIds: lanes.map((l) => l.id) }),
    stages: byId(stages),
    steps: byId(steps),
    lanes: byId(lanes),
    cards: byId(cards),
    emotions: byId(emotions),
  }
}

export interface SaveTemplateOptions {
  readonly id: string
  readonly name: string
  readonly description?: string
  /** Keep the map's cards and its shared emotion curve, or only its grid. */
  readonly includeCards: boolean
  readonly now?: number
}

/**
 * A saved template from an open map: its stages, steps and lanes, and optionally its cards. The
 * people of the workshop stay behind (a template is reused in other workshops), so persona tags,
 * job links and persona curves are dropped; free cards have no cell to be placed in and are left out.
 */
export function templateFromDoc(doc: JourneyDoc, options: SaveTemplateOptions): JourneyTemplate {
  const stepIds = doc.map.stageIds.flatMap((id) => doc.stages[id]?.stepIds ?? []).filter((id) => id in doc.steps)
  const stepIndex = new Map(stepIds.map((id, i) => [id as string, i]))
  const laneIds = doc.map.laneIds.filter((id) => id in doc.lanes)
  const laneIndex = new Map(laneIds.map((id, i) => [id as string, i]))
  const stages: TemplateStage[] = doc.map.stageIds.flatMap((id) => {
    const stage = doc.stages[id]
    if (!stage) return []
    const own = stage.stepIds.flatMap((sid) => {
      const step = doc.steps[sid]
      return step ? [{ title: step.title, width: step.width }] : []
    })
    return [{ title: stage.title, color: stage.color, steps: own }]
  })
  const lanes: TemplateLane[] = laneIds.map((id) => {
    const lane = doc.lanes[id]!
    return { kind: lane.kind, title: lane.title, height: lane.height }
  })
  const cards: TemplateCard[] = options.includeCards
    ? Object.values(doc.cards)
        .filter((c) => c.place.kind === 'cell')
        .sort((a, b) => (a.place.kind === 'cell' && b.place.kind === 'cell' ? a.place.rank - b.place.rank : 0))
        .flatMap((c) => {
          if (c.place.kind !== 'cell') return []
          const lane = laneIndex.get(c.place.laneId)
          const step = stepIndex.get(c.place.stepId)
          if (lane === undefined || step === undefined) return []
          return [{ lane, step, span: c.place.span, text: c.text, sentiment: c.sentiment, color: c.color, channel: c.channel, device: c.device, action: c.action, team: c.team, metrics: c.metrics }]
        })
    : []
  const emotions: TemplateEmotion[] = options.includeCards
    ? Object.values(doc.emotions).flatMap((e) => {
        const step = stepIndex.get(e.stepId)
        return e.personaId === null && step !== undefined ? [{ step, felt: e.felt, intended: e.intended }] : []
      })
    : []
  return { id: options.id, builtIn: false, name: options.name, description: options.description ?? '', stages, lanes, cards, emotions, createdAt: options.now ?? Date.now() }
}

/** Built-in templates first (in their fixed order), then saved ones, newest first. */
export function allTemplates(saved: readonly JourneyTemplate[]): JourneyTemplate[] {
  return [...BUILT_IN_TEMPLATES, ...[...saved].sort((a, b) => b.createdAt - a.createdAt)]
}

function clampScore(value: number): number {
  return Number.isFinite(value) ? Math.max(-2, Math.min(2, value)) : 0
}

function byId<V extends { readonly id: string }>(records: readonly V[]): Record<string, V> {
  return Object.fromEntries(records.map((r) => [r.id, r]))
}
