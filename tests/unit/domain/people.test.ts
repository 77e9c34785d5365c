import { describe, expect, it } from 'vitest'
import { applyCommand, createJob, createPersona, emotionIdFor, newId, type JobId, type PersonaId, type WorkshopId } from '../../../src/domain'
import { actUndoRedo, buildSampleDoc, expectNoOps, expectOnlyChanged, expectSetsField } from './helpers'

const missingPersona = 'no-such-persona' as PersonaId
const missingJob = 'no-such-job' as JobId

describe('personas', () => {
  it('addPersona adds a persona of the workshop, to the map header when asked', () => {
    const s = buildSampleDoc()
    const cy = createPersona(newId<WorkshopId>(), 'Cy', '#d97706')
    actUndoRedo(s.doc, { type: 'addPersona', persona: cy, onMap: true }, (after, before) => {
      expect(after.personas[cy.id]).toEqual({ ...cy, workshopId: s.workshopId })
      expect(after.map.personaIds).toEqual([s.personas.ada, s.personas.bo, cy.id])
      expectOnlyChanged(before, after, { map: true, personas: [cy.id] })
    })
    expectSetsField(s.doc, { type: 'addPersona', persona: cy }, 'personas', cy.id, 'name', 'Cy')
    expectNoOps(s.doc, [{ type: 'addPersona', persona: { ...cy, id: s.personas.bo }, onMap: true }])
  })

  it('updatePersona patches one persona', () => {
    const s = buildSampleDoc()
    const patch = { role: 'Student', goals: ['Cheap account'], channels: ['email'] } as const
    actUndoRedo(s.doc, { type: 'updatePersona', personaId: s.personas.bo, patch }, (after, before) => {
      expect(after.personas[s.personas.bo]).toMatchObject({ ...patch, name: 'Bo' })
      expectOnlyChanged(before, after, { personas: [s.personas.bo] })
    })
    expectNoOps(s.doc, [
      { type: 'updatePersona', personaId: s.personas.bo, patch: { name: 'Bo', color: '#16a34a' } },
      { type: 'updatePersona', personaId: missingPersona, patch },
      { type: 'updatePersona', personaId: 'constructor' as PersonaId, patch },
    ])
  })

  it('deletePersona leaves the header, the tags of cards and jobs, and takes its emotion curve', () => {
    const s = buildSampleDoc()
    const curve = [emotionIdFor(s.steps.compares, s.personas.ada), emotionIdFor(s.steps.fillsIn, s.personas.ada)]
    actUndoRedo(s.doc, { type: 'deletePersona', personaId: s.personas.ada }, (after, before) => {
      expect(after.personas[s.personas.ada]).toBeUndefined()
      expect(after.map.personaIds).toEqual([s.personas.bo])
      expect(after.cards[s.cards.advert]?.personaIds).toEqual([])
      expect(after.cards[s.cards.getPaid]?.personaIds).toEqual([s.personas.bo])
      expect(after.jobs[s.job]?.personaIds).toEqual([])
      expect(Object.values(after.emotions).some((e) => e.personaId === s.personas.ada)).toBe(false)
      expect(after.emotions[emotionIdFor(s.steps.fillsIn, s.personas.bo)]).toBeDefined()
      expectOnlyChanged(before, after, {
        map: true,
        personas: [s.personas.ada],
        cards: [s.cards.advert, s.cards.getPaid],
        jobs: [s.job],
        emotions: curve,
      })
    })
    expectNoOps(s.doc, [{ type: 'deletePersona', personaId: missingPersona }])
  })

  it('deletePersona of a persona off the map and untagged touches nothing else', () => {
    const s = buildSampleDoc()
    const cy = createPersona(s.workshopId, 'Cy')
    const doc = applyCommand(s.doc, { type: 'addPersona', persona: cy })
    actUndoRedo(doc, { type: 'deletePersona', personaId: cy.id }, (after, before) => {
      expect(after.personas[cy.id]).toBeUndefined()
      expectOnlyChanged(before, after, { personas: [cy.id] })
    })
  })

  it('setMapPersonas sets the header order, dropping repeats and unknown personas', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'setMapPersonas', personaIds: [s.personas.bo, missingPersona, s.personas.ada, s.personas.bo] }, (after, before) => {
      expect(after.map.personaIds).toEqual([s.personas.bo, s.personas.ada])
      expectOnlyChanged(before, after, { map: true })
    })
    actUndoRedo(s.doc, { type: 'setMapPersonas', personaIds: [] }, (after) => expect(after.map.personaIds).toEqual([]))
    expectNoOps(s.doc, [
      { type: 'setMapPersonas', personaIds: [s.personas.ada, s.personas.bo] },
      { type: 'setMapPersonas', personaIds: [s.personas.ada, missingPersona, s.personas.bo, s.personas.ada] },
    ])
  })
})

describe('jobs', () => {
  it('addJob adds a job of the workshop', () => {
    const s = buildSampleDoc()
    const job = { ...createJob(newId<WorkshopId>(), 'my card is lost', 'block it', 'stay safe'), stepIds: [s.steps.firstPayment] }
    actUndoRedo(s.doc, { type: 'addJob', job }, (after, before) => {
      expect(after.jobs[job.id]).toEqual({ ...job, workshopId: s.workshopId })
      expectOnlyChanged(before, after, { jobs: [job.id] })
    })
    expectNoOps(s.doc, [{ type: 'addJob', job: { ...job, id: s.job } }])
  })

  it('updateJob patches one job', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'updateJob', jobId: s.job, patch: { outcome: 'get my salary', personaIds: [s.personas.bo] } }, (after, before) => {
      expect(after.jobs[s.job]).toMatchObject({ outcome: 'get my salary', personaIds: [s.personas.bo], situation: 'I move to a new city' })
      expectOnlyChanged(before, after, { jobs: [s.job] })
    })
    expectNoOps(s.doc, [
      { type: 'updateJob', jobId: s.job, patch: { outcome: 'get paid' } },
      { type: 'updateJob', jobId: missingJob, patch: { outcome: 'x' } },
    ])
  })

  it('deleteJob removes the job and clears it from the cards that stood for it', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteJob', jobId: s.job }, (after, before) => {
      expect(after.jobs).toEqual({})
      expect(after.cards[s.cards.getPaid]).toEqual({ ...before.cards[s.cards.getPaid], jobId: null })
      expectOnlyChanged(before, after, { jobs: [s.job], cards: [s.cards.getPaid] })
    })
    expectNoOps(s.doc, [{ type: 'deleteJob', jobId: missingJob }])
  })
})
