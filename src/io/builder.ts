import { PERSONA_COLORS, STAGE_COLORS, createPersona, emotionIdFor, newId, personaNameKey, type LaneKind, type WorkshopId } from '../domain'
import { CURRENT_FORMAT_VERSION, loadEnvelope } from '../format'
import type { ImportNote, ImportResult, ImportSource } from './types'

type Row = Record<string, unknown>

export interface CardFields {
  readonly text: string
  readonly sentiment?: string
  readonly channel?: string | null
  readonly device?: string | null
  readonly team?: string
  readonly metrics?: readonly { readonly name: string; readonly value: string }[]
  /** Ids from `persona()`. */
  readonly personaIds?: readonly string[]
}

/**
 * Builds a map from another format's rows as the plain data of a .journey file, then loads it
 * through the same bounded parse, validate and normalize path as a file: whatever a CSV or
 * Mermaid reader lets through is checked exactly as a hand-written .journey would be.
 */
export class MapBuilder {
  private readonly mapId = newId()
  private readonly workshopId = newId<WorkshopId>()
  private readonly personas: Row[] = []
  private readonly personaByName = new Map<string, string>()
  private readonly stages: Row[] = []
  private readonly steps: Row[] = []
  private readonly lanes: Row[] = []
  private readonly cards: Row[] = []
  private readonly emotions: Row[] = []
  private readonly stageByTitle = new Map<string, Row & { stepIds: string[] }>()
  private readonly stepByKey = new Map<string, string>()
  private readonly laneByKey = new Map<string, string>()
  private readonly emotionByStep = new Map<string, Row>()
  private readonly ranks = new Map<string, number>()
  readonly notes: ImportNote[] = []

  constructor(private readonly title: string) {}

  /** The stage with this title, made the first time it is named. */
  stage(title: string): string {
    let stage = this.stageByTitle.get(title)
    if (!stage) {
      stage = { id: newId(), mapId: this.mapId, title, color: STAGE_COLORS[this.stages.length % STAGE_COLORS.length], stepIds: [] }
      this.stageByTitle.set(title, stage)
      this.stages.push(stage)
    }
    return stage.id as string
  }

  /** The step with this title in the stage; `unique` makes a new one even when the title repeats. */
  step(stageTitle: string, title: string, unique = false): string {
    const stageId = this.stage(stageTitle)
    const key = `${stageId}\n${title}`
    const known = unique ? undefined : this.stepByKey.get(key)
    if (known) return known
    const id = newId()
    this.steps.push({ id, mapId: this.mapId, stageId, title })
    this.stageByTitle.get(stageTitle)?.stepIds.push(id)
    this.stepByKey.set(key, id)
    return id
  }

  lane(title: string, kind: LaneKind): string {
    const key = `${kind}\n${title}`
    const known = this.laneByKey.get(key)
    if (known) return known
    const id = newId()
    this.lanes.push({ id, mapId: this.mapId, kind, title })
    this.laneByKey.set(key, id)
    return id
  }

  /**
   * The persona with this name, made the first time it is named (spelled as then); it heads the
   * map. Names differing only in case or spacing are one persona (personaNameKey).
   */
  persona(name: string): string {
    const key = personaNameKey(name)
    const known = this.personaByName.get(key)
    if (known) return known
    const persona = createPersona(this.workshopId, name, PERSONA_COLORS[this.personas.length % PERSONA_COLORS.length])
    this.personas.push({ ...persona })
    this.personaByName.set(key, persona.id)
    return persona.id
  }

  card(laneId: string, stepId: string, fields: CardFields): void {
    const cell = `${laneId}\n${stepId}`
    const rank = this.ranks.get(cell) ?? 0
    this.ranks.set(cell, rank + 1)
    this.cards.push({ id: newId(), mapId: this.mapId, place: { kind: 'cell', laneId, stepId, span: 1, rank }, ...fields })
  }

  /** A curve's point at a step (the shared curve, or a persona's from `persona()`); a later value for the same step fills in what the first left out. */
  emotion(stepId: string, felt: number | null, intended: number | null, personaId: string | null = null): void {
    const key = `${stepId}\n${personaId ?? ''}`
    let point = this.emotionByStep.get(key)
    if (!point) {
      point = { id: emotionIdFor(stepId, personaId as Parameters<typeof emotionIdFor>[1]), mapId: this.mapId, stepId, personaId, felt: 0, intended: 0 }
      this.emotionByStep.set(key, point)
      this.emotions.push(point)
    }
    if (felt !== null) point.felt = felt
    if (intended !== null) point.intended = intended
  }

  note(key: string, values: Record<string, string | number> = {}): void {
    this.notes.push({ key, values })
  }

  get isEmpty(): boolean {
    return this.stages.length === 0
  }

  build(source: ImportSource): ImportResult {
    if (this.isEmpty) return { ok: false, error: { kind: 'empty', source } }
    const envelope = {
      type: 'journeyboard',
      formatVersion: CURRENT_FORMAT_VERSION,
      app: { name: 'Journeyboard', version: source },
      document: {
        map: {
          id: this.mapId,
          workshopId: this.workshopId,
          title: this.title,
          stageIds: this.stages.map((s) => s.id),
          laneIds: this.lanes.map((l) => l.id),
          personaIds: this.personas.map((p) => p.id),
        },
        stages: this.stages,
        steps: this.steps,
        lanes: this.lanes,
        cards: this.cards,
        emotions: this.emotions,
        personas: this.personas,
      },
    }
    const loaded = loadEnvelope(envelope)
    if (!loaded.ok) return loaded
    return { ok: true, value: { source, ...loaded.value, notes: this.notes } }
  }
}
