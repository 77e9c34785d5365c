import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { OpenFileResult } from '../../../../../electron/shared/ipc'
import { actionsOf } from '../../../../../src/domain'
import { i18n } from '../../../../../src/i18n'
import { planToCsv } from '../../../../../src/io/plan/csvExport'
import { appStore, undo } from '../../../../../src/store'
import { useDom } from '../../../support/renderDom'
import { loadPlan, pastSteps } from '../matrix/planFixture'

const files = vi.hoisted(() => ({ next: { kind: 'cancelled' } as OpenFileResult, open: vi.fn() }))
vi.mock('../../../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../src/platform')>()
  files.open.mockImplementation(async () => files.next)
  return { ...real, platform: { ...real.platform, files: { ...real.platform.files, open: files.open } } }
})

const { PlanImportButton } = await import('../../../../../src/ui/plan/files/PlanImportButton')

const dom = useDom()

function opened(name: string, text: string): OpenFileResult {
  return { kind: 'opened', file: { token: '', name, text } }
}

function button(name: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)
}

async function importFile(result: OpenFileResult) {
  files.next = result
  await act(async () => button('Import CSV…')!.click())
}

function titles(): string[] {
  const doc = appStore.getState().doc
  return doc ? actionsOf(doc).map((a) => a.title) : []
}

const report = () => document.querySelector('[data-testid="plan-import"]')
/** What the report says, without the bidi isolates around file names (they are invisible). */
const said = (el: Element) => (el.textContent ?? '').replace(/[\u2068\u2069]/g, '')

describe('importing actions from CSV', () => {
  it('lists what the importer changed, and adds every action in one step that one undo takes back', async () => {
    loadPlan([{ title: 'Already here' }])
    dom.render(<PlanImportButton />)
    await importFile(opened('plan.csv', 'Title,Impact,Status,Due date\r\nShorter form,9,planned,2025-02-30\r\nCall back,2,maybe,\r\nExplain fees,4,done,2025-03-01\r\n'))
    expect(files.open).toHaveBeenCalledWith('planCsv')
    expect(said(report()!)).toContain('“plan.csv” holds 3 actions.')
    expect([...report()!.querySelectorAll('li')].map(said)).toEqual([
      'Row 2: due date “2025-02-30” is not a date (write YYYY-MM-DD); left empty.',
      'Row 2: Impact “9” is outside 1 to 5; set to 5.',
      'Row 3: status “maybe” is unknown; set to Idea.',
    ])
    // Nothing changes before the person agrees.
    expect(titles()).toEqual(['Already here'])
    const before = pastSteps()
    await act(async () => button('Add 3 actions')!.click())
    expect(titles()).toEqual(['Already here', 'Shorter form', 'Call back', 'Explain fees'])
    expect(pastSteps()).toBe(before + 1)
    expect(appStore.getState().notice).toMatchObject({ key: 'plan.import.added', values: { count: 3 } })
    expect(report()).toBeNull()
    act(() => undo())
    expect(titles()).toEqual(['Already here'])
  })

  it('says a file is not a CSV and changes nothing', async () => {
    loadPlan([{ title: 'Already here' }])
    dom.render(<PlanImportButton />)
    const before = pastSteps()
    await importFile(opened('Onboarding.journey', '{"type":"journeyboard","formatVersion":2}'))
    const alert = report()!.querySelector('[role="alert"]')!
    expect(said(alert)).toContain('“Onboarding.journey” could not be imported.')
    expect(said(alert)).toContain('“Onboarding.journey” is not a CSV file.')
    expect(said(alert)).toContain('Nothing was changed.')
    expect([...report()!.parentElement!.parentElement!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Choose another file…', 'Close'])
    expect(titles()).toEqual(['Already here'])
    expect(pastSteps()).toBe(before)
  })

  it('says why a CSV without a title column, a picture, or a file too large cannot be read', async () => {
    loadPlan([])
    dom.render(<PlanImportButton />)
    await importFile(opened('people.csv', 'Name,Email\r\nAna,ana@example.com\r\n'))
    expect(said(report()!)).toContain('The first row must name the columns, including the title column')
    await act(async () => button('Choose another file…')!.click())
    await importFile(opened('photo.csv', 'PNG\u0000\u0000IHDR'))
    expect(said(report()!)).toContain('“photo.csv” is not a CSV file.')
    await importFile({ kind: 'failed', name: 'huge.csv', error: { kind: 'tooLarge', message: '60 MB', limit: 50 * 1024 * 1024 } })
    expect(said(report()!)).toContain('the file is larger than 50 MB')
    expect(button('Add 0 actions')).toBeUndefined()
    expect(titles()).toEqual([])
  })

  it('skips the actions this plan already has when its own export comes back, unless copies are asked for', async () => {
    const { doc } = loadPlan([{ title: 'Shorter form' }, { title: 'Call back' }])
    const t = (key: string, values?: Record<string, string | number>) => i18n.t(key, values ?? {})
    const csv = planToCsv(actionsOf(doc), doc, t).replace(/\r\n$/, '\r\n"New idea","","","","","","Idea","3","3","Fill-ins","No","","0","",""\r\n')
    dom.render(<PlanImportButton />)
    await importFile(opened('Onboarding – action plan.csv', csv))
    expect(said(report()!)).toContain('holds 3 actions.')
    const copies = report()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    expect(copies.parentElement!.textContent).toBe(' Also add the 2 actions this plan already has, as copies')
    expect(button('Add 1 action')).toBeDefined()
    act(() => copies.click())
    await act(async () => button('Add 3 actions')!.click())
    expect(titles()).toEqual(['Shorter form', 'Call back', 'Shorter form', 'Call back', 'New idea'])
  })

  it('is not offered on a view-only page', () => {
    loadPlan([])
    act(() => appStore.setState({ viewOnly: true }))
    dom.render(<PlanImportButton />)
    expect(button('Import CSV…')).toBeUndefined()
    act(() => appStore.setState({ viewOnly: false }))
  })
})
