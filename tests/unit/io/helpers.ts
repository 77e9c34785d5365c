import { expect } from 'vitest'
import { orderedStepIds, type JourneyDoc } from '../../../src/domain'
import type { ImportResult, Imported, IoImportError } from '../../../src/io'
import type { JourneyboardDb } from '../../../src/persistence'

export const TITLES = { fallbackTitle: 'Imported map', untitledStage: 'Stage', untitledLane: 'Lane', actionsLane: 'Customer actions', emotionsLane: 'Emotional intent' }
export const APP = { name: 'Journeyboard', version: '0.1.0' }

export function expectImported(result: ImportResult): Imported {
  if (!result.ok) expect.fail(`expected an import, got ${JSON.stringify(result.error)}`)
  return result.value
}

export function expectFailure(result: ImportResult): IoImportError {
  if (result.ok) expect.fail('expected the import to fail')
  return result.error
}

/** Every row of every table, in key order: two snapshots are equal when nothing was written. */
export async function snapshot(db: JourneyboardDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of db.tables) out[table.name] = await table.toCollection().sortBy(':id').catch(() => table.toArray())
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown[]>
}

/**
 * The document with ids replaced by positions (stage 0, step 3, lane 1, card "s2 l0 r1"...), so two
 * copies of one map under different ids compare equal and any real difference still shows.
 */
export function canonical(doc: JourneyDoc): unknown {
  const steps = orderedStepIds(doc)
  const step = (id: string) => `step${steps.indexOf(id as never)}`
  const lane = (id: string) => `lane${doc.map.laneIds.indexOf(id as never)}`
  const personaIds = Object.values(doc.personas)
    .sort((a, b) => a.name.localeCompare(b.name) || a.color.localeCompare(b.color))
    .map((p) => p.id as string)
  const persona = (id: string | null) => (id === null ? null : `persona${personaIds.indexOf(id)}`)
  const cardKey = (id: string) => {
    const c = doc.cards[id as never]
    if (!c) return 'missing'
    return c.place.kind === 'cell' ? `${step(c.place.stepId)} ${lane(c.place.laneId)} r${c.place.rank} ${c.text}` : `free ${c.place.x},${c.place.y} ${c.text}`
  }
  const jobKey = (id: string | null) => {
    const j = id === null ? undefined : doc.jobs[id as never]
    return j ? `${j.situation}|${j.motivation}|${j.outcome}` : null
  }
  const sorted = <T>(list: T[]) => list.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  return {
    map: { title: doc.map.title, direction: doc.map.direction, personas: doc.map.personaIds.map(persona) },
    stages: doc.map.stageIds.map((id) => {
      const s = doc.stages[id]!
      return { title: s.title, color: s.color, steps: s.stepIds.map((sid) => ({ key: step(sid), title: doc.steps[sid]?.title, width: doc.steps[sid]?.width })) }
    }),
    lanes: doc.map.laneIds.map((id) => {
      const { id: _id, mapId: _m, ...rest } = doc.lanes[id]!
      return rest
    }),
    cards: sorted(
      Object.values(doc.cards).map((c) => {
        const { id: _id, mapId: _m, place, personaIds: ps, jobId, ...rest } = c
        const where = place.kind === 'cell' ? { ...place, stepId: step(place.stepId), laneId: lane(place.laneId) } : place
        return { ...rest, place: where, personaIds: ps.map(persona), job: jobKey(jobId) }
      }),
    ),
    links: sorted(Object.values(doc.links).map((l) => ({ from: cardKey(l.from), to: cardKey(l.to), label: l.label }))),
    emotions: sorted(Object.values(doc.emotions).map((e) => ({ step: step(e.stepId), persona: persona(e.personaId), felt: e.felt, intended: e.intended }))),
    personas: personaIds.map((id) => {
      const { id: _id, workshopId: _w, ...rest } = doc.personas[id as never]!
      return rest
    }),
    jobs: sorted(
      Object.values(doc.jobs).map((j) => ({
        key: jobKey(j.id),
        personas: j.personaIds.map(persona),
        steps: j.stepIds.filter((s) => steps.includes(s)).map(step),
      })),
    ),
  }
}
