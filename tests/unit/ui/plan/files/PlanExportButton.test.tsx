import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { SaveFileResult } from '../../../../../electron/shared/ipc'
import { actionsOf } from '../../../../../src/domain'
import { i18n } from '../../../../../src/i18n'
import { ISOLATION_MARKS, withoutIsolation } from '../../../../../src/i18n/isolated'
import type { ExportProgress } from '../../../../../src/io/export'
import type { MatrixExportInput, MatrixExportOptions } from '../../../../../src/io/plan'
import { planToCsv } from '../../../../../src/io/plan/csvExport'
import { planToMarkdown } from '../../../../../src/io/plan/markdown'
import { appStore } from '../../../../../src/store'
import { useDom } from '../../../support/renderDom'
import { loadPlan } from '../matrix/planFixture'

const saved = (name: string): SaveFileResult => ({ kind: 'saved', token: '', name })
const files = vi.hoisted(() => ({
  exportFile: vi.fn(async (_kind: string, name: string, _text: string) => saved(name)),
  exportBytes: vi.fn(async (_kind: string, name: string, _bytes: Uint8Array) => saved(name)),
}))
// The matrix renderer needs a real canvas; what matters here is what the dialog asks it for and saves.
const matrix = vi.hoisted(() => ({
  finish: null as null | (() => void),
  exportMatrix: vi.fn(
    (_input: MatrixExportInput, _options: MatrixExportOptions, onProgress: (p: ExportProgress) => void) =>
      new Promise<Blob>((resolve) => {
        onProgress({ done: 1, total: 3 })
        matrix.finish = () => resolve(new Blob([Uint8Array.of(1, 2, 3)]))
      }),
  ),
}))
vi.mock('../../../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../src/platform')>()
  return { ...real, platform: { ...real.platform, files: { ...real.platform.files, exportFile: files.exportFile, exportBytes: files.exportBytes } } }
})
vi.mock('../../../../../src/io/plan/matrixExport', () => ({ exportMatrix: matrix.exportMatrix }))

const { PlanExportButton } = await import('../../../../../src/ui/plan/files/PlanExportButton')

const dom = useDom()
// An export's words leave the app: the map's title and the cards' words go in without isolation marks.
const t = withoutIsolation(i18n.t)

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

function button(name: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)
  if (!found) throw new Error(`no button ${name}`)
  return found
}

function radio(label: string): HTMLInputElement {
  const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith(` ${label}`) || l.textContent?.startsWith(label))
  const input = found?.querySelector('input')
  if (!input) throw new Error(`no choice ${label}`)
  return input
}

function choose(input: HTMLInputElement | HTMLSelectElement, value?: string) {
  act(() => {
    if (input instanceof HTMLSelectElement && value !== undefined) {
      input.value = value
      input.dispatchEvent(new Event('change', { bubbles: true }))
    } else input.click()
  })
}

function setup() {
  files.exportFile.mockClear()
  files.exportBytes.mockClear()
  matrix.exportMatrix.mockClear()
  const plan = loadPlan([
    { title: 'Shorter sign-up form', status: 'planned', impact: 5, effort: 2, owner: 'Web team' },
    { title: 'Call back within a day', status: 'done', impact: 4, effort: 4 },
    { title: 'Explain the fees', status: 'idea', impact: 2, effort: 1 },
  ])
  dom.render(<PlanExportButton />)
  act(() => button('Export…').click())
  return plan
}

describe('exporting the plan', () => {
  it('saves the whole plan as CSV under the map\'s name, and says where it went', async () => {
    setup()
    expect(dom.host.querySelector('[data-testid="plan-export-count"]')!.textContent).toBe('3 actions will be exported.')
    act(() => button('Export').click())
    await settle()
    const doc = appStore.getState().doc!
    expect(files.exportFile).toHaveBeenCalledWith('csv', 'Onboarding – action plan.csv', planToCsv(actionsOf(doc), doc, t))
    expect(appStore.getState().notice).toMatchObject({ key: 'files.exported', values: { name: 'Onboarding – action plan.csv' } })
    expect(document.querySelector('[data-testid="plan-export"]')).toBeNull()
  })

  it('saves a Markdown checklist as an .md file', async () => {
    setup()
    choose(radio('Checklist (Markdown)'))
    act(() => button('Export').click())
    await settle()
    const doc = appStore.getState().doc!
    const text = planToMarkdown(actionsOf(doc), doc, t, { title: 'Onboarding', language: 'en' })
    expect(files.exportFile).toHaveBeenCalledWith('md', 'Onboarding – action plan.md', text)
    expect(text).toContain('- [x] Call back within a day')
    expect(text).toContain('# Action plan: Onboarding\n')
    expect(text).not.toMatch(ISOLATION_MARKS)
  })

  it('draws the matrix as PNG at the chosen scale, shows its progress, and saves the bytes', async () => {
    const { actions } = setup()
    choose(radio('Matrix as a picture (PNG)'))
    choose(document.querySelector<HTMLSelectElement>('select')!, '3')
    act(() => button('Export').click())
    await settle()
    expect(matrix.exportMatrix).toHaveBeenCalledTimes(1)
    const [input, options] = matrix.exportMatrix.mock.calls[0]!
    expect(input).toMatchObject({ title: 'Onboarding', language: 'en', rtl: false })
    expect(input.actions.map((a) => a.id)).toEqual(actions.map((a) => a.id))
    expect(options).toMatchObject({ kind: 'png', scale: 3 })
    expect(document.querySelector('[data-testid="export-progress"]')?.textContent).toContain('Part 1 of 3')
    await act(async () => matrix.finish?.())
    await settle()
    expect(files.exportBytes).toHaveBeenCalledWith('png', 'Onboarding – action plan.png', Uint8Array.of(1, 2, 3))
    expect(document.querySelector('[data-testid="export-progress"]')).toBeNull()
  })

  it.each([
    ['Matrix as a vector drawing (SVG)', 'svg'],
    ['Matrix as a PDF', 'pdf'],
  ] as const)('saves the matrix as %s', async (label, kind) => {
    setup()
    choose(radio(label))
    if (kind === 'pdf') choose(document.querySelector<HTMLSelectElement>('select')!, 'letter')
    act(() => button('Export').click())
    await settle()
    expect(matrix.exportMatrix.mock.calls[0]![1]).toMatchObject(kind === 'pdf' ? { kind, paper: 'letter' } : { kind })
    await act(async () => matrix.finish?.())
    await settle()
    expect(files.exportBytes).toHaveBeenCalledWith(kind, `Onboarding – action plan.${kind}`, Uint8Array.of(1, 2, 3))
  })

  it('exports everything by default, and only what the filter shows when asked', async () => {
    const { actions } = setup()
    expect(document.querySelector('input[type="checkbox"]')).toBeNull()
    act(() => button('Cancel').click())
    act(() => appStore.getState().setPlan({ filter: { stageIds: [], owners: [], statuses: ['done'] } }))
    act(() => button('Export…').click())
    const only = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    expect(only.parentElement!.textContent).toBe(' Only the 1 action the filter shows')
    expect(only.checked).toBe(false)
    act(() => button('Export').click())
    await settle()
    expect(files.exportFile.mock.calls[0]![2]).toContain('Shorter sign-up form')

    act(() => button('Export…').click())
    choose(document.querySelector<HTMLInputElement>('input[type="checkbox"]')!)
    expect(dom.host.querySelector('[data-testid="plan-export-count"]')!.textContent).toBe('1 action will be exported.')
    act(() => button('Export').click())
    await settle()
    const doc = appStore.getState().doc!
    expect(files.exportFile.mock.calls[1]![2]).toBe(planToCsv([actions[1]!], doc, t))
  })

  it('says why a save failed', async () => {
    setup()
    files.exportFile.mockResolvedValueOnce({ kind: 'failed', error: { kind: 'diskFull', message: 'ENOSPC' } })
    act(() => button('Export').click())
    await settle()
    expect(appStore.getState().notice).toMatchObject({ key: 'files.saveFailed', tone: 'error', values: { reason: 'the disk is full' } })
  })
})
