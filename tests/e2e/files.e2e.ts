import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cardLayout } from '../../src/domain/layout'
import type { JourneyDoc, JourneyMap } from '../../src/domain'
import { CURRENT_FORMAT_VERSION, parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../src/format'
import { readDb, screenshot } from './harness'
import { createWorkshop, importFile, importFileAndOpen, settle } from './flows'
import { boardView, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator sends a map to a colleague and takes one back: export it as a .journey file and
// as a touchpoint sheet, import the file into another workshop, try a broken file (nothing may
// change), and bring in a journey someone sketched in Mermaid. Files go through the browser's
// own download and file picker, as a person's would.

const CARD_TEXT = 'Sees an Instagram ad'
const TABLES = ['workshops', 'maps', 'stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs'] as const
const MERMAID = `journey
  title Commute to work
  section Leave home
    Make coffee: 5: Me
    Miss the bus: 1: Me, Driver
  section Arrive
    Find a desk: 3: Me
`

const MARYAM = 'مریم رضایی'
/** "Me" renamed by the facilitator: a name with a ';', the list separator of the sheet's persona cell. */
const ME_RENAMED = 'Me; the commuter'
// A sheet in the exported layout, its columns cut to what a person fills in by hand.
const PERSONA_SHEET = [
  'stage,step,lane,text,persona',
  'Leave home,Make coffee,Customer actions,Grinds the beans, me ',
  `Leave home,Miss the bus,Customer actions,Runs for the bus,"ME; ${MARYAM}"`,
  `Arrive,Find a desk,Customer actions,Books a desk in the app,${MARYAM}`,
].join('\r\n')

interface Row {
  id: string
  mapId?: string
  title?: string
  text?: string
  workshopId?: string
}

/** Every stored row of every map table, in a stable order. */
async function everything(page: Page): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of TABLES) out[table] = (await readDb<Row>(page, table)).sort((a, b) => (a.id < b.id ? -1 : 1))
  return out
}

/** A stored map as a document, read straight from IndexedDB. */
async function storedMap(page: Page, mapId: string): Promise<JourneyDoc> {
  const [map] = (await readDb<JourneyMap>(page, 'maps')).filter((m) => m.id === mapId)
  if (!map) throw new Error(`no map ${mapId}`)
  return storedDoc(page, map)
}

/** What a person sees of a map: stage titles, lane titles and kinds, and each card's text by position. */
function shape(doc: JourneyDoc) {
  const stepIds = doc.map.stageIds.flatMap((id) => doc.stages[id]?.stepIds ?? [])
  return {
    stages: doc.map.stageIds.map((id) => ({ title: doc.stages[id]?.title, steps: doc.stages[id]?.stepIds.map((s) => doc.steps[s]?.title) })),
    lanes: doc.map.laneIds.map((id) => [doc.lanes[id]?.kind, doc.lanes[id]?.title]),
    cards: Object.values(doc.cards)
      .map((c) => (c.place.kind === 'cell' ? `${stepIds.indexOf(c.place.stepId)}/${doc.map.laneIds.indexOf(c.place.laneId)}: ${c.text}` : c.text))
      .sort(),
  }
}

describe('files: export, import, broken files and Mermaid', () => {
  let dir = ''
  let sourceMapId = ''
  let jsonPath = ''

  // Before useApp, so that its directory is removed only once the app has closed (after-hooks run in reverse).
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jb-files-e2e-'))
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const session = useApp()

  it('builds a small map: a workshop, the starter grid and a card typed on the board', async () => {
    const { page } = session.app
    await createWorkshop(page, 'Source workshop')
    await page.getByRole('button', { name: 'Create the first map' }).click()
    const templates = page.getByRole('dialog', { name: 'New map' })
    if (await templates.isVisible().catch(() => false)) await templates.getByRole('button', { name: 'Create map' }).click()
    const board = page.getByTestId('board')
    await board.waitFor()
    await settle(page)

    const [map] = await readDb<JourneyMap>(page, 'maps')
    sourceMapId = map!.id
    const doc = await storedMap(page, sourceMapId)
    const { grid } = cardLayout(doc)
    const { toPage } = await boardView(page, sourceMapId)
    await typeCardAt(page, toPage(inCell(grid.columns[0]!, grid.rows[0]!)), CARD_TEXT)
    await settle(page)
    expect((await readDb<Row>(page, 'cards')).map((c) => c.text)).toEqual([CARD_TEXT])
  })

  it('exports the map as a .journey file that parses and round-trips', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export map' })
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Journeyboard file (.journey)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Journey map 1.journey')
    jsonPath = join(dir, file.suggestedFilename())
    await file.saveAs(jsonPath)

    const text = await readFile(jsonPath, 'utf8')
    const loaded = parseJourneyFile(text)
    if (!loaded.ok) expect.fail(JSON.stringify(loaded.error))
    expect(loaded.value.repairs).toEqual([])
    expect(Object.values(loaded.value.doc.cards).map((c) => c.text)).toEqual([CARD_TEXT])
    expect(shape(loaded.value.doc)).toEqual(shape(await storedMap(page, sourceMapId)))
    // Saving the loaded document again gives the same file, byte for byte.
    expect(stringifyEnvelope(serializeDoc(loaded.value.doc, JSON.parse(text).app))).toBe(text)
  })

  it('exports the touchpoints as a CSV that opens cleanly in a spreadsheet', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Export…' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('dialog', { name: 'Export map' }).getByRole('button', { name: 'Touchpoints (CSV)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('Journey map 1.csv')
    const path = join(dir, 'touchpoints.csv')
    await file.saveAs(path)
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('"stage","step","lane","text","sentiment","channel","device","team","metrics","emotion_felt","emotion_intended","lane_kind","persona","sentiment_code","channel_code","device_code","lane_kind_code"')
    expect(lines[1]).toContain(`"${CARD_TEXT}"`)
    expect(lines.slice(2)).toEqual([''])
  })

  it('imports the file into another workshop as a new map that matches the original', async () => {
    const { page } = session.app
    await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Workshops' }).click()
    await createWorkshop(page, 'Receiving workshop')
    const receiving = (await readDb<Row & { title: string }>(page, 'workshops')).find((w) => w.title === 'Receiving workshop')!
    await importFileAndOpen(page, jsonPath)

    const maps = await readDb<JourneyMap>(page, 'maps')
    expect(maps).toHaveLength(2)
    const imported = maps.find((m) => m.id !== sourceMapId)!
    expect(imported.workshopId).toBe(receiving.id)
    expect(shape(await storedMap(page, imported.id))).toEqual(shape(await storedMap(page, sourceMapId)))
    // The original is untouched and nothing in the copy shares its ids.
    const cards = await readDb<Row>(page, 'cards')
    expect(cards.map((c) => c.text)).toEqual([CARD_TEXT, CARD_TEXT])
    expect(new Set(cards.map((c) => c.id)).size).toBe(2)
    await screenshot(page, 'files-imported')
  })

  it('refuses a broken file with a message and changes nothing', async () => {
    const { page } = session.app
    const broken = join(dir, 'broken.journey')
    const good = await readFile(jsonPath, 'utf8')
    await writeFile(broken, good.slice(0, Math.floor(good.length / 2)))
    const newer = join(dir, 'from-the-future.journey')
    await writeFile(newer, good.replace(/"formatVersion": \d+/, '"formatVersion": 7'))
    const before = await everything(page)

    const dialog = await importFile(page, broken)
    const alert = dialog.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(`“${isolated('broken.journey')}” was not imported. Nothing was changed.`)
    // A cut-off copy of our own file: said so plainly, with what to do, and no parser jargon.
    expect(await alert.textContent()).toContain('This Journeyboard file is incomplete')
    expect(await alert.textContent()).not.toMatch(/JSON|not a Journeyboard/)

    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await (await chooser).setFiles(newer)
    await expect.poll(() => alert.textContent()).toContain(`made by a newer version of Journeyboard (file format 7; this app reads up to ${CURRENT_FORMAT_VERSION})`)
    await screenshot(page, 'files-refused')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await everything(page)).toEqual(before)
  })

  it('imports a Mermaid journey: sections become stages, tasks steps with a card each', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Import…' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Import a map' })
    await dialog.getByLabel('Or paste Mermaid journey text').fill(MERMAID)
    await dialog.getByRole('button', { name: 'Import text' }).click()
    await dialog.waitFor({ state: 'detached' })
    await settle(page)

    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Commute to work')
    if (!map) expect.fail('the Mermaid map was not stored')
    const doc = await storedMap(page, map.id)
    expect(shape(doc)).toEqual({
      stages: [
        { title: 'Leave home', steps: ['Make coffee', 'Miss the bus'] },
        { title: 'Arrive', steps: ['Find a desk'] },
      ],
      lanes: [
        ['actions', 'Customer actions'],
        ['emotions', 'Emotional intent'],
      ],
      cards: ['0/0: Make coffee', '1/0: Miss the bus', '2/0: Find a desk'],
    })
    // The shared curve; the actors (now personas) carry the same scores on their own curves.
    const felt = (await readDb<Row & { felt: number; stepId: string; personaId: string | null }>(page, 'emotions')).filter((e) => e.mapId === map.id && e.personaId === null)
    expect(felt.map((e) => [doc.steps[e.stepId as never]?.title, e.felt]).sort()).toEqual([
      ['Find a desk', 0],
      ['Make coffee', 2],
      ['Miss the bus', -2],
    ])
    expect(await page.getByRole('navigation', { name: 'Where you are' }).textContent()).toContain('Commute to work')
  })

  it('imports a touchpoint sheet whose persona names find the workshop’s personas, and makes a new one once', async () => {
    const { page } = session.app
    // The Mermaid journey gave this workshop "Me" and "Driver"; the sheet spells "Me" its own way.
    const sheet = join(dir, 'Sheet with personas.csv')
    await writeFile(sheet, `\uFEFF${PERSONA_SHEET}`)
    await importFileAndOpen(page, sheet)

    const receiving = (await readDb<Row & { title: string }>(page, 'workshops')).find((w) => w.title === 'Receiving workshop')!
    const personas = (await readDb<Row & { name: string; workshopId: string }>(page, 'personas')).filter((p) => p.workshopId === receiving.id)
    expect(personas.map((p) => p.name).sort()).toEqual(['Driver', 'Me', MARYAM].sort())
    const id = (name: string) => personas.find((p) => p.name === name)!.id
    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Sheet with personas')
    if (!map) expect.fail('the sheet was not stored as a map')
    expect(map.personaIds).toEqual([id('Me'), id(MARYAM)])
    const cards = (await readDb<Row & { personaIds: string[] }>(page, 'cards')).filter((c) => c.mapId === map.id)
    expect(cards.map((c) => [c.text, c.personaIds]).sort()).toEqual([
      ['Books a desk in the app', [id(MARYAM)]],
      ['Grinds the beans', [id('Me')]],
      ['Runs for the bus', [id('Me'), id(MARYAM)]],
    ])
    // The new map shows both people in its header, the workshop's "Me" among them.
    const chips = page.getByRole('list', { name: 'Personas on this map' })
    await expect.poll(() => chips.getByRole('listitem').count()).toBe(2)
    expect(await chips.getByRole('button', { name: 'Me', exact: true }).isVisible()).toBe(true)
    expect(await chips.getByRole('button', { name: MARYAM, exact: true }).isVisible()).toBe(true)
    await screenshot(page, 'files-sheet-personas')
  })

  it('exports a persona named with a ";" as one name in the sheet, and the re-import finds that persona whole', async () => {
    const { page } = session.app
    await page.getByRole('tab', { name: 'People' }).click()
    await page.getByRole('button', { name: `Edit ${isolated('Me')}`, exact: true }).click()
    const name = page.getByLabel('Name', { exact: true })
    await name.fill(ME_RENAMED)
    await name.press('Enter')
    await page.getByRole('button', { name: 'Back to personas' }).click()
    await settle(page)
    const receiving = (await readDb<Row & { title: string }>(page, 'workshops')).find((w) => w.title === 'Receiving workshop')!
    const inWorkshop = async () => (await readDb<Row & { name: string; workshopId: string }>(page, 'personas')).filter((p) => p.workshopId === receiving.id)
    expect((await inWorkshop()).map((p) => p.name).sort()).toEqual(['Driver', ME_RENAMED, MARYAM].sort())

    await page.getByRole('button', { name: 'Export…' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('dialog', { name: 'Export map' }).getByRole('button', { name: 'Touchpoints (CSV)' }).click()
    const path = join(dir, 'Exported with personas.csv')
    await (await download).saveAs(path)
    const csv = (await readFile(path, 'utf8')).slice(1)
    // The ';' inside the name is written \; (docs/file-format.md); the one between the names is not.
    expect(csv).toContain(`"Me\\; the commuter; ${MARYAM}"`)

    await importFileAndOpen(page, path)
    // No "Me" or "the commuter" split off the name: the workshop's personas are the same three.
    const personas = await inWorkshop()
    expect(personas.map((p) => p.name).sort()).toEqual(['Driver', ME_RENAMED, MARYAM].sort())
    const id = (n: string) => personas.find((p) => p.name === n)!.id
    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Exported with personas')
    if (!map) expect.fail('the exported sheet was not stored as a map')
    expect(map.personaIds).toEqual([id(ME_RENAMED), id(MARYAM)])
    const cards = (await readDb<Row & { personaIds: string[] }>(page, 'cards')).filter((c) => c.mapId === map.id)
    expect(cards.map((c) => [c.text, c.personaIds]).sort()).toEqual([
      ['Books a desk in the app', [id(MARYAM)]],
      ['Grinds the beans', [id(ME_RENAMED)]],
      ['Runs for the bus', [id(ME_RENAMED), id(MARYAM)]],
    ])
  })
})
