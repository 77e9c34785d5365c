import { emotionIdFor } from './applyContent'
import type { Action } from './actions/types'
import type { ActionId, CardId, JobId, LaneId, LinkId, MapId, PersonaId, StageId, StepId, WorkshopId } from './ids'
import { newId } from './ids'
import type { Card, EmotionPoint, Job, JourneyDoc, Link, Persona, Stage, Step } from './types'

export interface CloneTarget {
  readonly workshopId: WorkshopId
  readonly title?: string
  /**
   * Personas and jobs belong to the workshop and are shared by its maps, so duplicating a map
   * within its workshop keeps their ids (the default). Duplicating a workshop gives them new ones.
   */
  readonly keepPeople?: boolean
}

/**
 * A copy of the document under fresh ids with every reference rewritten, for "duplicate map",
 * "duplicate workshop" and import. References to records the document does not hold are dropped
 * (a link to a missing card, a tag of a missing persona) rather than carried over under an id
 * that can never resolve.
 */
export function cloneDocWithNewIds(doc: JourneyDoc, target: CloneTarget, now: number = Date.now()): JourneyDoc {
  return cloneDocsWithNewIds([doc], target, now)[0] as JourneyDoc
}

/**
 * Clones several maps of one workshop together, so a persona, job or step shared between them
 * gets one new id everywhere ("duplicate workshop" with `keepPeople: false`).
 */
export function cloneDocsWithNewIds(docs: readonly JourneyDoc[], target: CloneTarget, now: number = Date.now()): JourneyDoc[] {
  const keepPeople = target.keepPeople ?? true
  const ids = {
    stages: renamer<StageId>(docs.flatMap((d) => Object.keys(d.stages) as StageId[])),
    steps: renamer<StepId>(docs.flatMap((d) => Object.keys(d.steps) as StepId[])),
    personas: renamer<PersonaId>(docs.flatMap((d) => Object.keys(d.personas) as PersonaId[]), keepPeople),
    jobs: renamer<JobId>(docs.flatMap((d) => Object.keys(d.jobs) as JobId[]), keepPeople),
  }
  return docs.map((doc) => cloneOne(doc, target.workshopId, target.title, keepPeople, ids, now))
}

type Renamer<T extends string> = (id: T) => T | undefined

/** Maps every known id to a fresh one (or to itself when kept); unknown ids map to undefined. */
function renamer<T extends string>(known: readonly T[], keep = false): Renamer<T> {
  const table = new Map<T, T>(known.map((id) => [id, keep ? id : newId<T & { readonly __brand: string }>()]))
  return (id) => table.get(id)
}

function renameAll<T extends string>(rename: Renamer<T>, list: readonly T[]): T[] {
  return list.flatMap((id) => rename(id) ?? [])
}

interface SharedIds {
  readonly stages: Renamer<StageId>
  readonly steps: Renamer<StepId>
  readonly personas: Renamer<PersonaId>
  readonly jobs: Renamer<JobId>
}

function cloneOne(doc: JourneyDoc, workshopId: WorkshopId, title: string | undefined, keepPeople: boolean, ids: SharedIds, now: number): JourneyDoc {
  const mapId = newId<MapId>()
  const lanes = renamer<LaneId>(Object.keys(doc.lanes) as LaneId[])
  const cardIds = renamer<CardId>(Object.keys(doc.cards) as CardId[])

  const stages: Stage[] = Object.values(doc.stages).flatMap((s) => {
    const id = ids.stages(s.id)
    return id ? [{ ...s, id, mapId, stepIds: renameAll(ids.steps, s.stepIds) }] : []
  })
  const steps: Step[] = Object.values(doc.steps).flatMap((s) => {
    const id = ids.steps(s.id)
    const stageId = ids.stages(s.stageId)
    return id && stageId ? [{ ...s, id, mapId, stageId }] : []
  })
  const cards: Card[] = Object.values(doc.cards).flatMap((c) => {
    const id = cardIds(c.id)
    if (!id) return []
    const jobId = c.jobId === null ? null : (ids.jobs(c.jobId) ?? null)
    const base = { ...c, id, mapId, personaIds: renameAll(ids.personas, c.personaIds), jobId }
    if (c.place.kind === 'free') return [base]
    const laneId = lanes(c.place.laneId)
    const stepId = ids.steps(c.place.stepId)
    return laneId && stepId ? [{ ...base, place: { ...c.place, laneId, stepId } }] : []
  })
  const keptCards = new Set(cards.map((c) => c.id))
  const links: Link[] = Object.values(doc.links).flatMap((l) => {
    const from = cardIds(l.from)
    const to = cardIds(l.to)
    return from && to && keptCards.has(from) && keptCards.has(to) ? [{ ...l, id: newId<LinkId>(), mapId, from, to }] : []
  })
  const emotions: EmotionPoint[] = Object.values(doc.emotions).flatMap((e) => {
    const stepId = ids.steps(e.stepId)
    const personaId = e.personaId === null ? null : ids.personas(e.personaId)
    if (!stepId || personaId === undefined) return []
    return [{ ...e, id: emotionIdFor(stepId, personaId), mapId, stepId, personaId }]
  })
  const personas: Persona[] = Object.values(doc.personas).flatMap((p) => {
    const id = ids.personas(p.id)
    if (!id) return []
    return [id === p.id && p.workshopId === workshopId ? p : { ...p, id, workshopId }]
  })
  const jobs: Job[] = Object.values(doc.jobs).flatMap((j) => {
    const id = ids.jobs(j.id)
    return id ? [{ ...j, id, workshopId, personaIds: renameAll(ids.personas, j.personaIds), stepIds: jobStepIds(j, ids.steps, keepPeople) }] : []
  })

  // An action keeps its place in the plan and points at the copies of the cards it came from.
  const actions: Action[] = Object.values(doc.actions).map((a) => ({
    ...a,
    id: newId<ActionId>(),
    mapId,
    cardIds: a.cardIds.flatMap((id) => {
      const copy = cardIds(id)
      return copy && keptCards.has(copy) ? [copy] : []
    }),
  }))

  return {
    map: {
      ...doc.map,
      id: mapId,
      workshopId,
      title: title ?? doc.map.title,
      stageIds: renameAll(ids.stages, doc.map.stageIds),
      laneIds: renameAll(lanes, doc.map.laneIds),
      personaIds: renameAll(ids.personas, doc.map.personaIds),
      createdAt: now,
      deletedAt: null,
    },
    stages: byId(stages),
    steps: byId(steps),
    lanes: byId(
      Object.values(doc.lanes).flatMap((l) => {
        const id = lanes(l.id)
        return id ? [{ ...l, id, mapId }] : []
      }),
    ),
    cards: byId(cards),
    links: byId(links),
    emotions: byId(emotions),
    personas: byId(personas),
    jobs: byId(jobs),
    actions: byId(actions),
  }
}

/**
 * A kept job is the same record the source map points at, so it keeps the source's steps (a
 * saved copy must not take the job away from the original map) and gains their copies. A new job
 * belongs to the copy alone and points at the copied steps only.
 */
function jobStepIds(job: Job, renameStep: Renamer<StepId>, keepPeople: boolean): StepId[] {
  const copies = renameAll(renameStep, job.stepIds)
  return keepPeople ? [...new Set([...job.stepIds, ...copies])] : copies
}

function byId<K extends string, V extends { readonly id: K }>(records: readonly V[]): Record<K, V> {
  return Object.fromEntries(records.map((r) => [r.id, r])) as Record<K, V>
}
