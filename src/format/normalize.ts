import type {
  Action,
  Card,
  CardPlace,
  EmotionPoint,
  Job,
  JourneyDoc,
  JourneyMap,
  Lane,
  Link,
  MapId,
  Persona,
  Stage,
  Step,
  WorkshopId,
} from '../domain'
import { EMOTION_MAX, EMOTION_MIN, LIMITS, MAX_LANE_HEIGHT, MAX_STEP_WIDTH, MIN_LANE_HEIGHT, MIN_STEP_WIDTH, isSafePhoto, isSafeId, newId } from '../domain'
import { repairsFrom, type RepairCounts, type RepairPlaces } from './repairs'
import type { ParsedDocument } from './schema'
import { TextCleaner } from './text'
import type { Repair } from './types'

interface Keyed<T> {
  readonly records: T[]
  /** Where a reference in the file points now: unsafe ids were re-keyed, so references to them follow. */
  readonly resolve: (ref: string) => string
  readonly has: (id: string) => boolean
}

/**
 * Turns validated data into a document that holds together, and says what it had to change.
 * A document the app wrote itself comes back deep-equal: every rule here is a no-op on it.
 */
export function normalize(data: ParsedDocument, counts: RepairCounts = {}, places: RepairPlaces = {}): { doc: JourneyDoc; repairs: Repair[] } {
  const bump = (kind: keyof RepairCounts, by = 1) => {
    counts[kind] = (counts[kind] ?? 0) + by
  }
  const text = new TextCleaner()

  const fileMapId = data.map.id
  const fileWorkshopId = data.map.workshopId
  const mapId = (isSafeId(fileMapId) ? fileMapId : (bump('rekeyedIds'), newId())) as MapId
  const workshopId = (isSafeId(fileWorkshopId) ? fileWorkshopId : (bump('rekeyedIds'), newId())) as WorkshopId
  const ownMap = (value: string | undefined) => {
    if (value !== undefined && value !== fileMapId) bump('adoptedRecords')
    return mapId
  }
  const ownWorkshop = (value: string | undefined) => {
    if (value !== undefined && value !== fileWorkshopId) bump('adoptedRecords')
    return workshopId
  }
  const rekey = <T extends { readonly id: string }>(records: readonly T[]) => rekeyTable(records, () => bump('rekeyedIds'))
  /** Keeps the references that still point at a record, each once. */
  const refs = (list: readonly string[], table: Keyed<unknown>): string[] => {
    const out = new Set<string>()
    for (const ref of list) {
      const id = table.resolve(ref)
      if (table.has(id) && !out.has(id)) out.add(id)
      else bump('badReferences')
    }
    return [...out]
  }

  // A job belongs to the workshop and may happen on steps of its other maps, which this document
  // does not hold: keep those references (dropping them would erase them from the shared job on the next save).
  const workshopStepRefs = (list: readonly string[]): string[] => {
    const out = new Set<string>()
    for (const ref of list) {
      const id = stepsIn.resolve(ref)
      if (stepTable.has(id)) out.add(id)
      else if (!stepsIn.has(id) && isSafeId(ref)) out.add(ref)
      else bump('badReferences')
    }
    return [...out]
  }

  const stagesIn = rekey(data.stages)
  const stepsIn = rekey(data.steps)
  const steps: Step[] = []
  for (const step of stepsIn.records) {
    const stageId = stagesIn.resolve(step.stageId)
    if (!stagesIn.has(stageId)) {
      bump('orphanSteps')
      continue
    }
    const width = clampCounted(step.width, MIN_STEP_WIDTH, MAX_STEP_WIDTH, () => bump('clampedSizes'))
    steps.push({ ...step, mapId: ownMap(step.mapId), stageId, title: text.line(step.title), width } as unknown as Step)
  }
  const stepsOf = groupBy<Step, string>(steps, (s) => s.stageId)
  const stages: Stage[] = stagesIn.records.map((stage) => {
    const own = stepsOf.get(stage.id) ?? []
    const ownIds = new Set<string>(own.map((s) => s.id))
    const stepIds = order(stage.stepIds.map(stepsIn.resolve), (id) => ownIds.has(id), own, () => bump('orderFixed'))
    return { ...stage, mapId: ownMap(stage.mapId), title: text.line(stage.title), stepIds } as unknown as Stage
  })
  const stageIds = order(data.map.stageIds.map(stagesIn.resolve), stagesIn.has, stages, () => bump('orderFixed'))
  const stageById = new Map<string, Stage>(stages.map((s) => [s.id, s]))
  const stepOrder: string[] = stageIds.flatMap((id) => stageById.get(id)?.stepIds ?? [])
  const stepIndex = new Map<string, number>(stepOrder.map((id, i) => [id, i]))
  const stepTable: Keyed<Step> = { records: steps, resolve: stepsIn.resolve, has: (id) => stepIndex.has(id) }

  const lanesIn = rekey(data.lanes)
  const lanes: Lane[] = lanesIn.records.map((lane) => {
    const height = clampCounted(lane.height, MIN_LANE_HEIGHT, MAX_LANE_HEIGHT, () => bump('clampedSizes'))
    return { ...lane, mapId: ownMap(lane.mapId), title: text.line(lane.title), height } as unknown as Lane
  })
  const laneIds = order(data.map.laneIds.map(lanesIn.resolve), lanesIn.has, lanes, () => bump('orderFixed'))

  const personasIn = rekey(data.personas)
  const personas: Persona[] = personasIn.records.map((p) => {
    let photo = p.photo
    if (photo !== null && !isSafePhoto(photo)) {
      bump('unsafePhotos')
      photo = null
    }
    return {
      ...p,
      workshopId: ownWorkshop(p.workshopId),
      name: text.line(p.name),
      role: text.line(p.role),
      quote: text.paragraph(p.quote),
      ageRange: text.line(p.ageRange),
      demographics: text.paragraph(p.demographics),
      goals: text.paragraphs(p.goals),
      frustrations: text.paragraphs(p.frustrations),
      timeSpent: text.paragraph(p.timeSpent),
      description: text.paragraph(p.description),
      photo,
    } as unknown as Persona
  })

  const jobsIn = rekey(data.jobs)
  const jobs: Job[] = jobsIn.records.map(
    (job) =>
      ({
        ...job,
        workshopId: ownWorkshop(job.workshopId),
        situation: text.paragraph(job.situation),
        motivation: text.paragraph(job.motivation),
        outcome: text.paragraph(job.outcome),
        personaIds: refs(job.personaIds, personasIn),
        stepIds: workshopStepRefs(job.stepIds),
      }) as unknown as Job,
  )

  const cardsIn = rekey(data.cards)
  const cards: Card[] = []
  for (const card of cardsIn.records) {
    let place: CardPlace = card.place as unknown as CardPlace
    if (card.place.kind === 'cell') {
      const laneId = lanesIn.resolve(card.place.laneId)
      const stepId = stepsIn.resolve(card.place.stepId)
      const index = stepIndex.get(stepId)
      if (!lanesIn.has(laneId) || index === undefined) {
        bump('orphanCards')
        continue
      }
      const span = Math.min(card.place.span, stepOrder.length - index)
      if (span !== card.place.span) bump('clampedSpans')
      place = { ...card.place, laneId, stepId, span } as unknown as CardPlace
    }
    let jobId = card.jobId
    if (jobId !== null && !jobsIn.has(jobsIn.resolve(jobId))) {
      bump('badReferences')
      jobId = null
    }
    cards.push({
      ...card,
      mapId: ownMap(card.mapId),
      place,
      text: text.paragraph(card.text),
      action: text.line(card.action),
      team: text.line(card.team),
      metrics: card.metrics.map((m) => ({ ...m, name: text.line(m.name), value: text.line(m.value) })),
      personaIds: refs(card.personaIds, personasIn),
      jobId: jobId === null ? null : jobsIn.resolve(jobId),
    } as unknown as Card)
  }

  const linksIn = rekey(data.links)
  const links: Link[] = []
  const keptCards = new Set<string>(cards.map((c) => c.id))
  const linksAt = new Map<string, number>()
  for (const link of linksIn.records) {
    const from = cardsIn.resolve(link.from)
    const to = cardsIn.resolve(link.to)
    if (!keptCards.has(from) || !keptCards.has(to)) bump('danglingLinks')
    else if (from === to) bump('selfLinks')
    else if ((linksAt.get(from) ?? 0) >= LIMITS.linksPerCard || (linksAt.get(to) ?? 0) >= LIMITS.linksPerCard) bump('crowdedLinks')
    else {
      linksAt.set(from, (linksAt.get(from) ?? 0) + 1)
      linksAt.set(to, (linksAt.get(to) ?? 0) + 1)
      links.push({ ...link, mapId: ownMap(link.mapId), from, to, label: text.line(link.label) } as unknown as Link)
    }
  }

  const emotionsIn = rekey(data.emotions)
  const emotions: EmotionPoint[] = []
  const pointKeys = new Set<string>()
  for (const point of emotionsIn.records) {
    const stepId = stepsIn.resolve(point.stepId)
    const personaId = point.personaId === null ? null : personasIn.resolve(point.personaId)
    if (!stepIndex.has(stepId) || (personaId !== null && !personasIn.has(personaId))) {
      bump('orphanEmotions')
      continue
    }
    // Ids are safe by now, so "\n" cannot occur inside one and the key is unambiguous.
    const key = `${stepId}\n${personaId ?? ''}`
    if (pointKeys.has(key)) {
      bump('mergedEmotions')
      continue
    }
    pointKeys.add(key)
    let clamped = false
    const felt = clampCounted(point.felt, EMOTION_MIN, EMOTION_MAX, () => (clamped = true))
    const intended = clampCounted(point.intended, EMOTION_MIN, EMOTION_MAX, () => (clamped = true))
    if (clamped) bump('clampedEmotions')
    emotions.push({ ...point, mapId: ownMap(point.mapId), stepId, personaId, felt, intended } as unknown as EmotionPoint)
  }

  const actionsIn = rekey(data.actions)
  const cardTable: Keyed<Card> = { records: cards, resolve: cardsIn.resolve, has: (id) => keptCards.has(id) }
  const actions: Action[] = actionsIn.records.map(
    (action) =>
      ({
        ...action,
        mapId: ownMap(action.mapId),
        title: text.line(action.title),
        deliverable: text.paragraph(action.deliverable),
        owner: text.line(action.owner),
        automationNote: text.paragraph(action.automationNote),
        cardIds: refs(action.cardIds, cardTable),
      }) as unknown as Action,
  )

  const map = {
    ...data.map,
    id: mapId,
    workshopId,
    title: text.line(data.map.title),
    stageIds,
    laneIds,
    personaIds: refs(data.map.personaIds, personasIn),
  } as unknown as JourneyMap

  counts.strippedCharacters = (counts.strippedCharacters ?? 0) + text.changed
  const doc: JourneyDoc = {
    map,
    stages: byId(stages),
    steps: byId(steps),
    lanes: byId(lanes),
    cards: byId(cards),
    links: byId(links),
    emotions: byId(emotions),
    personas: byId(personas),
    jobs: byId(jobs),
    actions: byId(actions),
  }
  return { doc, repairs: repairsFrom(counts, places) }
}

/** Gives unsafe and repeated ids fresh ones. References to a repeated id keep meaning its first record. */
function rekeyTable<T extends { readonly id: string }>(records: readonly T[], onRekey: () => void): Keyed<T> {
  const taken = new Set(records.map((r) => r.id))
  const seen = new Set<string>()
  const renamed = new Map<string, string>()
  const out = records.map((record) => {
    if (isSafeId(record.id) && !seen.has(record.id)) {
      seen.add(record.id)
      return record
    }
    let fresh: string = newId()
    while (taken.has(fresh)) fresh = newId()
    taken.add(fresh)
    seen.add(fresh)
    if (!isSafeId(record.id) && !renamed.has(record.id)) renamed.set(record.id, fresh)
    onRekey()
    return { ...record, id: fresh }
  })
  return { records: out, resolve: (ref) => renamed.get(ref) ?? ref, has: (id) => seen.has(id) }
}

/** The listed ids that belong, each once, then the records nobody listed, in file order. */
function order<T extends { readonly id: string }>(
  listed: readonly string[],
  belongs: (id: string) => boolean,
  records: readonly T[],
  onFix: () => void,
): string[] {
  const out = new Set<string>()
  for (const id of listed) {
    if (belongs(id) && !out.has(id)) out.add(id)
    else onFix()
  }
  for (const record of records) {
    if (out.has(record.id)) continue
    out.add(record.id)
    onFix()
  }
  return [...out]
}

function clampCounted(value: number, min: number, max: number, onClamp: () => void): number {
  if (value >= min && value <= max) return value
  onClamp()
  return Math.min(max, Math.max(min, value))
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** Only called once every id has passed isSafeId, so no key can touch a prototype. */
function byId<T extends { readonly id: string }>(records: readonly T[]): Record<T['id'], T> {
  return Object.fromEntries(records.map((r) => [r.id, r])) as Record<T['id'], T>
}
