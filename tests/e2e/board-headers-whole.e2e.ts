import { execFileSync } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { gridLayout, LAYOUT, type Point } from '../../src/domain/layout'
import { PROJECT_ROOT, screenshot } from './harness'
import { createWorkshop, switchLanguage } from './flows'
import { LANGUAGES, type Language } from './languageList'
import { drawnTexts, newestMap, newMap, showsWhole, words } from './wholeText'
import { boardView, centreOn, storedDoc } from './scene'
import { useApp } from './session'

// Issue 15: a name a person typed must show whole. A facilitator renames a stage and a step on the
// board, by double-clicking their headers, to names longer than a header's one line: at 100% the
// board draws each whole (smaller and on two lines, never cut with "…"), in its place and in the
// pinned copy of the headers, and the SVG and PDF exports of the map hold the whole names too.
// What the board shows is read from the Text nodes Konva drew, as board-whole-text.e2e.ts does.

const OUT = join(PROJECT_ROOT, 'test-results', 'headers-whole')

const NAMES: Record<'en' | 'fa', { readonly stage: string; readonly step: string }> = {
  en: {
    stage: 'Onboarding and account verification with the bank, then the first card arrives in the post',
    step: 'Compares insurance offers from several companies',
  },
  fa: {
    stage: 'احراز هویت و افتتاح حساب در بانک، و سپس رسیدن نخستین کارت بانکی با پست',
    step: 'مقایسهٔ پیشنهادهای بیمه از چند شرکت',
  },
}

/** The open map as stored, its grid, and where the board shows it, once saved and the view settled. */
async function scene(page: Page, lang: Language) {
  await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe(lang.app.save.saved)
  // The board saves its view 400 ms after the last change: read the view it shows now.
  await page.waitForTimeout(700)
  const doc = await storedDoc(page, await newestMap(page))
  const view = await boardView(page, doc.map.id)
  return { doc, grid: gridLayout(doc), view, board: (await page.getByTestId('board').boundingBox())! }
}

/** The first of `points` where the board's canvas itself is under the pointer, as a person aims past a floating toolbar. */
async function onCanvas(page: Page, points: Point[]): Promise<Point> {
  for (const p of points) {
    const tag = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p)
    if (tag === 'CANVAS') return p
  }
  throw new Error(`every point is covered: ${JSON.stringify(points)}`)
}

/** Double-clicks a header where the canvas shows and types its new name in the field that opens. */
async function rename(page: Page, points: Point[], field: string, name: string): Promise<void> {
  const at = await onCanvas(page, points)
  await page.mouse.move(at.x, at.y)
  await page.mouse.dblclick(at.x, at.y)
  const input = page.getByRole('textbox', { name: field, exact: true })
  await input.waitFor()
  await input.fill(name)
  await input.press('Enter')
  await input.waitFor({ state: 'detached' })
}
async function exportAs(page: Page, lang: Language, format: 'svg' | 'pdf' | 'png', file: string): Promise<string> {
  await page.getByRole('button', { name: lang.app.export.button }).click()
  const dialog = page.getByRole('dialog', { name: lang.app.export.title })
  await dialog.getByRole('radio', { name: lang.app.export[format] }).check()
  // Every title shows whole, so the dialog has no cut titles to tell of.
  expect(await dialog.getByTestId('export-cut-headers').count()).toBe(0)
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await dialog.getByRole('button', { name: lang.app.export.run, exact: true }).click()
  const path = join(OUT, file)
  await (await download).saveAs(path)
  await dialog.waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined)
  return path
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** Each <text> of the SVG as the lines (one <tspan> each) it writes, with its font size. */
function svgTexts(svg: string): { size: number; lines: string[] }[] {
  return [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].map((m) => ({
    size: Number(/font-size="([\d.]+)"/.exec(m[1]!)?.[1]),
    lines: [...m[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => unescape(t[1]!)),
  }))
}

/** What a reader's eye follows in pdftotext's output: bidi controls and white space taken out. */
const squeeze = (text: string) => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069\s]/g, '')

describe('stage and step names show whole in their headers', () => {
  const session = useApp()
  let current: Language = LANGUAGES[0]!

  beforeAll(async () => {
    await mkdir(OUT, { recursive: true })
  })

  it('starts a workshop', async () => {
    await createWorkshop(session.app.page, 'Whole headers')
  })

  for (const lang of LANGUAGES.filter((l) => l.code === 'en' || l.code === 'fa')) {
    const names = NAMES[lang.code as 'en' | 'fa']
    it(`in ${lang.name}: a long stage and step name typed on the board shows whole at 100%, and in the SVG and PDF`, async () => {
      const { page } = session.app
      if (lang !== current) {
        await switchLanguage(page, current.app, lang)
        current = lang
      }
      await newMap(page, lang)
      // Close enough to read the headers, on the first stage's header.
      const board = (await page.getByTestId('board').boundingBox())!
      await page.mouse.click(board.x + board.width / 2, board.y + 4)
      await page.keyboard.press('0')
      const mapId = (await newestMap(page)).id
      await expect.poll(async () => (await boardView(page, mapId)).viewport.zoom, { timeout: 10_000 }).toBe(1)
      let s = await scene(page, lang)
      const band = s.grid.stages[0]!
      const column = s.grid.columns.find((c) => c.stepId === s.doc.stages[band.stageId]!.stepIds[0])!
      await centreOn(page, s.view.toPage({ x: band.x + band.width / 2, y: s.board.height / 2 - 40 }))
      s = await scene(page, lang)
      const across = (r: { x: number; width: number }, y: number) => [0.5, 0.3, 0.7, 0.15, 0.85].map((f) => s.view.toPage({ x: r.x + r.width * f, y }))

      await rename(page, across(band, LAYOUT.stageHeaderHeight / 2), lang.board.grid.renameLabel.stage, names.stage)
      await rename(page, across(column, LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight / 2), lang.board.grid.renameLabel.step, names.step)
      s = await scene(page, lang)
      expect(s.doc.stages[band.stageId]!.title).toBe(names.stage)
      expect(s.doc.steps[column.stepId]!.title).toBe(names.step)
      expect(s.view.viewport.zoom).toBe(1)

      // The step stays chosen after renaming: Esc lets it go and the pointer leaves, so no toolbar covers the headers in the picture.
      await page.keyboard.press('Escape')
      await page.mouse.move(s.board.x + s.board.width / 2, s.board.y + s.board.height - 20)
      await page.waitForTimeout(300)
      const texts = await drawnTexts(page)
      await page.screenshot({ path: join(OUT, `board-${lang.code}.png`) })
      const top = s.view.toPage({ x: 0, y: 0 }).y
      await page.screenshot({ path: join(OUT, `headers-${lang.code}.png`), clip: { x: s.board.x, y: top - 4, width: s.board.width, height: LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight + 8 } })
      await screenshot(page, `board-headers-whole-${lang.code}`)
      for (const [name, height] of [
        [names.stage, LAYOUT.stageHeaderHeight],
        [names.step, LAYOUT.stepHeaderHeight],
      ] as const) {
        const drawn = texts.filter((d) => d.text === name)
        expect(drawn.length, `"${name}" is drawn`).toBeGreaterThan(0)
        for (const d of drawn) {
          expect(showsWhole(d.lines, name), `"${name}" drawn as ${JSON.stringify(d.lines)} at ${d.size.toFixed(1)} px`).toBe(true)
          expect(d.lines.length).toBeLessThanOrEqual(2)
          expect(d.size).toBeGreaterThanOrEqual(12 - 0.01)
          expect(d.lines.length * d.size * 1.4).toBeLessThanOrEqual(height + 0.01)
        }
      }
      // Both names needed the second line: the stage's at its full band width too.
      expect(texts.find((d) => d.text === names.stage)!.lines.length).toBe(2)

      // Scrolled down the lanes, the headers stay pinned to the board's top: the copies show the names whole too.
      await page.mouse.wheel(0, 500)
      await expect.poll(async () => (await boardView(page, mapId)).viewport.y, { timeout: 10_000 }).toBeGreaterThan(300)
      await page.waitForTimeout(300)
      const pinned = await drawnTexts(page)
      await page.screenshot({ path: join(OUT, `pinned-${lang.code}.png`), clip: { x: s.board.x, y: s.board.y, width: s.board.width, height: 120 } })
      for (const name of [names.stage, names.step]) {
        const drawn = pinned.filter((d) => d.text === name && d.y < s.board.y + LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight + 1)
        expect(drawn.length, `"${name}" pinned`).toBeGreaterThan(0)
        for (const d of drawn) expect(showsWhole(d.lines, name), `"${name}" pinned as ${JSON.stringify(d.lines)}`).toBe(true)
      }

      // The SVG export holds both names whole, as the board draws them.
      const svgPath = await exportAs(page, lang, 'svg', `headers-${lang.code}.svg`)
      const svg = await readFile(svgPath, 'utf8')
      const inSvg = svgTexts(svg)
      for (const name of [names.stage, names.step]) {
        const found = inSvg.filter((t) => (t.lines[0] ?? '').length > 8 && name.startsWith((t.lines[0] ?? '').replace(/…$/, '')))
        expect(found.length, `"${name}" in the SVG`).toBeGreaterThan(0)
        for (const t of found) expect(showsWhole(t.lines, name), `"${name}" in the SVG as ${JSON.stringify(t.lines)}`).toBe(true)
      }
      expect(inSvg.filter((t) => (t.lines.at(-1) ?? '').endsWith('…')).map((t) => t.lines)).toEqual([])
      const view = await page.context().newPage()
      await view.setViewportSize({ width: 1400, height: 900 })
      await view.goto(`file://${svgPath}`)
      await view.screenshot({ path: join(OUT, `svg-${lang.code}.png`) })
      await view.close()

      // The PDF (drawn from the same SVG) too: every word of both names, and no "…" anywhere.
      const pdfPath = await exportAs(page, lang, 'pdf', `headers-${lang.code}.pdf`)
      const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
      expect(pdfText).not.toContain('…')
      for (const w of [...words(names.stage), ...words(names.step)]) expect(squeeze(pdfText), `"${w}" in the PDF`).toContain(squeeze(w))
      execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-png', pdfPath, join(OUT, `pdf-${lang.code}`)])

      // The PNG is drawn by the board's own layers, as above; kept to look at.
      const png = await readFile(await exportAs(page, lang, 'png', `headers-${lang.code}.png`))
      expect(png.subarray(1, 4).toString()).toBe('PNG')

      // A step name too long for two lines even at the smallest size is still cut, on the board
      // and in an export, and the export dialog says so instead of hiding it.
      const tooLong = Array.from({ length: 4 }, () => names.step).join(' ')
      await page.mouse.move(s.board.x + s.board.width / 2, s.board.y + s.board.height / 2)
      await page.mouse.wheel(0, -500)
      await expect.poll(async () => (await boardView(page, mapId)).viewport.y, { timeout: 10_000 }).toBeLessThan(s.view.viewport.y + 1)
      s = await scene(page, lang)
      await rename(page, across(column, LAYOUT.stageHeaderHeight + LAYOUT.stepHeaderHeight / 2), lang.board.grid.renameLabel.step, tooLong)
      await expect.poll(async () => (await storedDoc(page, await newestMap(page))).steps[column.stepId]?.title, { timeout: 10_000 }).toBe(tooLong)
      await page.keyboard.press('Escape')
      await page.waitForTimeout(300)
      const cut = (await drawnTexts(page)).filter((d) => d.text === tooLong)
      expect(cut.length).toBeGreaterThan(0)
      for (const d of cut) expect(d.lines).toHaveLength(2)
      expect(cut.every((d) => d.lines.at(-1)!.endsWith('…'))).toBe(true)
      await page.getByRole('button', { name: lang.app.export.button }).click()
      const dialog = page.getByRole('dialog', { name: lang.app.export.title })
      await expect.poll(() => dialog.getByTestId('export-cut-headers').isVisible(), { timeout: 10_000 }).toBe(true)
      await dialog.getByTestId('export-cut-headers').screenshot({ path: join(OUT, `dialog-${lang.code}.png`) })
      await dialog.getByRole('button', { name: lang.app.export.close, exact: true }).click()
      await dialog.waitFor({ state: 'detached' })
    })
  }
})
