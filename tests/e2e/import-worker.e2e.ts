import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Card, JourneyMap } from '../../src/domain'
import { cardLayout } from '../../src/domain/layout'
import { isolated } from '../../src/i18n/isolated'
import { readDb, screenshot } from './harness'
import { createWorkshop, importFile, saveStatus, settle } from './flows'
import { boardView, inCell, storedDoc, typeCardAt } from './scene'
import { useApp } from './session'

// Imports run in a worker and beside the board: once a file is chosen the Import dialog gives way
// to a small non-modal panel with the phase and Cancel. A large file shows how far it is, the page
// keeps drawing frames while the worker checks it, and Cancel stops it with nothing written. A
// normal file still imports and tells what it repaired. Someone who goes on working on the open
// map meanwhile can click and type on the board, and is offered the new map, not moved to it.

const TABLES = ['workshops', 'maps', 'stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs'] as const

/** A .journey file text: one stage, 10 steps, one lane, `cards` cards and the given links. */
function journeyText(cards: number, links: readonly { from: string; to: string }[], title = 'Linked up'): string {
  const stepIds = Array.from({ length: 10 }, (_, i) => `t${i}`)
  return JSON.stringify({
    type: 'journeyboard',
    formatVersion: 1,
    app: { name: 'e2e', version: '1' },
    document: {
      map: { id: 'm', workshopId: 'w', title, stageIds: ['s'], laneIds: ['l'] },
      stages: [{ id: 's', title: 'Only stage', stepIds }],
      steps: stepIds.map((id) => ({ id, stageId: 's', title: id })),
      lanes: [{ id: 'l', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: Array.from({ length: cards }, (_, i) => ({ id: `c${i}`, place: { kind: 'cell', laneId: 'l', stepId: stepIds[i % 10], rank: i }, text: `Card ${i}` })),
      links: links.map((link, i) => ({ id: `k${i}`, ...link })),
    },
  })
}

/** 150,000 links between 500 cards: seconds of checking in the worker, well under every byte limit. */
function largeFile(cards = 500, title?: string): string {
  const links = Array.from({ length: 150_000 }, (_, i) => ({ from: `c${i % 500}`, to: `c${(i + 1 + Math.floor(i / 500)) % 500}` }))
  return journeyText(cards, links, title)
}

/** The phase the import panel shows, or null once it has none (ended, or showing how it ended). */
function phaseOf(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-testid="import-panel"] [data-testid="import-progress"]')?.getAttribute('data-phase') ?? null)
}

/**
 * Holds the import worker's answer on the page until `release` is called, as a slow machine's
 * check would: the file's check takes a few hundred milliseconds here, less than a screenshot and
 * a click, and Cancel has to be clicked while the panel still says it is checking. The page's
 * Worker is wrapped so each new import worker's result message waits; its phases pass at once.
 */
async function holdWorkerAnswers(page: Page): Promise<{ release(): Promise<void> }> {
  await page.evaluate(() => {
    type Held = typeof window & { __heldAnswers?: (() => void)[] }
    const w = window as Held
    const held: (() => void)[] = (w.__heldAnswers = [])
    const Real = window.Worker
    window.Worker = class extends Real {
      override set onmessage(handler: ((this: Worker, event: MessageEvent) => unknown) | null) {
        super.onmessage = handler && ((event: MessageEvent) => {
          if ((event.data as { kind?: string } | null)?.kind === 'result' && w.__heldAnswers === held) held.push(() => handler.call(this, event))
          else handler.call(this, event)
        })
      }
      override get onmessage() {
        return super.onmessage
      }
    }
  })
  return {
    release: () =>
      page.evaluate(() => {
        const w = window as typeof window & { __heldAnswers?: (() => void)[] }
        const held = w.__heldAnswers ?? []
        delete w.__heldAnswers
        for (const answer of held.splice(0)) answer()
      }),
  }
}

async function everything(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const table of TABLES) out[table] = (await readDb(page, table)).length
  return out
}

describe('import worker: progress, Cancel and a normal import', () => {
  let dir = ''

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jb-import-worker-e2e-'))
  })

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  const session = useApp()

  it('shows the phases of a large import while the page keeps drawing, and Cancel leaves nothing behind', async () => {
    const { page } = session.app
    await createWorkshop(page, 'Receiving workshop')
    const path = join(dir, 'many-links.journey')
    await writeFile(path, largeFile())
    const before = await everything(page)
    const answers = await holdWorkerAnswers(page)

    await importFile(page, path)
    // The modal dialog is gone; the import goes on in the panel, which blocks nothing.
    const panel = page.getByTestId('import-panel')
    await panel.waitFor()
    expect(await page.locator('dialog[open]').count()).toBe(0)
    expect(await panel.getAttribute('aria-modal')).toBe('false')
    expect(await panel.textContent()).toContain('many-links.journey')
    const progress = panel.getByTestId('import-progress')
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 30_000 }).toBe('checking')
    expect(await progress.textContent()).toContain('Step 2 of 3: checking and repairing the map')
    // Two frames drawn while the panel says it is checking: the page is not held up (the third
    // test measures its frames through a far larger import, whose answer is not held).
    const phaseAfterFrames = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase') ?? null))),
        ),
    )
    expect(phaseAfterFrames).toBe('checking')
    await screenshot(page, 'import-progress')

    await panel.getByRole('button', { name: 'Cancel' }).click()
    await panel.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByText(`The import of “${isolated('many-links.journey')}” was cancelled. Nothing was changed.`).isVisible(), { timeout: 10_000 }).toBe(true)
    // An answer that reaches the page after Cancel changes nothing either; and long enough for a
    // worker that was not really stopped to have finished and written its map.
    await answers.release()
    await page.waitForTimeout(3000)
    expect(await everything(page)).toEqual(before)
    expect(await readDb<JourneyMap>(page, 'maps')).toEqual([])
  })

  it('still imports a normal file after a Cancel, and reports what it repaired', async () => {
    const { page } = session.app
    const path = join(dir, 'dangling.journey')
    await writeFile(path, journeyText(2, [{ from: 'c0', to: 'c1' }, { from: 'c0', to: 'gone' }]))
    const dialog = await importFile(page, path)
    await dialog.waitFor({ state: 'detached' })
    const report = page.getByRole('dialog', { name: 'Please check' })
    await report.waitFor()
    expect(await report.textContent()).toContain('1 link pointed at a missing card and was removed.')
    await report.getByRole('button', { name: 'OK' }).click()
    await page.getByTestId('board').waitFor()

    const maps = await readDb<JourneyMap>(page, 'maps')
    expect(maps.map((m) => m.title)).toEqual(['Linked up'])
    expect((await readDb(page, 'cards')).length).toBe(2)
    expect((await readDb(page, 'links')).length).toBe(1)
  })

  it('lets a person click and type on the open map while an import runs, then offers the new map', async () => {
    const { page } = session.app
    // The map imported just now is open: it is the one being worked on.
    await settle(page)
    const working = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Linked up')!
    const doc = await storedDoc(page, working)
    const layout = cardLayout(doc)
    const { toPage } = await boardView(page, working.id)
    // 20,000 cards (the most a map holds) and 150,000 links: seconds in the worker, seconds of writing.
    const path = join(dir, 'big-import.journey')
    await writeFile(path, largeFile(20_000, 'Big import'))

    await importFile(page, path)
    const panel = page.getByTestId('import-panel')
    await panel.waitFor()
    // Frames are measured from here to the end of the import: the board keeps drawing throughout.
    await page.evaluate(() => {
      const w = { gap: 0, last: performance.now(), stop: false }
      const tick = (now: number) => {
        w.gap = Math.max(w.gap, now - w.last)
        w.last = now
        if (!w.stop) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
      ;(window as unknown as { __frames: typeof w }).__frames = w
    })
    const text = 'Typed while importing'
    // The third step's cell is empty and on screen, left of the side panel.
    await typeCardAt(page, toPage(inCell(layout.grid.columns[2]!, layout.grid.rows[0]!)), text)
    // The card went in while the import was still running, not after it.
    expect(await phaseOf(page)).not.toBeNull()
    await screenshot(page, 'import-panel-while-working')

    await expect.poll(() => panel.textContent(), { timeout: 90_000 }).toContain(`“${isolated('Big import')}” is imported. Open it when you are ready.`)
    const longestGap = await page.evaluate(() => {
      const w = (window as unknown as { __frames: { gap: number; stop: boolean } }).__frames
      w.stop = true
      return w.gap
    })
    console.log(`[import-worker] longest frame gap while typing during a 20,000-card import: ${Math.round(longestGap)} ms`)
    // Not moved away: the map being edited is still the one shown, with the typed card stored in it.
    expect(await page.getByRole('navigation', { name: 'Where you are' }).textContent()).toContain('Linked up')
    await settle(page)
    const typed = (await readDb<Card>(page, 'cards')).filter((c) => c.text === text)
    expect(typed.map((c) => c.mapId)).toEqual([working.id])
    await screenshot(page, 'import-panel-offer')

    await panel.getByRole('button', { name: 'Open map' }).click()
    await panel.waitFor({ state: 'detached' })
    // Opened on request, it is read from the database like any map: 20,000 cards take a while.
    await expect.poll(() => page.getByRole('navigation', { name: 'Where you are' }).textContent(), { timeout: 60_000 }).toContain('Big import')
    const big = (await readDb<JourneyMap>(page, 'maps')).find((m) => m.title === 'Big import')!
    expect((await readDb<Card>(page, 'cards')).filter((c) => c.mapId === big.id)).toHaveLength(20_000)
  }, 240_000)

  it('Cancel during the write rolls it back: nothing of the map is stored', async () => {
    const { page } = session.app
    await settle(page)
    const before = await everything(page)
    await importFile(page, join(dir, 'big-import.journey'))
    const panel = page.getByTestId('import-panel')
    await panel.waitFor()
    // A key pressed on the page while the file is read: the person went back to work, so the map is
    // written before it is offered, and that write can be cancelled.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('Shift')
    await expect.poll(() => phaseOf(page), { timeout: 90_000 }).toBe('saving')
    await panel.getByRole('button', { name: 'Cancel' }).click()
    await panel.waitFor({ state: 'detached', timeout: 60_000 })
    await expect.poll(() => page.getByText(`The import of “${isolated('big-import.journey')}” was cancelled. Nothing was changed.`).isVisible(), { timeout: 10_000 }).toBe(true)
    expect(await everything(page)).toEqual(before)
  }, 240_000)

  it('shows a large map as soon as it is read, saves it behind the board, and keeps an edit made meanwhile', async () => {
    const { page } = session.app
    await settle(page)
    const path = join(dir, 'shown-while-saving.journey')
    await writeFile(path, largeFile(20_000, 'Shown while saving'))
    await importFile(page, path)
    // The person waits: the map replaces the panel while its 20,000 cards are still being written.
    const panel = page.getByTestId('import-panel')
    await panel.waitFor()
    await panel.waitFor({ state: 'detached', timeout: 90_000 })
    await expect.poll(() => page.getByRole('navigation', { name: 'Where you are' }).textContent(), { timeout: 30_000 }).toContain('Shown while saving')
    // The workshop's map list has it already (read before the status: still "Saving…" after, so it was there while saving).
    expect(await page.getByRole('navigation', { name: 'Maps' }).textContent()).toContain('Shown while saving')
    expect(await saveStatus(page).textContent()).toBe('Saving…')
    await screenshot(page, 'import-shown-while-saving')
    // The file's links past the limit are reported; the person reads it, then renames the map in
    // the outline, the write perhaps still running: the new title is saved after it.
    const report = page.getByRole('dialog', { name: 'Please check' })
    await report.getByRole('button', { name: 'OK' }).click()
    await page.getByRole('tab', { name: 'Outline' }).click()
    const title = page.getByLabel('Map title')
    await title.fill('Shown, then renamed')
    await title.press('Enter')
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 90_000 }).toBe('Saved')
    const maps = (await readDb<JourneyMap>(page, 'maps')).filter((m) => m.title.startsWith('Shown'))
    expect(maps.map((m) => m.title)).toEqual(['Shown, then renamed'])
    const big = maps[0]!
    expect((await readDb<Card>(page, 'cards')).filter((c) => c.mapId === big.id)).toHaveLength(20_000)
  }, 240_000)
})
