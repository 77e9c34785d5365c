import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates'
import en from '../../../src/i18n/locales/en.json'
import { useWorkspaces } from './openWorkspace'

let n = 0

function lookup(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en)
  return typeof value === 'string' ? value.replace(/\{\{(\w+)\}\}/g, '') : key
}

const open = useWorkspaces()

describe('maps from templates and the sample workshop', () => {
  it('creates a map from a template in the open workshop and opens it', async () => {
    const { ws, store } = await open(`ws-templates-${++n}`)
    const workshop = await ws.createWorkshop({ title: 'W', date: '', facilitator: '', notes: '' })
    await ws.openWorkshop(workshop.id)
    await ws.createMapFromTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === 'awarenessToSupport')!, 'Funnel', lookup)
    const doc = store.getState().doc!
    expect(doc.map).toMatchObject({ title: 'Funnel', workshopId: workshop.id })
    expect(doc.map.stageIds.map((id) => doc.stages[id]!.title)).toEqual(['Awareness', 'Research', 'Pre-purchase nurturing', 'Purchase and post-purchase support'])
    expect(store.getState().maps.map((m) => m.title)).toEqual(['Funnel'])
  })

  it('creates and opens the sample workshop only when asked, and it survives a restart', async () => {
    const name = `ws-sample-${++n}`
    const first = await open(name)
    expect(first.store.getState().workshops).toEqual([])
    await first.ws.openSampleWorkshop(lookup)
    const doc = first.store.getState().doc!
    expect(first.store.getState().workshops.map((w) => w.title)).toEqual(['Sample: a day in the life'])
    expect(Object.values(doc.personas).map((p) => p.name)).toEqual(['Jenny'])
    expect(Object.keys(doc.jobs)).toHaveLength(1)
    await first.ws.dispose()

    const again = await open(name)
    const reopened = again.store.getState().doc!
    expect(reopened.map.id).toBe(doc.map.id)
    expect(reopened.personas).toEqual(doc.personas)
    expect(reopened.cards).toEqual(doc.cards)
  })
})
