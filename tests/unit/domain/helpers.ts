import { expect } from 'vitest'
import {
  applyCommand,
  createCard,
  createJob,
  createLane,
  createLink,
  createMap,
  createPersona,
  createStage,
  createStep,
  emotionIdFor,
  emptyDoc,
  newAction,
  newId,
  RECORD_TABLES,
  type CardPlace,
  type Command,
  type EmotionPoint,
  type JourneyDoc,
  type JourneyMap,
  type LaneId,
  type PersonaId,
  type RecordTable,
  type StepId,
  type WorkshopId,
} from '../../../src/domain'

/** Freezes every object and array reachable from `value`, so any mutation in the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key])
  }
  return value
}

export function cell(laneId: LaneId, stepId: StepId, span = 1, rank = 0): CardPlace {
  return { kind: 'cell', laneId, stepId, span, rank }
}

function byId<V extends { readonly id: string }>(records: readonly V[]): Record<string, V> {
  return Object.fromEntries(records.map((r) => [r.id, r]))
}

/**
 * Stage A with steps of 200 and 300, stage B with one of 250 and, with `emptyStage`, a stage C
 * without steps after them (C is made either way, but only then on the map); lanes of 160, 240 and
 * a collapsed 160.
 */
export function sampleGrid({ emptyStage = false, direction = 'ltr' }: { emptyStage?: boolean; direction?: JourneyMap['direction'] } = {}) {
  const map = { ...createMap(newId<WorkshopId>(), 'Grid'), direction }
  const a = createStage(map.id, 'A')
  const b = createStage(map.id, 'B')
  const c = createStage(map.id, 'C')
  const a1 = createStep(map.id, a.id, 'a1', 200)
  const a2 = createStep(map.id, a.id, 'a2', 300)
  const b1 = createStep(map.id, b.id, 'b1', 250)
  const short = createLane(map.id, 'touchpoints', 'Touchpoints', 160)
  const tall = createLane(map.id, 'actions', 'Actions', 240)
  const shut = { ...createLane(map.id, 'thoughts', 'Thoughts', 160), collapsed: true }
  const stages = [{ ...a, stepIds: [a1.id, a2.id] }, { ...b, stepIds: [b1.id] }, ...(emptyStage ? [c] : [])]
  const doc: JourneyDoc = {
    ...emptyDoc({ ...map, stageIds: stages.map((s) => s.id), laneIds: [short.id, tall.id, shut.id] }),
    stages: byId(stages),
    steps: byId([a1, a2, b1]),
    lanes: byId([short, tall, shut]),
  }
  return { doc, a, b, c, a1, a2, b1, short, tall, shut }
}

/**
 * A workshop map as a team leaves it after an hour: three stages (the last with one step), four
 * lanes, stacked and spanning cards (one spans across a stage boundary), a free note, two links,
 * two personas with emotion curves plus the shared curve, and a job tied to two steps.
 * Built from the factories alone, so a broken command cannot hide in the fixture.
 */
export function buildSampleDoc() {
  const workshopId = newId<WorkshopId>()
  const map = createMap(workshopId, 'Opening a bank account', 1_700_000_000_000)
  const discover = createStage(map.id, 'Discover', '#dbeafe')
  const buy = createStage(map.id, 'Sign up', '#dcfce7')
  const use = createStage(map.id, 'First use', '#fef9c3')
  const sees = createStep(map.id, discover.id, 'Sees an advert')
  const compares = createStep(map.id, discover.id, 'Compares banks')
  const fillsIn = createStep(map.id, buy.id, 'Fills in the form')
  const verifies = createStep(map.id, buy.id, 'Verifies identity')
  const firstPayment = createStep(map.id, use.id, 'First payment', 300)
  const touchpoints = createLane(map.id, 'touchpoints', 'Touchpoints')
  const jobsLane = createLane(map.id, 'jobs', 'Jobs')
  const pains = createLane(map.id, 'painPoints', 'Pain points')
  const emotionsLane = createLane(map.id, 'emotions', 'Emotions', 200)
  const ada = createPersona(workshopId, 'Ada', '#2563eb')
  const bo = createPersona(workshopId, 'Bo', '#16a34a')
  const job = { ...createJob(workshopId, 'I move to a new city', 'open an account quickly', 'get paid'), personaIds: [ada.id], stepIds: [compares.id, fillsIn.id] }
  const advert = createCard(map.id, cell(touchpoints.id, sees.id), { text: 'Instagram advert', channel: 'socialMedia', sentiment: 'positive', personaIds: [ada.id] })
  const flyer = createCard(map.id, cell(touchpoints.id, sees.id, 1, 1), { text: 'Flyer in the post', channel: 'postalMail' })
  const website = createCard(map.id, cell(touchpoints.id, compares.id, 2), { text: 'Website comparison table', channel: 'webPage', sentiment: 'decision' })
  const getPaid = createCard(map.id, cell(jobsLane.id, fillsIn.id), { text: 'Get paid on time', jobId: job.id, personaIds: [ada.id, bo.id] })
  const formPain = createCard(map.id, cell(pains.id, verifies.id), { text: 'Asked for a utility bill twice', sentiment: 'friction', personaIds: [bo.id] })
  const cardDeclined = createCard(map.id, cell(pains.id, firstPayment.id), { text: 'Card declined abroad', sentiment: 'friction' })
  const note = createCard(map.id, { kind: 'free', x: 40, y: 900, width: 200, height: 120 }, { text: 'Ask legal about KYC' })
  const advertToWebsite = createLink(map.id, advert.id, website.id, 'clicks through')
  const formToDeclined = createLink(map.id, formPain.id, cardDeclined.id)
  const point = (stepId: StepId, personaId: PersonaId | null, felt: number, intended: number): EmotionPoint => ({
    id: emotionIdFor(stepId, personaId),
    mapId: map.id,
    stepId,
    personaId,
    felt,
    intended,
  })
  const emotions = [
    point(sees.id, null, 1, 1),
    point(compares.id, ada.id, 0, 1),
    point(fillsIn.id, ada.id, -1, 1),
    point(fillsIn.id, bo.id, -2, 1),
    point(firstPayment.id, null, 2, 2),
  ]
  const stages = [
    { ...discover, stepIds: [sees.id, compares.id] },
    { ...buy, stepIds: [fillsIn.id, verifies.id] },
    { ...use, stepIds: [firstPayment.id] },
  ]
  const lanes = [touchpoints, jobsLane, pains, emotionsLane]
  const askLegal = { ...newAction(map.id, [note], 1_700_000_100_000), deliverable: 'A yes or no from legal', due: '2026-03-31' }
  const doc: JourneyDoc = {
    ...emptyDoc({ ...map, stageIds: stages.map((s) => s.id), laneIds: lanes.map((l) => l.id), personaIds: [ada.id, bo.id] }),
    stages: byId(stages),
    steps: byId([sees, compares, fillsIn, verifies, firstPayment]),
    lanes: byId(lanes),
    cards: byId([advert, flyer, website, getPaid, formPain, cardDeclined, note]),
    links: byId([advertToWebsite, formToDeclined]),
    emotions: byId(emotions),
    personas: byId([ada, bo]),
    jobs: byId([job]),
    actions: byId([askLegal]),
  }
  return {
    doc: deepFreeze(doc),
    workshopId,
    stages: { discover: discover.id, buy: buy.id, use: use.id },
    steps: { sees: sees.id, compares: compares.id, fillsIn: fillsIn.id, verifies: verifies.id, firstPayment: firstPayment.id },
    lanes: { touchpoints: touchpoints.id, jobs: jobsLane.id, pains: pains.id, emotions: emotionsLane.id },
    cards: { advert: advert.id, flyer: flyer.id, website: website.id, getPaid: getPaid.id, formPain: formPain.id, cardDeclined: cardDeclined.id, note: note.id },
    links: { advertToWebsite: advertToWebsite.id, formToDeclined: formToDeclined.id },
    personas: { ada: ada.id, bo: bo.id },
    job: job.id,
    action: askLegal.id,
  }
}

export type Sample = ReturnType<typeof buildSampleDoc>

/**
 * Act, assert, undo, assert, redo, assert. Undo is the frozen document from before, which must
 * still equal a clone taken before the command ran; redo applies the same command to it again
 * and must give an equal result.
 */
export function actUndoRedo(before: JourneyDoc, cmd: Command, assertAfter: (after: JourneyDoc, before: JourneyDoc) => void): JourneyDoc {
  deepFreeze(before)
  const snapshot = structuredClone(before)
  const after = applyCommand(before, cmd)
  expect(after, 'the command changed nothing').not.toBe(before)
  assertAfter(after, before)

  expect(before).toStrictEqual(snapshot)

  const redone = applyCommand(before, cmd)
  expect(redone).toStrictEqual(after)
  assertAfter(redone, before)
  return after
}

/** `cmd` sets one field of one record to `value`, undoably, and changes no other record or table. */
export function expectSetsField(doc: JourneyDoc, cmd: Command, table: RecordTable, id: string, field: string, value: unknown): JourneyDoc {
  return actUndoRedo(doc, cmd, (after, before) => {
    expect((after[table] as unknown as Record<string, Record<string, unknown> | undefined>)[id]?.[field]).toBe(value)
    expectOnlyChanged(before, after, { [table]: [id] })
  })
}

type Changed = { readonly map?: boolean } & { readonly [T in RecordTable]?: readonly string[] }

/**
 * Every record not listed in `changed` (as added, modified or removed) is the very same object
 * after the command, and a table with nothing listed is the same object too: autosave writes what
 * changed by reference, so a needless copy is a needless write.
 */
export function expectOnlyChanged(before: JourneyDoc, after: JourneyDoc, changed: Changed): void {
  if (changed.map) expect(after.map).not.toBe(before.map)
  else expect(after.map, 'map').toBe(before.map)
  for (const table of RECORD_TABLES) {
    const listed = new Set(changed[table] ?? [])
    const was = before[table] as Record<string, unknown>
    const now = after[table] as Record<string, unknown>
    if (listed.size === 0) {
      expect(now, table).toBe(was)
      continue
    }
    for (const id of Object.keys(was)) {
      if (listed.has(id)) continue
      expect(now[id], `${table}.${id}`).toBe(was[id])
    }
    for (const id of Object.keys(now)) if (!listed.has(id)) expect(Object.keys(was), `${table}.${id} appeared`).toContain(id)
    for (const id of listed) if (id in was && id in now) expect(now[id], `${table}.${id}`).not.toBe(was[id])
  }
}

/** Each of these commands must leave the document exactly as it was: same object, nothing to save or undo. */
export function expectNoOps(doc: JourneyDoc, cmds: readonly Command[]): void {
  deepFreeze(doc)
  for (const cmd of cmds) expect(applyCommand(doc, cmd), JSON.stringify(cmd)).toBe(doc)
}

/**
 * Every reference in the document resolves, every record sits under its own id and belongs to
 * the map (or its workshop), and every stage, step and lane is listed exactly once in board order.
 * Jobs are workshop records, so `jobStepsElsewhere` allows steps of the workshop's other maps.
 */
export function expectConsistent(doc: JourneyDoc, { jobStepsElsewhere = false } = {}): void {
  const { map } = doc
  for (const table of RECORD_TABLES) {
    for (const [key, record] of Object.entries(doc[table] as Record<string, { id: string; mapId?: string; workshopId?: string }>)) {
      expect(record.id, `${table} key`).toBe(key)
      if (table === 'personas' || table === 'jobs') expect(record.workshopId, `${table}.${key}.workshopId`).toBe(map.workshopId)
      else expect(record.mapId, `${table}.${key}.mapId`).toBe(map.id)
    }
  }
  expect([...map.stageIds].sort()).toEqual(Object.keys(doc.stages).sort())
  expect([...map.laneIds].sort()).toEqual(Object.keys(doc.lanes).sort())
  const listedSteps = Object.values(doc.stages).flatMap((stage) => stage.stepIds.map((id) => [id, stage.id] as const))
  expect(listedSteps.map(([id]) => id).sort()).toEqual(Object.keys(doc.steps).sort())
  for (const [stepId, stageId] of listedSteps) expect(doc.steps[stepId]?.stageId).toBe(stageId)
  const personas = Object.keys(doc.personas)
  for (const id of map.personaIds) expect(personas).toContain(id)
  for (const card of Object.values(doc.cards)) {
    if (card.place.kind === 'cell') {
      expect(doc.lanes[card.place.laneId], `lane of ${card.id}`).toBeDefined()
      expect(doc.steps[card.place.stepId], `step of ${card.id}`).toBeDefined()
    }
    for (const id of card.personaIds) expect(personas).toContain(id)
    if (card.jobId !== null) expect(doc.jobs[card.jobId], `job of ${card.id}`).toBeDefined()
  }
  for (const link of Object.values(doc.links)) {
    expect(doc.cards[link.from], `from of ${link.id}`).toBeDefined()
    expect(doc.cards[link.to], `to of ${link.id}`).toBeDefined()
  }
  const curves = new Set<string>()
  for (const point of Object.values(doc.emotions)) {
    expect(doc.steps[point.stepId], `step of ${point.id}`).toBeDefined()
    if (point.personaId !== null) expect(personas).toContain(point.personaId)
    const curve = `${point.stepId} ${point.personaId}`
    expect(curves.has(curve), `two points for ${curve}`).toBe(false)
    curves.add(curve)
  }
  for (const action of Object.values(doc.actions)) {
    for (const id of action.cardIds) expect(doc.cards[id], `card of ${action.id}`).toBeDefined()
    expect(new Set(action.cardIds).size, `cards of ${action.id} once each`).toBe(action.cardIds.length)
  }
  for (const job of Object.values(doc.jobs)) {
    for (const id of job.personaIds) expect(personas).toContain(id)
    if (!jobStepsElsewhere) for (const id of job.stepIds) expect(doc.steps[id], `step of ${job.id}`).toBeDefined()
  }
}
