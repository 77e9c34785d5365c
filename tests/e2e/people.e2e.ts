import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { JourneyMap, Lane, Stage, Step } from '../../src/domain'
import { gridLayout } from '../../src/domain/layout'
import { TOUCHPOINT_LIBRARY } from '../../src/domain/touchpointLibrary'
import { makePng } from './exportImages'
import { readDb, screenshot } from './harness'
import { settle } from './flows'
import { boardView, firstMap, inCell, storedDoc, type PrefRow, type Viewport } from './scene'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator prepares a workshop the way issue 4 describes it: a persona with a photo, a job
// written as a sentence and placed on the map, a map from the "before / during / after" template,
// three touchpoints dragged in from the library, a focus on the persona; then quits, reopens and
// finds all of it, on screen and in the database.

interface PersonaRow {
  id: string
  name: string
  role: string
  photo: string | null
  goals: string[]
  channels: string[]
}
interface JobRow {
  id: string
  situation: string
  motivation: string
  outcome: string
  personaIds: string[]
  stepIds: string[]
}
interface CardRow {
  id: string
  mapId: string
  text: string
  channel: string | null
  jobId: string | null
  personaIds: string[]
  place: { kind: string; laneId?: string; stepId?: string }
}

const PERSONA = 'Maya Okafor'
const JOB = { situation: 'I am about to renew my plan', motivation: 'compare what I pay with what I use', outcome: 'keep only what I need' }
const TOUCHPOINTS = ['Social media', 'E-commerce', 'Billing'] as const

function sidePanelTab(page: Page, name: string): Locator {
  return page.getByRole('tab', { name })
}

/** Page coordinates of the centre of a cell, from the stored grid and the board's saved view. */
async function cellCentre(page: Page, laneKind: string, stepIndex: number): Promise<{ x: number; y: number }> {
  const map = await firstMap(page)
  const source = await storedDoc(page, map)
  const grid = gridLayout(source)
  const laneId = map.laneIds.find((id) => source.lanes[id]?.kind === laneKind)
  const row = laneId && grid.rowByLane.get(laneId)
  const column = grid.columns[stepIndex]
  if (!row || !column) throw new Error(`no ${laneKind} lane or no step ${stepIndex}`)
  const { toPage } = await boardView(page, map.id, { wait: false })
  return toPage(inCell(column, row))
}

/** An HTML5 drag from a palette entry to a page point, with one DataTransfer across the three events, as a browser does. */
async function dragEntryTo(page: Page, entry: Locator, to: { x: number; y: number }): Promise<void> {
  const handle = await entry.elementHandle()
  if (!handle) throw new Error('no palette entry')
  await page.evaluate(
    ({ source, x, y }) => {
      const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): EventTarget | null } }).document
      const Dt = (globalThis as unknown as { DataTransfer: new () => unknown }).DataTransfer
      const Drag = (globalThis as unknown as { DragEvent: new (type: string, init: object) => Event }).DragEvent
      const dataTransfer = new Dt()
      const fire = (target: EventTarget, type: string, at?: { x: number; y: number }) =>
        target.dispatchEvent(new Drag(type, { bubbles: true, cancelable: true, dataTransfer, clientX: at?.x ?? 0, clientY: at?.y ?? 0 }))
      fire(source as EventTarget, 'dragstart')
      const target = doc.elementFromPoint(x, y)
      if (!target) throw new Error('nothing under the drop point')
      fire(target, 'dragenter', { x, y })
      fire(target, 'dragover', { x, y })
      fire(target, 'drop', { x, y })
      fire(source as EventTarget, 'dragend')
    },
    { source: handle, x: to.x, y: to.y },
  )
}

describe('personas, jobs, templates and the touchpoint library, as a facilitator uses them', () => {
  const session = useApp()

  it('offers the sample workshop on an empty first start, and a map from the before / during / after template', async () => {
    const { page } = session.app
    await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor()
    expect(await page.getByRole('button', { name: 'Open the sample workshop' }).isVisible()).toBe(true)

    await page.getByRole('button', { name: 'New workshop' }).click()
    const dialog = page.getByRole('dialog', { name: 'New workshop' })
    await dialog.getByLabel('Title').fill('Renewal journey')
    await dialog.getByRole('button', { name: 'Create workshop' }).click()
    await page.getByRole('button', { name: 'Create the first map' }).click()

    const chooser = page.getByRole('dialog', { name: 'New map' })
    await chooser.waitFor()
    // The first template has the focus: a keyboard user can press Enter at once.
    expect(await chooser.getByRole('radio', { name: /Before, during and after purchase/ }).evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true)
    expect(await chooser.getByRole('radio').count()).toBe(4)
    await chooser.getByRole('radio', { name: /Before, during and after purchase/ }).check()
    await chooser.getByLabel('Map title').fill('Renewal, before to after')
    await screenshot(page, 'templates')
    await chooser.getByRole('button', { name: 'Create map' }).click()
    await chooser.waitFor({ state: 'detached' })

    await expect.poll(async () => (await readDb<Stage>(page, 'stages')).map((s) => s.title).sort()).toEqual(['After purchase', 'Before purchase', 'Customer service', 'During purchase'])
    await settle(page)
  })

  it('creates a persona with a photo, role, goals and channels, and puts them on the map', async () => {
    const { page } = session.app
    await sidePanelTab(page, 'People').click()
    await page.getByRole('button', { name: 'New persona' }).click()

    const name = page.getByLabel('Name', { exact: true })
    await name.fill(PERSONA)
    await name.press('Enter')
    await page.getByLabel('Choose a photo…').setInputFiles({ name: 'maya.png', mimeType: 'image/png', buffer: makePng(900, 600, [200, 90, 40]) })
    await expect.poll(() => page.locator('.persona-editor img.avatar').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    const role = page.getByLabel('Role')
    await role.fill('Small-business owner')
    await role.press('Enter')
    const goals = page.getByLabel(/^Goals/)
    await goals.fill('Pay less\nUnderstand the bill')
    await goals.blur()
    await page.getByRole('checkbox', { name: 'Email' }).check()
    await screenshot(page, 'persona-editor')
    await page.getByRole('button', { name: 'Back to personas' }).click()

    expect(await page.getByRole('checkbox', { name: `Show ${isolated(PERSONA)} on this map` }).isChecked()).toBe(true)
    expect(await page.getByRole('list', { name: 'Personas on this map' }).getByText(PERSONA).isVisible()).toBe(true)
    await settle(page)

    const [row] = await readDb<PersonaRow>(page, 'personas')
    expect(row).toMatchObject({ name: PERSONA, role: 'Small-business owner', goals: ['Pay less', 'Understand the bill'], channels: ['email'] })
    // Downscaled to at most 512 px a side before it is stored.
    const size = await page.evaluate(async (src) => {
      const image = new (globalThis as unknown as { Image: new () => { src: string; decode(): Promise<void>; naturalWidth: number; naturalHeight: number } }).Image()
      image.src = src
      await image.decode()
      return [image.naturalWidth, image.naturalHeight]
    }, row!.photo!)
    expect(size).toEqual([512, 341])
  })

  it('writes a job as a sentence, links it to the persona and places it on a jobs lane', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'New job' }).click()
    for (const [label, value] of [
      ['Situation of job 1', JOB.situation],
      ['Motivation of job 1', JOB.motivation],
      ['Outcome of job 1', JOB.outcome],
    ] as const) {
      const field = page.getByLabel(label)
      await field.fill(value)
      await field.press('Enter')
    }
    await page.locator('.job-item').getByRole('checkbox', { name: PERSONA }).check()
    await page.getByLabel('Step for job 1').selectOption({ label: 'Pays' })
    await page.getByRole('button', { name: 'Place job 1 on the map' }).click()
    await expect.poll(() => page.getByText('On the map once').isVisible()).toBe(true)
    await settle(page)

    const [job] = await readDb<JobRow>(page, 'jobs')
    expect(job).toMatchObject(JOB)
    const [persona] = await readDb<PersonaRow>(page, 'personas')
    expect(job!.personaIds).toEqual([persona!.id])
    const steps = await readDb<Step>(page, 'steps')
    expect(job!.stepIds).toEqual([steps.find((s) => s.title === 'Pays')!.id])
    const lanes = await readDb<Lane>(page, 'lanes')
    expect(lanes.filter((l) => l.kind === 'jobs')).toHaveLength(1)
    const card = (await readDb<CardRow>(page, 'cards')).find((c) => c.jobId === job!.id)
    expect(card?.text).toBe(`When ${JOB.situation}, I want to ${JOB.motivation}, so I can ${JOB.outcome}.`)
    expect(card?.personaIds).toEqual([persona!.id])
  })

  it('drags three touchpoints from the library onto cells of the board', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Touchpoint library' }).click()
    const palette = page.getByRole('complementary', { name: 'Touchpoint library' })
    await palette.waitFor()
    expect(await palette.locator('.library-entry').count()).toBe(TOUCHPOINT_LIBRARY.length)
    await palette.getByRole('searchbox', { name: 'Search touchpoints' }).fill('renew')
    await expect.poll(() => palette.locator('.library-entry').count()).toBe(1)
    await palette.getByRole('searchbox', { name: 'Search touchpoints' }).fill('')

    // With the library open the board is narrower: zoom out (Ctrl+wheel) until three steps are in view.
    const board = await page.getByTestId('board').boundingBox()
    const savedZoom = async () => ((await readDb<PrefRow>(page, 'prefs')).find((p) => p.key.startsWith('viewport:'))?.value as Viewport | undefined)?.zoom ?? 1
    // The map opened fitted to the window: zooming out goes on from there.
    await page.waitForTimeout(700)
    const opened = await savedZoom()
    await page.mouse.move(board!.x + 40, board!.y + board!.height / 2)
    await page.keyboard.down('Control')
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 25)
    await page.keyboard.up('Control')
    await expect.poll(savedZoom).toBeLessThan(Math.min(0.6, opened * 0.9))
    await page.waitForTimeout(700)
    for (const [i, name] of TOUCHPOINTS.entries()) {
      const entry = palette.locator('.library-entry').filter({ hasText: name }).first()
      await dragEntryTo(page, entry, await cellCentre(page, 'touchpoints', [0, 1, 3][i]!))
    }
    await settle(page)

    const cards = (await readDb<CardRow>(page, 'cards')).filter((c) => c.jobId === null)
    expect(cards.map((c) => c.text).sort()).toEqual([...TOUCHPOINTS].sort())
    expect(Object.fromEntries(cards.map((c) => [c.text, c.channel]))).toEqual({ 'Social media': 'socialMedia', 'E-commerce': 'webPage', Billing: 'email' })
    const lanes = await readDb<Lane>(page, 'lanes')
    const touchpointLane = lanes.find((l) => l.kind === 'touchpoints')!
    expect(cards.every((c) => c.place.kind === 'cell' && c.place.laneId === touchpointLane.id)).toBe(true)

    // A facilitator's own entry is kept for every workshop.
    await palette.getByText('Add your own touchpoint').click()
    await palette.getByLabel('Name', { exact: true }).fill('Renewal reminder call')
    await palette.getByLabel('Channel', { exact: true }).selectOption('phone')
    await palette.getByRole('button', { name: 'Add to library' }).click()
    await expect.poll(() => palette.locator('.library-entry').count()).toBe(TOUCHPOINT_LIBRARY.length + 1)
  })

  it('focuses the board on the persona', async () => {
    const { page } = session.app
    await page.getByLabel('Focus on').selectOption({ label: PERSONA })
    await expect.poll(() => page.getByText(`Focused on ${isolated(PERSONA)}: other personas' cards are dimmed`).count()).toBe(1)
    expect(await page.locator('.persona-chip--focused').textContent()).toBe(PERSONA)
    const shot = await screenshot(page, 'people')
    expect(existsSync(shot)).toBe(true)
  })

  it('finds everything again after a restart', async () => {
    await session.restart()
    const { page } = session.app
    await page.getByTestId('board').waitFor()
    await sidePanelTab(page, 'People').click()
    expect(await page.getByRole('list', { name: 'Personas on this map' }).getByText(PERSONA).isVisible()).toBe(true)
    expect(await page.locator('.persona-item img.avatar').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(await page.getByLabel('Situation of job 1').inputValue()).toBe(JOB.situation)

    const [map] = await readDb<JourneyMap>(page, 'maps')
    const [persona] = await readDb<PersonaRow>(page, 'personas')
    expect(map).toMatchObject({ title: 'Renewal, before to after', personaIds: [persona!.id] })
    const cards = await readDb<CardRow>(page, 'cards')
    expect(cards).toHaveLength(4)
    expect(await readDb<{ name: string; channel: string; phase: string }>(page, 'libraryEntries')).toEqual([expect.objectContaining({ name: 'Renewal reminder call', channel: 'phone', phase: 'before' })])

    await page.getByRole('button', { name: 'Touchpoint library' }).click()
    expect(await page.getByRole('complementary', { name: 'Touchpoint library' }).getByText('Renewal reminder call').isVisible()).toBe(true)
  })
})

describe('the sample workshop offered on a first start', () => {
  const session = useApp()

  it('opens Jenny’s day in the life with her persona, job and touchpoints', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Open the sample workshop' }).click()
    await page.getByTestId('board').waitFor()
    // The board is there while the map is read (its canvases are made meanwhile): the map's personas follow.
    await page.getByRole('list', { name: 'Personas on this map' }).getByText('Jenny').waitFor()
    await settle(page)

    expect((await readDb<{ title: string }>(page, 'workshops')).map((w) => w.title)).toEqual(['Sample: a day in the life'])
    expect((await readDb<Step>(page, 'steps')).map((s) => s.title).sort()).toEqual(['08:00 checks the weather', 'Between calls: will it be windy?', 'Reads before sleeping', 'Sees an ad', 'Signs up'])
    const cards = await readDb<CardRow>(page, 'cards')
    expect(cards.map((c) => c.text)).toEqual(expect.arrayContaining(['Weather app', 'Website', 'Blog post about a snow storm']))
    const [job] = await readDb<JobRow>(page, 'jobs')
    expect(job).toMatchObject({ situation: "I plan tomorrow's ride", motivation: 'know the wind and rain along my route' })
    expect(cards.find((c) => c.jobId === job!.id)?.text).toBe("When I plan tomorrow's ride, I want to know the wind and rain along my route, so I can dress right and arrive dry and safe.")
    const shot = await screenshot(page, 'sample')
    expect(existsSync(shot)).toBe(true)
  })
})
