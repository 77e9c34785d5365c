import { act } from 'react'
import { applyCommand, createCard, createMap, createStarterDoc, newAction, newId, type Action, type Card, type JourneyDoc, type WorkshopId } from '../../../../src/domain'
import { NO_FACILITATION } from '../../../../src/domain/facilitation'
import { gridLayout } from '../../../../src/domain/layout'
import { appStore, loadDoc } from '../../../../src/store'
import { CLOSED_PLAN } from '../../../../src/store/planSlice'
import { unmarked } from '../../support/unmarked'

/**
 * A map of two stages (One: steps 1-2, Two: steps 3-4) with three cards in its first lane and a
 * free rectangle, loaded into the app store with the plan closed and no vote.
 */
export function planMap() {
  const map = createMap(newId<WorkshopId>(), 'Returns')
  const base = createStarterDoc(map, { stages: ['One', 'Two'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
  const grid = gridLayout(base)
  const place = (step: number) => ({ kind: 'cell' as const, laneId: grid.rows[0]!.laneId, stepId: grid.columns[step]!.stepId, span: 1, rank: 0 })
  const form = createCard(map.id, place(0), { text: 'Returns form is confusing\nsecond line', team: 'Support' })
  const label = createCard(map.id, place(1), { text: 'Label printing fails', team: 'Support' })
  const refund = createCard(map.id, place(2), { text: 'Refund takes two weeks', team: 'Finance' })
  const frame = createCard(map.id, { kind: 'free', x: 2000, y: 2000, width: 200, height: 100 }, { shape: 'rect', text: 'Frame' })
  const doc = applyCommand(base, { type: 'addCards', cards: [form, label, refund, frame] })
  act(() => {
    loadDoc(appStore, doc)
    appStore.getState().loadFacilitation(NO_FACILITATION)
    appStore.getState().setPlan(CLOSED_PLAN)
    appStore.setState({ viewOnly: false, notice: null })
  })
  return { doc, form, label, refund, frame }
}

/** Adds actions to the loaded map as one command, with history cleared after, so a test counts only its own steps. */
export function withActions(make: (doc: JourneyDoc) => Action[]): Action[] {
  const doc = appStore.getState().doc!
  const actions = make(doc)
  act(() => {
    appStore.getState().dispatch({ type: 'addActions', actions })
    appStore.temporal.getState().clear()
  })
  return actions
}

export function action(doc: JourneyDoc, cards: readonly Card[], fields: Partial<Action>, createdAt: number): Action {
  return { ...newAction(doc.map.id, cards, createdAt), ...fields, createdAt }
}

export function pastSteps(): number {
  return appStore.temporal.getState().pastStates.length
}

export const all = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T[] => [...root.querySelectorAll<T>(selector)]

/** The list's rows in the order shown, as their titles. */
export function rowTitles(): string[] {
  return all<HTMLTableRowElement>('[data-testid="plan-row"]').map((row) => row.querySelector<HTMLInputElement>('input[aria-label="Title"]')!.value)
}

export function row(id: string): HTMLTableRowElement {
  const found = document.querySelector<HTMLTableRowElement>(`[data-testid="plan-row"][data-action-id="${id}"]`)
  if (!found) throw new Error(`no row for action ${id}`)
  return found
}

/** The button whose accessible name (aria-label, or its text), as heard, is `name`. */
export function button(name: string, root: ParentNode = document): HTMLButtonElement {
  const found = all<HTMLButtonElement>('button', root).find((b) => unmarked(b.getAttribute('aria-label') ?? b.textContent?.trim()) === name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

export function click(el: HTMLElement) {
  act(() => el.click())
}

/** Types into a commit-on-blur field and leaves it, as a person would. */
export function typeAndLeave(input: HTMLInputElement, value: string) {
  act(() => {
    input.focus()
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  act(() => input.blur())
}

export function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

/** Ticks a choice in one of the filter bar's menus (by the menu's label and the choice's text). */
export function tickFilter(menu: string, choice: string) {
  const details = all<HTMLDetailsElement>('details.plan-filter').find((d) => d.querySelector('legend')?.textContent === menu)
  if (!details) throw new Error(`no filter ${menu}`)
  const label = all<HTMLLabelElement>('label', details).find((l) => l.textContent === choice)
  if (!label) throw new Error(`no choice ${choice} in ${menu}`)
  click(label.querySelector('input')!)
}
