import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { applyCommand, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../src/domain'
import { serializeDoc, stringifyEnvelope } from '../../src/format'
import en from '../../src/i18n/locales/en.json'
import fa from '../../src/i18n/locales/fa.json'
import { decodePng, makePng } from './exportImages'
import { PROJECT_ROOT, screenshot } from './harness'
import { createWorkshopWithFirstMap, importFile, settle } from './flows'
import { useApp } from './session'
import { isolated } from '../../src/i18n/isolated'

// A facilitator prints the map for the wall and wants the room to see whose journey it is: the
// personas (photo, name, role, quote) in a strip above the grid, in PNG, SVG and PDF, chosen in the
// export dialog and seen in its preview; in a right-to-left Persian map the strip runs from the right.

const OUT = join(PROJECT_ROOT, 'test-results', 'export-personas')
const RED: readonly [number, number, number] = [200, 30, 40]
const MAYA = { name: 'Maya Okafor', role: 'Small-business owner', quote: 'Just tell me what I pay for, in plain words.' }
const JONAS = { name: 'Jonas Berg', role: 'Freelance designer', quote: 'I compare three offers before I sign anything, and I want every fee written out where I can see it without calling anyone.' }
const DARA = { name: 'دارا رحیمی', role: 'دانشجوی کارشناسی ارشد', quote: 'می‌خواهم حسابم را با گوشی باز کنم، بدون رفتن به شعبه.' }
const SIMA = { name: 'سیما کریمی', role: 'طراح آزاد', quote: 'هر هزینه‌ای باید پیش از امضا نوشته شده باشد (PDF کافی است).' }

interface Words {
  readonly button: string
  readonly title: string
  readonly run: string
  readonly personas: string
  readonly scale: string
  readonly paper: string
  readonly formats: { readonly png: string; readonly svg: string; readonly pdf: string }
}

const words = (w: typeof en): Words => ({
  button: w.export.button,
  title: w.export.title,
  run: w.export.run,
  personas: w.export.personas,
  scale: w.export.scale,
  paper: w.export.paper,
  formats: { png: w.export.png, svg: w.export.svg, pdf: w.export.pdf },
})
const EN = words(en)
const FA = words(fa)

async function openExport(page: Page, w: Words, format: keyof Words['formats']): Promise<Locator> {
  await page.getByRole('button', { name: w.button }).click()
  const dialog = page.getByRole('dialog', { name: w.title })
  await dialog.waitFor()
  await dialog.getByRole('radio', { name: w.formats[format] }).check()
  return dialog
}

/** The preview picture's shape (height over width), once it has caught up with the choices. */
async function previewShape(dialog: Locator): Promise<number> {
  await expect.poll(() => dialog.getByTestId('export-preview').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false')
  const image = dialog.getByTestId('export-preview-image')
  return Number(await image.getAttribute('height')) / Number(await image.getAttribute('width'))
}

/** Exports as a person does: format, the personas ticked or not, PNG at 1×, A4 for a PDF; returns the saved file's path. */
async function exportFile(page: Page, w: Words, format: keyof Words['formats'], personas: boolean, file: string, shot?: string): Promise<string> {
  const dialog = await openExport(page, w, format)
  const box = dialog.getByRole('checkbox', { name: w.personas })
  if (personas) await box.check()
  else await box.uncheck()
  if (format === 'png') await dialog.getByLabel(w.scale, { exact: true }).selectOption('1')
  if (shot) {
    await previewShape(dialog)
    await screenshot(page, shot)
  }
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await dialog.getByRole('button', { name: w.run, exact: true }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  await dialog.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined)
  return path
}

/** The persona cards of an exported SVG, in the file's order: the card's left edge and the texts inside it. */
function personaCards(svg: string): { x: number; width: number; texts: string[]; photo: boolean }[] {
  const group = /<g class="personas">(.*?)<\/g><g clip-path/.exec(svg)?.[1] ?? ''
  return [...group.matchAll(/<g class="persona"><rect x="([\d.-]+)" y="[\d.-]+" width="([\d.]+)"(.*?)<\/g>/g)].map((m) => ({
    x: Number(m[1]),
    width: Number(m[2]),
    // The lines of name, role and quote; the initials (centred in their circle) are not among them.
    texts: [...m[3]!.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].filter((t) => !t[1]!.includes('text-anchor="middle"')).flatMap((t) => [...t[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((l) => l[1]!)),
    photo: m[3]!.includes('<image class="persona-photo"'),
  }))
}

const svgHeight = (svg: string) => Number(/<svg\b[^>]*? height="([\d.]+)"/.exec(svg)?.[1])

/** Pixels of the photo's colour in the rows above `bottom`, and their mean x. */
function photoPixels(png: ReturnType<typeof decodePng>, bottom: number): { count: number; meanX: number } {
  let count = 0
  let sumX = 0
  for (let y = 0; y < Math.min(bottom, png.height); y++) {
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4
      if (Math.abs(png.rgba[o]! - RED[0]) < 12 && Math.abs(png.rgba[o + 1]! - RED[1]) < 12 && Math.abs(png.rgba[o + 2]! - RED[2]) < 12) {
        count++
        sumX += x
      }
    }
  }
  return { count, meanX: count ? sumX / count : 0 }
}

function pdfPages(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }))
}
const squeeze = (s: string) => s.replace(/\s+/g, '')

/** Opens an exported SVG in Chromium, as a person opening the file, and keeps a picture of it. */
async function openInBrowser(page: Page, name: string): Promise<void> {
  const view = await page.context().newPage()
  await view.setViewportSize({ width: 1600, height: 900 })
  await view.goto(`file://${join(OUT, `${name}.svg`)}`)
  await view.screenshot({ path: join(OUT, `${name}-svg.png`) })
  await view.close()
}

/** Keeps a picture of each PDF page to look at. */
function renderPdf(path: string): void {
  execFileSync('pdftoppm', ['-r', '50', '-png', path, path.replace(/\.pdf$/, '')])
}

async function addPersona(page: Page, who: typeof MAYA, photo?: Buffer): Promise<void> {
  await page.getByRole('button', { name: en.people.addPersona }).click()
  const name = page.getByLabel(en.people.fields.name, { exact: true })
  await name.fill(who.name)
  await name.press('Enter')
  if (photo) {
    await page.getByLabel(en.people.fields.choosePhoto).setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: photo })
    await expect.poll(() => page.locator('.persona-editor img.avatar').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
  }
  for (const [label, value] of [
    [en.people.fields.role, who.role],
    [en.people.fields.quote, who.quote],
  ] as const) {
    const field = page.getByLabel(label, { exact: true })
    await field.fill(value)
    await field.press('Enter')
  }
  await page.getByRole('button', { name: en.people.back }).click()
  expect(await page.getByRole('checkbox', { name: `Show ${isolated(who.name)} on this map` }).isChecked()).toBe(true)
}

/** A right-to-left Persian map with two personas in its header, the first with a photo. */
function persianMap(): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), 'سفر افتتاح حساب'), direction: 'rtl' as const }
  let doc = createStarterDoc(map, { stages: ['پیش از خرید', 'هنگام خرید'], step: (n) => `گام ${n}`, lanes: [['touchpoints', 'نقاط تماس'], ['painPoints', 'نقاط درد']] })
  const photo = `data:image/png;base64,${makePng(300, 200, RED).toString('base64')}`
  for (const [who, picture] of [
    [DARA, photo],
    [SIMA, null],
  ] as const) {
    doc = applyCommand(doc, { type: 'addPersona', onMap: true, persona: { ...createPersona(map.workshopId, who.name, '#0f766e'), role: who.role, quote: who.quote, photo: picture } })
  }
  return doc
}

describe('the persona strip in exports', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })
  const session = useApp()

  it('is on by default once the map shows personas, and the preview follows the choice', async () => {
    const { page } = session.app
    await createWorkshopWithFirstMap(page, 'Persona strip')
    let dialog = await openExport(page, EN, 'png')
    // No personas yet: the choice is off and says why.
    expect(await dialog.getByRole('checkbox', { name: EN.personas }).isDisabled()).toBe(true)
    expect(await dialog.getByText(en.export.personasNone).isVisible()).toBe(true)
    await dialog.getByRole('button', { name: en.export.close, exact: true }).click()

    await page.getByRole('tab', { name: en.people.tab }).click()
    await addPersona(page, MAYA, makePng(600, 400, RED))
    await addPersona(page, JONAS)
    await settle(page)

    dialog = await openExport(page, EN, 'png')
    const box = dialog.getByRole('checkbox', { name: EN.personas })
    expect(await box.isChecked()).toBe(true)
    // The preview shows the strip: the picture is taller for its width than without it.
    const withStrip = await previewShape(dialog)
    const tall = await dialog.getByTestId('export-summary').textContent()
    await screenshot(page, 'export-personas-dialog-en')
    await box.uncheck()
    await expect.poll(() => previewShape(dialog)).toBeLessThan(withStrip - 0.02)
    const low = await dialog.getByTestId('export-summary').textContent()
    // The PNG's size in the summary loses the strip's height, keeps its width.
    const size = (s: string | null) => (/([\d,]+) × ([\d,]+)/.exec(s ?? '') ?? []).slice(1).map((n) => Number(n.replace(/,/g, '')))
    expect(size(tall)[0]).toBe(size(low)[0])
    expect(size(tall)[1]!).toBeGreaterThan(size(low)[1]! + 80)
    await dialog.getByRole('button', { name: en.export.close, exact: true }).click()
  })

  it('puts the names, roles, quotes and the photo in the SVG, and leaves them out when unticked', async () => {
    const { page } = session.app
    const on = await readFile(await exportFile(page, EN, 'svg', true, 'personas-en.svg'), 'utf8')
    const cards = personaCards(on)
    expect(cards.map((c) => c.texts[0])).toEqual([MAYA.name, JONAS.name])
    expect(cards[0]!.texts).toContain(MAYA.role)
    expect(cards[0]!.photo).toBe(true)
    expect(cards[1]!.photo).toBe(false)
    // Jonas has no photo: his initials on his colour.
    expect(on).toMatch(/<text[^>]*text-anchor="middle"[^>]*><tspan[^>]*>JB<\/tspan>/)
    expect(on).toMatch(/<image class="persona-photo" href="data:image\/(png|jpeg);base64,/)
    // Jonas's long quote is whole, over more than two lines, with no "…".
    const quoteLines = cards[1]!.texts.slice(2)
    expect(quoteLines.length).toBeGreaterThan(2)
    expect(quoteLines.join(' ')).toBe(JONAS.quote)
    expect(cards[0]!.x).toBeLessThan(cards[1]!.x)

    const off = await readFile(await exportFile(page, EN, 'svg', false, 'no-personas-en.svg'), 'utf8')
    expect(off).not.toContain('class="personas"')
    expect(off).not.toContain(MAYA.name)
    expect(svgHeight(on)).toBeGreaterThan(svgHeight(off))

    await openInBrowser(page, 'personas-en')
  })

  it('draws the strip in the PNG, which is taller by it, with the photo in it', async () => {
    const { page } = session.app
    const on = decodePng(await readFile(await exportFile(page, EN, 'png', true, 'personas-en.png')))
    const off = decodePng(await readFile(await exportFile(page, EN, 'png', false, 'no-personas-en.png')))
    const svg = await readFile(join(OUT, 'personas-en.svg'), 'utf8')
    // At 1× the PNG is the SVG's size: both are laid out from the same frame and strip.
    expect(on.height).toBe(svgHeight(svg))
    expect(on.width).toBe(off.width)
    expect(on.height).toBeGreaterThan(off.height + 80)
    const stripBottom = on.height - off.height + 140
    const photo = photoPixels(on, stripBottom)
    // A 56 px round photo, less its ring.
    expect(photo.count).toBeGreaterThan(1500)
    expect(photo.meanX).toBeLessThan(on.width / 2)
    // Without the strip no photo: at most a few anti-aliased pixels of the map near its colour.
    expect(photoPixels(off, off.height).count).toBeLessThan(50)
  })

  it('prints the strip on the PDF’s pages, and not when unticked', async () => {
    const { page } = session.app
    const path = await exportFile(page, EN, 'pdf', true, 'personas-en.pdf')
    const pages = pdfPages(path)
    for (const text of pages) {
      for (const who of [MAYA, JONAS]) expect(squeeze(text)).toContain(squeeze(who.name))
      expect(squeeze(text)).toContain(squeeze(MAYA.quote))
    }
    renderPdf(path)
    const off = pdfPages(await exportFile(page, EN, 'pdf', false, 'no-personas-en.pdf'))
    for (const text of off) expect(text).not.toContain(MAYA.name)
  })

  it('runs the strip from the right in a right-to-left Persian map, in SVG, PNG and PDF', async () => {
    const { page } = session.app
    const file = join(OUT, 'persian.journey')
    await writeFile(file, stringifyEnvelope(serializeDoc(persianMap(), { name: 'Journeyboard', version: 'e2e' })))
    const imported = await importFile(page, file)
    await imported.waitFor({ state: 'detached', timeout: 30_000 })
    await page.getByTestId('board').waitFor()
    await page.getByRole('button', { name: en.settings.open, exact: true }).click()
    await page.getByRole('dialog', { name: en.settings.title }).getByRole('radio', { name: 'فارسی' }).check()
    const settings = page.getByRole('dialog', { name: fa.settings.title })
    await settings.getByRole('button', { name: fa.settings.close }).click()
    await settings.waitFor({ state: 'detached' })

    const svg = await readFile(await exportFile(page, FA, 'svg', true, 'personas-fa.svg', 'export-personas-dialog-fa'), 'utf8')
    expect(svg).toContain('data-direction="rtl"')
    const cards = personaCards(svg)
    expect(cards.map((c) => c.texts[0])).toEqual([DARA.name, SIMA.name])
    // The first persona is at the right end, the second to its left; the photo on the card's right.
    expect(cards[0]!.x).toBeGreaterThan(cards[1]!.x + cards[1]!.width - 1)
    expect(cards[0]!.photo).toBe(true)
    expect(svg).toMatch(/<text[^>]*direction="rtl"[^>]*><tspan[^>]*>دارا رحیمی<\/tspan>/)
    await openInBrowser(page, 'personas-fa')

    const png = decodePng(await readFile(await exportFile(page, FA, 'png', true, 'personas-fa.png')))
    const photo = photoPixels(png, 300)
    expect(photo.count).toBeGreaterThan(1500)
    expect(photo.meanX).toBeGreaterThan(png.width / 2)

    const pdf = await exportFile(page, FA, 'pdf', true, 'personas-fa.pdf')
    const first = squeeze(pdfPages(pdf)[0]!)
    for (const who of [DARA, SIMA]) expect(first).toContain(squeeze(who.name))
    renderPdf(pdf)
  })
})
