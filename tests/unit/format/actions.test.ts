import { describe, expect, it } from 'vitest'
import { actionsOf, applyCommand, type ActionId } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION, parseJourneyFile, runMigrations, serializeDoc, stringifyEnvelope, Versions } from '../../../src/format'
import v3Text from '../../fixtures/format/v3-sample.journey?raw'
import v4Text from '../../fixtures/format/v4-sample.journey?raw'
import { APP, expectLoaded, fixtureText, repairOf } from './helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary paths of untyped JSON
type Json = any

const v4File = (): Json => JSON.parse(v4Text)
const load = (value: unknown) => expectLoaded(parseJourneyFile(typeof value === 'string' ? value : JSON.stringify(value)))

describe('format version 4: the action plan', () => {
  it('is reached by the named step "actions", which gives an older document an empty plan', () => {
    expect(Versions.Actions).toBe(4)
    const fromV1 = runMigrations(JSON.parse(fixtureText).document, 1, Versions.Actions)
    expect(fromV1.ok && fromV1.value.ran).toEqual(['cardShape', 'facilitation', 'actions'])
    expect(fromV1.ok && (fromV1.value.document as Json).actions).toEqual([])
  })

  it('opens the v1 fixture unchanged, with an empty plan, nothing repaired', () => {
    const v1 = load(fixtureText)
    expect(v1.migratedFrom).toBe(1)
    expect(v1.repairs).toEqual([])
    expect(v1.doc.actions).toEqual({})
    expect(Object.keys(v1.doc.cards)).toHaveLength(8)
  })

  it('loads the v4 fixture: the same map as v3, with its three actions, nothing repaired', () => {
    const v4 = load(v4Text)
    const v3 = load(v3Text)
    expect(v4.migratedFrom).toBe(4)
    expect(v4.repairs).toEqual([])
    expect({ ...v4.doc, actions: {} }).toEqual(v3.doc)
    expect(v4.facilitation).toEqual(v3.facilitation)
    const plan = actionsOf(v4.doc)
    expect(plan.map((a) => a.id)).toEqual(['action-shipping-upfront', 'action-quiz-results', 'action-roaster-visit'])
    expect(plan[0]).toMatchObject({
      cardIds: ['card-hidden-shipping', 'card-pricing-page'],
      owner: 'E-commerce',
      due: '2026-03-31',
      status: 'planned',
      impact: 5,
      effort: 2,
      automation: 'partly',
      votes: 9,
    })
    expect(plan[0]?.deliverable).toContain('\n')
    expect(plan[2]).toMatchObject({ cardIds: [], owner: 'Lin', status: 'idea' })
  })

  it('saves the v4 fixture at the current version, changed only by the steps after it, and an edited plan loads back as it was saved', () => {
    const v4 = load(v4Text)
    const expected = v4File()
    expected.formatVersion = CURRENT_FORMAT_VERSION
    expected.document.map.cardText = 'fit'
    expect(JSON.parse(stringifyEnvelope(serializeDoc(v4.doc, APP, v4.facilitation)))).toEqual(expected)
    const edited = applyCommand(v4.doc, { type: 'updateActions', actionIds: ['action-roaster-visit' as ActionId], patch: { status: 'dropped', cardIds: ['card-box-arrives' as never] } })
    const again = load(stringifyEnvelope(serializeDoc(edited, APP)))
    expect(again.repairs).toEqual([])
    expect(again.doc).toEqual(edited)
  })

  it('ignores an actions key in a file older than version 4: it is not this plan', () => {
    const file = JSON.parse(v3Text) as Json
    file.document.actions = v4File().document.actions
    const loaded = load(file)
    expect(loaded.doc.actions).toEqual({})
    expect(loaded.repairs).toEqual([])
  })

  it('repairs broken fields of an action one at a time and says so', () => {
    const file = v4File()
    const [quiz, visit, shipping] = file.document.actions
    Object.assign(shipping, { status: 'someday', impact: 12, effort: 2.5, due: '2026-02-30', automation: 7, votes: -1, title: 42 })
    visit.due = 'next week'
    quiz.cardIds = ['card-plan-quiz', 'card-gone', 'card-plan-quiz']
    const loaded = load(file)
    const fixed = loaded.doc.actions['action-shipping-upfront' as ActionId]
    expect(fixed).toMatchObject({ status: 'idea', impact: 5, effort: 3, due: '', automation: 'no', votes: 0, title: '42' })
    expect(fixed?.cardIds).toEqual(['card-hidden-shipping', 'card-pricing-page'])
    expect(loaded.doc.actions['action-roaster-visit' as ActionId]?.due).toBe('')
    expect(loaded.doc.actions['action-quiz-results' as ActionId]?.cardIds).toEqual(['card-plan-quiz'])
    expect(repairOf(loaded, 'badReferences')?.count).toBe(2)
    expect(repairOf(loaded, 'resetFields')?.where?.every((w) => /^actions\[[12]\]\./.test(w))).toBe(true)
  })

  it('drops what cannot be an action, re-keys unusable ids, adopts actions of another map and cleans their text', () => {
    const file = v4File()
    file.document.actions.push('not an action', { id: 'has spaces', title: 'Re-keyed', mapId: 'someone-else', owner: 'Ops\u202E' }, { id: 'action-quiz-results', title: 'Twin' })
    const loaded = load(file)
    const plan = actionsOf(loaded.doc)
    expect(plan).toHaveLength(5)
    const rekeyed = plan.find((a) => a.title === 'Re-keyed')
    expect(rekeyed).toMatchObject({ mapId: loaded.doc.map.id, owner: 'Ops', status: 'idea', impact: 3 })
    expect(rekeyed?.id).not.toBe('has spaces')
    expect(plan.filter((a) => a.title === 'Twin')[0]?.id).not.toBe('action-quiz-results')
    expect(repairOf(loaded, 'droppedRecords')?.count).toBe(1)
    expect(repairOf(loaded, 'rekeyedIds')?.count).toBe(2)
    expect(repairOf(loaded, 'adoptedRecords')?.count).toBe(1)
    expect(repairOf(loaded, 'strippedCharacters')?.count).toBe(1)
  })

  it('follows a card that was re-keyed to its new id', () => {
    const file = v4File()
    file.document.cards.find((c: Json) => c.id === 'card-plan-quiz').id = 'plan quiz'
    file.document.actions[0].cardIds = ['plan quiz']
    const loaded = load(file)
    const [cardId] = loaded.doc.actions['action-quiz-results' as ActionId]?.cardIds ?? []
    expect(loaded.doc.cards[cardId!]?.text).toBe('Takes the taste quiz to pick a plan')
  })
})
