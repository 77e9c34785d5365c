import { describe, expect, it } from 'vitest'
import type { StarterTitles, WorkshopId } from '../../../src/domain'
import { parseJourneyFile } from '../../../src/format'
import { loadMapDoc } from '../../../src/persistence'
import v5Text from '../../fixtures/format/v5-sample.journey?raw'
import { useWorkspaces } from './openWorkspace'

const STARTER: StarterTitles = { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions']] }
const FIELDS = { title: 'Workshop', date: '', facilitator: '', notes: '' }

let dbCount = 0
const open = useWorkspaces()

function fileDoc() {
  const loaded = parseJourneyFile(v5Text)
  if (!loaded.ok) throw new Error('the v5 fixture did not load')
  return loaded.value
}

async function withWorkshop() {
  const { ws, store } = await open(`import-shown-${++dbCount}`)
  const workshop = await ws.createWorkshop(FIELDS)
  await ws.openWorkshop(workshop.id)
  await ws.createMap('Working map', STARTER)
  return { ws, store, workshopId: workshop.id }
}

describe('an imported map shows before its rows are written', () => {
  it('is on the board, "Saving…", when importMap answers; then stored whole, with an edit made meanwhile', async () => {
    const { ws, store, workshopId } = await withWorkshop()
    const file = fileDoc()
    const seenBefore = store.getState().maps.map((m) => m.id)
    const seen: { mapId: string | null; status: string; listed: string[] }[] = []
    store.subscribe((s, prev) => {
      if (s.saveStatus !== prev.saveStatus || s.openMapId !== prev.openMapId) seen.push({ mapId: s.openMapId, status: s.saveStatus, listed: s.maps.map((m) => m.id) })
    })
    const imported = await ws.importMap(workshopId, file.doc, { facilitation: file.facilitation! })
    if (!imported || imported === 'cancelled') throw new Error('not imported')
    const mapId = imported.doc.map.id
    expect(imported.opened).toBe(true)
    expect(store.getState().openMapId).toBe(mapId)
    expect(Object.keys(store.getState().doc!.cards)).toHaveLength(Object.keys(file.doc.cards).length)
    expect(store.getState().facilitation).toEqual(file.facilitation)
    // Shown as "Saving…": the rows are still being written; the workshop's list has it already.
    expect(seen.find((s) => s.mapId === mapId)?.status).toBe('saving')
    expect(seen.find((s) => s.mapId === mapId)?.listed).toEqual([...seenBefore, mapId])
    // An edit while the rows are written is kept and saved after them.
    store.getState().dispatch({ type: 'renameMap', title: 'Renamed while saving' })
    expect(await imported.saved).toBe(true)
    await ws.flush()
    expect(store.getState().saveStatus).toBe('saved')
    const stored = await loadMapDoc(ws.db(), mapId)
    expect(stored.ok && stored.value.doc).toEqual(store.getState().doc)
    expect(stored.ok && stored.value.doc.map.title).toBe('Renamed while saving')
    expect(stored.ok && stored.value.facilitation).toEqual(file.facilitation)
    // The workshop's list has it once the write is done.
    expect(store.getState().maps.map((m) => m.id)).toContain(mapId)
  })

  it('keeps an edit made before the person went to another map during the write', async () => {
    const { ws, store, workshopId } = await withWorkshop()
    const working = store.getState().maps[0]!.id
    const imported = await ws.importMap(workshopId, fileDoc().doc)
    if (!imported || imported === 'cancelled') throw new Error('not imported')
    store.getState().dispatch({ type: 'renameMap', title: 'Edited, then left' })
    await ws.openMap(working)
    expect(store.getState().openMapId).toBe(working)
    expect(await imported.saved).toBe(true)
    await ws.flush()
    const stored = await loadMapDoc(ws.db(), imported.doc.map.id)
    expect(stored.ok && stored.value.doc.map.title).toBe('Edited, then left')
    expect(stored.ok && Object.keys(stored.value.doc.cards)).toHaveLength(Object.keys(imported.doc.cards).length)
  })

  it('comes off the board again when its write fails, storing nothing', async () => {
    const { ws, store } = await withWorkshop()
    // A workshop that is gone by the time the write runs: the write refuses to add a map to it.
    const gone = 'workshop-gone' as WorkshopId
    const imported = await ws.importMap(gone, fileDoc().doc)
    if (!imported || imported === 'cancelled') throw new Error('not imported')
    expect(imported.opened).toBe(true)
    expect(await imported.saved).toBe(false)
    await ws.flush()
    expect(store.getState().maps.map((m) => m.id)).not.toContain(imported.doc.map.id)
    expect(store.getState().openMapId).toBeNull()
    expect(store.getState().doc).toBeNull()
    expect(await ws.db().maps.get(imported.doc.map.id)).toBeUndefined()
    expect(store.getState().notice?.key).toBe('errors.storage')
  })

  it('is written first and offered when the person went back to work (open says no)', async () => {
    const { ws, store, workshopId } = await withWorkshop()
    const working = store.getState().openMapId
    const imported = await ws.importMap(workshopId, fileDoc().doc, { open: () => false })
    if (!imported || imported === 'cancelled') throw new Error('not imported')
    expect(imported.opened).toBe(false)
    expect(store.getState().openMapId).toBe(working)
    expect(await ws.db().maps.get(imported.doc.map.id)).toBeDefined()
  })
})
