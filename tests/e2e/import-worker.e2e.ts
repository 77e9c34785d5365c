import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { JourneyMap } from '../../src/domain'
import { readDb, screenshot } from './harness'
import { createWorkshop, importFile } from './flows'
import { useApp } from './session'

// Imports run in a worker: a large file shows how far it is, the page keeps drawing frames while
// the worker checks it, and Cancel stops it with nothing written. A normal file still imports and
// tells what it repaired.

const TABLES = ['workshops', 'maps', 'stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs'] as const

/** A .journey file text: one stage, `steps` steps, one lane, `cards` cards and the given links. */
function journeyText(cards: number, links: readonly { from: string; to: string }[]): string {
  const stepIds = Array.from({ length: 10 }, (_, i) => `t${i}`)
  return JSON.stringify({
    type: 'journeyboard',
    formatVersion: 1,
    app: { name: 'e2e', version: '1' },
    document: {
      map: { id: 'm', workshopId: 'w', title: 'Linked up', stageIds: ['s'], laneIds: ['l'] },
      stages: [{ id: 's', title: 'Only stage', stepIds }],
      steps: stepIds.map((id) => ({ id, stageId: 's', title: id })),
      lanes: [{ id: 'l', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: Array.from({ length: cards }, (_, i) => ({ id: `c${i}`, place: { kind: 'cell', laneId: 'l', stepId: stepIds[i % 10], rank: i }, text: `Card ${i}` })),
      links: links.map((link, i) => ({ id: `k${i}`, ...link })),
    },
  })
}

/** 150,000 links between 500 cards: seconds of checking in the worker, well under every byte limit. */
function largeFile(): string {
  const links = Array.from({ length: 150_000 }, (_, i) => ({ from: `c${i % 500}`, to: `c${(i + 1 + Math.floor(i / 500)) % 500}` }))
  return journeyText(500, links)
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

    const dialog = await importFile(page, path)
    const progress = dialog.getByTestId('import-progress')
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 30_000 }).toBe('checking')
    expect(await progress.textContent()).toContain('Step 2 of 3: checking and repairing the map')
    expect(await dialog.getByRole('button', { name: 'Choose a file…' }).isDisabled()).toBe(true)
    // Two frames drawn while the worker is still checking: on the page's own thread the check
    // would hold every frame until it was done, and the phase would have moved on by then.
    const phaseAfterFrames = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-phase') ?? null))),
        ),
    )
    expect(phaseAfterFrames).toBe('checking')
    await screenshot(page, 'import-progress')

    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByText('The import of “many-links.journey” was cancelled. Nothing was changed.').isVisible()).toBe(true)
    // Long enough for a worker that was not really stopped to have finished and written its map.
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
    const report = page.getByRole('dialog', { name: 'Imported, with changes' })
    await report.waitFor()
    expect(await report.textContent()).toContain('1 link pointed at a missing card and was removed.')
    await report.getByRole('button', { name: 'OK' }).click()
    await page.getByTestId('board').waitFor()

    const maps = await readDb<JourneyMap>(page, 'maps')
    expect(maps.map((m) => m.title)).toEqual(['Linked up'])
    expect((await readDb(page, 'cards')).length).toBe(2)
    expect((await readDb(page, 'links')).length).toBe(1)
  })
})
