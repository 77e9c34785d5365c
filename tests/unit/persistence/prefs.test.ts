import { describe, expect, it } from 'vitest'
import type { MapId, WorkshopId } from '../../../src/domain'
import { deletePref, getPref, JourneyboardDb, setPref, viewportKey } from '../../../src/persistence'
import { uniqueName } from './helpers'

describe('prefs', () => {
  it('keeps session things across a restart', async () => {
    const name = uniqueName('prefs')
    const db = new JourneyboardDb(name)
    const mapId = 'map-1' as MapId
    expect(await getPref(db, 'lastMapId')).toBeUndefined()
    await setPref(db, 'lastWorkshopId', 'ws-1' as WorkshopId)
    await setPref(db, 'lastMapId', mapId)
    await setPref(db, viewportKey(mapId), { zoom: 1.5, x: -200, y: 40 })
    await setPref(db, 'language', 'fa')
    db.close()

    const again = new JourneyboardDb(name)
    expect(await getPref(again, 'lastWorkshopId')).toBe('ws-1')
    expect(await getPref(again, 'lastMapId')).toBe(mapId)
    expect(await getPref(again, viewportKey(mapId))).toEqual({ zoom: 1.5, x: -200, y: 40 })
    expect(await getPref(again, 'language')).toBe('fa')
    await deletePref(again, 'language')
    expect(await getPref(again, 'language')).toBeUndefined()
    again.close()
  })
})
