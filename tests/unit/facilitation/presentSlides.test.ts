import { describe, expect, it } from 'vitest'
import { createCard, createLane, createMap, createPersona, createStage, createStep, emptyDoc, newId, type Card, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { cardLines, slideForKey, slidesOf, type StageSlide } from '../../../src/ui/facilitation/present/slides'
import { cell } from '../domain/helpers'

const byId = <V extends { readonly id: string }>(records: readonly V[]) => Object.fromEntries(records.map((r) => [r.id, r]))

/** Stages Before (steps b1, b2) and After (a1), stored in the reverse of the map's order; lanes Touchpoints and Thoughts. */
function sample(direction: 'ltr' | 'rtl' = 'ltr', texts: Record<string, string[]> = {}) {
  const workshopId = newId<WorkshopId>()
  const base = { ...createMap(workshopId, 'Weather app'), direction }
  const bare = [createStage(base.id, 'Before'), createStage(base.id, 'After')] as const
  const b1 = createStep(base.id, bare[0].id, 'b1')
  const b2 = createStep(base.id, bare[0].id, 'b2')
  const a1 = createStep(base.id, bare[1].id, 'a1')
  const before = { ...bare[0], stepIds: [b1.id, b2.id] }
  const after = { ...bare[1], stepIds: [a1.id] }
  const touch = createLane(base.id, 'touchpoints', 'Touchpoints')
  const thoughts = createLane(base.id, 'thoughts', 'Thoughts')
  const jenny = { ...createPersona(workshopId, 'Jenny'), quote: 'Will it be windy?', goals: ['Cycle dry'] }
  const steps = { b1, b2, a1 }
  const cards: Card[] = Object.entries(texts).flatMap(([step, list]) =>
    list.map((text, rank) => createCard(base.id, cell(touch.id, steps[step as keyof typeof steps].id, 1, rank), { text })),
  )
  const map = { ...base, stageIds: [before.id, after.id], laneIds: [touch.id, thoughts.id], personaIds: [jenny.id] }
  const doc: JourneyDoc = {
    ...emptyDoc(map),
    // Records in an order unlike the map's, so order can only come from the map's id lists.
    stages: byId([after, before]),
    steps: byId([a1, b2, b1]),
    lanes: byId([thoughts, touch]),
    cards: byId(cards),
    personas: byId([jenny]),
  }
  return { doc, before, after, b1, b2, a1, touch, thoughts, jenny }
}

const stageSlides = (doc: JourneyDoc, options = {}) => slidesOf(doc, options).filter((s): s is StageSlide => s.kind === 'stage')

describe('slidesOf', () => {
  it('starts with the title (map title, its personas) and the overview, then the stages in the map’s order', () => {
    const s = sample('ltr', { b1: ['Checks the weather'], a1: ['Reads the blog'] })
    const slides = slidesOf(s.doc)
    expect(slides.map((slide) => slide.kind)).toEqual(['title', 'overview', 'stage', 'stage'])
    const [title, overview] = slides
    expect(title).toMatchObject({ kind: 'title', title: 'Weather app', personas: [s.jenny] })
    expect(overview?.kind === 'overview' && overview.stages.map((o) => o.stage.title)).toEqual(['Before', 'After'])
    expect(stageSlides(s.doc).map((slide) => [slide.stage.title, slide.stageIndex, slide.steps.map((step) => step.title)])).toEqual([
      ['Before', 0, ['b1', 'b2']],
      ['After', 1, ['a1']],
    ])
  })

  it('gives an empty map a title and an overview only', () => {
    const map = createMap(newId<WorkshopId>(), 'Empty')
    expect(slidesOf(emptyDoc(map)).map((slide) => slide.kind)).toEqual(['title', 'overview'])
  })

  it('puts every card of a stage in its lane and step, top card first, and leaves out lanes without cards', () => {
    const s = sample('ltr', { b2: ['First', 'Second'] })
    const [before] = stageSlides(s.doc)
    expect(before?.rows.map((row) => row.lane.title)).toEqual(['Touchpoints'])
    expect(before?.rows[0]?.cells.map((cards) => cards.map((c) => c.text))).toEqual([[], ['First', 'Second']])
  })

  it('shows a stage without cards as its empty grid of every lane', () => {
    const s = sample('ltr', { b1: ['Only before'] })
    const after = stageSlides(s.doc)[1]
    expect(after?.rows.map((row) => row.lane.title)).toEqual(['Touchpoints', 'Thoughts'])
    expect(after?.rows.every((row) => row.cells.every((cards) => cards.length === 0))).toBe(true)
  })

  it('counts cards per lane and stage on the overview', () => {
    const s = sample('ltr', { b1: ['x', 'y'], b2: ['z'] })
    const overview = slidesOf(s.doc)[1]
    if (overview?.kind !== 'overview') throw new Error('no overview')
    expect(overview.stages.map((o) => o.counts.map((c) => [c.lane.title, c.count]))).toEqual([[['Touchpoints', 3]], []])
  })

  it('orders columns right to left on screen for a right-to-left map: first stage and step at the right', () => {
    const s = sample('rtl', { b1: ['One'], b2: ['Two'] })
    const slides = slidesOf(s.doc)
    const overview = slides[1]
    if (overview?.kind !== 'overview') throw new Error('no overview')
    expect(overview.direction).toBe('rtl')
    expect(overview.stages.map((o) => o.stage.title)).toEqual(['After', 'Before'])
    expect(overview.stages[1]?.steps.map((step) => step.title)).toEqual(['b2', 'b1'])
    const [before] = stageSlides(s.doc)
    expect(before?.steps.map((step) => step.title)).toEqual(['b2', 'b1'])
    expect(before?.rows[0]?.cells.map((cards) => cards.map((c) => c.text))).toEqual([['Two'], ['One']])
    // The slides still walk the stages in the map's order.
    expect(stageSlides(s.doc).map((slide) => slide.stage.title)).toEqual(['Before', 'After'])
    // The option overrides the map's own direction.
    expect(stageSlides(s.doc, { direction: 'ltr' })[0]?.steps.map((step) => step.title)).toEqual(['b1', 'b2'])
  })

  it('splits a stage with too much text into continuation slides, keeping every card once and in order', () => {
    const long = (n: number) => `${'word '.repeat(40)}${n}`
    const texts = Array.from({ length: 12 }, (_, i) => long(i))
    const s = sample('ltr', { b1: texts })
    const before = stageSlides(s.doc, { linesPerSlide: 12, charsPerLine: 100 }).filter((slide) => slide.stage.id === s.before.id)
    expect(before.length).toBeGreaterThan(1)
    expect(before.map((slide) => [slide.part, slide.parts])).toEqual(before.map((_, i) => [i, before.length]))
    const shown = before.flatMap((slide) => slide.rows.flatMap((row) => row.cells.flat().map((c) => c.text)))
    expect(shown).toEqual(texts)
    // No slide holds more than its budget unless one card alone is taller.
    for (const slide of before) {
      const lines = Math.max(...slide.rows[0]!.cells.map((cards) => cards.reduce((n, c) => n + cardLines(c, 50), 0)))
      expect(lines <= 12 || slide.rows[0]!.cells.every((cards) => cards.length <= 1)).toBe(true)
    }
  })

  it('keeps a stage on one slide when its text fits, and puts a card taller than a slide alone rather than cutting it', () => {
    const s = sample('ltr', { b1: ['Short'], b2: ['Also short'] })
    expect(stageSlides(s.doc).filter((slide) => slide.stage.id === s.before.id)).toHaveLength(1)
    const huge = sample('ltr', { b1: ['x'.repeat(5000), 'after'] })
    const parts = stageSlides(huge.doc).filter((slide) => slide.stage.id === huge.before.id)
    expect(parts.map((slide) => slide.rows[0]?.cells[0]?.map((c) => c.text.length))).toEqual([[5000], [5]])
  })
})

describe('slideForKey', () => {
  it('goes on with Right, Down, PageDown and Space, back with Left, Up and PageUp, within the ends', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(slideForKey(key, 1, 5, false)).toBe(2)
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(slideForKey(key, 1, 5, false)).toBe(0)
    expect(slideForKey('ArrowRight', 4, 5, false)).toBe(4)
    expect(slideForKey('ArrowLeft', 0, 5, false)).toBe(0)
    expect(slideForKey('Home', 3, 5, false)).toBe(0)
    expect(slideForKey('End', 0, 5, false)).toBe(4)
    expect(slideForKey('x', 0, 5, false)).toBeNull()
  })

  it('mirrors left and right when right to left', () => {
    expect(slideForKey('ArrowLeft', 1, 5, true)).toBe(2)
    expect(slideForKey('ArrowRight', 1, 5, true)).toBe(0)
    expect(slideForKey('ArrowDown', 1, 5, true)).toBe(2)
  })
})
