import { describe, expect, it } from 'vitest'
import { filterActions, newAction, NO_PLAN_FILTER, ownerChoices, sortActions, stagesOfAction, type Action } from '../../../src/domain'
import { buildSampleDoc } from './helpers'

function sample() {
  const s = buildSampleDoc()
  const c = s.doc.cards
  const make = (ids: (keyof typeof s.cards)[], at: number, fields: Partial<Action>): Action => ({ ...newAction(s.doc.map.id, ids.map((k) => c[s.cards[k]]!), at), ...fields })
  const ad = make(['advert'], 1, { title: 'Better advert', owner: 'Marketing', status: 'planned', impact: 5, effort: 2, due: '2027-02-01' })
  const form = make(['formPain', 'website'], 2, { title: 'Ask once', owner: '', status: 'doing', impact: 4, effort: 4, due: '' })
  const declined = make(['cardDeclined'], 3, { title: 'abroad cards', owner: 'Cards', status: 'idea', impact: 2, effort: 5, due: '2026-12-24' })
  const legal = make(['note'], 4, { title: 'Ask legal', owner: 'Legal', status: 'done', impact: 1, effort: 1, due: '' })
  return { s, actions: [ad, form, declined, legal], ad, form, declined, legal }
}

describe('stagesOfAction', () => {
  it('names the stages of its cards once each, in the map order, and none for a free note', () => {
    const { s, form, legal } = sample()
    expect(stagesOfAction(s.doc, form)).toEqual([s.stages.discover, s.stages.buy])
    expect(stagesOfAction(s.doc, legal)).toEqual([])
  })
})

describe('filterActions', () => {
  it('lets everything through with no filter, and combines stage, owner and status', () => {
    const { s, actions, ad, form, declined } = sample()
    expect(filterActions(s.doc, actions, NO_PLAN_FILTER)).toEqual(actions)
    expect(filterActions(s.doc, actions, { ...NO_PLAN_FILTER, stageIds: [s.stages.discover] })).toEqual([ad, form])
    expect(filterActions(s.doc, actions, { ...NO_PLAN_FILTER, stageIds: [s.stages.discover], statuses: ['doing'] })).toEqual([form])
    expect(filterActions(s.doc, actions, { ...NO_PLAN_FILTER, owners: ['', 'Cards'] })).toEqual([form, declined])
  })
})

describe('ownerChoices', () => {
  it('offers the owners written on actions and the teams of the map, sorted, without "nobody"', () => {
    const { s, actions } = sample()
    expect(ownerChoices(s.doc, actions, 'en')).toEqual(['Cards', 'Legal', 'Marketing'])
  })
})

describe('sortActions', () => {
  it('sorts by a score either way, ties in the plan order', () => {
    const { actions, ad, form, declined, legal } = sample()
    expect(sortActions(actions, { key: 'impact', descending: true }, 'en')).toEqual([ad, form, declined, legal])
    expect(sortActions(actions, { key: 'effort', descending: false }, 'en')).toEqual([legal, ad, form, declined])
  })

  it('keeps actions with no owner or no due date last in both directions', () => {
    const { actions, ad, form, declined, legal } = sample()
    expect(sortActions(actions, { key: 'due', descending: false }, 'en')).toEqual([declined, ad, form, legal])
    expect(sortActions(actions, { key: 'due', descending: true }, 'en')).toEqual([ad, declined, form, legal])
    expect(sortActions(actions, { key: 'owner', descending: true }, 'en').at(-1)).toBe(form)
  })

  it('sorts titles for the language (case does not split them) and statuses in their working order', () => {
    const { actions, ad, form, declined, legal } = sample()
    expect(sortActions(actions, { key: 'title', descending: false }, 'en')).toEqual([declined, legal, form, ad])
    expect(sortActions(actions, { key: 'status', descending: false }, 'en')).toEqual([declined, ad, form, legal])
  })
})
