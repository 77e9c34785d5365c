import { describe, expect, it } from 'vitest'
import {
  applyCommand,
  createCard,
  createLink,
  createPersona,
  emotionIdFor,
  isSafeId,
  newId,
  type CardId,
  type CardPlace,
  type LinkId,
  type MapId,
  type PersonaId,
  type StepId,
} from '../../../src/domain'
import { actUndoRedo, buildSampleDoc, cell, deepFreeze, expectNoOps, expectOnlyChanged, expectSetsField } from './helpers'

const missingCard = 'no-such-card' as CardId

describe('cards', () => {
  it('addCards adds the cards whose place exists, under the document map id', () => {
    const s = buildSampleDoc()
    const otherMap = newId<MapId>()
    const idea = createCard(otherMap, cell(s.lanes.pains, s.steps.sees), { text: 'Too many ads' })
    const sticky = createCard(otherMap, { kind: 'free', x: -10, y: 5, width: 80, height: 60 })
    const lost = createCard(otherMap, cell('gone' as never, s.steps.sees))
    const clash = createCard(otherMap, cell(s.lanes.pains, s.steps.sees), { text: 'replaces nothing' })
    actUndoRedo(s.doc, { type: 'addCards', cards: [idea, sticky, lost, { ...clash, id: s.cards.advert }] }, (after, before) => {
      expect(after.cards[idea.id]).toEqual({ ...idea, mapId: s.doc.map.id })
      expect(after.cards[sticky.id]?.place).toEqual(sticky.place)
      expect(after.cards[lost.id]).toBeUndefined()
      expectOnlyChanged(before, after, { cards: [idea.id, sticky.id] })
    })
    const bad = (place: CardPlace) => ({ type: 'addCards', cards: [createCard(s.doc.map.id, place)] }) as const
    expectNoOps(s.doc, [
      { type: 'addCards', cards: [] },
      { type: 'addCards', cards: [{ ...idea, id: s.cards.note }] },
      bad(cell(s.lanes.pains, 'gone' as StepId)),
      bad(cell(s.lanes.pains, s.steps.sees, 0)),
      bad(cell(s.lanes.pains, s.steps.sees, 1.5)),
      bad(cell(s.lanes.pains, s.steps.sees, 1, Number.NaN)),
      bad({ kind: 'free', x: 0, y: 0, width: 0, height: 10 }),
      bad({ kind: 'free', x: Number.NaN, y: 0, width: 10, height: 10 }),
    ])
  })

  it('updateCards patches every listed card that exists', () => {
    const s = buildSampleDoc()
    const patch = { sentiment: 'friction', team: 'Onboarding' } as const
    actUndoRedo(s.doc, { type: 'updateCards', cardIds: [s.cards.advert, missingCard, s.cards.note], patch }, (after, before) => {
      expect(after.cards[s.cards.advert]).toMatchObject({ ...patch, text: 'Instagram advert' })
      expect(after.cards[s.cards.note]).toMatchObject(patch)
      expectOnlyChanged(before, after, { cards: [s.cards.advert, s.cards.note] })
    })
    expectNoOps(s.doc, [
      { type: 'updateCards', cardIds: [], patch },
      { type: 'updateCards', cardIds: [missingCard], patch },
      { type: 'updateCards', cardIds: [s.cards.advert], patch: { text: 'Instagram advert', channel: 'socialMedia' } },
      { type: 'updateCards', cardIds: [s.cards.advert], patch: { text: undefined } },
    ])
  })

  it('moveCard moves a card to another cell, and between cell and free', () => {
    const s = buildSampleDoc()
    const to = cell(s.lanes.pains, s.steps.verifies, 2, -1)
    actUndoRedo(s.doc, { type: 'moveCard', cardId: s.cards.advert, to }, (after, before) => {
      expect(after.cards[s.cards.advert]?.place).toEqual(to)
      expect(after.cards[s.cards.advert]?.text).toBe('Instagram advert')
      expectOnlyChanged(before, after, { cards: [s.cards.advert] })
    })
    const free = { kind: 'free', x: 10, y: 20, width: 160, height: 90 } as const
    actUndoRedo(s.doc, { type: 'moveCard', cardId: s.cards.flyer, to: free }, (after) => expect(after.cards[s.cards.flyer]?.place).toEqual(free))
    actUndoRedo(s.doc, { type: 'moveCard', cardId: s.cards.note, to }, (after) => expect(after.cards[s.cards.note]?.place).toEqual(to))
    expectNoOps(s.doc, [
      { type: 'moveCard', cardId: s.cards.advert, to: cell(s.lanes.touchpoints, s.steps.sees) },
      { type: 'moveCard', cardId: s.cards.note, to: { kind: 'free', x: 40, y: 900, width: 200, height: 120 } },
      { type: 'moveCard', cardId: missingCard, to },
      { type: 'moveCard', cardId: s.cards.advert, to: cell('gone' as never, s.steps.sees) },
      { type: 'moveCard', cardId: s.cards.advert, to: cell(s.lanes.pains, 'gone' as StepId) },
      { type: 'moveCard', cardId: s.cards.advert, to: cell(s.lanes.pains, s.steps.sees, 0) },
      { type: 'moveCard', cardId: s.cards.advert, to: { ...free, height: -1 } },
    ])
  })

  it('deleteCards removes the cards and every link touching them', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteCards', cardIds: [s.cards.website, s.cards.cardDeclined, missingCard] }, (after, before) => {
      expect(after.cards[s.cards.website]).toBeUndefined()
      expect(after.cards[s.cards.cardDeclined]).toBeUndefined()
      expect(after.links).toEqual({})
      expectOnlyChanged(before, after, {
        cards: [s.cards.website, s.cards.cardDeclined],
        links: [s.links.advertToWebsite, s.links.formToDeclined],
      })
    })
    // The action made from the note stays in the plan, without the note.
    actUndoRedo(s.doc, { type: 'deleteCards', cardIds: [s.cards.note] }, (after, before) => {
      expect(after.actions[s.action]).toEqual({ ...before.actions[s.action], cardIds: [] })
      expectOnlyChanged(before, after, { cards: [s.cards.note], actions: [s.action] })
    })
    expectNoOps(s.doc, [
      { type: 'deleteCards', cardIds: [] },
      { type: 'deleteCards', cardIds: [missingCard, 'hasOwnProperty' as CardId] },
    ])
  })
})

describe('links', () => {
  it('addLink joins two cards that exist', () => {
    const s = buildSampleDoc()
    const link = createLink(newId(), s.cards.flyer, s.cards.getPaid, 'leads to')
    actUndoRedo(s.doc, { type: 'addLink', link }, (after, before) => {
      expect(after.links[link.id]).toEqual({ ...link, mapId: s.doc.map.id })
      expectOnlyChanged(before, after, { links: [link.id] })
    })
    expectNoOps(s.doc, [
      { type: 'addLink', link: { ...link, to: s.cards.flyer } },
      { type: 'addLink', link: { ...link, from: missingCard } },
      { type: 'addLink', link: { ...link, to: missingCard } },
      { type: 'addLink', link: { ...link, id: s.links.formToDeclined } },
    ])
  })

  it('updateLink relabels one link', () => {
    const s = buildSampleDoc()
    expectSetsField(s.doc, { type: 'updateLink', linkId: s.links.formToDeclined, label: 'causes' }, 'links', s.links.formToDeclined, 'label', 'causes')
    expectNoOps(s.doc, [
      { type: 'updateLink', linkId: s.links.advertToWebsite, label: 'clicks through' },
      { type: 'updateLink', linkId: 'nope' as LinkId, label: 'x' },
    ])
  })

  it('deleteLinks removes the listed links and leaves the cards', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteLinks', linkIds: [s.links.advertToWebsite, 'nope' as LinkId] }, (after, before) => {
      expect(Object.keys(after.links)).toEqual([s.links.formToDeclined])
      expectOnlyChanged(before, after, { links: [s.links.advertToWebsite] })
    })
    expectNoOps(s.doc, [
      { type: 'deleteLinks', linkIds: [] },
      { type: 'deleteLinks', linkIds: ['nope' as LinkId] },
    ])
  })
})

describe('emotions', () => {
  it('setEmotion updates the existing point of a step and persona, keeping the other score', () => {
    const s = buildSampleDoc()
    const id = emotionIdFor(s.steps.fillsIn, s.personas.ada)
    actUndoRedo(s.doc, { type: 'setEmotion', stepId: s.steps.fillsIn, personaId: s.personas.ada, felt: 2 }, (after, before) => {
      expect(after.emotions[id]).toEqual({ ...before.emotions[id], felt: 2, intended: 1 })
      expectOnlyChanged(before, after, { emotions: [id] })
    })
  })

  it('setEmotion creates a missing point at 0 and clamps scores to -2..+2', () => {
    const s = buildSampleDoc()
    const id = emotionIdFor(s.steps.verifies, null)
    actUndoRedo(s.doc, { type: 'setEmotion', stepId: s.steps.verifies, personaId: null, felt: -7 }, (after, before) => {
      expect(after.emotions[id]).toEqual({ id, mapId: s.doc.map.id, stepId: s.steps.verifies, personaId: null, felt: -2, intended: 0 })
      expectOnlyChanged(before, after, { emotions: [id] })
    })
    actUndoRedo(s.doc, { type: 'setEmotion', stepId: s.steps.verifies, personaId: s.personas.bo, felt: 1.5, intended: 40 }, (after) => {
      expect(after.emotions[emotionIdFor(s.steps.verifies, s.personas.bo)]).toMatchObject({ felt: 1.5, intended: 2 })
    })
    actUndoRedo(s.doc, { type: 'setEmotion', stepId: s.steps.verifies, personaId: null, felt: Number.NaN, intended: -Infinity }, (after) => {
      expect(after.emotions[id]).toMatchObject({ felt: 0, intended: 0 })
    })
  })

  it('setEmotion never makes two points for one step and persona', () => {
    const s = buildSampleDoc()
    const set = (felt: number) => ({ type: 'setEmotion', stepId: s.steps.verifies, personaId: s.personas.ada, felt }) as const
    const twice = applyCommand(applyCommand(s.doc, set(1)), set(-1))
    const points = Object.values(twice.emotions).filter((e) => e.stepId === s.steps.verifies && e.personaId === s.personas.ada)
    expect(points).toHaveLength(1)
    expect(points[0]?.felt).toBe(-1)
    expect(Object.keys(twice.emotions)).toHaveLength(Object.keys(s.doc.emotions).length + 1)
  })

  it('setEmotion refuses steps and personas that do not exist, and keeps the document when nothing changes', () => {
    const s = buildSampleDoc()
    expectNoOps(s.doc, [
      { type: 'setEmotion', stepId: 'gone' as StepId, personaId: null, felt: 1 },
      { type: 'setEmotion', stepId: s.steps.sees, personaId: 'gone' as PersonaId, felt: 1 },
      { type: 'setEmotion', stepId: s.steps.sees, personaId: null, felt: 1, intended: 1 },
      { type: 'setEmotion', stepId: s.steps.firstPayment, personaId: null, felt: 9, intended: 3 },
      { type: 'setEmotion', stepId: s.steps.sees, personaId: null },
    ])
  })

  it('a persona whose id is "all" gets its own point beside the shared curve', () => {
    const s = buildSampleDoc()
    const all = { ...createPersona(s.workshopId, 'All-rounder'), id: 'all' as PersonaId }
    const doc = deepFreeze(applyCommand(s.doc, { type: 'addPersona', persona: all }))
    const after = applyCommand(doc, { type: 'setEmotion', stepId: s.steps.sees, personaId: all.id, felt: -2 })
    const shared = emotionIdFor(s.steps.sees, null)
    expect(after.emotions[shared]).toBe(doc.emotions[shared])
    const own = Object.values(after.emotions).filter((e) => e.stepId === s.steps.sees && e.personaId === all.id)
    expect(own).toHaveLength(1)
    expect(isSafeId(own[0]?.id)).toBe(true)
  })

  it('emotionIdFor stays distinct and within the id pattern for the longest ids', () => {
    const step = 's'.repeat(64)
    const a = emotionIdFor(step, 'a'.repeat(64))
    const b = emotionIdFor(step, `${'a'.repeat(63)}b`)
    expect(a).not.toBe(b)
    expect(emotionIdFor(step, null)).not.toBe(a)
    for (const id of [a, b, emotionIdFor(step, null)]) expect(isSafeId(id)).toBe(true)
    expect(emotionIdFor('step1', 'ada')).toBe('step1_ada')
    expect(emotionIdFor(step, 'x')).toBe(emotionIdFor(step, 'x'))
  })
})
