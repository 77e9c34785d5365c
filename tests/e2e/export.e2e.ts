import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { createCard, createStep, type Card, type JourneyDoc, type JourneyMap } from '../../src/domain'
import { cardLayout } from '../../src/domain/layout'
import { parseJourneyFile, serializeDoc, stringifyEnvelope } from '../../src/format'
import fa from '../../src/i18n/locales/fa.json'
import { HEADER_HEIGHT, MARGIN } from '../../src/io/export/frame'
import { decodePng, inkIn, pdfPageCount, pixel } from './exportImages'
import { PROJECT_ROOT, readDb } from './harness'
import { createWorkshopWithFirstMap } from './flows'
import { boardView, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'

// A facilitator exports the map for a deck, a wall and a print shop: PNG, SVG and PDF through the
// export dialog, a map far wider than a browser canvas, and a right-to-left Persian map.

const OUT = join(PROJECT_ROOT, 'test-results', 'export')
const CARD_A = 'Sees an Instagram ad'
const CARD_B = 'Compares <prices> & "plans"'

function saveStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Save failed|Read-only|ذخیره شد)$/ })
}

async function settle(page: Page): Promise<void> {
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toMatch(/Saved|ذخیره شد/)
}

async function typeCard(page: Page, mapId: string, doc: JourneyDoc, column: number, text: string): Promise<void> {
  const { grid } = cardLayout(doc)
  const { toPage } = await boardView(page, mapId)
  await typeCardAt(page, toPage(inCell(grid.columns[column]!, grid.rows[0]!)), text)
}

interface Choice {
  readonly format: string
  readonly scale?: string
  readonly paper?: string
}

/** Opens the export dialog, picks the picture format and options like a person, and saves the download. */
async function exportPicture(page: Page, labels: { button: string; title: string; run: string; scale: string; paper: string }, choice: Choice, file: string): Promise<{ path: string; ms: number }> {
  await page.getByRole('button', { name: labels.button }).click()
  const dialog = page.getByRole('dialog', { name: labels.title })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: choice.format }).check()
  if (choice.scale) await dialog.getByLabel(labels.scale, { exact: true }).selectOption(choice.scale)
  if (choice.paper) await dialog.getByLabel(labels.paper, { exact: true }).selectOption({ label: choice.paper })
  const download = page.waitForEvent('download', { timeout: 120_000 })
  const started = Date.now()
  await dialog.getByRole('button', { name: labels.run, exact: true }).click()
  const done = await download
  const ms = Date.now() - started
  const path = join(OUT, file)
  await done.saveAs(path)
  return { path, ms }
}

const EN = { button: 'Export…', title: 'Export map', run: 'Export', scale: 'Scale', paper: 'Paper' }

describe('picture exports: PNG, SVG and PDF', () => {
  let mapId = ''

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  async function openDoc(page: Page): Promise<JourneyDoc> {
    const [map] = (await readDb<JourneyMap>(page, 'maps')).filter((m) => m.id === mapId)
    return storedDoc(page, map!)
  }

  it('builds a map with two cards typed on the board', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Export workshop')
    await page.getByTestId('board').waitFor()
    await settle(page)
    mapId = (await readDb<JourneyMap>(page, 'maps'))[0]!.id
    await typeCard(page, mapId, await openDoc(page), 0, CARD_A)
    await settle(page)
    await typeCard(page, mapId, await openDoc(page), 1, CARD_B)
    await settle(page)
    expect((await readDb<Card>(page, 'cards')).map((c) => c.text).sort()).toEqual([CARD_B, CARD_A].sort())
  })

  it('exports a PNG of the whole map with the cards drawn', async () => {
    const { page } = session.app
    const { path } = await exportPicture(page, EN, { format: 'Picture (PNG)', scale: '1' }, 'map-1x.png')
    const png = decodePng(new Uint8Array(await readFile(path)))
    const doc = await openDoc(page)
    const bounds = cardLayout(doc).bounds
    expect(png.width).toBe(Math.max(720, Math.ceil(bounds.width) + 2 * MARGIN))
    expect(png.height).toBe(Math.ceil(bounds.height) + HEADER_HEIGHT + 2 * MARGIN)
    expect(inkIn(png)).toBeGreaterThan(png.width * png.height * 0.3)
    // The first card (neutral grey fill) sits in the first step of the first lane.
    const { grid, rects } = cardLayout(doc)
    const card = [...rects.values()].sort((a, b) => a.x - b.x)[0]!
    const at = pixel(png, Math.round(card.x - bounds.x + MARGIN + card.width - 6), Math.round(card.y + HEADER_HEIGHT + MARGIN + card.height - 6))
    expect(at.slice(0, 3)).toEqual([0xe5, 0xe7, 0xeb])
    expect(grid.width).toBeGreaterThan(0)
  })

  it('exports an SVG with the card texts as text, escaped', async () => {
    const { page } = session.app
    const { path } = await exportPicture(page, EN, { format: 'Vector drawing (SVG)' }, 'map.svg')
    const svg = await readFile(path, 'utf8')
    // A wrapped card is one <text> with a <tspan> per line.
    const joined = svg.replace(/<\/tspan><tspan[^>]*>/g, ' ')
    expect(svg.startsWith('<?xml')).toBe(true)
    expect(svg).toContain(CARD_A)
    expect(joined).toContain('Compares &lt;prices&gt; &amp; &quot;plans&quot;')
    expect(svg).not.toContain('<prices>')
    expect(svg).toContain('@font-face')
  })

  it('exports a PDF on A4 pages and on one big page', async () => {
    const { page } = session.app
    const a4 = await exportPicture(page, EN, { format: 'PDF', paper: 'A4 landscape' }, 'map-a4.pdf')
    const text = (await readFile(a4.path)).toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(pdfPageCount(text)).toBeGreaterThanOrEqual(1)
    const big = await exportPicture(page, EN, { format: 'PDF', paper: 'One big page' }, 'map-one-page.pdf')
    expect(pdfPageCount((await readFile(big.path)).toString('latin1'))).toBe(1)
  })

  it('exports a map wider than 20,000 px (2,000 cards) as a stitched PNG with content in the far right tiles', async () => {
    const { page } = session.app
    const doc = await openDoc(page)
    const wide = widen(doc, 100, 5, 4)
    expect(Object.keys(wide.cards).length).toBeGreaterThanOrEqual(2000)
    const file = join(OUT, 'wide.journey')
    await writeFile(file, stringifyEnvelope(serializeDoc(wide, { name: 'Journeyboard', version: 'e2e' })))
    expect(parseJourneyFile(await readFile(file, 'utf8')).ok).toBe(true)
    await page.getByRole('button', { name: 'Import…' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Import a map' })
    const chooser = page.waitForEvent('filechooser')
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await (await chooser).setFiles(file)
    await dialog.waitFor({ state: 'detached', timeout: 30_000 })
    await page.getByTestId('board').waitFor()
    await settle(page)

    const one = await exportPicture(page, EN, { format: 'Picture (PNG)', scale: '1' }, 'wide-1x.png')
    const bytes = new Uint8Array(await readFile(one.path))
    const png = decodePng(bytes)
    expect(png.width).toBeGreaterThan(20_000)
    // The last 2,048 px (a whole tile) hold cards and stage colour, not a blank patch.
    expect(inkIn(png, png.width - 2048, png.width - MARGIN)).toBeGreaterThan(2048 * png.height * 0.2)
    const two = await exportPicture(page, EN, { format: 'Picture (PNG)', scale: '2' }, 'wide-2x.png')
    const size2 = (await readFile(two.path)).byteLength
    const view = new DataView(bytes.buffer)
    console.log(`[export] wide map 1x: ${png.width}×${png.height} px, ${bytes.byteLength} bytes, ${one.ms} ms; 2x: ${view.getUint32(16) * 2} px wide, ${size2} bytes, ${two.ms} ms`)
  }, 240_000)

  it('exports a right-to-left Persian map with the first stage on the right', async () => {
    const { page } = session.app
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('radio', { name: 'فارسی' }).check()
    const switched = page.getByRole('dialog', { name: fa.settings.title })
    await switched.waitFor()
    await switched.getByRole('button', { name: fa.settings.close }).click()
    await switched.waitFor({ state: 'detached' })
    // Back to the small map, made right to left in the outline.
    await page.getByRole('navigation', { name: fa.nav.breadcrumb }).getByRole('button', { name: fa.nav.workshops }).click()
    await page.getByText('Export workshop').first().click()
    await page.getByRole('button', { name: 'Journey map 1' }).first().click()
    await page.getByTestId('board').waitFor()
    const toggle = page.getByRole('checkbox', { name: fa.outline.rightToLeft })
    await toggle.check()
    await expect.poll(async () => (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id === mapId)?.direction, { timeout: 10_000 }).toBe('rtl')

    const labels = { button: fa.export.button, title: fa.export.title, run: fa.export.run, scale: fa.export.scale, paper: fa.export.paper }
    const { path } = await exportPicture(page, labels, { format: fa.export.png, scale: '1' }, 'map-rtl-fa.png')
    const png = decodePng(new Uint8Array(await readFile(path)))
    const doc = await openDoc(page)
    const { grid } = cardLayout(doc)
    const first = doc.stages[doc.map.stageIds[0]!]!.color
    const last = doc.stages[doc.map.stageIds[doc.map.stageIds.length - 1]!]!.color
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    const y = HEADER_HEIGHT + MARGIN + 4
    const firstBand = grid.stages.find((b) => b.stageId === doc.map.stageIds[0])!
    const lastBand = grid.stages.find((b) => b.stageId === doc.map.stageIds[doc.map.stageIds.length - 1])!
    expect(firstBand.x).toBeGreaterThan(lastBand.x)
    const left = Math.round((png.width - grid.width) / 2)
    expect(pixel(png, left + Math.round(firstBand.x + firstBand.width - 4), y).slice(0, 3)).toEqual(rgb(first))
    expect(pixel(png, left + Math.round(lastBand.x + 4), y).slice(0, 3)).toEqual(rgb(last))
    // The first stage's colour is in the right half of the picture.
    expect(firstBand.x + left).toBeGreaterThan(png.width / 2)
    const svg = await exportPicture(page, labels, { format: fa.export.svg }, 'map-rtl-fa.svg')
    expect(await readFile(svg.path, 'utf8')).toContain('direction="rtl"')
    const pdf = await exportPicture(page, labels, { format: fa.export.pdf, paper: fa.export.paperA4 }, 'map-rtl-fa.pdf')
    expect(pdfPageCount((await readFile(pdf.path)).toString('latin1'))).toBeGreaterThanOrEqual(1)
  }, 120_000)
})

/** The map with `steps` more steps in its last stage and `perCell` cards in each of its first `lanes` lanes. */
function widen(doc: JourneyDoc, steps: number, lanes: number, perCell: number): JourneyDoc {
  const stageId = doc.map.stageIds[doc.map.stageIds.length - 1]!
  const stage = doc.stages[stageId]!
  const laneIds = doc.map.laneIds.slice(0, lanes)
  const newSteps = Array.from({ length: steps }, (_, i) => createStep(doc.map.id, stageId, `Far step ${i + 1}`, 240))
  const cards: Record<string, Card> = { ...doc.cards }
  const sentiments = ['positive', 'friction', 'decision', 'neutral'] as const
  newSteps.forEach((step, i) =>
    laneIds.forEach((laneId, l) => {
      for (let k = 0; k < perCell; k++) {
        const card = createCard(doc.map.id, { kind: 'cell', laneId, stepId: step.id, span: 1, rank: k }, { text: `Card ${i + 1}.${l + 1}.${k + 1}`, sentiment: sentiments[(i + k) % 4] })
        cards[card.id] = card
      }
    }),
  )
  const lanesById = Object.fromEntries(Object.entries(doc.lanes).map(([id, lane]) => [id, laneIds.includes(lane.id) ? { ...lane, height: Math.max(lane.height, 320) } : lane]))
  return {
    ...doc,
    map: { ...doc.map, title: 'Wide map' },
    stages: { ...doc.stages, [stageId]: { ...stage, stepIds: [...stage.stepIds, ...newSteps.map((s) => s.id)] } },
    steps: { ...doc.steps, ...Object.fromEntries(newSteps.map((s) => [s.id, s])) },
    lanes: lanesById,
    cards,
  } as JourneyDoc
}
