import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import i18n from 'i18next'
import { appStore, undo } from '../../../../src/store'
import { PlanView } from '../../../../src/ui/plan/PlanView'
import { useDom } from '../../support/renderDom'
import { action, all, button, choose, click, pastSteps, planMap, row, rowTitles, tickFilter, typeAndLeave, withActions } from './planFixtures'

const dom = useDom()

afterEach(async () => {
  if (i18n.language !== 'en') await act(() => i18n.changeLanguage('en'))
})

/** Three actions: Refund (doing, Finance, stage Two), Form (idea, Support, stage One), Label (done, nobody, stage One). */
function setup() {
  const map = planMap()
  const [refund, form, label] = withActions((doc) => [
    action(doc, [map.refund], { title: 'Speed up refunds', status: 'doing', owner: 'Finance', impact: 5, effort: 4, due: '2026-12-05' }, 1000),
    action(doc, [map.form, map.label], { title: 'Clearer returns form', status: 'idea', owner: 'Support', impact: 4, effort: 1, due: '2027-01-20' }, 2000),
    action(doc, [map.label], { title: 'Auto-print labels', status: 'done', owner: '', impact: 2, effort: 2, votes: 7 }, 3000),
  ])
  act(() => appStore.getState().setPlan({ open: true }))
  dom.render(<PlanView />)
  return { ...map, actions: { refund: refund!, form: form!, label: label! } }
}

const header = (name: string) => all<HTMLTableCellElement>('th').find((th) => th.textContent === name)!

describe('the plan list', () => {
  it('lists every action in the order they were made, with its cards as chips', () => {
    const { actions } = setup()
    expect(rowTitles()).toEqual(['Speed up refunds', 'Clearer returns form', 'Auto-print labels'])
    const chips = all('.plan-card-chip', row(actions.form.id)).map((c) => c.textContent)
    expect(chips).toEqual(['Returns form is confusing', 'Label printing fails'])
    expect(row(actions.label.id).querySelector('.plan-votes')?.textContent).toBe('7')
    expect(document.querySelector('[data-testid="plan-count"]')?.textContent).toBe('3 of 3 actions')
  })

  it('sorts by a column when its header is clicked, and the other way on a second click', () => {
    setup()
    click(header('Title').querySelector('button')!)
    expect(rowTitles()).toEqual(['Auto-print labels', 'Clearer returns form', 'Speed up refunds'])
    expect(header('Title').getAttribute('aria-sort')).toBe('ascending')
    click(header('Title').querySelector('button')!)
    expect(rowTitles()).toEqual(['Speed up refunds', 'Clearer returns form', 'Auto-print labels'])
    expect(header('Title').getAttribute('aria-sort')).toBe('descending')
    click(header('Effort').querySelector('button')!)
    expect(rowTitles()).toEqual(['Clearer returns form', 'Auto-print labels', 'Speed up refunds'])
    expect(header('Title').hasAttribute('aria-sort')).toBe(false)
    expect(appStore.getState().plan.sort).toEqual({ key: 'effort', descending: false })
  })

  it('commits an edited title as one command on leaving the field, which one undo takes back', () => {
    const { actions } = setup()
    const title = row(actions.form.id).querySelector<HTMLInputElement>('input[aria-label="Title"]')!
    typeAndLeave(title, 'A one-page returns form')
    expect(appStore.getState().doc!.actions[actions.form.id]!.title).toBe('A one-page returns form')
    expect(pastSteps()).toBe(1)
    act(() => undo())
    expect(appStore.getState().doc!.actions[actions.form.id]!.title).toBe('Clearer returns form')
    expect(row(actions.form.id).querySelector<HTMLInputElement>('input[aria-label="Title"]')!.value).toBe('Clearer returns form')
  })

  it('puts the old text back on Escape and commits nothing', () => {
    const { actions } = setup()
    const owner = row(actions.form.id).querySelector<HTMLInputElement>('input[aria-label="Owner"]')!
    act(() => {
      owner.focus()
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setter.call(owner, 'Marketing')
      owner.dispatchEvent(new Event('input', { bubbles: true }))
    })
    act(() => owner.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })))
    act(() => owner.blur())
    expect(owner.value).toBe('Support')
    expect(appStore.getState().doc!.actions[actions.form.id]!.owner).toBe('Support')
    expect(pastSteps()).toBe(0)
  })

  it('changes status, scores and automation from their menus, one undo step each', () => {
    const { actions } = setup()
    const r = row(actions.refund.id)
    choose(r.querySelector<HTMLSelectElement>('select[aria-label="Status"]')!, 'done')
    choose(r.querySelector<HTMLSelectElement>('select[aria-label="Impact"]')!, '2')
    choose(r.querySelector<HTMLSelectElement>('select[aria-label="Automation"]')!, 'partly')
    expect(appStore.getState().doc!.actions[actions.refund.id]).toMatchObject({ status: 'done', impact: 2, automation: 'partly' })
    expect(pastSteps()).toBe(3)
  })

  it('edits the due date in a date field and shows it as a date again', () => {
    const { actions } = setup()
    const due = button('Due date: December 5, 2026', row(actions.refund.id))
    click(due)
    const input = row(actions.refund.id).querySelector<HTMLInputElement>('input[type=date]')!
    expect(document.activeElement).toBe(input)
    typeAndLeave(input, '2027-03-01')
    expect(appStore.getState().doc!.actions[actions.refund.id]!.due).toBe('2027-03-01')
    expect(button('Due date: March 1, 2027', row(actions.refund.id))).toBeTruthy()
    expect(row(actions.label.id).querySelector('.plan-due')?.textContent).toBe('No date')
  })

  it('shows due dates in the Persian calendar with Persian digits in Persian', async () => {
    const { actions } = setup()
    await act(() => i18n.changeLanguage('fa'))
    expect(row(actions.refund.id).querySelector('.plan-due')?.textContent).toBe('۱۴ آذر ۱۴۰۵')
    expect(row(actions.form.id).querySelector('.plan-due')?.textContent).toBe('۳۰ دی ۱۴۰۵')
    expect(row(actions.label.id).querySelector('.plan-votes')?.textContent).toBe('۷')
  })

  it('filters by status, owner and stage, says how many it shows, and clears', () => {
    setup()
    tickFilter('Status', 'Done')
    expect(rowTitles()).toEqual(['Auto-print labels'])
    expect(document.querySelector('[data-testid="plan-count"]')?.textContent).toBe('1 of 3 actions')
    tickFilter('Status', 'Idea')
    expect(rowTitles()).toEqual(['Clearer returns form', 'Auto-print labels'])
    tickFilter('Owner', 'Nobody yet')
    expect(rowTitles()).toEqual(['Auto-print labels'])
    click(button('Clear filters'))
    expect(rowTitles()).toHaveLength(3)
    tickFilter('Stage', 'Two')
    expect(rowTitles()).toEqual(['Speed up refunds'])
    tickFilter('Stage', 'Two')
    tickFilter('Stage', 'One')
    expect(rowTitles()).toEqual(['Clearer returns form', 'Auto-print labels'])
    tickFilter('Owner', 'Finance')
    expect(all('[data-testid="plan-row"]')).toHaveLength(0)
    expect(document.querySelector('[data-testid="plan-empty"]')?.textContent).toBe('No action matches the filters.')
  })

  it('brings the action a badge asked for into view: highlighted, its title focused', () => {
    const { actions } = setup()
    act(() => appStore.getState().showAction(actions.label.id))
    const r = row(actions.label.id)
    expect(r.classList.contains('plan-row--focus')).toBe(true)
    expect(document.activeElement).toBe(r.querySelector('input[aria-label="Title"]'))
    expect(all('.plan-row--focus')).toHaveLength(1)
  })

  it('deletes an action with a notice whose Undo brings it back', () => {
    const { actions } = setup()
    click(button('Delete the action “Speed up refunds”'))
    expect(rowTitles()).toEqual(['Clearer returns form', 'Auto-print labels'])
    const notice = appStore.getState().notice!
    expect(notice.key).toBe('plan.list.deleted')
    act(() => notice.undo!())
    expect(rowTitles()).toEqual(['Speed up refunds', 'Clearer returns form', 'Auto-print labels'])
    expect(appStore.getState().doc!.actions[actions.refund.id]).toEqual(actions.refund)
  })

  it('goes back to the board on a card chip: the plan closes and the card is selected', () => {
    const { actions, label } = setup()
    click(all<HTMLButtonElement>('.plan-card-chip', row(actions.form.id))[1]!)
    expect(appStore.getState().plan.open).toBe(false)
    expect(appStore.getState().selection).toEqual([label.id])
  })

  it('lets a view-only page read the plan but not change it', () => {
    const { actions } = setup()
    act(() => appStore.setState({ viewOnly: true }))
    const r = row(actions.refund.id)
    expect(r.querySelector<HTMLInputElement>('input[aria-label="Title"]')!.readOnly).toBe(true)
    expect(r.querySelector<HTMLSelectElement>('select[aria-label="Status"]')!.disabled).toBe(true)
    expect(r.querySelector('button[aria-label^="Delete"]')).toBeNull()
  })
})

describe('the empty plan', () => {
  it('explains how to make an action', () => {
    planMap()
    act(() => appStore.getState().setPlan({ open: true }))
    dom.render(<PlanView />)
    expect(document.querySelector('[data-testid="plan-empty"]')?.textContent).toContain('Make an action')
    expect(document.querySelector('[data-testid="plan-count"]')?.textContent).toBe('0 of 0 actions')
  })
})

describe('the filter menus', () => {
  it('open from their summary and close on a press elsewhere or on Esc', () => {
    planMap()
    act(() => appStore.getState().setPlan({ open: true }))
    dom.render(<PlanView />)
    const status = all<HTMLDetailsElement>('details.plan-filter').find((d) => d.querySelector('legend')?.textContent === 'Status')!
    click(status.querySelector('summary')!)
    expect(status.open).toBe(true)
    act(() => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })))
    expect(status.open).toBe(false)
    click(status.querySelector('summary')!)
    expect(status.open).toBe(true)
    act(() => status.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })))
    expect(status.open).toBe(false)
  })
})
