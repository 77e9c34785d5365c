import Dexie from 'dexie'
import { describe, expect, it, vi } from 'vitest'
import type { StarterTitles } from '../../../src/domain'
import { NO_FACILITATION, type MapFacilitation } from '../../../src/domain/facilitation'
import { parseJourneyFile } from '../../../src/format'
import { exportJson } from '../../../src/io'
import { readMapFacilitation, SCHEMA } from '../../../src/persistence'
import type { AppStore } from '../../../src/store'
import type { Workspace } from '../../../src/store/workspace'
import v3Text from '../../fixtures/format/v3-sample.journey?raw'
import { useWorkspaces } from './openWorkspace'

const STARTER: StarterTitles = { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['actions', 'Actions']] }
const FIELDS = { title: 'Workshop', date: '', facilitator: '', notes: '' }

let dbCount = 0
const open = useWorkspaces()

function sample(): MapFacilitation {
  const loaded = parseJourneyFile(v3Text)
  if (!loaded.ok || !loaded.value.facilitation) throw new Error('the v3 fixture did not load')
  return loaded.value.facilitation
}

async function withMap(name = `facilitation-store-${++dbCount}`): Promise<{ ws: Workspace; store: AppStore; name: string }> {
  const { ws, store } = await open(name)
  const workshop = await ws.createWorkshop(FIELDS)
  await ws.openWorkshop(workshop.id)
  await ws.createMap('Journey', STARTER)
  return { ws, store, name }
}

/** The person's own changes, through the slice's actions. */
function runSession(store: AppStore, facilitation: MapFacilitation): void {
  if (facilitation.agenda) store.getState().setAgenda(facilitation.agenda)
  for (const vote of facilitation.votes) store.getState().addVoteRecord(vote)
}

describe('the open map’s facilitation in storage', () => {
  it('is saved when the person changes it and opens again with the map after a restart', async () => {
    const { ws, store, name } = await withMap()
    const mapId = store.getState().openMapId!
    runSession(store, sample())
    expect(store.getState().saveStatus).toBe('unsaved')
    await ws.flush()
    expect(store.getState().saveStatus).toBe('saved')
    expect(await readMapFacilitation(ws.db(), mapId)).toEqual(sample())
    await ws.dispose()

    const again = await open(name)
    expect(again.store.getState().openMapId).toBe(mapId)
    expect(again.store.getState().facilitation).toEqual(sample())
    // Opening is not a change: nothing to save.
    expect(again.store.getState().saveStatus).toBe('saved')
  })

  it('is saved after the autosave delay without a flush', async () => {
    const { ws, store } = await withMap()
    runSession(store, sample())
    await vi.waitFor(async () => expect(await readMapFacilitation(ws.db(), store.getState().openMapId!)).toEqual(sample()))
    await vi.waitFor(() => expect(store.getState().saveStatus).toBe('saved'))
  })

  it('leaves with its map: closing or opening another map shows that map’s own', async () => {
    const { ws, store } = await withMap()
    const first = store.getState().openMapId!
    runSession(store, sample())
    await ws.createMap('Second', STARTER)
    expect(store.getState().openMapId).not.toBe(first)
    expect(store.getState().facilitation).toEqual(NO_FACILITATION)
    // What was pending when the first map closed was written then.
    expect(await readMapFacilitation(ws.db(), first)).toEqual(sample())
    await ws.openMap(first)
    expect(store.getState().facilitation).toEqual(sample())
    await ws.trashMap(first)
    expect(store.getState().facilitation).toEqual(NO_FACILITATION)
  })

  it('shows a failed save the way a map’s does, and Try again (flush) writes it', async () => {
    const { ws, store } = await withMap()
    const table = ws.db().table('facilitation')
    const put = vi.spyOn(table, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    runSession(store, { agenda: sample().agenda, votes: [] })
    await expect(ws.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' })
    expect(store.getState().saveStatus).toBe('failed')
    expect(store.getState().saveError).toContain('QuotaExceededError')
    // A later document edit that saves does not hide the facilitation's failure.
    store.getState().dispatch({ type: 'renameMap', title: 'Renamed' })
    await vi.waitFor(() => expect(store.getState().doc?.map.title).toBe('Renamed'))
    expect(store.getState().saveStatus).toBe('failed')
    put.mockRestore()
    await ws.flush()
    expect(store.getState().saveStatus).toBe('saved')
    expect(await readMapFacilitation(ws.db(), store.getState().openMapId!)).toEqual({ agenda: sample().agenda, votes: [] })
  })

  it('goes with a duplicated map and with an imported file, and comes back out in the export', async () => {
    const { ws, store } = await withMap()
    const mapId = store.getState().openMapId!
    runSession(store, sample())
    await ws.duplicateMap(mapId, 'Copy')
    expect(store.getState().openMapId).not.toBe(mapId)
    expect(store.getState().facilitation).toEqual(sample())

    const file = parseJourneyFile(v3Text)
    if (!file.ok) throw new Error('fixture')
    const workshopId = store.getState().doc!.map.workshopId
    const imported = await ws.importMap(workshopId, file.value.doc, { facilitation: file.value.facilitation })
    expect(imported && imported !== 'cancelled' && store.getState().openMapId).toBe(imported && imported !== 'cancelled' && imported.doc.map.id)
    expect(store.getState().facilitation).toEqual(sample())

    const text = exportJson(store.getState().doc!, { name: 'Journeyboard', version: 'test' }, store.getState().facilitation)
    const back = parseJourneyFile(text)
    expect(back.ok && back.value.facilitation).toEqual(sample())
  })

  it('writes nothing in a database from a newer app, and says read-only', async () => {
    const name = `facilitation-store-${++dbCount}`
    const { ws, store } = await withMap(name)
    const mapId = store.getState().openMapId!
    await ws.dispose()
    const future = new Dexie(name)
    future.version(7).stores({ ...Object.assign({}, ...SCHEMA.map((v) => v.stores)), comments: 'id' })
    await future.open()
    future.close()

    const again = await open(name)
    expect(again.store.getState().openMapId).toBe(mapId)
    runSession(again.store, sample())
    await again.ws.flush()
    expect(again.store.getState().saveStatus).toBe('readonly')
    expect(await readMapFacilitation(again.ws.db(), mapId)).toEqual(NO_FACILITATION)
  })
})
