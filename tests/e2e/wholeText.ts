import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import type { JourneyMap } from '../../src/domain'
import type { Rect } from '../../src/domain/layout'
import { readDb } from './harness'
import type { Language } from './languageList'

// What the board drew as text, read from Konva itself (its Text nodes, with the lines Konva wrapped
// them into), and the maps the whole-text specs (cards, headers) draw it on.

/** One text Konva drew: its string, the lines it laid it out in, its size on screen and its box on the page. */
export interface DrawnText extends Rect {
  readonly text: string
  readonly lines: readonly string[]
  readonly size: number
}

/** Every visible Text node of every Konva stage on the page (the board's layers, its pinned headers). */
export async function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    interface TextNode {
      isVisible(): boolean
      text(): string
      fontSize(): number
      textArr: { text: string }[]
      getAbsoluteScale(): { x: number; y: number }
      getClientRect(): { x: number; y: number; width: number; height: number }
    }
    interface KonvaStage {
      container(): { getBoundingClientRect(): { x: number; y: number } }
      find(selector: string): TextNode[]
    }
    const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva
    return konva.stages.flatMap((stage) => {
      const origin = stage.container().getBoundingClientRect()
      return stage
        .find('Text')
        .filter((node) => node.isVisible())
        .map((node) => {
          const r = node.getClientRect()
          return { text: node.text(), lines: node.textArr.map((l) => l.text), size: node.fontSize() * node.getAbsoluteScale().y, x: origin.x + r.x, y: origin.y + r.y, width: r.width, height: r.height }
        })
    })
  })
}

/**
 * The cards' text nodes (canvas/cards/cardText.ts) lay their text out without Konva's own wrapping:
 * each visible one is checked against a Konva Text made with its attributes, in the page's fonts.
 * Returns how many were checked and those whose lines or line widths differ.
 */
export async function cardTextsUnlikeKonva(page: Page): Promise<{ checked: number; differing: string[] }> {
  return page.evaluate(() => {
    interface TextNode {
      isVisible(): boolean
      getAttrs(): Record<string, unknown>
      textArr: { text: string; width: number }[]
    }
    interface KonvaGlobal {
      stages: { find(selector: string): TextNode[] }[]
      Text: new (attrs: Record<string, unknown>) => TextNode
    }
    const konva = (window as unknown as { Konva: KonvaGlobal }).Konva
    const cards = konva.stages.flatMap((stage) => stage.find('Text')).filter((node) => node.isVisible() && !(node.constructor === konva.Text))
    const laid = (node: TextNode) => JSON.stringify(node.textArr.map((l) => [l.text, Math.round(l.width * 1000) / 1000]))
    const differing = cards.filter((node) => laid(node) !== laid(new konva.Text(node.getAttrs()))).map((node) => `${String(node.getAttrs().text)}: ${laid(node)} vs ${laid(new konva.Text(node.getAttrs()))}`)
    return { checked: cards.length, differing }
  })
}

/** The words of a text, as a reader counts them. */
export const words = (s: string) => s.split(/\s+/).filter((w) => w !== '')

/** Whether `lines` (as drawn) show all of `text`: every word on them, none cut with "…". */
export function showsWhole(lines: readonly string[], text: string): boolean {
  return !(lines.at(-1) ?? '').endsWith('…') && words(lines.join(' ')).join(' ') === words(text).join(' ')
}

/** The map whose title heads the breadcrumbs: the newest one. */
export async function newestMap(page: Page): Promise<JourneyMap> {
  const maps = await readDb<JourneyMap & { deletedAt?: number | null }>(page, 'maps')
  return maps.filter((m) => !m.deletedAt).sort((a, b) => b.createdAt - a.createdAt)[0]!
}

/** A new map from the before / during / after template, made in `lang`'s interface, open on the board. */
export async function newMap(page: Page, lang: Language): Promise<void> {
  const before = (await readDb(page, 'maps')).length
  const first = page.getByRole('button', { name: lang.app.maps.createFirst })
  if (await first.isVisible()) await first.click()
  else await page.getByRole('navigation', { name: lang.app.maps.heading }).getByRole('button', { name: lang.app.maps.new, exact: true }).click()
  const chooser = page.getByRole('dialog', { name: lang.app.templates.chooserTitle })
  await chooser.getByRole('radio', { name: lang.app.templates.names.beforeDuringAfter }).check()
  await chooser.getByRole('button', { name: lang.app.templates.create }).click()
  await chooser.waitFor({ state: 'detached' })
  await expect.poll(async () => (await readDb(page, 'maps')).length, { timeout: 10_000 }).toBe(before + 1)
  await page.getByTestId('board').waitFor()
}
