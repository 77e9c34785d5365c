import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Card, JourneyMap } from '../../src/domain'
import { LAYOUT, type Rect } from '../../src/domain/layout'
import { readDb, screenshot } from './harness'
import { createWorkshop, importFileAndOpen, settle } from './flows'
import { pageLayout } from './pageLayout'
import { boardView, drag, storedDoc } from './scene'
import { useApp } from './session'

// A facilitator brings in the touchpoints a team wrote out in full. The map fits its cards to their
// text, so two of them stand several standard cards tall; a third card is dragged in between them
// and must land there, not wherever two standard-height cards would have been. Where to press and
// where to let go come from the layout the page draws, its card heights measured in the page.

interface Texts {
  readonly first: string
  readonly second: string
  readonly mover: string
}

const ENGLISH: Texts = {
  first:
    'Reads the whole pricing page twice, opens the comparison table in a second tab, and scrolls back to the top to check whether the yearly plan really includes the support hours that the sales email promised last week',
  second:
    'Asks a colleague in the team chat whether anyone has used the product before, waits for an answer until the next morning, and then forwards the thread to the manager who signs off on every new subscription',
  mover: 'Calls sales',
}
// Persian text, with a Latin word and numbers, in a right-to-left map: measured in Vazirmatn.
const PERSIAN: Texts = {
  first:
    'صفحهٔ قیمت‌ها را دو بار می‌خواند، جدول مقایسه را در یک زبانهٔ دیگر باز می‌کند و دوباره بالا می‌رود تا ببیند آیا طرح سالانه واقعاً ۲۰ ساعت پشتیبانی‌ای را دارد که ایمیل فروش هفتهٔ پیش وعده داده بود',
  second:
    'در گفت‌وگوی تیمی در Slack می‌پرسد آیا کسی پیش‌تر از این محصول استفاده کرده است، تا صبح روز بعد منتظر پاسخ می‌ماند و سپس گفت‌وگو را برای مدیری می‌فرستد که هر اشتراک تازه را تأیید می‌کند',
  mover: 'با فروش تماس می‌گیرد',
}

/** A sheet with the two long texts stacked in the first step and the mover alone in the second. */
function sheetOf(t: Texts): string {
  return ['stage,step,lane,text', `Discover,Compares plans,Touchpoints,"${t.first}"`, `Discover,Compares plans,Touchpoints,"${t.second}"`, `Discover,Signs up,Touchpoints,"${t.mover}"`].join('\r\n')
}

function centre(r: Rect): { x: number; y: number } {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
}

describe('dropping a card among cards grown to their text', () => {
  let dir = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jb-fit-drop-e2e-'))
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const session = useApp()

  /**
   * Imports the sheet as a new map (right-to-left when asked, in the Outline), drags the mover to
   * just inside the top of the second tall card, above its middle, and gives the texts of the
   * first step's cell in their saved order.
   */
  async function dropBetweenTallCards(texts: Texts, name: string, rtl: boolean): Promise<string[]> {
    const { page } = session.app
    const sheet = join(dir, `${name}.csv`)
    await writeFile(sheet, sheetOf(texts))
    await importFileAndOpen(page, sheet)
    if (rtl) {
      await page.getByRole('tab', { name: 'Outline' }).click()
      await page.getByRole('checkbox', { name: 'Right-to-left map' }).check()
      await settle(page)
    }

    const map = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === name)
    if (!map) expect.fail(`the sheet ${name} was not stored as a map`)
    expect(map.direction).toBe(rtl ? 'rtl' : 'ltr')
    const doc = await storedDoc(page, map)
    const layout = await pageLayout(page, doc)
    const card = (text: string) => Object.values(doc.cards).find((c) => c.text === text)!
    const rect = (text: string) => layout.rects.get(card(text).id)!
    // Each long card shows its whole text: taller than two standard cards with the gap between them.
    for (const text of [texts.first, texts.second]) expect(rect(text).height).toBeGreaterThan(2 * (LAYOUT.cardHeight + LAYOUT.cardGap))
    expect(rect(texts.second).y).toBeGreaterThan(rect(texts.first).y + rect(texts.first).height)
    await screenshot(page, `${name}-before`)

    const { toPage } = await boardView(page, map.id)
    const second = rect(texts.second)
    await drag(page, toPage(centre(rect(texts.mover))), toPage({ x: second.x + second.width / 2, y: second.y + 16 }))
    await settle(page)
    await screenshot(page, `${name}-after`)

    const first = card(texts.first).place
    const stepId = first.kind === 'cell' ? first.stepId : ''
    const rank = (c: Card) => (c.place.kind === 'cell' ? c.place.rank : 0)
    const inCell = (await readDb<Card>(page, 'cards')).filter((c) => c.place.kind === 'cell' && c.place.stepId === stepId).sort((a, b) => rank(a) - rank(b))
    return inCell.map((c) => c.text)
  }

  it('lands between two tall cards where it is let go, and is saved there', async () => {
    await createWorkshop(session.app.page, 'Pricing workshop')
    expect(await dropBetweenTallCards(ENGLISH, 'board-fit-drop', false)).toEqual([ENGLISH.first, ENGLISH.mover, ENGLISH.second])
  })

  it('does the same in a right-to-left map of Persian cards', async () => {
    expect(await dropBetweenTallCards(PERSIAN, 'board-fit-drop-fa', true)).toEqual([PERSIAN.first, PERSIAN.mover, PERSIAN.second])
  })
})
