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

const FIRST =
  'Reads the whole pricing page twice, opens the comparison table in a second tab, and scrolls back to the top to check whether the yearly plan really includes the support hours that the sales email promised last week'
const SECOND =
  'Asks a colleague in the team chat whether anyone has used the product before, waits for an answer until the next morning, and then forwards the thread to the manager who signs off on every new subscription'
const MOVER = 'Calls sales'
const SHEET = ['stage,step,lane,text', `Discover,Compares plans,Touchpoints,"${FIRST}"`, `Discover,Compares plans,Touchpoints,"${SECOND}"`, `Discover,Signs up,Touchpoints,${MOVER}`].join('\r\n')

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

  it('lands between two tall cards where it is let go, and is saved there', async () => {
    const { page } = session.app
    await createWorkshop(page, 'Pricing workshop')
    const sheet = join(dir, 'Pricing touchpoints.csv')
    await writeFile(sheet, SHEET)
    await importFileAndOpen(page, sheet)

    const [map] = await readDb<JourneyMap>(page, 'maps')
    if (!map) expect.fail('the sheet was not stored as a map')
    const doc = await storedDoc(page, map)
    const layout = await pageLayout(page, doc)
    const card = (text: string) => Object.values(doc.cards).find((c) => c.text === text)!
    const rect = (text: string) => layout.rects.get(card(text).id)!
    // Each long card shows its whole text: taller than two standard cards with the gap between them.
    for (const text of [FIRST, SECOND]) expect(rect(text).height).toBeGreaterThan(2 * (LAYOUT.cardHeight + LAYOUT.cardGap))
    expect(rect(SECOND).y).toBeGreaterThan(rect(FIRST).y + rect(FIRST).height)
    await screenshot(page, 'board-fit-drop-before')

    const { toPage } = await boardView(page, map.id)
    const second = rect(SECOND)
    // Just inside the top of the second tall card: above its middle, so before it.
    await drag(page, toPage(centre(rect(MOVER))), toPage({ x: second.x + second.width / 2, y: second.y + 16 }))
    await settle(page)

    const first = card(FIRST).place
    const stepId = first.kind === 'cell' ? first.stepId : ''
    const rank = (c: Card) => (c.place.kind === 'cell' ? c.place.rank : 0)
    const inCell = (await readDb<Card>(page, 'cards')).filter((c) => c.place.kind === 'cell' && c.place.stepId === stepId).sort((a, b) => rank(a) - rank(b))
    expect(inCell.map((c) => c.text)).toEqual([FIRST, MOVER, SECOND])
    await screenshot(page, 'board-fit-drop-after')
  })
})
