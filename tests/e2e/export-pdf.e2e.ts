import { execFileSync } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createCard, createStep, type Card, type JourneyDoc, type JourneyMap } from '../../src/domain'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import { PROJECT_ROOT, readDb } from './harness'
import { createWorkshopWithFirstMap, importDoc, settle } from './flows'
import { linesOf, pageTexts, persianDigits, squeeze } from './pdfText'
import { storedDoc } from './scene'
import { useApp } from './session'

// A facilitator prints a 60-step map on A3 in English and in Persian, and reads the PDF as a
// viewer or a search index would: its text (pdftotext) and its pages (pdftoppm).

const OUT = join(PROJECT_ROOT, 'test-results', 'export-pdf')
/** A Persian card with a Latin word, a number and a full stop; and an English card with a Persian word. */
const MIXED_FA = 'کوچ به CRM در ۲ روز.'
const MIXED_EN = 'Send the پوشه to CRM.'
/**
 * The same cards as pdftotext gives them: in logical order, with the RLM (LRM) the text layer puts
 * after a run against the line's direction, so poppler ends the run there (see pdfText/layer).
 */
const MIXED_FA_EXTRACTED = 'کوچ به CRM\u200F در ۲\u200F روز.'
const MIXED_EN_EXTRACTED = 'Send the پوشه\u200E to CRM.'
/** A Persian card with harakat (tanvin, damma, kasra), the hamza above and a Persian comma, on the second step. */
const MARKED_FA = 'حتماً، نامهٔ مُدیرِ مؤسسه'
/** As extracted: the comma, which poppler reads as a number, ends its section with an RLM. */
const MARKED_FA_EXTRACTED = 'حتماً،\u200F نامهٔ مُدیرِ مؤسسه'
/** Persian lane titles for the Persian map, as a Persian facilitator names them. */
const FA_LANES = ['اقدامات مشتری', 'نقاط تماس', 'نقاط درد', 'فرصت‌ها', 'پشت صحنه', 'کانال‌ها', 'معیارها', 'وظایف']
const TITLE = 'Onboarding journey'
const TITLE_FA = 'سفر ورود مشتری'

/**
 * The map with 60 steps, a card in the first three lanes of every step, and a mixed card in the
 * first one. The Persian map is Persian throughout (steps "گام ۰۱", cards, lane titles), as a
 * Persian facilitator writes it; a text extractor reads a page in its main script's direction.
 */
function sixtySteps(doc: JourneyDoc, direction: 'ltr' | 'rtl'): JourneyDoc {
  const fa = direction === 'rtl'
  const stageIds = doc.map.stageIds
  const stages = Object.fromEntries(stageIds.map((id) => [id, { ...doc.stages[id]!, stepIds: [] as string[] }]))
  const steps: Record<string, ReturnType<typeof createStep>> = {}
  const laneIds = doc.map.laneIds.filter((id) => doc.lanes[id]!.kind !== 'emotions').slice(0, 3)
  const cards: Record<string, Card> = {}
  const sentiments = ['positive', 'friction', 'decision', 'neutral'] as const
  for (let i = 0; i < 60; i++) {
    const stageId = stageIds[Math.floor((i * stageIds.length) / 60)]!
    const number = String(i + 1).padStart(2, '0')
    const step = createStep(doc.map.id, stageId, fa ? `گام ${persianDigits(number)}` : `Step ${number}`, 220)
    steps[step.id] = step
    stages[stageId]!.stepIds.push(step.id)
    laneIds.forEach((laneId, l) => {
      const plain = fa ? `کارت ${persianDigits(`${i + 1}.${l + 1}`)}` : `Card ${i + 1}.${l + 1}`
      const text = i === 0 && l === 0 ? (fa ? MIXED_FA : MIXED_EN) : fa && i === 1 && l === 0 ? MARKED_FA : plain
      const card = createCard(doc.map.id, { kind: 'cell', laneId, stepId: step.id, span: 1, rank: 0 }, { text, sentiment: sentiments[(i + l) % 4] })
      cards[card.id] = card
    })
  }
  const lanes = fa ? Object.fromEntries(doc.map.laneIds.map((id, k) => [id, { ...doc.lanes[id]!, title: FA_LANES[k % FA_LANES.length]! }])) : doc.lanes
  return { ...doc, map: { ...doc.map, title: fa ? TITLE_FA : TITLE, direction }, stages, steps, lanes, cards } as unknown as JourneyDoc
}

async function exportPdf(page: Page, labels: { button: string; title: string; format: string; paper: string; paperChoice: string; run: string }, file: string): Promise<string> {
  await page.getByRole('button', { name: labels.button }).click()
  const dialog = page.getByRole('dialog', { name: labels.title })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: labels.format }).check()
  await dialog.getByLabel(labels.paper, { exact: true }).selectOption({ label: labels.paperChoice })
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await dialog.getByRole('button', { name: labels.run, exact: true }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  await dialog.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined)
  return path
}

interface Expected {
  readonly title: string
  /** A step's number from its title as extracted. */
  readonly step: RegExp
  /** "Page N of M" as a line of its own, exactly as extracted. */
  readonly label: (n: number, total: number) => string
  /** Lines the first page has, exactly as extracted: the mixed card (and the card with marks). */
  readonly firstPageLines: readonly string[]
}

/** Every step on exactly one page, in reading order; the title, a lane title and "N of M" on every page; the first page's cards line for line. */
function checkPdf(path: string, doc: JourneyDoc, expected: Expected): string[] {
  const texts = pageTexts(path)
  expect(texts.length).toBeGreaterThan(2)
  const pagesOf = new Map<number, number[]>()
  texts.forEach((text, p) => {
    for (const m of squeeze(text).matchAll(expected.step)) {
      const step = Number(m[1]!.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
      const list = pagesOf.get(step) ?? []
      if (!list.includes(p)) list.push(p)
      pagesOf.set(step, list)
    }
  })
  for (let step = 1; step <= 60; step++) expect({ step, pages: pagesOf.get(step) }).toEqual({ step, pages: [expect.any(Number)] })
  const firstPages = Array.from({ length: 60 }, (_, i) => pagesOf.get(i + 1)![0]!)
  for (let i = 1; i < 60; i++) expect(firstPages[i]!).toBeGreaterThanOrEqual(firstPages[i - 1]!)
  const laneTitle = doc.lanes[doc.map.laneIds[0]!]!.title
  texts.forEach((text, p) => {
    expect(linesOf(text)).toContain(expected.title)
    expect(squeeze(text)).toContain(squeeze(laneTitle))
    expect(linesOf(text)).toContain(expected.label(p + 1, texts.length))
  })
  for (const line of expected.firstPageLines) expect(linesOf(texts[0]!)).toContain(line)
  return texts
}

/** The share of a binary PPM's (pdftoppm's own format) pixels that are not near white. */
function inkShare(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a binary PPM')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const start = header[0].length
  let ink = 0
  for (let i = 0; i < width * height; i++) {
    const o = start + i * 3
    if (ppm[o]! < 245 || ppm[o + 1]! < 245 || ppm[o + 2]! < 245) ink++
  }
  return ink / (width * height)
}

/**
 * The share of the printable width (A3 landscape, 28 pt margins) the map takes across the middle of
 * a page: from the first to the last column with ink in the rows between 30% and 70% of its height.
 */
function widthShare(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a binary PPM')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const start = header[0].length
  let [left, right] = [width, -1]
  for (let y = Math.round(height * 0.3); y < height * 0.7; y++) {
    for (let x = 0; x < width; x++) {
      const o = start + (y * width + x) * 3
      if (ppm[o]! < 245 || ppm[o + 1]! < 245 || ppm[o + 2]! < 245) [left, right] = [Math.min(left, x), Math.max(right, x)]
    }
  }
  const printable = width * (1 - (2 * 28) / 1190.55)
  return right < left ? 0 : (right - left + 1) / printable
}

/** Renders every page at 30 dpi and checks each carries the map (stage colours, cards, text), not a blank sheet, across its printable width. */
async function checkInk(path: string, pages: number): Promise<number[]> {
  const prefix = path.replace(/\.pdf$/, '')
  execFileSync('pdftoppm', ['-r', '30', path, prefix])
  const shares: number[] = []
  for (let p = 1; p <= pages; p++) {
    const ppm = await readFile(`${prefix}-${String(p).padStart(String(pages).length, '0')}.ppm`)
    expect(inkShare(ppm)).toBeGreaterThan(0.15)
    shares.push(widthShare(ppm))
  }
  // No page leaves a sixth of the sheet empty beside its steps.
  for (const share of shares) expect(share).toBeGreaterThanOrEqual(0.9)
  return shares
}

describe('PDF export of a 60-step map', () => {
  const session = useApp()
  let base: JourneyDoc | null = null

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })

  async function importMap(page: Page, doc: JourneyDoc, file: string): Promise<void> {
    await importDoc(page, doc, join(OUT, file))
  }

  it('prints an English A3 PDF: whole steps per page, lane titles, title and page numbers on each, text extractable', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'PDF workshop')
    await settle(page)
    const [map] = await readDb<JourneyMap>(page, 'maps')
    base = await storedDoc(page, map!)
    const doc = sixtySteps(base, 'ltr')
    await importMap(page, doc, 'sixty-en.journey')
    await settle(page)
    const path = await exportPdf(page, { button: 'Export…', title: 'Export map', format: 'PDF', paper: 'Paper', paperChoice: 'A3 landscape', run: 'Export' }, 'sixty-en-a3.pdf')
    const texts = checkPdf(path, doc, { title: TITLE, step: /Step(\d\d)/g, label: (n, total) => `Page ${n} of ${total}`, firstPageLines: [MIXED_EN_EXTRACTED] })
    expect(MIXED_EN_EXTRACTED.replace(/\u200E/g, '')).toBe(MIXED_EN)
    await checkInk(path, texts.length)
  }, 240_000)

  it('prints a Persian right-to-left A3 PDF: first steps on page 1, Persian page numbers, mixed text in logical order', async () => {
    const { page } = session.app
    const doc = sixtySteps(base!, 'rtl')
    await importMap(page, doc, 'sixty-fa.journey')
    await settle(page)
    await page.getByRole('button', { name: 'Settings', exact: true }).click()
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'فارسی' }).check()
    const switched = page.getByRole('dialog', { name: fa.settings.title })
    await switched.getByRole('button', { name: fa.settings.close }).click()
    await switched.waitFor({ state: 'detached' })
    // For a person to look at: the board in Persian zoomed in on its lane titles at the map's right end (the emotion lane's kind wraps there too).
    await page.mouse.move(1115, 458)
    await page.keyboard.down('Control')
    for (let i = 0; i < 11; i++) await page.mouse.wheel(0, -240)
    await page.keyboard.up('Control')
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(OUT, 'board-fa.png') })
    const e = fa.export
    const path = await exportPdf(page, { button: e.button, title: e.title, format: e.pdf, paper: e.paper, paperChoice: e.paperA3, run: e.run }, 'sixty-fa-a3.pdf')
    const texts = checkPdf(path, doc, { title: TITLE_FA, step: /گام([۰-۹]{2})/g, label: (n, total) => `صفحهٔ ${persianDigits(n)}\u200F از ${persianDigits(total)}`, firstPageLines: [MIXED_FA_EXTRACTED, MARKED_FA_EXTRACTED] })
    expect(MIXED_FA_EXTRACTED.replace(/\u200F/g, '')).toBe(MIXED_FA)
    expect(MARKED_FA_EXTRACTED.replace(/\u200F/g, '')).toBe(MARKED_FA)
    const joined = doc.map.laneIds.map((id) => doc.lanes[id]!.title).filter((title) => title.includes('\u200C'))
    expect(joined.length).toBeGreaterThan(0)
    texts.forEach((text) => {
      // Lane titles with a zero-width non-joiner ("فرصت‌ها") are found as typed, the joiner kept.
      for (const title of joined) expect(squeeze(text)).toContain(squeeze(title))
      // The emotion lane's kind shows whole on every page, never cut with "…".
      expect(squeeze(text)).toContain(squeeze(faBoard.laneKinds.emotions))
    })
    await checkInk(path, texts.length)
  }, 240_000)
})
