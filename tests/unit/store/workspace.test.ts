import { describe, expect, it } from 'vitest'
import type { StarterTitles } from '../../../src/domain'
import { useWorkspaces } from './openWorkspace'

const STARTER: StarterTitles = { stages: ['Before', 'During', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints'], ['emotions', 'Feelings']] }
const FIELDS = { title: 'Cyclists', date: '2026-11-25', facilitator: 'Aylin', notes: 'Room 4' }

let dbCount = 0

const open = useWorkspaces()

function freshName(): string {
  return `workspace-test-${++dbCount}`
}

describe('workspace', () => {
  it('creates a workshop and a map, and finds both again after a restart, on the same map and zoom', async () => {
    const name = freshName()
    const first = await open(name)
    const workshop = await first.ws.createWorkshop(FIELDS)
    await first.ws.openWorkshop(workshop.id)
    await first.ws.createMap('Journey', STARTER)
    const { store } = first
    expect(store.getState().doc?.map.title).toBe('Journey')
    expect(store.getState().saveStatus).toBe('saved')
    store.getState().dispatch({ type: 'renameMap', title: 'Commute journey' })
    store.getState().setViewport({ x: 120, y: 40, zoom: 1.5 })
    first.ws.saveViewport(store.getState().viewport)
    await first.ws.flush()
    await new Promise((r) => setTimeout(r, 450))
    const savedDoc = store.getState().doc
    await first.ws.dispose()

    const second = await open(name)
    const state = second.store.getState()
    expect(state.workshops.map((w) => w.title)).toEqual(['Cyclists'])
    expect(state.screen).toEqual({ kind: 'workshop', workshopId: workshop.id })
    expect(state.doc).toEqual(savedDoc)
    expect(state.viewport).toEqual({ x: 120, y: 40, zoom: 1.5 })
    expect(second.store.temporal.getState().pastStates).toHaveLength(0)
  })

  it('shows Saving while a change is pending and Saved once it is written', async () => {
    const { ws, store } = await open(freshName())
    const workshop = await ws.createWorkshop(FIELDS)
    await ws.openWorkshop(workshop.id)
    await ws.createMap('Journey', STARTER)
    const seen: string[] = []
    const unsubscribe = store.subscribe((s, p) => {
      if (s.saveStatus !== p.saveStatus) seen.push(s.saveStatus)
    })
    store.getState().dispatch({ type: 'renameMap', title: 'Changed' })
    await ws.flush()
    unsubscribe()
    expect(seen.at(-1)).toBe('saved')
    expect(seen).toContain('saving')
  })

  it('moves a workshop to the trash, restores it with the notice’s undo, and purges it', async () => {
    const { ws, store } = await open(freshName())
    const workshop = await ws.createWorkshop(FIELDS)
    await ws.trashWorkshop(workshop.id)
    expect(store.getState().workshops).toHaveLength(0)
    expect(store.getState().trashedWorkshops.map((w) => w.id)).toEqual([workshop.id])
    const notice = store.getState().notice
    expect(notice?.key).toBe('notices.workshopTrashed')
    notice?.undo?.()
    await new Promise((r) => setTimeout(r, 50))
    expect(store.getState().workshops.map((w) => w.id)).toEqual([workshop.id])
    await ws.trashWorkshop(workshop.id)
    await ws.purgeWorkshop(workshop.id)
    expect(store.getState().trashedWorkshops).toHaveLength(0)
  })

  it('duplicates a workshop with its maps and counts them', async () => {
    const { ws, store } = await open(freshName())
    const workshop = await ws.createWorkshop(FIELDS)
    await ws.openWorkshop(workshop.id)
    await ws.createMap('One', STARTER)
    await ws.createMap('Two', STARTER)
    await ws.showWorkshops()
    await ws.duplicateWorkshop(workshop.id, 'Cyclists (copy)')
    const copy = store.getState().workshops.find((w) => w.title === 'Cyclists (copy)')
    expect(copy).toBeDefined()
    expect(store.getState().mapCounts[copy!.id]).toBe(2)
    expect(store.getState().mapCounts[workshop.id]).toBe(2)
  })

  it('adds, renames, duplicates, trashes and restores maps inside a workshop', async () => {
    const { ws, store } = await open(freshName())
    const workshop = await ws.createWorkshop(FIELDS)
    await ws.openWorkshop(workshop.id)
    await ws.createMap('First', STARTER)
    const firstId = store.getState().openMapId!
    await ws.createMap('Second', STARTER)
    const secondId = store.getState().openMapId!
    expect(store.getState().maps.map((m) => m.title)).toEqual(['First', 'Second'])

    await ws.renameMap(firstId, 'First renamed')
    expect(store.getState().maps.find((m) => m.id === firstId)?.title).toBe('First renamed')

    await ws.duplicateMap(secondId, 'Second (copy)')
    expect(store.getState().doc?.map.title).toBe('Second (copy)')
    expect(store.getState().maps).toHaveLength(3)

    await ws.trashMap(firstId)
    expect(store.getState().maps.map((m) => m.id)).not.toContain(firstId)
    expect(store.getState().trashedMaps.map((m) => m.id)).toEqual([firstId])
    await ws.restoreMap(firstId)
    expect(store.getState().maps.map((m) => m.id)).toContain(firstId)
  })

  it('switching maps keeps each map’s own history apart', async () => {
    const { ws, store } = await open(freshName())
    const workshop = await ws.createWorkshop(FIELDS)
    await ws.openWorkshop(workshop.id)
    await ws.createMap('First', STARTER)
    const firstId = store.getState().openMapId!
    store.getState().dispatch({ type: 'renameMap', title: 'Edited' })
    await ws.createMap('Second', STARTER)
    expect(store.temporal.getState().pastStates).toHaveLength(0)
    await ws.openMap(firstId)
    expect(store.getState().doc?.map.title).toBe('Edited')
  })
})
