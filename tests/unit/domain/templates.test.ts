import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createPersona, newId, type WorkshopId } from '../../../src/domain'
import { allTemplates, BUILT_IN_TEMPLATES, instantiateTemplate, templateFromDoc, type JourneyTemplate } from '../../../src/domain/templates'
import en from '../../../src/i18n/locales/en.json'
import { expectConsistent } from './helpers'

/** The English catalogue as the lookup, so a key missing from it fails here rather than showing up on screen. */
function lookup(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  if (typeof value !== 'string') throw new Error(`missing string ${key}`)
  return value
}

const workshopId = 'ws-1' as WorkshopId
const byId = (id: string) => BUILT_IN_TEMPLATES.find((t) => t.id === id) as JourneyTemplate
const stepTitles = (doc: ReturnType<typeof instantiateTemplate>) => doc.map.stageIds.flatMap((id) => doc.stages[id]!.stepIds.map((s) => doc.steps[s]!.title))

describe('built-in templates', () => {
  it('are the three stage models of the sources plus a blank map, every text a translated key', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['beforeDuringAfter', 'awarenessToSupport', 'dayInLife', 'blank'])
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.builtIn).toBe(true)
      const doc = instantiateTemplate(template, { workshopId, title: 'Map', t: lookup })
      expectConsistent(doc)
      expect(Object.keys(doc.lanes).length).toBeGreaterThanOrEqual(3)
      for (const text of [...Object.values(doc.stages).map((s) => s.title), ...Object.values(doc.lanes).map((l) => l.title), ...Object.values(doc.cards).map((c) => c.text)]) {
        expect(text).not.toMatch(/^templates\./)
      }
    }
  })

  it('before / during / after has the four phases and the usual lanes', () => {
    const doc = instantiateTemplate(byId('beforeDuringAfter'), { workshopId, title: 'Purchase', t: lookup })
    expect(doc.map).toMatchObject({ title: 'Purchase', workshopId, personaIds: [] })
    expect(doc.map.stageIds.map((id) => doc.stages[id]!.title)).toEqual(['Before purchase', 'During purchase', 'After purchase', 'Customer service'])
    expect(doc.map.laneIds.map((id) => doc.lanes[id]!.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'painPoints', 'opportunities'])
  })

  it('awareness to support has one friction pain point in each stage', () => {
    const doc = instantiateTemplate(byId('awarenessToSupport'), { workshopId, title: 'Funnel', t: lookup })
    const pains = Object.values(doc.cards).filter((c) => c.place.kind === 'cell' && doc.lanes[c.place.laneId]?.kind === 'painPoints')
    expect(pains).toHaveLength(4)
    expect(pains.every((c) => c.sentiment === 'friction')).toBe(true)
    const stagesWithPain = new Set(pains.map((c) => (c.place.kind === 'cell' ? doc.steps[c.place.stepId]!.stageId : null)))
    expect(stagesWithPain).toEqual(new Set(doc.map.stageIds))
    expect(Object.values(doc.lanes).some((l) => l.kind === 'jobs')).toBe(true)
  })

  it('a day in the life has five moments, touchpoints with channels and devices, and a curve', () => {
    const doc = instantiateTemplate(byId('dayInLife'), { workshopId, title: 'Jenny', t: lookup })
    expect(stepTitles(doc)).toHaveLength(5)
    expect(stepTitles(doc)[0]).toMatch(/08:00/)
    const touchpoints = Object.values(doc.cards).filter((c) => c.place.kind === 'cell' && doc.lanes[c.place.laneId]?.kind === 'touchpoints')
    expect(touchpoints).toHaveLength(5)
    expect(touchpoints.filter((c) => c.device === 'mobile')).toHaveLength(4)
    expect(touchpoints.map((c) => c.channel)).toContain('socialMedia')
    expect(Object.values(doc.emotions)).toHaveLength(5)
    expect(Object.values(doc.emotions).every((e) => e.personaId === null)).toBe(true)
  })

  it('gives fresh ids on every instantiation', () => {
    const a = instantiateTemplate(byId('dayInLife'), { workshopId, title: 'A', t: lookup })
    const b = instantiateTemplate(byId('dayInLife'), { workshopId, title: 'B', t: lookup })
    const ids = (d: typeof a) => [d.map.id, ...Object.keys(d.stages), ...Object.keys(d.steps), ...Object.keys(d.lanes), ...Object.keys(d.cards), ...Object.keys(d.emotions)]
    const shared = ids(a).filter((id) => ids(b).includes(id))
    expect(shared).toEqual([])
    expect(new Set(ids(a)).size).toBe(ids(a).length)
  })

  it('stacks cards of one cell by rank and leaves out cards outside the grid', () => {
    const template: JourneyTemplate = {
      ...byId('blank'),
      builtIn: false,
      cards: [
        { lane: 0, step: 0, text: 'first' },
        { lane: 0, step: 0, text: 'second' },
        { lane: 9, step: 0, text: 'no lane' },
        { lane: 0, step: 2, span: 5, text: 'wide' },
      ],
      emotions: [{ step: 7, felt: 1, intended: 1 }, { step: 0, felt: 9, intended: -9 }],
    }
    const doc = instantiateTemplate(template, { workshopId, title: 'T', t: () => 'never' })
    const cards = Object.values(doc.cards)
    expect(cards.map((c) => c.text).sort()).toEqual(['first', 'second', 'wide'])
    const rank = (text: string) => cards.find((c) => c.text === text)!.place
    expect(rank('first')).toMatchObject({ rank: 0 })
    expect(rank('second')).toMatchObject({ rank: 1 })
    expect(rank('wide')).toMatchObject({ span: 1 })
    expect(Object.values(doc.emotions)).toEqual([expect.objectContaining({ felt: 2, intended: -2 })])
    // A saved template is the facilitator's own words: no lookup.
    expect(doc.stages[doc.map.stageIds[0]!]!.title).toBe('templates.stages.first')
  })

  it('accepts commands afterwards, with undo by snapshot', () => {
    const doc = instantiateTemplate(byId('beforeDuringAfter'), { workshopId, title: 'Cmd', t: lookup })
    const lane = doc.map.laneIds[1]!
    const step = doc.stages[doc.map.stageIds[0]!]!.stepIds[0]!
    const card = createCard(doc.map.id, { kind: 'cell', laneId: lane, stepId: step, span: 1, rank: 0 }, { text: 'Ad' })
    const persona = createPersona(newId<WorkshopId>(), 'Ana')
    const after = applyCommand(applyCommand(doc, { type: 'addCards', cards: [card] }), { type: 'addPersona', persona, onMap: true })
    expect(after.cards[card.id]?.text).toBe('Ad')
    expect(after.map.personaIds).toEqual([persona.id])
    expect(doc.cards[card.id]).toBeUndefined()
    expectConsistent(after)
  })
})

describe('saving a map as a template', () => {
  it('keeps the grid and, when asked, the cells cards and the shared curve, never the people', () => {
    const source = instantiateTemplate(byId('dayInLife'), { workshopId, title: 'Jenny', t: lookup })
    const persona = createPersona(workshopId, 'Jenny')
    const firstStep = source.stages[source.map.stageIds[0]!]!.stepIds[0]!
    const tagged = applyCommand(
      applyCommand(applyCommand(source, { type: 'addPersona', persona, onMap: true }), { type: 'setEmotion', stepId: firstStep, personaId: persona.id, felt: -2 }),
      { type: 'updateCards', cardIds: Object.keys(source.cards) as never, patch: { personaIds: [persona.id] } },
    )
    const withFree = applyCommand(tagged, { type: 'addCards', cards: [createCard(source.map.id, { kind: 'free', x: 0, y: 0, width: 10, height: 10 })] })

    const full = templateFromDoc(withFree, { id: 'saved-1', name: 'Our day', includeCards: true, now: 5 })
    expect(full).toMatchObject({ id: 'saved-1', builtIn: false, name: 'Our day', createdAt: 5 })
    expect(full.stages.map((s) => s.steps.length)).toEqual([1, 1, 2, 1])
    expect(full.cards).toHaveLength(Object.keys(source.cards).length)
    expect(full.emotions).toHaveLength(5)

    const again = instantiateTemplate(full, { workshopId: 'ws-2' as WorkshopId, title: 'Copy', t: lookup })
    expectConsistent(again)
    expect(stepTitles(again)).toEqual(stepTitles(source))
    expect(Object.values(again.cards).every((c) => c.personaIds.length === 0 && c.jobId === null)).toBe(true)
    expect(Object.keys(again.personas)).toEqual([])

    const gridOnly = templateFromDoc(withFree, { id: 'saved-2', name: 'Grid', includeCards: false })
    expect(gridOnly.cards).toEqual([])
    expect(gridOnly.emotions).toEqual([])
    expect(gridOnly.lanes.map((l) => l.kind)).toEqual(full.lanes.map((l) => l.kind))
  })

  it('lists built-in templates first, then saved ones newest first', () => {
    const saved = [1, 3, 2].map((n) => ({ ...byId('blank'), id: `s${n}`, builtIn: false, createdAt: n }))
    expect(allTemplates(saved).map((t) => t.id)).toEqual(['beforeDuringAfter', 'awarenessToSupport', 'dayInLife', 'blank', 's3', 's2', 's1'])
  })
})
