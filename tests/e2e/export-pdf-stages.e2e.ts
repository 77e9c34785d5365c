import { execFileSync } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createCard, createStage, createStep, STAGE_COLORS, type Card, type JourneyDoc, type JourneyMap, type Stage, type Step } from '../../src/domain'
import en from '../../src/i18n/locales/en.json'
import fa from '../../src/i18n/locales/fa.json'
import { PROJECT_ROOT, readDb } from './harness'
import { createWorkshopWithFirstMap, importDoc, settle, switchLanguage } from './flows'
import { pageTexts, pageWords, persianDigits, squeeze, textIn } from './pdfText'
import { storedDoc } from './scene'
import { useApp } from './session'

// Issue 15: a stage that runs over two pages of a PDF is drawn on each, its name fitted to that
// page's part of its band. A designer prints a map whose stages have long names on A4 (English) and
// A3 (Persian, right to left); the pages must never leave a stage one step whose band is too
// narrow for its name, so every page shows the names of its stages whole, and the export dialog's
// page count and its note on cut titles agree with the file. Read with pdftotext; each page is
// rendered (pdftoppm) into test-results/export-pdf-stages to look at.

const OUT = join(PROJECT_ROOT, 'test-results', 'export-pdf-stages')

/**
 * Five stages, each name too long for two lines at the smallest size in one 220 px step but whole
 * in two. The steps per stage are ones the old page plan cut into one-step parts (A4 3-4-3-4-3:
 * pages of 4 steps, 3 + 1 | 3 + 1 | …; A3 4-3-4-3-4: 4 + 2 | 1 + 4 + 1 | …).
 */
const STAGES = {
  en: {
    steps: [3, 4, 3, 4, 3],
    names: [
      'Discovering the service through friends, search results and advertising',
      'Comparing insurance offers and monthly prices from several companies online',
      'Signing up, verifying identity and setting up the new account with the bank',
      'Using the service from day to day and getting help from customer support',
      'Renewing the policy, changing to another plan or leaving for a new provider',
    ],
  },
  fa: {
    steps: [4, 3, 4, 3, 4],
    names: [
      'آشنایی با خدمت از راه دوستان و خانواده، نتیجه‌های جست‌وجو در اینترنت و تبلیغات',
      'مقایسهٔ پیشنهادهای بیمه و قیمت‌های ماهانهٔ چند شرکت به‌صورت آنلاین و حضوری',
      'ثبت‌نام، احراز هویت و راه‌اندازی حساب کاربری تازه در بانک با کمک کارمند شعبه',
      'استفادهٔ روزانه از خدمت و گرفتن کمک از پشتیبانی مشتریان از راه تلفن و گفت‌وگو',
      'تمدید بیمه‌نامه، تغییر به طرحی دیگر یا رفتن به سراغ شرکتی تازه برای سال بعد',
    ],
  },
} as const

type Lang = keyof typeof STAGES

/** The base map with the language's stages and steps ("Step 01", "گام ۰۱", 220 px) and a card in the first lane of each step. */
function stagedMap(doc: JourneyDoc, lang: Lang): { doc: JourneyDoc; stageOfStep: number[] } {
  const { steps: counts, names } = STAGES[lang]
  const rtl = lang === 'fa'
  const stages: Stage[] = []
  const steps: Step[] = []
  const cards: Card[] = []
  const stageOfStep: number[] = []
  const laneId = doc.map.laneIds.find((id) => doc.lanes[id]!.kind !== 'emotions')!
  names.forEach((name, s) => {
    const stage = createStage(doc.map.id, name, STAGE_COLORS[s % STAGE_COLORS.length]!)
    const own = Array.from({ length: counts[s]! }, () => {
      const number = String(steps.length + 1).padStart(2, '0')
      const step = createStep(doc.map.id, stage.id, rtl ? `گام ${persianDigits(number)}` : `Step ${number}`, 220)
      steps.push(step)
      stageOfStep.push(s)
      cards.push(createCard(doc.map.id, { kind: 'cell', laneId, stepId: step.id, span: 1, rank: 0 }, { text: rtl ? `کارت ${persianDigits(steps.length)}` : `Card ${steps.length}`, sentiment: 'neutral' }))
      return step
    })
    stages.push({ ...stage, stepIds: own.map((step) => step.id) })
  })
  const map = { ...doc.map, title: rtl ? 'سفر بیمهٔ خودرو' : 'Car insurance journey', direction: rtl ? 'rtl' : 'ltr', stageIds: stages.map((s) => s.id) }
  const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((x) => [x.id, x]))
  return { doc: { ...doc, map, stages: byId(stages), steps: byId(steps), cards: byId(cards), emotions: {} } as unknown as JourneyDoc, stageOfStep }
}

interface Labels {
  readonly button: string
  readonly title: string
  readonly format: string
  readonly paper: string
  readonly paperChoice: string
  readonly run: string
  readonly pageCount: string
}

/** Exports a PDF through the dialog; returns the file and what the dialog said before: its page count and whether it told of cut titles. */
async function exportPdf(page: Page, labels: Labels, file: string): Promise<{ path: string; dialogPages: number; cutNote: boolean }> {
  await page.getByRole('button', { name: labels.button }).click()
  const dialog = page.getByRole('dialog', { name: labels.title })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: labels.format }).check()
  await dialog.getByLabel(labels.paper, { exact: true }).selectOption({ label: labels.paperChoice })
  const summary = dialog.getByTestId('export-summary')
  const [before, after] = labels.pageCount.split('{{count}}') as [string, string]
  await expect.poll(async () => ((await summary.textContent()) ?? '').startsWith(before), { timeout: 10_000 }).toBe(true)
  const count = ((await summary.textContent()) ?? '').slice(before.length, after ? -after.length : undefined)
  const dialogPages = Number(count.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
  const cutNote = (await dialog.getByTestId('export-cut-headers').count()) > 0
  await dialog.screenshot({ path: join(OUT, file.replace(/\.pdf$/, '-dialog.png')) })
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await dialog.getByRole('button', { name: labels.run, exact: true }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  await dialog.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined)
  return { path, dialogPages, cutNote }
}

/** The grid's sizes in board px: steps 220 wide, the step header row 40 high under the 48 px stage header row, titles 12 px in. */
const GRID = { step: 220, stageRow: 48, stepRow: 40, inset: 12 }

const digits = (s: string) => Number(s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)))
const bare = (s: string) => s.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')

/**
 * Where each stage's part of its band is on page `page`, found from the step titles ("Step 06",
 * "گام ۰۶") the page shows: each title sits 12 px in from its column's reading start, in the middle
 * of the step row, and the stage row is right above. In reading order, each with the part's box in points.
 */
function stagePartsOnPage(path: string, page: number, lang: Lang, stageOfStep: readonly number[]): { stage: number; steps: number[]; box: { x: number; y: number; width: number; height: number } }[] {
  const words = pageWords(path, page).map((w) => ({ ...w, text: bare(w.text) }))
  const [label, number] = lang === 'fa' ? ['گام', /^[۰-۹]{2}$/] : ['Step', /^\d\d$/]
  const steps = words
    // pdftotext -bbox gives a Persian word's letters in the order they stand on the page.
    .filter((w) => w.text === label || [...w.text].reverse().join('') === label)
    .flatMap((w) => {
      const beside = words.filter((n) => number.test(n.text) && Math.abs(n.yMin - w.yMin) < 1 && Math.min(Math.abs(n.xMin - w.xMax), Math.abs(w.xMin - n.xMax)) < 12)
      const n = beside[0]
      return n ? [{ step: digits(n.text), xMin: Math.min(w.xMin, n.xMin), xMax: Math.max(w.xMax, n.xMax), middle: (w.yMin + w.yMax) / 2 }] : []
    })
    .sort((a, b) => a.step - b.step)
  expect(steps.length, `step titles on page ${page}`).toBeGreaterThan(1)
  const pitch = Math.abs(steps[1]!.xMin - steps[0]!.xMin) / (steps[1]!.step - steps[0]!.step)
  const scale = pitch / GRID.step
  const rtl = lang === 'fa'
  const column = (s: (typeof steps)[number]) => (rtl ? s.xMax + GRID.inset * scale - pitch : s.xMin - GRID.inset * scale)
  const rowTop = steps[0]!.middle - (GRID.stepRow / 2) * scale - GRID.stageRow * scale
  const stages = [...new Set(steps.map((s) => stageOfStep[s.step - 1]!))]
  return stages.map((stage) => {
    const own = steps.filter((s) => stageOfStep[s.step - 1] === stage)
    const left = Math.min(...own.map(column))
    const right = Math.max(...own.map(column)) + pitch
    // A point in from each edge, clear of the band's lines.
    return { stage, steps: own.map((s) => s.step), box: { x: left + 1, y: rowTop + 1, width: right - left - 2, height: GRID.stageRow * scale - 2 } }
  })
}

/**
 * On every page, each stage's part of its band holds exactly its whole name (what pdftotext reads
 * inside the part), none cut with "…"; every step is on one page, the first ones on page 1. Returns
 * the stages each page shows.
 */
function checkStageNames(path: string, lang: Lang, stageOfStep: readonly number[]): number[][] {
  const texts = pageTexts(path)
  expect(texts.length).toBeGreaterThan(2)
  const names = STAGES[lang].names
  const seen = new Map<number, number[]>()
  const shown = texts.map((text, p) => {
    expect(text, `page ${p + 1} cuts a name with "…"`).not.toContain('…')
    const parts = stagePartsOnPage(path, p + 1, lang, stageOfStep)
    for (const part of parts) {
      for (const step of part.steps) seen.set(step, [...(seen.get(step) ?? []), p])
      const read = squeeze(textIn(path, p + 1, part.box))
      expect({ page: p + 1, stage: part.stage + 1, steps: part.steps, read }).toEqual({ page: p + 1, stage: part.stage + 1, steps: part.steps, read: squeeze(names[part.stage]!) })
    }
    return parts.map((part) => part.stage)
  })
  stageOfStep.forEach((_, i) => expect({ step: i + 1, pages: seen.get(i + 1) }).toEqual({ step: i + 1, pages: [expect.any(Number)] }))
  expect(seen.get(1)).toEqual([0])
  // Some stage runs over two pages: the case this spec is about.
  expect(shown.some((stages, p) => p > 0 && stages[0] === shown[p - 1]!.at(-1))).toBe(true)
  return shown
}

describe('PDF pages show the names of the stages they cut whole', () => {
  const session = useApp()
  let base: JourneyDoc | null = null

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })

  async function importMap(page: Page, doc: JourneyDoc, file: string): Promise<void> {
    await importDoc(page, doc, join(OUT, file))
    await settle(page)
  }

  it('English on A4: each page holds its stages’ names whole, and the dialog counts its pages and cuts none', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Stage names on pages')
    await settle(page)
    const [map] = await readDb<JourneyMap>(page, 'maps')
    base = await storedDoc(page, map!)
    const { doc, stageOfStep } = stagedMap(base, 'en')
    await importMap(page, doc, 'stages-en.journey')
    const e = en.export
    const labels = { button: e.button, title: e.title, format: e.pdf, paper: e.paper, paperChoice: e.paperA4, run: e.run, pageCount: e.pageCount }
    const { path, dialogPages, cutNote } = await exportPdf(page, labels, 'stages-en-a4.pdf')
    const shown = checkStageNames(path, 'en', stageOfStep)
    expect(dialogPages).toBe(shown.length)
    expect(cutNote).toBe(false)
    execFileSync('pdftoppm', ['-r', '60', '-png', path, join(OUT, 'stages-en-a4')])
  }, 240_000)

  it('Persian on A3, right to left: each page holds its stages’ names whole, and the dialog counts its pages and cuts none', async () => {
    const { page } = session.app
    const { doc, stageOfStep } = stagedMap(base!, 'fa')
    await importMap(page, doc, 'stages-fa.journey')
    await switchLanguage(page, en, { name: 'فارسی', app: fa })
    const e = fa.export
    const labels = { button: e.button, title: e.title, format: e.pdf, paper: e.paper, paperChoice: e.paperA3, run: e.run, pageCount: e.pageCount }
    const { path, dialogPages, cutNote } = await exportPdf(page, labels, 'stages-fa-a3.pdf')
    const shown = checkStageNames(path, 'fa', stageOfStep)
    expect(dialogPages).toBe(shown.length)
    expect(cutNote).toBe(false)
    execFileSync('pdftoppm', ['-r', '60', '-png', path, join(OUT, 'stages-fa-a3')])
  }, 240_000)
})
