import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { actionsOf, type Card } from '../../../../src/domain'
import { createVoteRecord, defaultVoteSettings, results } from '../../../../src/domain/facilitation'
import { appStore, undo, useAppStore } from '../../../../src/store'
import { Inspector } from '../../../../src/ui/inspector/Inspector'
import { MapEditor } from '../../../../src/ui/MapEditor'
import { PlanToggle } from '../../../../src/ui/plan/PlanToggle'
import { PlanView } from '../../../../src/ui/plan/PlanView'
import { afterIdle, useDom } from '../../support/renderDom'
import { all, button, click, pastSteps, planMap, row } from './planFixtures'

const dom = useDom()

/** The map editor's part in this: the toggle on the bar, the plan over the board when open, the inspector beside. */
function Editor() {
  const open = useAppStore((s) => s.plan.open)
  return (
    <>
      <PlanToggle />
      {open ? <PlanView /> : null}
      <Inspector />
    </>
  )
}

function setup() {
  const map = planMap()
  dom.render(<Editor />)
  return map
}

function select(...cards: Card[]) {
  act(() => appStore.getState().select(cards.map((c) => c.id)))
}

const actions = () => actionsOf(appStore.getState().doc!)

describe('making actions from cards', () => {
  it('makes one action from two selected cards, keeping both, and opens the plan on it', () => {
    const { form, refund } = setup()
    select(form, refund)
    click(button('Make an action'))
    const [made, ...rest] = actions()
    expect(rest).toHaveLength(0)
    expect(made).toMatchObject({ title: 'Returns form is confusing', cardIds: [form.id, refund.id], owner: '', status: 'idea', votes: 0 })
    expect(pastSteps()).toBe(1)
    expect(appStore.getState().plan).toMatchObject({ open: true, focus: made!.id })
    expect(row(made!.id).classList.contains('plan-row--focus')).toBe(true)
    act(() => undo())
    expect(actions()).toHaveLength(0)
  })

  it('makes one action per card in one undo step, in the order of the cards', () => {
    const { form, label, refund } = setup()
    select(refund, form, label)
    click(button('One action per card (3)'))
    expect(actions().map((a) => a.cardIds)).toEqual([[refund.id], [form.id], [label.id]])
    expect(actions().map((a) => a.owner)).toEqual(['Finance', 'Support', 'Support'])
    expect(all('[data-testid="plan-row"]')).toHaveLength(3)
    expect(pastSteps()).toBe(1)
    act(() => undo())
    expect(actions()).toHaveLength(0)
  })

  it('offers "one per card" only for two cards or more', () => {
    const { form } = setup()
    select(form)
    expect(document.querySelector('[data-testid="make-action"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="make-action-per-card"]')).toBeNull()
  })

  it('leaves free shapes out: a rectangle alone offers nothing, with a card it is not a source', () => {
    const { frame, label } = setup()
    select(frame)
    expect(document.querySelector('[data-testid="make-action"]')).toBeNull()
    select(frame, label)
    expect(document.querySelector('[data-testid="make-action-per-card"]')).toBeNull()
    click(button('Make an action'))
    expect(actions().map((a) => a.cardIds)).toEqual([[label.id]])
  })

  it('carries the dots the cards got in the latest vote', () => {
    const { doc, form, label, refund } = setup()
    const ids = [form.id, label.id, refund.id]
    const vote = (tally: Record<string, number>, at: number) =>
      createVoteRecord({ startedAt: at - 1000, revealedAt: at, mode: 'hands', settings: defaultVoteSettings(), results: results(tally, ids, { voters: null, participants: null }), doc })
    act(() => {
      appStore.getState().addVoteRecord(vote({ [form.id]: 9 }, 1000))
      appStore.getState().addVoteRecord(vote({ [form.id]: 3, [label.id]: 2, [refund.id]: 1 }, 2000))
    })
    select(form, label)
    click(button('Make an action'))
    expect(actions()[0]!.votes).toBe(5)
    select(form, refund)
    act(() => appStore.getState().setPlan({ open: false }))
    click(button('One action per card (2)'))
    expect(actions().slice(1).map((a) => a.votes)).toEqual([3, 1])
  })

  it('makes an action from the selection with Shift+A', () => {
    const { label } = setup()
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', shiftKey: true })))
    expect(actions()).toHaveLength(0)
    select(label)
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', shiftKey: true })))
    expect(actions().map((a) => a.cardIds)).toEqual([[label.id]])
    expect(appStore.getState().plan.open).toBe(true)
  })

  it('makes nothing on a view-only page', () => {
    const { label } = setup()
    select(label)
    act(() => appStore.setState({ viewOnly: true }))
    expect(document.querySelector('[data-testid="make-action"]')).toBeNull()
    act(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', shiftKey: true })))
    expect(actions()).toHaveLength(0)
    expect(appStore.getState().plan.open).toBe(false)
  })
})

describe('the Plan toggle', () => {
  it('opens the plan over the board area of the map editor and closes it, pressed while open and counting the actions', async () => {
    const { form, label } = planMap()
    // The facilitator's Plan button is in the top bar, above the map editor.
    dom.render(
      <>
        <PlanToggle />
        <MapEditor />
      </>,
    )
    await afterIdle()
    const toggle = document.querySelector<HTMLButtonElement>('[data-testid="plan-toggle"]')!
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(toggle.getAttribute('aria-label')).toBe('Action plan: 0 actions')
    click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(document.querySelector('.board-area [data-testid="plan-view"]')).not.toBeNull()
    expect(document.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('List')
    click(toggle)
    expect(document.querySelector('[data-testid="plan-view"]')).toBeNull()
    select(form, label)
    click(button('One action per card (2)'))
    expect(toggle.getAttribute('aria-label')).toBe('Action plan: 2 actions')
    click(button('Back to the board'))
    expect(appStore.getState().plan).toMatchObject({ open: false, focus: null })
  })

  it('is on a participant\'s page too, where a view-only page reads the plan without editing it', async () => {
    const { label } = planMap()
    dom.render(<MapEditor participant />)
    await afterIdle()
    select(label)
    click(button('Make an action'))
    expect(document.querySelectorAll('[data-testid="plan-row"]')).toHaveLength(1)
    act(() => appStore.setState({ viewOnly: true }))
    expect(document.querySelector<HTMLInputElement>('[data-testid="plan-row"] input[aria-label="Title"]')!.readOnly).toBe(true)
    click(document.querySelector<HTMLButtonElement>('[data-testid="plan-toggle"]')!)
    expect(document.querySelector('[data-testid="plan-view"]')).toBeNull()
  })

  it('takes the keyboard into the plan, so keys do not reach the board behind it', () => {
    setup()
    click(document.querySelector<HTMLButtonElement>('[data-testid="plan-toggle"]')!)
    expect(document.activeElement).toBe(document.querySelector('[data-testid="plan-view"]'))
  })
})
