import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { applyCommand, createCard, createMap, createStarterDoc, newId, type JourneyDoc, type JourneyMap, type WorkshopId } from '../../src/domain'
import { gridLayout } from '../../src/domain/layout'
import { serializeDoc, stringifyEnvelope } from '../../src/format'
import en from '../../src/i18n/locales/en.json'
import enBoard from '../../src/i18n/locales/en.board.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import { PROJECT_ROOT, readDb, screenshot } from './harness'
import { createWorkshopWithFirstMap, importFile, settle } from './flows'
import { useApp } from './session'

// A designer exports the map as SVG for a deck: every card's whole text, the touchpoint icons and
// the emotion lane's key must be in the file, in English and in a right-to-left Persian map; with
// compact cards chosen, the dialog says what is cut and the file shows it with "…".

const OUT = join(PROJECT_ROOT, 'test-results', 'export-svg')
const LONG_EN = 'The bank asks for a utility bill, a passport scan and a selfie, then asks for the utility bill again after two days of silence'
const LONG_FA = 'بانک قبض آب و برق، اسکن گذرنامه و یک عکس سلفی می‌خواهد و بعد از دو روز سکوت دوباره قبض را می‌خواهد (KYC)'
const JOBS_FA = 'کارهایی که باید انجام شود'

interface Words {
  readonly button: string
  readonly title: string
  readonly run: string
  readonly svg: string
}

/** A map with two long cards, three touchpoint cards (one with a device too) and an emotions lane. */
function mapFile(lang: 'en' | 'fa'): JourneyDoc {
  const words = lang === 'en' ? ['Before', 'During', 'Touchpoints', 'Jobs to be done', 'Pain points', 'Emotions', 'Step'] : ['پیش از خرید', 'هنگام خرید', 'نقاط تماس', JOBS_FA, 'نقاط درد', 'احساسات', 'گام']
  const map = { ...createMap(newId<WorkshopId>(), lang === 'en' ? 'Long cards' : 'نقشهٔ کارت‌های بلند'), direction: lang === 'en' ? ('ltr' as const) : ('rtl' as const) }
  const doc = createStarterDoc(map, {
    stages: [words[0]!, words[1]!],
    step: (n) => `${words[6]} ${n}`,
    lanes: [
      ['touchpoints', words[2]!],
      ['jobs', words[3]!],
      ['painPoints', words[4]!],
      ['emotions', words[5]!],
    ],
  })
  const grid = gridLayout(doc)
  const at = (lane: number, step: number) => ({ kind: 'cell' as const, laneId: grid.rows[lane]!.laneId, stepId: grid.columns[step]!.stepId, span: 1, rank: 0 })
  const long = lang === 'en' ? LONG_EN : LONG_FA
  return applyCommand(doc, {
    type: 'addCards',
    cards: [
      createCard(map.id, at(0, 0), { text: lang === 'en' ? `Instagram advert. ${long}` : `آگهی اینستاگرام: ${long}`, channel: 'socialMedia', device: 'mobile', sentiment: 'positive' }),
      createCard(map.id, at(0, 1), { text: lang === 'en' ? 'Flyer in the post' : 'بروشور پستی', channel: 'postalMail' }),
      createCard(map.id, at(0, 2), { text: lang === 'en' ? 'Website comparison table' : 'جدول مقایسهٔ وب‌سایت', channel: 'webPage', sentiment: 'decision' }),
      createCard(map.id, at(1, 1), { text: lang === 'en' ? 'Get paid on time' : 'حقوق به‌موقع برسد' }),
      createCard(map.id, at(2, 2), { text: long, sentiment: 'friction' }),
      createCard(map.id, at(2, 3), { text: lang === 'en' ? 'Card declined abroad' : 'کارت در خارج رد شد', sentiment: 'friction' }),
    ],
  })
}

async function importMap(page: Page, doc: JourneyDoc, name: string): Promise<void> {
  const file = join(OUT, `${name}.journey`)
  await writeFile(file, stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: 'e2e' })))
  const dialog = await importFile(page, file)
  await dialog.waitFor({ state: 'detached', timeout: 30_000 })
  await page.getByTestId('board').waitFor()
  await settle(page)
}

/** Exports an SVG through the dialog as a person does and returns its text. */
async function exportSvg(page: Page, words: Words, file: string): Promise<{ svg: string; path: string }> {
  await page.getByRole('button', { name: words.button }).click()
  const dialog = page.getByRole('dialog', { name: words.title })
  await dialog.getByRole('radio', { name: words.svg }).check()
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await dialog.getByRole('button', { name: words.run, exact: true }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  return { svg: await readFile(path, 'utf8'), path }
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The lines of each card's text as the file has them (one <tspan> per line), card by card. */
function cardLines(svg: string): string[][] {
  return [...svg.matchAll(/<g class="card"><rect[^>]*\/>(?:<text[^>]*>(.*?)<\/text>)?/g)].map((m) => [...(m[1] ?? '').matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => unescape(t[1]!)))
}

/** Opens the file in Chromium, as a person opening it in a browser, and keeps a picture of it. */
async function render(page: Page, path: string, name: string): Promise<void> {
  const view = await page.context().newPage()
  await view.setViewportSize({ width: 1700, height: 1100 })
  await view.goto(`file://${path}`)
  await view.screenshot({ path: join(OUT, `${name}.png`) })
  await view.close()
}

const EN: Words = { button: en.export.button, title: en.export.title, run: en.export.run, svg: en.export.svg }
const FA: Words = { button: fa.export.button, title: fa.export.title, run: fa.export.run, svg: fa.export.svg }

describe('SVG export: icons, emotion key and whole card text', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  it('holds the icons, the felt / intended key and every card’s whole text in English', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'SVG workshop')
    await importMap(page, mapFile('en'), 'long-en')
    await screenshot(page, 'export-svg-board-en')
    const { svg, path } = await exportSvg(page, EN, 'long-en.svg')
    // Advert: channel and device; flyer and website: a channel each.
    expect(svg.match(/<path class="touchpoint-icon"/g)).toHaveLength(4)
    const key = /<g class="emotion-key">(.*?)<\/g>/.exec(svg)?.[1] ?? ''
    expect(key).toContain(`>${enBoard.emotion.felt}<`)
    expect(key).toContain(`>${enBoard.emotion.intended}<`)
    expect(key).toMatch(/data-key="intended"[^>]*stroke-dasharray/)
    const cards = cardLines(svg)
    expect(cards.length).toBeGreaterThanOrEqual(6)
    for (const lines of cards) expect(lines.at(-1) ?? '').not.toMatch(/…$/)
    expect(cards.map((l) => l.join(' '))).toContain(LONG_EN)
    await render(page, path, 'long-en')
  })

  it('with compact cards chosen, says how many the export cuts, shows "…" there, and offers the whole text', async () => {
    const { page } = session.app
    const mapId = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Long cards')!.id
    await page.getByRole('checkbox', { name: en.outline.fitCardText }).uncheck()
    await expect.poll(async () => (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id === mapId)?.cardText, { timeout: 10_000 }).toBe('compact')
    const { svg } = await exportSvg(page, EN, 'long-en-compact.svg')
    const cut = cardLines(svg).filter((lines) => (lines.at(-1) ?? '').endsWith('…'))
    expect(cut.length).toBe(2)
    for (const lines of cut) expect(lines).toHaveLength(2)

    await page.getByRole('button', { name: EN.button }).click()
    const dialog = page.getByRole('dialog', { name: EN.title })
    await expect.poll(() => dialog.getByTestId('export-cut-cards').textContent()).toContain(en.export.cutCards_other.replace('{{count}}', '2'))
    await dialog.getByRole('button', { name: en.export.fitCards }).click()
    await expect.poll(async () => (await readDb<JourneyMap>(page, 'maps')).find((m) => m.id === mapId)?.cardText, { timeout: 10_000 }).toBe('fit')
    await expect.poll(() => dialog.getByTestId('export-cut-cards').count()).toBe(0)
    await dialog.getByRole('button', { name: en.export.close, exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('holds them in a right-to-left Persian map too, with the long lane title whole', async () => {
    const { page } = session.app
    await importMap(page, mapFile('fa'), 'long-fa')
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'فارسی' }).check()
    const settings = page.getByRole('dialog', { name: fa.settings.title })
    await settings.getByRole('button', { name: fa.settings.close }).click()
    await settings.waitFor({ state: 'detached' })
    await screenshot(page, 'export-svg-board-fa')
    const { svg, path } = await exportSvg(page, FA, 'long-fa.svg')
    expect(svg).toContain('data-direction="rtl"')
    expect(svg.match(/<path class="touchpoint-icon"/g)).toHaveLength(4)
    const key = /<g class="emotion-key">(.*?)<\/g>/.exec(svg)?.[1] ?? ''
    expect(key).toContain(`>${faBoard.emotion.felt}<`)
    expect(key).toContain(`>${faBoard.emotion.intended}<`)
    const cards = cardLines(svg)
    for (const lines of cards) expect(lines.at(-1) ?? '').not.toMatch(/…$/)
    expect(cards.map((l) => l.join(' '))).toContain(LONG_FA)
    // The lane title wraps instead of ending in "…".
    const grid = /<g class="grid">(.*?)<\/g><g class="cards">/.exec(svg)?.[1] ?? ''
    const title = [...grid.matchAll(/<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)]
      .map((m) => [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!))
      .find((lines) => lines.join(' ').startsWith('کارهایی'))
    expect(title?.join(' ')).toBe(JOBS_FA)
    await render(page, path, 'long-fa')
  })
})
