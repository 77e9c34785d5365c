import { describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { createPersona, type Card, type Persona, type StarterTitles, type WorkshopId } from '../../../src/domain'
import { CURRENT_FORMAT_VERSION } from '../../../src/format'
import { readImport } from '../../../src/io'
import type { Workspace } from '../../../src/store/workspace'
import { startImport, type FileReader } from '../../../src/ui/files/runImport'
import { TITLES } from '../io/helpers'
import { useWorkspaces } from '../store/openWorkspace'

const STARTER: StarterTitles = { stages: ['Before'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] }
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction
const SHEET =
  'stage,step,lane,text,persona\r\n' +
  'Before,Sees ad,Touchpoints,Instagram advert,"maya  OKAFOR; Tom"\r\n' +
  'Before,Compares,Touchpoints,Comparison site,Tom\r\n' +
  'After,Pays,Touchpoints,Card declined,Maya Okafor\r\n'

/** Reads the file on the spot, as the import worker would. */
const readNow: FileReader = (request) => ({ done: Promise.resolve({ kind: 'read', result: readImport(request.name, request.text, TITLES) }), cancel: () => {} })

const open = useWorkspaces()
let dbCount = 0

/** A workshop whose map has the persona Maya Okafor, with a role, a quote and a photo of her own. */
async function workshopWithMaya(): Promise<{ ws: Workspace; workshopId: WorkshopId; maya: Persona }> {
  const { ws, store } = await open(`import-personas-${++dbCount}`)
  const workshop = await ws.createWorkshop({ title: 'Team', date: '', facilitator: '', notes: '' })
  await ws.openWorkshop(workshop.id)
  await ws.createMap('Journey', STARTER)
  const maya = { ...createPersona(workshop.id, 'Maya Okafor', '#2563eb'), role: 'Small-business owner', quote: 'Just tell me what I pay.' }
  store.getState().dispatch({ type: 'addPersona', persona: maya, onMap: true })
  await ws.flush()
  return { ws, workshopId: workshop.id, maya }
}

async function importSheet(ws: Workspace, workshopId: WorkshopId, name: string): Promise<string> {
  const outcome = await startImport(t, ws, workshopId, { name, text: SHEET }, () => {}, readNow).done
  if (outcome.kind !== 'imported') expect.fail(`not imported: ${JSON.stringify(outcome)}`)
  // Names finding the workshop's personas is what the sheet meant: no "Please check" for it.
  expect(outcome.report).toBeNull()
  return outcome.mapId
}

describe('importing a touchpoint sheet into a workshop with personas', () => {
  it('gives the cards the workshop’s persona of that name, unchanged, and makes one for a new name', async () => {
    const { ws, workshopId, maya } = await workshopWithMaya()
    const mapId = await importSheet(ws, workshopId, 'touchpoints.csv')
    const db = ws.db()
    const personas = await db.personas.where('workshopId').equals(workshopId).toArray()
    expect(personas.map((p) => p.name).sort()).toEqual(['Maya Okafor', 'Tom'])
    expect(personas.find((p) => p.id === maya.id)).toEqual(maya)
    const tom = personas.find((p) => p.name === 'Tom')!
    const cards = (await db.cards.where('mapId').equals(mapId).toArray()) as Card[]
    expect(cards.map((c) => [c.text, c.personaIds]).sort()).toEqual([
      ['Card declined', [maya.id]],
      ['Comparison site', [tom.id]],
      ['Instagram advert', [maya.id, tom.id]],
    ])
    expect((await db.maps.get(mapId))?.personaIds).toEqual([maya.id, tom.id])
  })

  it('finds the persona it made the first time when the same sheet comes in again', async () => {
    const { ws, workshopId } = await workshopWithMaya()
    const first = await importSheet(ws, workshopId, 'touchpoints.csv')
    const second = await importSheet(ws, workshopId, 'touchpoints again.csv')
    const db = ws.db()
    expect((await db.personas.where('workshopId').equals(workshopId).toArray()).map((p) => p.name).sort()).toEqual(['Maya Okafor', 'Tom'])
    const header = async (mapId: string) => (await db.maps.get(mapId))?.personaIds
    expect(await header(second)).toEqual(await header(first))
  })

  it('keeps a .journey file’s personas by id, never by name', async () => {
    const { ws, workshopId, maya } = await workshopWithMaya()
    const namesake = createPersona('elsewhere' as WorkshopId, 'Maya Okafor')
    const text = JSON.stringify({
      type: 'journeyboard',
      formatVersion: CURRENT_FORMAT_VERSION,
      app: { name: 'Journeyboard', version: 'test' },
      document: {
        map: { id: 'm', workshopId: 'elsewhere', title: 'Theirs', stageIds: ['s'], laneIds: ['l'], personaIds: [namesake.id] },
        stages: [{ id: 's', mapId: 'm', title: 'Before', color: '#dbeafe', stepIds: ['p'] }],
        steps: [{ id: 'p', mapId: 'm', stageId: 's', title: 'Step' }],
        lanes: [{ id: 'l', mapId: 'm', kind: 'touchpoints', title: 'Touchpoints' }],
        cards: [{ id: 'c', mapId: 'm', text: 'Ad', place: { kind: 'cell', laneId: 'l', stepId: 'p', span: 1, rank: 0 }, personaIds: [namesake.id] }],
        personas: [namesake],
      },
    })
    const outcome = await startImport(t, ws, workshopId, { name: 'theirs.journey', text }, () => {}, readNow).done
    if (outcome.kind !== 'imported') expect.fail(JSON.stringify(outcome))
    const personas = await ws.db().personas.where('workshopId').equals(workshopId).toArray()
    expect(personas.filter((p) => p.name === 'Maya Okafor').map((p) => p.id).sort()).toEqual([maya.id, namesake.id].sort())
  })
})
