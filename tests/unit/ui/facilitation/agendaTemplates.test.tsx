import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { changeLanguage } from '../../../../src/i18n'
import { listAgendaTemplates, readTemplates } from '../../../../src/persistence/agendaTemplates'
import { getPref, setPref } from '../../../../src/persistence/prefs'
import { appStore } from '../../../../src/store'
import { all, button, click, steps, titles, type, until, useAgendaDom } from './agendaHarness'
import { unmarked } from '../../support/unmarked'

const { open } = useAgendaDom()

describe('saved agendas', () => {
  it('saves the agenda under a name, applies it to a map with fresh ids, and deletes it', async () => {
    const ws = await open()
    click(button("Use the workshop method's agenda"))
    click(button('Remove Automate the tasks'))
    click(button('Save as my agenda'))
    // A name is needed.
    click(button('Save'))
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Give the agenda a name.')
    type(document.querySelector<HTMLInputElement>('.agenda-save input')!, 'Half day')
    click(button('Save'))
    await until(() => expect(appStore.getState().notice?.key).toBe('agenda.save.saved'))
    const saved = await listAgendaTemplates(ws.db())
    expect(saved.map((t) => t.name)).toEqual(['Half day'])
    expect(saved[0]!.agenda.steps.map((s) => s.kind)).toEqual(['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks'])

    // Back on a map without an agenda, the saved one is offered and applied.
    const before = steps().map((s) => s.id)
    vi.stubGlobal('confirm', () => true)
    click(button('Clear the agenda'))
    await until(() => expect(document.querySelector('.agenda-saved-name')?.textContent).toBe('Half day'))
    expect(unmarked(document.querySelector('.agenda-saved-item')?.textContent)).toContain('5 steps, 1 hr 30 min')
    click(button('Use the agenda Half day'))
    expect(titles()).toHaveLength(5)
    expect(steps().map((s) => s.kind)).toEqual(['prep', 'actions', 'touchpoints', 'effortImpact', 'tasks'])
    expect(steps().some((s) => before.includes(s.id))).toBe(false)

    click(button('Clear the agenda'))
    await until(() => expect(document.querySelector('.agenda-saved-name')).not.toBeNull())
    click(button('Delete the agenda Half day'))
    vi.unstubAllGlobals()
    await until(() => expect(document.querySelector('.agenda-saved-name')).toBeNull())
    expect(await listAgendaTemplates(ws.db())).toEqual([])
    expect(await getPref(ws.db(), 'agendaTemplates')).toEqual([])
  })

  it('keeps a saved agenda when the delete is not confirmed', async () => {
    const ws = await open()
    click(button("Use the workshop method's agenda"))
    click(button('Save as my agenda'))
    type(document.querySelector<HTMLInputElement>('.agenda-save input')!, 'Keep me')
    click(button('Save'))
    await until(() => expect(appStore.getState().notice?.key).toBe('agenda.save.saved'))
    vi.stubGlobal('confirm', () => true)
    click(button('Clear the agenda'))
    await until(() => expect(document.querySelector('.agenda-saved-name')).not.toBeNull())
    vi.stubGlobal('confirm', () => false)
    click(button('Delete the agenda Keep me'))
    vi.unstubAllGlobals()
    await until(() => expect(document.querySelector('.agenda-saved-name')?.textContent).toBe('Keep me'))
    expect(await listAgendaTemplates(ws.db())).toHaveLength(1)
  })

  it('reads back only what is a template, validating every agenda', async () => {
    const ws = await open()
    await setPref(ws.db(), 'agendaTemplates', [
      { id: 'a', name: 'Good', createdAt: 2, agenda: { steps: [{ id: 's1', kind: 'actions', title: '', instruction: '', minutes: 9999, laneKinds: ['actions', 'nope'] }] } },
      { id: 'b', name: 42, agenda: { steps: [] } },
      'nonsense',
      { id: 'c', name: 'Odd', createdAt: 1, agenda: { steps: [{ kind: 'future', title: 'From a newer build' }] } },
    ])
    const read = await listAgendaTemplates(ws.db())
    expect(read.map((t) => t.name)).toEqual(['Good', 'Odd'])
    expect(read[0]!.agenda.steps[0]).toMatchObject({ kind: 'actions', minutes: 240, laneKinds: ['actions'] })
    expect(read[1]!.agenda.steps[0]).toMatchObject({ kind: 'custom', title: 'From a newer build' })
    expect(readTemplates({ not: 'an array' })).toEqual([])
  })
})

describe('the agenda in Persian', () => {
  it('renders right to left, with Persian titles and Persian digits', async () => {
    await act(() => changeLanguage('fa'))
    expect(document.documentElement.dir).toBe('rtl')
    await open()
    click(button('استفاده از دستور کار روش کارگاه'))
    expect(titles()[1]).toBe('مشتری چه می‌کند')
    type(document.querySelector<HTMLInputElement>('input[type="time"]')!, '09:00')
    const first = all('[data-testid="agenda-step-time"]')[0]!.textContent!
    expect(first).toMatch(/[۰-۹]/)
    expect(first).not.toMatch(/[0-9]/)
    expect(first).toContain('۹:۰۰')
    expect(all('.agenda-step-number').map((n) => n.textContent)).toEqual(['۱', '۲', '۳', '۴', '۵', '۶'])
    const total = document.querySelector('[data-testid="agenda-total"]')!.textContent!
    expect(total).toMatch(/^مجموع: /)
    expect(total).not.toMatch(/[0-9]/)
    click(button('شروع گام: تبدیل نقاط تماس به وظایف'))
    expect(document.querySelector('[data-testid="step-banner"] h2')?.textContent).toBe('تبدیل نقاط تماس به وظایف')
    expect(button('پایان گام', document.querySelector('[data-testid="step-banner"]')!)).toBeTruthy()
  })
})
