import type { DBCore, DBCoreMutateRequest, DbCoreTransactionOptions } from 'dexie'
import {
  applyCommand,
  createCard,
  createJob,
  createLink,
  createMap,
  createPersona,
  createStarterDoc,
  createWorkshop,
  type Card,
  type JourneyDoc,
  type Workshop,
} from '../../../src/domain'
import { JourneyboardDb, createMapDoc, createWorkshop as storeWorkshop } from '../../../src/persistence'

let counter = 0

/** fake-indexeddb is shared by the tests of a file, so every test gets a database of its own. */
export function uniqueName(label: string): string {
  return `jb-test-${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}`
}

export interface WriteLog {
  /** Rows put, added or deleted per table since the last reset. */
  readonly rows: Record<string, number>
  /** Read-write transactions started, with the durability each asked for. */
  readonly transactions: { stores: string[]; durability: string | undefined }[]
  total(): number
  reset(): void
}

function rowsIn(req: DBCoreMutateRequest): number {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.length
    case 'delete':
      return req.keys.length
    case 'deleteRange':
      return 1
  }
}

/** Counts what really reaches IndexedDB, below Dexie's own API. Must be installed before open(). */
export function logWrites(db: JourneyboardDb): WriteLog {
  const log: WriteLog = {
    rows: {},
    transactions: [],
    total: () => Object.values(log.rows).reduce((a, b) => a + b, 0),
    reset() {
      for (const key of Object.keys(log.rows)) delete log.rows[key]
      log.transactions.length = 0
    },
  }
  db.use({
    stack: 'dbcore',
    name: 'writeLog',
    level: 5,
    create: (down: DBCore) => ({
      ...down,
      transaction(stores: string[], mode: 'readonly' | 'readwrite', options?: DbCoreTransactionOptions) {
        if (mode === 'readwrite') log.transactions.push({ stores: [...stores], durability: options?.durability })
        return down.transaction(stores, mode, options)
      },
      table(name: string) {
        const table = down.table(name)
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            log.rows[name] = (log.rows[name] ?? 0) + rowsIn(req)
            return table.mutate(req)
          },
        }
      },
    }),
  })
  return log
}

/** Fails the next `times` read-write transactions' mutations with the error a full disk gives. */
export function failWrites(db: JourneyboardDb): { failNext(times?: number): void } {
  let remaining = 0
  db.use({
    stack: 'dbcore',
    name: 'failWrites',
    level: 4,
    create: (down: DBCore) => ({
      ...down,
      table(name: string) {
        const table = down.table(name)
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (remaining > 0) {
              remaining--
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
            }
            return table.mutate(req)
          },
        }
      },
    }),
  })
  return { failNext: (times = 1) => void (remaining = times) }
}

export async function openTestDb(label: string): Promise<{ db: JourneyboardDb; log: WriteLog; faults: ReturnType<typeof failWrites> }> {
  const db = new JourneyboardDb(uniqueName(label))
  const log = logWrites(db)
  const faults = failWrites(db)
  await db.open()
  return { db, log, faults }
}

const STARTER = {
  stages: ['Aware', 'Consider', 'Buy', 'Use'],
  step: (n: number) => `Step ${n}`,
  lanes: [
    ['touchpoints', 'Touchpoints'],
    ['actions', 'Actions'],
    ['emotions', 'Emotions'],
    ['painPoints', 'Pain points'],
  ] as const,
}

/** A map with a starter grid, `cardCount` cards spread over its cells, two personas and a job. */
export function buildDoc(workshop: Workshop, cardCount: number, now = Date.now()): JourneyDoc {
  let doc = createStarterDoc(createMap(workshop.id, 'Onboarding', now), STARTER)
  const ada = createPersona(workshop.id, 'Ada')
  const bo = createPersona(workshop.id, 'Bo', '#16a34a')
  doc = applyCommand(doc, { type: 'addPersona', persona: ada, onMap: true })
  doc = applyCommand(doc, { type: 'addPersona', persona: bo, onMap: true })
  const stepIds = doc.map.stageIds.flatMap((s) => doc.stages[s]?.stepIds ?? [])
  doc = applyCommand(doc, { type: 'addJob', job: { ...createJob(workshop.id, 'signing up', 'get started', 'use it'), personaIds: [ada.id], stepIds: stepIds.slice(0, 2) } })
  const laneIds = doc.map.laneIds
  const cards: Card[] = []
  for (let i = 0; i < cardCount; i++) {
    const laneId = laneIds[i % laneIds.length]!
    const stepId = stepIds[Math.floor(i / laneIds.length) % stepIds.length]!
    cards.push(createCard(doc.map.id, { kind: 'cell', laneId, stepId, span: 1, rank: i }, { text: `Card ${i}`, personaIds: i % 7 === 0 ? [ada.id] : [] }))
  }
  if (cards.length > 0) doc = applyCommand(doc, { type: 'addCards', cards })
  if (cards.length > 1) doc = applyCommand(doc, { type: 'addLink', link: createLink(doc.map.id, cards[0]!.id, cards[1]!.id, 'then') })
  return doc
}

/** A stored workshop with one stored map of `cardCount` cards. */
export async function seed(db: JourneyboardDb, cardCount = 20, title = 'Kick-off'): Promise<{ workshop: Workshop; doc: JourneyDoc }> {
  const workshop = createWorkshop({ title })
  await storeWorkshop(db, workshop)
  const doc = buildDoc(workshop, cardCount)
  await createMapDoc(db, doc)
  return { workshop, doc }
}

/** Every record of the map as stored, keyed like a document, for comparing with one. */
export async function storedRecords(db: JourneyboardDb, doc: JourneyDoc): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const table of ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'actions'] as const) {
    const rows = (await db.table(table).where('mapId').equals(doc.map.id).toArray()) as { id: string }[]
    out[table] = Object.fromEntries(rows.map((r) => [r.id, r]))
  }
  for (const table of ['personas', 'jobs'] as const) {
    const rows = (await db.table(table).where('workshopId').equals(doc.map.workshopId).toArray()) as { id: string }[]
    out[table] = Object.fromEntries(rows.map((r) => [r.id, r]))
  }
  return out
}

export function docRecords(doc: JourneyDoc): Record<string, Record<string, unknown>> {
  const { map: _map, ...records } = doc
  return JSON.parse(JSON.stringify(records)) as Record<string, Record<string, unknown>>
}
