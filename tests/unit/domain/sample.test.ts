import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/domain'
import { createSampleWorkshop } from '../../../src/domain/sample'
import en from '../../../src/i18n/locales/en.json'
import { expectConsistent } from './helpers'

function lookup(key: string, values?: Record<string, string>): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  if (typeof value !== 'string') throw new Error(`missing string ${key}`)
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values?.[name] ?? '')
}

describe('the sample workshop', () => {
  it('is Jenny the cyclist on a day-in-the-life map, with her job and her curve', () => {
    const { workshop, doc } = createSampleWorkshop(lookup, 1000)
    expect(workshop).toMatchObject({ title: 'Sample: a day in the life', createdAt: 1000, deletedAt: null })
    expect(doc.map.workshopId).toBe(workshop.id)
    expectConsistent(doc)

    const [jenny, ...others] = Object.values(doc.personas)
    expect(others).toEqual([])
    expect(jenny).toMatchObject({ name: 'Jenny', role: 'Commuter cyclist', devices: ['mobile', 'laptop'] })
    expect(jenny!.goals.length).toBeGreaterThan(0)
    expect(doc.map.personaIds).toEqual([jenny!.id])

    const [job] = Object.values(doc.jobs)
    expect(job).toMatchObject({ personaIds: [jenny!.id] })
    expect(job!.stepIds.length).toBeGreaterThan(0)
    const jobCard = Object.values(doc.cards).find((c) => c.jobId === job!.id)
    expect(jobCard?.text).toMatch(/^When I plan tomorrow's ride, I want to know the wind/)
    expect(jobCard && jobCard.place.kind === 'cell' && doc.lanes[jobCard.place.laneId]?.kind).toBe('jobs')

    const theirs = Object.values(doc.emotions).filter((e) => e.personaId === jenny!.id)
    expect(theirs).toHaveLength(5)
    const texts = Object.values(doc.cards).map((c) => c.text)
    for (const moment of ['Weather app', 'Website', 'Instagram ad', 'Sign-up form', 'snow storm']) expect(texts.join('\n')).toContain(moment)
  })

  it('is a document the commands work on, and deleting Jenny takes her tags and curve with her', () => {
    const { doc } = createSampleWorkshop(lookup)
    const jenny = doc.map.personaIds[0]!
    const after = applyCommand(doc, { type: 'deletePersona', personaId: jenny })
    expectConsistent(after)
    expect(Object.values(after.emotions).every((e) => e.personaId === null)).toBe(true)
  })
})
