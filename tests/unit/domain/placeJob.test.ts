import { describe, expect, it } from 'vitest'
import { applyCommand, createJob, createMap, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { placeJobCommand, updateJobCommand } from '../../../src/domain/placeJob'

function starter(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'People')
  return createStarterDoc(map, { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
}

describe('jobs to be done', () => {
  it('writes a job and places it on a new jobs lane in one undo step, keeping its card in step with edits', () => {
    const base = starter()
    const job = { ...createJob(base.map.workshopId, 'I travel', 'check in fast', 'relax'), personaIds: [] }
    const doc = applyCommand(base, { type: 'addJob', job })
    const stepId = doc.stages[doc.map.stageIds[1]!]!.stepIds[0]!
    const cmd = placeJobCommand(doc, job, stepId, 'When I travel, …', 'Jobs')!
    const placed = applyCommand(doc, cmd)
    const lane = Object.values(placed.lanes).find((l) => l.kind === 'jobs')!
    expect(placed.map.laneIds.at(-1)).toBe(lane.id)
    const card = Object.values(placed.cards).find((c) => c.jobId === job.id)!
    expect(card.place).toMatchObject({ kind: 'cell', laneId: lane.id, stepId, rank: 0 })
    expect(placed.jobs[job.id]!.stepIds).toEqual([stepId])

    // A second placement reuses the lane and stacks under the first card.
    const again = applyCommand(placed, placeJobCommand(placed, placed.jobs[job.id]!, stepId, 'x', 'Jobs')!)
    expect(Object.values(again.lanes).filter((l) => l.kind === 'jobs')).toHaveLength(1)
    expect(Object.values(again.cards).filter((c) => c.jobId === job.id).map((c) => (c.place.kind === 'cell' ? c.place.rank : -1)).sort()).toEqual([0, 1])

    const edited = applyCommand(placed, updateJobCommand(placed, placed.jobs[job.id]!, { outcome: 'sleep' }, (j) => `${j.situation}/${j.outcome}`))
    expect(edited.cards[card.id]!.text).toBe('I travel/sleep')
    expect(placeJobCommand(doc, job, 'nope' as never, 't', 'Jobs')).toBeNull()
  })
})
