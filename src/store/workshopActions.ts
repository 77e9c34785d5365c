import type { Workshop, WorkshopId } from '../domain'
import { createWorkshop as newWorkshop } from '../domain'
import { createSampleWorkshop } from '../domain/sample'
import * as maps from '../persistence/maps'
import { getPref, setPref } from '../persistence/prefs'
import * as workshops from '../persistence/workshops'
import type { WorkspaceCore } from './workspaceCore'

type Fields = Pick<Workshop, 'title' | 'date' | 'facilitator' | 'notes'>

/** The workshop list and moving between it and one workshop. */
export function workshopActions(core: WorkspaceCore) {
  const { storage, session, patch, state } = core

  /** Shows the workshop and opens the map the person had open in it last (or its first), unless `openMap` is false. */
  async function openWorkshop(id: WorkshopId, { openMap = true }: { openMap?: boolean } = {}): Promise<void> {
    await session.close()
    patch({ screen: { kind: 'workshop', workshopId: id }, maps: [], trashedMaps: [] })
    const live = await core.refreshMaps(id)
    const last = await storage.run(async (db) => {
      await setPref(db, 'lastWorkshopId', id)
      return getPref(db, 'lastMapId')
    })
    // The person may have left for another screen while the list loaded.
    if (!openMap || !live || core.currentWorkshopId() !== id) return
    const target = live.find((m) => last.ok && m.id === last.value) ?? live[0]
    if (target) await session.open(target.id)
  }

  async function showWorkshops(): Promise<void> {
    await session.close()
    patch({ screen: { kind: 'workshops' }, maps: [], trashedMaps: [] })
    await storage.run((db) => setPref(db, 'lastWorkshopId', null))
    await core.refreshWorkshops()
  }

  async function restoreWorkshop(id: WorkshopId): Promise<void> {
    await storage.run((db) => workshops.restoreWorkshop(db, id))
    await core.refreshWorkshops()
  }

  return {
    openWorkshop,
    showWorkshops,
    restoreWorkshop,
    async createWorkshop(fields: Fields): Promise<Workshop> {
      const workshop = newWorkshop(fields)
      await storage.run((db) => workshops.createWorkshop(db, workshop))
      await core.refreshWorkshops()
      return workshop
    },
    async updateWorkshop(id: WorkshopId, fields: Partial<Fields>): Promise<void> {
      await storage.run((db) => workshops.updateWorkshop(db, id, fields))
      await core.refreshWorkshops()
    },
    async duplicateWorkshop(id: WorkshopId, title: string): Promise<void> {
      await storage.run((db) => workshops.duplicateWorkshop(db, id, title))
      await core.refreshWorkshops()
    },
    async trashWorkshop(id: WorkshopId): Promise<void> {
      const title = state().workshops.find((w) => w.id === id)?.title ?? ''
      if (core.currentWorkshopId() === id) await showWorkshops()
      const trashed = await storage.run((db) => workshops.trashWorkshop(db, id))
      await core.refreshWorkshops()
      if (trashed.ok) state().notify({ key: 'notices.workshopTrashed', values: { title }, tone: 'info', undo: () => void restoreWorkshop(id) })
    },
    async purgeWorkshop(id: WorkshopId): Promise<void> {
      await storage.run((db) => workshops.purgeWorkshop(db, id))
      await core.refreshWorkshops()
    },
    async openSampleWorkshop(t: (key: string, values?: Record<string, string>) => string): Promise<void> {
      const sample = createSampleWorkshop(t)
      const created = await storage.run(async (db) => {
        await workshops.createWorkshop(db, sample.workshop)
        await maps.createMapDoc(db, core.withNewMapDirection(sample.doc))
      })
      await core.refreshWorkshops()
      if (created.ok) await openWorkshop(sample.workshop.id)
    },
  }
}
