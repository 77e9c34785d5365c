import { describe, expect, it } from 'vitest'
import type { MapId, StarterTitles } from '../../../src/domain'
import { getPref, viewportKey } from '../../../src/persistence/prefs'
import type { Workspace, WorkspaceOptions } from '../../../src/store/workspace'
import { useWorkspaces } from './openWorkspace'

const STARTER: StarterTitles = { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] }
const FIELDS = { title: 'Race', date: '2026-12-04', facilitator: '', notes: '' }

let dbCount = 0
const open = useWorkspaces()

/** A workshop with maps A and B, with nothing open. */
async function twoMaps(options: WorkspaceOptions = {}) {
  const { ws, store } = await open(`workspace-open-${++dbCount}`, options)
  const workshop = await ws.createWorkshop(FIELDS)
  await ws.openWorkshop(workshop.id)
  await ws.createMap('A', STARTER)
  const a = store.getState().openMapId!
  await ws.createMap('B', STARTER)
  const b = store.getState().openMapId!
  await ws.showWorkshops()
  return { ws, store, workshopId: workshop.id, a, b }
}

/**
 * Holds back the database's answer for one map's remembered view until `release()`: a slow map
 * (a big one, or a busy disk) whose load is still under way when the person picks another.
 */
function slowLoad(ws: Workspace, mapId: MapId) {
  const prefs = ws.db().prefs
  const get = prefs.get.bind(prefs)
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  let held = false
  prefs.get = ((key: string) => {
    if (key !== `viewport:${mapId}`) return get(key)
    held = true
    return gate.then(() => get(key))
  }) as typeof prefs.get
  return { release, isHeld: () => held }
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('opening a map', () => {
  it('ends on the map picked last when an earlier one is still loading, and drops the earlier load', async () => {
    const { ws, store, workshopId, a, b } = await twoMaps()
    await ws.openWorkshop(workshopId)
    expect(store.getState().openMapId).toBe(b)

    const slow = slowLoad(ws, a)
    const first = ws.openMap(a)
    await until(slow.isHeld)
    const second = ws.openMap(b)
    await second
    expect(store.getState().doc?.map.id).toBe(b)
    slow.release()
    await first
    expect(store.getState().openMapId).toBe(b)
    expect(store.getState().doc?.map.id).toBe(b)

    // Only B's autosave listens: an edit is saved to B, and A's record is untouched.
    store.getState().dispatch({ type: 'renameMap', title: 'B edited' })
    await ws.flush()
    await ws.showWorkshops()
    await ws.openWorkshop(workshopId)
    expect(store.getState().maps.map((m) => m.title).sort()).toEqual(['A', 'B edited'])
  })

  it('names the map being read while it loads (its board waits, mounted), and no map once it is open or dropped', async () => {
    const { ws, store, workshopId, a, b } = await twoMaps()
    await ws.openWorkshop(workshopId)
    const slow = slowLoad(ws, a)
    const first = ws.openMap(a)
    await until(slow.isHeld)
    expect(store.getState().openingMapId).toBe(a)
    expect(store.getState().doc).toBeNull()
    const second = ws.openMap(b)
    await second
    expect(store.getState().openingMapId).toBeNull()
    slow.release()
    await first
    expect(store.getState().openingMapId).toBeNull()
    expect(store.getState().openMapId).toBe(b)
  })

  it('drops a load still under way when the person goes back to the workshop list', async () => {
    const { ws, store, workshopId, a } = await twoMaps()
    await ws.openWorkshop(workshopId)
    const slow = slowLoad(ws, a)
    const opening = ws.openMap(a)
    await until(slow.isHeld)
    await ws.showWorkshops()
    slow.release()
    await opening
    expect(store.getState().screen).toEqual({ kind: 'workshops' })
    expect(store.getState().doc).toBeNull()
    expect(store.getState().openMapId).toBeNull()
  })
})

describe('what the workspace follows in the store', () => {
  it('remembers the open map\'s view and reports the save status without any component listening', async () => {
    const statuses: string[] = []
    const { ws, store, workshopId, b } = await twoMaps({ onSaveStatus: (s) => statuses.push(s) })
    await ws.openWorkshop(workshopId)
    store.getState().setViewport({ x: 30, y: 60, zoom: 2 })
    store.getState().dispatch({ type: 'renameMap', title: 'B renamed' })
    await ws.flush()
    await new Promise((r) => setTimeout(r, 450))
    expect(await getPref(ws.db(), viewportKey(b))).toEqual({ x: 30, y: 60, zoom: 2 })
    expect(statuses).toContain('saving')
    expect(statuses.at(-1)).toBe('saved')
  })
})

describe('storage failures', () => {
  it('turn into one storage notice instead of a rejected promise, whichever call met them', async () => {
    const { ws, store, workshopId } = await twoMaps()
    ws.db().close()
    await expect(ws.refreshWorkshops()).resolves.toBeUndefined()
    expect(store.getState().notice).toMatchObject({ key: 'errors.storage', tone: 'error' })
    store.getState().patchWorkspace({ notice: null })
    await expect(ws.openWorkshop(workshopId)).resolves.toBeUndefined()
    expect(store.getState().notice).toMatchObject({ key: 'errors.storage', tone: 'error' })
  })
})
