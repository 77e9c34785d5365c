import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { createMap, createStarterDoc, newId, type WorkshopId } from '../../src/domain'
import { serializeDoc, stringifyEnvelope } from '../../src/format'
import { screenshot } from './harness'
import fa from '../../src/i18n/locales/fa.json'
import { createWorkshop, importFile, settle, switchLanguage } from './flows'
import { LANGUAGES } from './languageList'
import { useApp } from './session'

// A title is whatever someone typed or a file brought: 100,000 characters (the importer's limit
// for one text field), with spaces to wrap at and Persian words in it. It must stay on one line
// everywhere and leave the board and the map list where they belong.

const WORDS = 'Customer onboarding سفر مشتری در هفتهٔ اول '
const LONG_TITLE = WORDS.repeat(Math.ceil(100_000 / WORDS.length)).slice(0, 100_000)

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box
}

describe('a very long map title', () => {
  const session = useApp()
  let dir = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jb-long-title-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('stays on one line and leaves the board and the map list visible', async () => {
    const { page } = session.app
    expect(LONG_TITLE).toHaveLength(100_000)
    const doc = createStarterDoc(createMap(newId<WorkshopId>(), LONG_TITLE), { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
    const path = join(dir, 'long.journey')
    await writeFile(path, stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: '0.1.0' })))

    await createWorkshop(page, 'Long titles')
    await (await importFile(page, path)).waitFor({ state: 'detached' })
    await page.getByTestId('board').waitFor()
    await settle(page)

    const screen = page.viewportSize()!
    const board = await boxOf(page.getByTestId('board'))
    // The board fills most of the window under the top bar, inside it.
    expect(board.y).toBeLessThan(200)
    expect(board.height).toBeGreaterThan(screen.height / 2)
    expect(board.y + board.height).toBeLessThanOrEqual(screen.height + 1)
    expect(board.x + board.width).toBeLessThanOrEqual(screen.width + 1)

    const mapList = page.getByRole('navigation', { name: 'Maps' })
    const list = await boxOf(mapList)
    expect(list.y).toBeLessThan(200)
    expect(list.width).toBeLessThan(400)
    const item = mapList.locator('[aria-current="page"]')
    expect((await boxOf(item)).height).toBeLessThan(60)
    expect(await item.getAttribute('title')).toBe(LONG_TITLE)

    // The top bar keeps one line, and the whole title is there on hover.
    expect((await boxOf(page.locator('.topbar'))).height).toBeLessThan(80)
    const crumb = page.getByRole('navigation', { name: 'Where you are' }).locator('[aria-current="page"] [title]')
    expect(await crumb.getAttribute('title')).toBe(LONG_TITLE)
    expect((await boxOf(crumb)).width).toBeLessThan(screen.width / 2)

    // Nothing pushed the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await screenshot(page, 'long-title')
  })

  it('in the Persian interface, cuts an English title at its end and keeps its start in view', async () => {
    const { page } = session.app
    const title = 'Customer onboarding in the first week: from sign-up to the first invoice, support calls and the welcome email'
    const doc = createStarterDoc(createMap(newId<WorkshopId>(), title), { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
    const path = join(dir, 'english.journey')
    await writeFile(path, stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: '0.1.0' })))
    await (await importFile(page, path)).waitFor({ state: 'detached' })
    await settle(page)
    const persian = LANGUAGES.find((l) => l.code === 'fa')!
    await switchLanguage(page, LANGUAGES.find((l) => l.code === 'en')!.app, persian)

    const item = page.getByRole('navigation', { name: fa.maps.heading }).locator('.map-item-title', { hasText: 'first invoice' })
    const crumb = page.getByRole('navigation', { name: fa.nav.breadcrumb }).locator('[aria-current="page"] [title]')
    for (const line of [item, crumb]) {
      const shown = await visibleText(line)
      // Cut (the title is longer than the place), from its first word on: a cut at the start showed "…the welcome email".
      expect(shown.cut, await line.getAttribute('title') ?? '').toBe(true)
      expect(shown.firstInside).toBe(true)
      expect(shown.lastInside).toBe(false)
    }
    // The import's notice, now in Persian, quotes the English title isolated, so its comma and the
    // sentence's full stop stay where each belongs.
    expect(await page.locator('.notice').textContent()).toContain(`«\u2068${title}\u2069» وارد شد.`)
    await screenshot(page, 'long-title-fa-latin')
  })
})

/** Whether `line`'s text overflows it, and whether its first and last letters lie inside its box (on screen). */
function visibleText(line: Locator): Promise<{ cut: boolean; firstInside: boolean; lastInside: boolean }> {
  return line.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const node = walker.nextNode() as Text
    const letter = (i: number) => {
      const range = document.createRange()
      range.setStart(node, i)
      range.setEnd(node, i + 1)
      const r = range.getBoundingClientRect()
      return r.left >= box.left - 0.5 && r.right <= box.right + 0.5
    }
    return { cut: el.scrollWidth > el.clientWidth, firstInside: letter(0), lastInside: letter(node.length - 1) }
  })
}
