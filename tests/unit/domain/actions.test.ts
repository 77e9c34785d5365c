import { describe, expect, it } from 'vitest'
import {
  actionCountsByCard,
  actionsForCard,
  actionsOf,
  applyCommand,
  cloneDocWithNewIds,
  isDueDate,
  LIMITS,
  newAction,
  titleFrom,
  type Action,
  type ActionId,
  type CardId,
} from '../../../src/domain'
import { actUndoRedo, buildSampleDoc, expectConsistent, expectNoOps, expectOnlyChanged, expectSetsField } from './helpers'

const card = (s: ReturnType<typeof buildSampleDoc>, key: keyof ReturnType<typeof buildSampleDoc>['cards']) => s.doc.cards[s.cards[key]]!

describe('addActions', () => {
  it('adds actions made from cards, undoably, touching nothing else', () => {
    const s = buildSampleDoc()
    const a = newAction(s.doc.map.id, [card(s, 'formPain'), card(s, 'cardDeclined')], 10, 7)
    const b = newAction(s.doc.map.id, [card(s, 'advert')], 11)
    actUndoRedo(s.doc, { type: 'addActions', actions: [a, b] }, (after, before) => {
      expect(after.actions[a.id]).toEqual(a)
      expect(after.actions[b.id]?.cardIds).toEqual([s.cards.advert])
      expectOnlyChanged(before, after, { actions: [a.id, b.id] })
      expectConsistent(after)
    })
  })

  it('brings what an action carries within bounds', () => {
    const s = buildSampleDoc()
    const wild = {
      ...newAction(s.doc.map.id, [], 1),
      mapId: 'other-map',
      title: 'Fix\u202E it\u0007',
      deliverable: 'line one\nline two\u0000',
      cardIds: [s.cards.advert, 'gone', s.cards.advert, '__proto__', s.cards.note],
      due: '2026-02-30',
      status: 'someday',
      impact: 9.4,
      effort: -3,
      automation: 'maybe',
      votes: -4,
      extra: 'smuggled',
    } as unknown as Action
    const after = applyCommand(s.doc, { type: 'addActions', actions: [wild] })
    expect(after.actions[wild.id]).toEqual({
      ...newAction(s.doc.map.id, [], 1),
      id: wild.id,
      title: 'Fix it',
      deliverable: 'line one\nline two',
      cardIds: [s.cards.advert, s.cards.note],
      impact: 5,
      effort: 1,
      votes: 0,
    })
    expect(after.actions[wild.id]).not.toHaveProperty('extra')
  })

  it('refuses an unusable id, an id already taken and anything past the plan limit', () => {
    const s = buildSampleDoc()
    const bad = { ...newAction(s.doc.map.id, [], 1), id: 'has spaces' as ActionId }
    const taken = { ...newAction(s.doc.map.id, [], 1), id: s.action }
    expectNoOps(s.doc, [
      { type: 'addActions', actions: [] },
      { type: 'addActions', actions: [bad] },
      { type: 'addActions', actions: [taken] },
    ])
    const many = Array.from({ length: LIMITS.actions + 5 }, (_, i) => newAction(s.doc.map.id, [], i))
    const full = applyCommand(s.doc, { type: 'addActions', actions: many })
    expect(Object.keys(full.actions)).toHaveLength(LIMITS.actions)
    expectNoOps(full, [{ type: 'addActions', actions: [newAction(s.doc.map.id, [], 1)] }])
  })
})

describe('updateActions', () => {
  it('sets each field undoably', () => {
    const s = buildSampleDoc()
    const set = (field: string, value: unknown, stored = value) =>
      expectSetsField(s.doc, { type: 'updateActions', actionIds: [s.action], patch: { [field]: value } }, 'actions', s.action, field, stored)
    set('title', 'Ask legal about KYC rules')
    set('deliverable', 'A memo\nwith a yes or no')
    set('owner', 'Compliance')
    set('due', '2028-02-29')
    set('due', '')
    set('status', 'done')
    set('impact', 5)
    set('effort', 1)
    set('automation', 'partly')
    set('automationNote', 'A form checks the documents')
    set('votes', 4)
  })

  it('changes the cards an action came from, keeping only cards of the map, each once', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'updateActions', actionIds: [s.action], patch: { cardIds: [s.cards.website, 'gone' as CardId, s.cards.website, s.cards.note] } }, (after) => {
      expect(after.actions[s.action]?.cardIds).toEqual([s.cards.website, s.cards.note])
      expectConsistent(after)
    })
  })

  it('updates several actions at once; unusable values are left out rather than stored', () => {
    const s = buildSampleDoc()
    const other = newAction(s.doc.map.id, [card(s, 'advert')], 5)
    const doc = applyCommand(s.doc, { type: 'addActions', actions: [other] })
    const after = applyCommand(doc, { type: 'updateActions', actionIds: [s.action, other.id], patch: { status: 'planned', due: '31/12/2026', impact: Number.NaN } })
    expect([after.actions[s.action]?.status, after.actions[other.id]?.status]).toEqual(['planned', 'planned'])
    expect(after.actions[s.action]?.due).toBe('2026-03-31')
    expect(after.actions[s.action]?.impact).toBe(3)
  })

  it('changes nothing for missing actions, no-op patches and an unchanged list of cards', () => {
    const s = buildSampleDoc()
    const action = s.doc.actions[s.action]!
    expectNoOps(s.doc, [
      { type: 'updateActions', actionIds: ['gone' as ActionId], patch: { title: 'x' } },
      { type: 'updateActions', actionIds: [s.action], patch: { title: action.title } },
      { type: 'updateActions', actionIds: [s.action], patch: { cardIds: [...action.cardIds] } },
      { type: 'updateActions', actionIds: [s.action], patch: { status: 'later' as never, due: 'soon', automation: 'always' as never } },
      { type: 'updateActions', actionIds: [s.action], patch: { id: 'new-id', mapId: 'other' } as never },
    ])
  })
})

describe('deleteActions', () => {
  it('removes actions and nothing else, undoably', () => {
    const s = buildSampleDoc()
    actUndoRedo(s.doc, { type: 'deleteActions', actionIds: [s.action, 'gone' as ActionId] }, (after, before) => {
      expect(after.actions).toEqual({})
      expectOnlyChanged(before, after, { actions: [s.action] })
    })
    expectNoOps(s.doc, [{ type: 'deleteActions', actionIds: [] }, { type: 'deleteActions', actionIds: ['constructor' as ActionId] }])
  })
})

describe('deleting cards keeps the actions made from them', () => {
  const withPlan = () => {
    const s = buildSampleDoc()
    const pains = newAction(s.doc.map.id, [card(s, 'formPain'), card(s, 'cardDeclined')], 20)
    return { s, pains, doc: applyCommand(s.doc, { type: 'addActions', actions: [pains] }) }
  }

  it('deleteCards takes the card out of the action, and undo brings it back', () => {
    const { s, pains, doc } = withPlan()
    actUndoRedo(doc, { type: 'deleteCards', cardIds: [s.cards.cardDeclined] }, (after) => {
      expect(after.actions[pains.id]?.cardIds).toEqual([s.cards.formPain])
      expect(after.actions[s.action]).toBe(doc.actions[s.action])
      expectConsistent(after)
    })
  })

  it('deleting a stage, a step or a lane does the same for the cards they held', () => {
    const { s, pains, doc } = withPlan()
    const cmds = [
      { type: 'deleteStage', stageId: s.stages.use },
      { type: 'deleteStep', stepId: s.steps.firstPayment },
      { type: 'deleteLane', laneId: s.lanes.pains },
    ] as const
    const expected = [[s.cards.formPain], [s.cards.formPain], []]
    cmds.forEach((cmd, i) => {
      actUndoRedo(doc, cmd, (after) => {
        expect(after.actions[pains.id]?.cardIds).toEqual(expected[i])
        expectConsistent(after)
      })
    })
  })
})

describe('cloning a map', () => {
  it('gives actions new ids on the copy and points them at the copied cards', () => {
    const s = buildSampleDoc()
    const pains = newAction(s.doc.map.id, [card(s, 'formPain'), card(s, 'note')], 20)
    const doc = applyCommand(s.doc, { type: 'addActions', actions: [pains] })
    const copy = cloneDocWithNewIds(doc, { workshopId: doc.map.workshopId })
    expectConsistent(copy, { jobStepsElsewhere: true })
    const copied = actionsOf(copy)
    expect(copied.map((a) => a.title)).toEqual(actionsOf(doc).map((a) => a.title))
    for (const a of copied) {
      expect(a.mapId).toBe(copy.map.id)
      expect(doc.actions[a.id]).toBeUndefined()
    }
    const texts = (d: typeof doc, a: Action) => a.cardIds.map((id) => d.cards[id]?.text)
    expect(copied.map((a) => texts(copy, a))).toEqual(actionsOf(doc).map((a) => texts(doc, a)))
  })
})

describe('newAction', () => {
  it('is titled after the first card, owned by the cards’ common team, at the defaults', () => {
    const s = buildSampleDoc()
    const a = { ...card(s, 'formPain'), team: 'Onboarding' }
    const b = { ...card(s, 'cardDeclined'), team: 'Onboarding' }
    const action = newAction(s.doc.map.id, [a, b, a], 99, 6)
    expect(action).toMatchObject({ mapId: s.doc.map.id, title: a.text, cardIds: [a.id, b.id], owner: 'Onboarding', status: 'idea', impact: 3, effort: 3, automation: 'no', due: '', votes: 6, createdAt: 99 })
    expect(newAction(s.doc.map.id, [a, { ...b, team: 'Cards' }], 1).owner).toBe('')
    expect(newAction(s.doc.map.id, [], 1)).toMatchObject({ title: '', cardIds: [], owner: '' })
  })

  it('makes a short clean title from a long or many-line card', () => {
    expect(titleFrom('\n  First   line\u202E here \nsecond line')).toBe('First line here')
    const long = titleFrom(`${'word '.repeat(40)}end`)
    expect(long.endsWith('…')).toBe(true)
    expect([...long].length).toBeLessThanOrEqual(81)
    expect(titleFrom('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`)
  })
})

describe('selectors and dates', () => {
  it('lists the plan oldest first and finds the actions of a card', () => {
    const s = buildSampleDoc()
    const late = newAction(s.doc.map.id, [card(s, 'note'), card(s, 'advert')], 2_000_000_000_000)
    const early = newAction(s.doc.map.id, [card(s, 'advert')], 5)
    const doc = applyCommand(s.doc, { type: 'addActions', actions: [late, early] })
    expect(actionsOf(doc).map((a) => a.id)).toEqual([early.id, s.action, late.id])
    expect(actionsForCard(doc, s.cards.advert).map((a) => a.id)).toEqual([early.id, late.id])
    expect(actionsForCard(doc, s.cards.flyer)).toEqual([])
    expect(actionCountsByCard(doc).get(s.cards.advert)).toBe(2)
  })

  it('accepts only real days as due dates', () => {
    expect(['2026-01-31', '2024-02-29', '2000-02-29', '0001-01-01'].every(isDueDate)).toBe(true)
    expect(['2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '', 20260101, null].some(isDueDate)).toBe(false)
  })
})
