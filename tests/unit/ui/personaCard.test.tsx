import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { applyCommand, createMap, createPersona, createStarterDoc, newId, type WorkshopId } from '../../../src/domain'
import { appStore, loadDoc } from '../../../src/store'
import { MapPeopleBar } from '../../../src/ui/people/MapPeopleBar'
import { useDom } from '../support/renderDom'

const dom = useDom()

function withAna() {
  const base = createStarterDoc(createMap(newId<WorkshopId>(), 'People'), { stages: ['Before'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
  const ana = { ...createPersona(base.map.workshopId, 'Ana Lima'), role: 'Nurse', quote: 'I book on my phone between shifts.', goals: ['Book in two minutes'], frustrations: ['Long forms'] }
  return applyCommand(base, { type: 'addPersona', persona: ana, onMap: true })
}

const card = () => dom.host.querySelector<HTMLElement>('[role="dialog"]')

// The persona chip on the board's header shows the persona a facilitator talks about.
describe('the persona card from the board', () => {
  it('opens on a click of the chip with the quote, goals and frustrations, and closes with Esc', () => {
    loadDoc(appStore, withAna())
    dom.render(<MapPeopleBar />)
    const chip = dom.host.querySelector<HTMLButtonElement>('button.persona-chip')!
    expect(card()).toBeNull()
    act(() => chip.click())
    expect(chip.getAttribute('aria-expanded')).toBe('true')
    expect(card()?.getAttribute('aria-label')).toBe('Ana Lima')
    const text = card()!.textContent!
    for (const part of ['Nurse', 'I book on my phone between shifts.', 'Goals', 'Book in two minutes', 'Frustrations', 'Long forms']) expect(text).toContain(part)
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(card()).toBeNull()
    expect(document.activeElement).toBe(chip)
  })

  it('closes on a press elsewhere and on a second click of its chip', () => {
    loadDoc(appStore, withAna())
    dom.render(<MapPeopleBar />)
    const chip = dom.host.querySelector<HTMLButtonElement>('button.persona-chip')!
    act(() => chip.click())
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(card()).toBeNull()
    act(() => chip.click())
    expect(card()).not.toBeNull()
    act(() => chip.click())
    expect(card()).toBeNull()
  })
})
