import { describe, expect, it } from 'vitest'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import type { Platform } from '../../../src/platform'
import { createAppStore, loadDoc } from '../../../src/store'
import { BACKUP_EVERY_MS, startBackups } from '../../../src/ui/files/backups'

function fakePlatform(native: boolean) {
  const written: string[] = []
  const platform = {
    appInfo: async () => ({ name: 'Journeyboard', version: '0.0.0', platform: 'linux', userDataPath: '' }),
    files: {
      native,
      backup: async (_mapId: string, title: string) => void written.push(title),
    },
  } as unknown as Pick<Platform, 'appInfo' | 'files'>
  return { platform, written }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('rolling backups', () => {
  it('copies the open map once its edits are saved, at most once per interval, and stops when told', async () => {
    const store = createAppStore()
    const { platform, written } = fakePlatform(true)
    let clock = 1_000_000
    const stop = startBackups(store, platform, () => clock)
    loadDoc(store, createStarterDoc(createMap(newId<WorkshopId>(), 'Trip'), { stages: ['A'], step: (n) => `S${n}`, lanes: [] }))
    const save = () => {
      store.getState().patchWorkspace({ saveStatus: 'saving' })
      store.getState().patchWorkspace({ saveStatus: 'saved' })
    }
    save()
    await settle()
    expect(written).toEqual(['Trip'])
    clock += 1000
    save()
    await settle()
    expect(written).toEqual(['Trip'])
    clock += BACKUP_EVERY_MS
    save()
    await settle()
    expect(written).toEqual(['Trip', 'Trip'])
    stop()
    clock += BACKUP_EVERY_MS
    save()
    await settle()
    expect(written).toHaveLength(2)
  })

  it('does nothing in a browser, which has no backups folder', async () => {
    const store = createAppStore()
    const { platform, written } = fakePlatform(false)
    startBackups(store, platform)
    loadDoc(store, createStarterDoc(createMap(newId<WorkshopId>(), 'Trip'), { stages: ['A'], step: (n) => `S${n}`, lanes: [] }))
    store.getState().patchWorkspace({ saveStatus: 'saving' })
    store.getState().patchWorkspace({ saveStatus: 'saved' })
    await settle()
    expect(written).toEqual([])
  })
})
