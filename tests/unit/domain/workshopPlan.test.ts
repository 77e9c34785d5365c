import { describe, expect, it } from 'vitest'
import { newAction, newId, type Action, type ActionStatus, type MapId } from '../../../src/domain'
import { filterPlanRows, nextWorkshopPlanSort, planRowOwners, sortPlanRows, type WorkshopPlanRow } from '../../../src/domain/actions/workshopPlan'

const SIGNUP = newId<MapId>()
const RETURNS = newId<MapId>()

function row(mapId: MapId, title: string, createdAt: number, fields: Partial<Pick<Action, 'owner' | 'due' | 'status' | 'impact' | 'votes'>> = {}): WorkshopPlanRow {
  return { mapId, mapTitle: mapId === SIGNUP ? 'Sign-up' : 'Returns', action: { ...newAction(mapId, [], createdAt), title, ...fields } }
}

/** As loadWorkshopActions gives them: Sign-up's (the older map) first, then Returns'. */
const rows = [
  row(SIGNUP, 'Shorter form', 30, { owner: 'Web', due: '2026-03-01', status: 'doing', impact: 4, votes: 2 }),
  row(SIGNUP, 'Welcome mail', 40, { status: 'done', impact: 2 }),
  row(RETURNS, 'Prepaid label', 10, { owner: 'Support', due: '2026-01-15', status: 'doing', impact: 5, votes: 6 }),
  row(RETURNS, 'Refund in two days', 20, { owner: 'Web', status: 'idea', impact: 4, votes: 2 }),
]
const titles = (list: readonly WorkshopPlanRow[]) => list.map((r) => r.action.title)

describe('the workshop-wide plan', () => {
  it('sorts by map in the workshop’s order of maps, and reversed, each map’s actions oldest first', () => {
    const shuffled = [rows[3]!, rows[1]!, rows[2]!, rows[0]!]
    expect(titles(sortPlanRows(rows, { key: 'map', descending: false }, 'en'))).toEqual(['Shorter form', 'Welcome mail', 'Prepaid label', 'Refund in two days'])
    expect(titles(sortPlanRows(rows, { key: 'map', descending: true }, 'en'))).toEqual(['Prepaid label', 'Refund in two days', 'Shorter form', 'Welcome mail'])
    // The map order is the order the rows came in; within a map, creation.
    expect(titles(sortPlanRows(shuffled, { key: 'map', descending: false }, 'en'))).toEqual(['Prepaid label', 'Refund in two days', 'Shorter form', 'Welcome mail'])
  })

  it('sorts by a column as a map’s plan does, with ties in map order and missing owners and dates last', () => {
    expect(titles(sortPlanRows(rows, { key: 'impact', descending: true }, 'en'))).toEqual(['Prepaid label', 'Shorter form', 'Refund in two days', 'Welcome mail'])
    expect(titles(sortPlanRows(rows, { key: 'votes', descending: true }, 'en'))).toEqual(['Prepaid label', 'Shorter form', 'Refund in two days', 'Welcome mail'])
    expect(titles(sortPlanRows(rows, { key: 'due', descending: false }, 'en'))).toEqual(['Prepaid label', 'Shorter form', 'Welcome mail', 'Refund in two days'])
    expect(titles(sortPlanRows(rows, { key: 'due', descending: true }, 'en'))).toEqual(['Shorter form', 'Prepaid label', 'Welcome mail', 'Refund in two days'])
    expect(titles(sortPlanRows(rows, { key: 'owner', descending: false }, 'en'))).toEqual(['Prepaid label', 'Shorter form', 'Refund in two days', 'Welcome mail'])
    expect(titles(sortPlanRows(rows, { key: 'status', descending: false }, 'en'))).toEqual(['Refund in two days', 'Shorter form', 'Prepaid label', 'Welcome mail'])
    expect(titles(sortPlanRows(rows, { key: 'title', descending: false }, 'en'))).toEqual(['Prepaid label', 'Refund in two days', 'Shorter form', 'Welcome mail'])
  })

  it('filters by owner (including nobody yet) and status, any of each list', () => {
    expect(titles(filterPlanRows(rows, { owners: ['Web'], statuses: [] }))).toEqual(['Shorter form', 'Refund in two days'])
    expect(titles(filterPlanRows(rows, { owners: [''], statuses: [] }))).toEqual(['Welcome mail'])
    const doing: ActionStatus[] = ['doing']
    expect(titles(filterPlanRows(rows, { owners: ['Web', 'Support'], statuses: doing }))).toEqual(['Shorter form', 'Prepaid label'])
    expect(filterPlanRows(rows, { owners: [], statuses: [] })).toEqual(rows)
  })

  it('offers the owners named on the rows, once each, sorted for the language', () => {
    expect(planRowOwners(rows, 'en')).toEqual(['Support', 'Web'])
  })
})

describe('pressing a column heading of the workshop-wide plan', () => {
  it('turns the same column round and starts another column its own way: scores and votes high first', () => {
    expect(nextWorkshopPlanSort({ key: 'map', descending: false }, 'map')).toEqual({ key: 'map', descending: true })
    expect(nextWorkshopPlanSort({ key: 'map', descending: true }, 'votes')).toEqual({ key: 'votes', descending: true })
    expect(nextWorkshopPlanSort({ key: 'votes', descending: true }, 'due')).toEqual({ key: 'due', descending: false })
  })
})
