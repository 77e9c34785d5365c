import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { actionsOf, type Action } from '../../../../../src/domain'
import { appStore, undo, useAppStore } from '../../../../../src/store'
import { PlanMatrix } from '../../../../../src/ui/plan/matrix/PlanMatrix'
import { useDom } from '../../../support/renderDom'
import { loadPlan, pastSteps, scoresOf } from './planFixture'
import { isolated } from '../../../../../src/i18n/isolated'

const dom = useDom()

/** The matrix as the plan's shell gives it: every action of the open map. */
function Matrix() {
  const doc = useAppStore((s) => s.doc)
  return <PlanMatrix actions={doc ? actionsOf(doc) : []} />
}

function chip(action: Action): HTMLButtonElement {
  const el = dom.host.querySelector<HTMLButtonElement>(`[data-action-id="${action.id}"]`)
  if (!el) throw new Error(`no chip for ${action.title}`)
  return el
}

function cellOfChip(el: Element): string {
  const cell = el.closest<HTMLElement>('[data-impact]')
  return `${cell?.dataset.impact}:${cell?.dataset.effort}`
}

/** Lays the score cells out as a browser would: 100 px squares, effort across (mirrored when right to left), impact up. */
function layOutCells(rtl = false) {
  for (const cell of dom.host.querySelectorAll<HTMLElement>('[data-impact]')) {
    const impact = Number(cell.dataset.impact)
    const effort = Number(cell.dataset.effort)
    const left = (rtl ? 5 - effort : effort - 1) * 100
    const top = (5 - impact) * 100
    cell.getBoundingClientRect = () => ({ left, top, right: left + 100, bottom: top + 100, x: left, y: top, width: 100, height: 100, toJSON: () => ({}) }) as DOMRect
  }
}

function pointer(el: Element, type: string, clientX: number, clientY: number) {
  act(() => {
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX, clientY, pointerId: 7, pointerType: 'touch' }))
  })
}

function key(el: Element, name: string) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }))
  })
}

const twenty = (): Partial<Action>[] =>
  Array.from({ length: 20 }, (_, i) => ({ title: `Action ${i + 1}`, impact: (i % 5) + 1, effort: ((i + Math.floor(i / 3)) % 5) + 1, status: (['idea', 'planned', 'doing', 'done', 'dropped'] as const)[i % 5], votes: i % 4 }))

describe('the effort / impact matrix', () => {
  it('puts every chip in the cell of its scores, busy cells stacked, with quadrant names, votes and a status legend', () => {
    const { actions } = loadPlan([...twenty(), { title: 'Also 5:1', impact: 5, effort: 1, votes: 9 }, { title: 'Third 5:1', impact: 5, effort: 1 }])
    dom.render(<Matrix />)
    for (const action of actions) expect(cellOfChip(chip(action))).toBe(`${action.impact}:${action.effort}`)
    const busy = dom.host.querySelector('[data-impact="5"][data-effort="1"]')!
    // Most voted first, then the oldest, as the exported picture stacks them.
    const expected = actions.filter((a) => a.impact === 5 && a.effort === 1).sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt)
    expect(expected.length).toBeGreaterThanOrEqual(3)
    expect([...busy.querySelectorAll('button')].map((b) => b.title)).toEqual(expected.map((a) => a.title))
    expect(expected[0]!.title).toBe('Also 5:1')
    expect(busy.getAttribute('aria-label')).toBe('Impact 5, effort 1')
    expect(busy.className).toContain('plan-cell--quickWin')
    expect(dom.host.querySelector('[data-impact="4"][data-effort="4"]')!.className).toContain('plan-cell--bigBet')
    expect(dom.host.querySelector('[data-impact="3"][data-effort="3"]')!.className).toContain('plan-cell--fillIn')
    expect(dom.host.querySelector('[data-impact="3"][data-effort="4"]')!.className).toContain('plan-cell--thankless')
    const labels = [...dom.host.querySelectorAll('.plan-quadrant-label')].map((l) => l.textContent)
    expect(labels).toEqual(['Quick wins', 'Big bets', 'Fill-ins', 'Thankless tasks'])
    expect(chip(actions[20]!).getAttribute('aria-label')).toBe(`${isolated('Also 5:1')}: ${isolated('Idea')}, impact 5, effort 1. 9 votes.`)
    expect(chip(actions[20]!).querySelector('.plan-chip-votes')?.textContent).toBe('9')
    expect(chip(actions[0]!).querySelector('.plan-chip-votes')).toBeNull()
    expect([...dom.host.querySelectorAll('.plan-matrix-legend li')].map((li) => li.textContent)).toEqual(['Idea', 'Planned', 'Doing', 'Done', 'Dropped'])
  })

  it('moves a dragged chip to the cell it is dropped on with one command, which one undo takes back', () => {
    const { actions } = loadPlan([{ title: 'Shorter form', impact: 3, effort: 3 }])
    dom.render(<Matrix />)
    layOutCells()
    const before = pastSteps()
    pointer(chip(actions[0]!), 'pointerdown', 250, 250)
    pointer(chip(actions[0]!), 'pointermove', 150, 180)
    pointer(chip(actions[0]!), 'pointermove', 60, 40)
    // It follows the pointer and the cell under it lights up; the document is untouched meanwhile.
    expect(chip(actions[0]!).style.transform).toBe('translate(-190px, -210px)')
    expect(dom.host.querySelector('[data-impact="5"][data-effort="1"]')!.className).toContain('is-target')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 3 })
    pointer(chip(actions[0]!), 'pointerup', 60, 40)
    act(() => chip(actions[0]!).click())
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 5, effort: 1 })
    expect(pastSteps()).toBe(before + 1)
    expect(cellOfChip(chip(actions[0]!))).toBe('5:1')
    expect(dom.host.querySelector('[role="status"][aria-live]')!.textContent).toBe(`${isolated('Shorter form')} moved to ${isolated('Quick wins')}: impact 5, effort 1.`)
    // The click that ends a drag is not a click on the chip: the plan stays on the matrix.
    expect(appStore.getState().plan.focus).toBeNull()
    act(() => undo())
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 3 })
    expect(cellOfChip(chip(actions[0]!))).toBe('3:3')
  })

  it('puts the chip back when Escape is pressed during a drag', () => {
    const { actions } = loadPlan([{ title: 'Shorter form', impact: 3, effort: 3 }])
    dom.render(<Matrix />)
    layOutCells()
    const before = pastSteps()
    pointer(chip(actions[0]!), 'pointerdown', 250, 250)
    pointer(chip(actions[0]!), 'pointermove', 450, 50)
    expect(dom.host.querySelector('.is-target')).not.toBeNull()
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }))
    })
    expect(chip(actions[0]!).style.transform).toBe('')
    expect(dom.host.querySelector('.is-target')).toBeNull()
    pointer(chip(actions[0]!), 'pointermove', 460, 60)
    pointer(chip(actions[0]!), 'pointerup', 460, 60)
    act(() => chip(actions[0]!).click())
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 3 })
    expect(pastSteps()).toBe(before)
    expect(appStore.getState().plan.focus).toBeNull()
  })

  it('opens a clicked chip in the list, and highlights the plan\'s focused action', () => {
    const { actions } = loadPlan([{ title: 'One' }, { title: 'Two' }])
    dom.render(<Matrix />)
    layOutCells()
    act(() => appStore.getState().setPlan({ open: true, tab: 'matrix' }))
    // A press that wobbles less than a few pixels is still a click.
    pointer(chip(actions[1]!), 'pointerdown', 250, 250)
    pointer(chip(actions[1]!), 'pointermove', 252, 251)
    pointer(chip(actions[1]!), 'pointerup', 252, 251)
    act(() => chip(actions[1]!).click())
    expect(appStore.getState().plan).toMatchObject({ tab: 'list', focus: actions[1]!.id })
    expect(chip(actions[1]!).className).toContain('is-focused')
    expect(chip(actions[1]!).getAttribute('aria-current')).toBe('true')
    expect(chip(actions[0]!).className).not.toContain('is-focused')
  })

  it('moves a chip one score per arrow key, keeps its focus and says the new quadrant', () => {
    const { actions } = loadPlan([{ title: 'Auto-reply', impact: 3, effort: 3 }])
    dom.render(<Matrix />)
    chip(actions[0]!).focus()
    key(chip(actions[0]!), 'ArrowUp')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 4, effort: 3 })
    expect(document.activeElement).toBe(chip(actions[0]!))
    expect(dom.host.querySelector('[role="status"][aria-live]')!.textContent).toBe(`${isolated('Auto-reply')} moved to ${isolated('Quick wins')}: impact 4, effort 3.`)
    key(document.activeElement!, 'ArrowRight')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 4, effort: 4 })
    expect(dom.host.querySelector('[role="status"][aria-live]')!.textContent).toBe(`${isolated('Auto-reply')} moved to ${isolated('Big bets')}: impact 4, effort 4.`)
    key(document.activeElement!, 'ArrowDown')
    key(document.activeElement!, 'ArrowLeft')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 3 })
    // Each key is its own step, so Undo walks back one move at a time.
    act(() => undo())
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 4 })
  })

  it('stops at the edge of the scale', () => {
    const { actions } = loadPlan([{ title: 'Top', impact: 5, effort: 1 }])
    dom.render(<Matrix />)
    const before = pastSteps()
    key(chip(actions[0]!), 'ArrowUp')
    key(chip(actions[0]!), 'ArrowLeft')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 5, effort: 1 })
    expect(pastSteps()).toBe(before)
  })

  it('mirrors the effort axis on a right-to-left map: the right arrow lowers effort, and dragging right does too', () => {
    const { actions } = loadPlan([{ title: 'سامانهٔ پیامک', impact: 3, effort: 3 }], { rtl: true })
    dom.render(<Matrix />)
    expect(dom.host.querySelector('[data-testid="plan-matrix"]')!.getAttribute('dir')).toBe('rtl')
    key(chip(actions[0]!), 'ArrowRight')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 2 })
    key(document.activeElement!, 'ArrowLeft')
    key(document.activeElement!, 'ArrowLeft')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 4 })
    layOutCells(true)
    // Effort 4 sits at x 100..200 when mirrored; the far right column is effort 1.
    pointer(chip(actions[0]!), 'pointerdown', 150, 250)
    pointer(chip(actions[0]!), 'pointermove', 480, 250)
    pointer(chip(actions[0]!), 'pointerup', 480, 250)
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 1 })
  })

  it('says so when there are no actions, or none the filter lets through', () => {
    loadPlan([])
    dom.render(<PlanMatrix actions={[]} />)
    expect(dom.host.textContent).toContain('No actions yet.')
    dom.unmount()
    loadPlan([{ title: 'Hidden' }])
    dom.render(<PlanMatrix actions={[]} />)
    expect(dom.host.textContent).toContain('No actions match the filter.')
    expect(dom.host.querySelectorAll('.plan-chip')).toHaveLength(0)
  })

  it('does not drag or move chips on a view-only page, but still opens them in the list', () => {
    const { actions } = loadPlan([{ title: 'Look only', impact: 3, effort: 3 }])
    act(() => appStore.setState({ viewOnly: true }))
    dom.render(<Matrix />)
    layOutCells()
    pointer(chip(actions[0]!), 'pointerdown', 250, 250)
    pointer(chip(actions[0]!), 'pointermove', 50, 50)
    pointer(chip(actions[0]!), 'pointerup', 50, 50)
    key(chip(actions[0]!), 'ArrowUp')
    expect(scoresOf(actions[0]!.id)).toEqual({ impact: 3, effort: 3 })
    act(() => chip(actions[0]!).click())
    expect(appStore.getState().plan.focus).toBe(actions[0]!.id)
    act(() => appStore.setState({ viewOnly: false }))
  })
})
